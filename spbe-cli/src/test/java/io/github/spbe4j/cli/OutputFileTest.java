package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class OutputFileTest {

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    /** The file system's steps, with one of them failing as a full disk would. */
    private static final class Failing implements OutputFile.Steps {
        private final String failing;
        private final List<List<CopyOption>> moves = new ArrayList<>();

        Failing(String failing) {
            this.failing = failing;
        }

        @Override
        public void writeNew(Path file, byte[] bytes) throws IOException {
            if (failing.equals("writeNew")) {
                // half the bytes reach the disk, then it is full
                Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
                throw new FileSystemException(file.toString(), null, "No space left on device");
            }
            OutputFile.FILE_SYSTEM.writeNew(file, bytes);
        }

        @Override
        public void move(Path source, Path target, CopyOption... options) throws IOException {
            moves.add(List.of(options));
            if (failing.equals("move")) {
                throw new FileSystemException(source.toString(), target.toString(), "Input/output error");
            }
            if (failing.equals("atomic") && Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
                throw new AtomicMoveNotSupportedException(source.toString(), target.toString(), "not on this file system");
            }
            OutputFile.FILE_SYSTEM.move(source, target, options);
        }

        @Override
        public void writeDirect(Path file, byte[] bytes) throws IOException {
            OutputFile.FILE_SYSTEM.writeDirect(file, bytes);
        }
    }

    @Test
    void write_newFile_writesTheTextAndNothingElse() throws IOException {
        Path out = dir.resolve("out.jsonld");

        OutputFile.write(out, "{\"a\": \"é\"}\n");

        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("{\"a\": \"é\"}\n");
        assertThat(files()).containsExactly(out);
    }

    @Test
    void write_existingFile_replacedWholeAndKeepsItsPermissions() throws IOException {
        Path out = dir.resolve("out.jsonld");
        Files.writeString(out, "old and longer than the new text");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));

        OutputFile.write(out, "new");

        assertThat(Files.readString(out)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r-----");
        assertThat(files()).containsExactly(out);
    }

    @Test
    void write_diskFullHalfway_previousFileLeftWholeAndNoTemporaryFileLeft() throws IOException {
        Path out = dir.resolve("out.jsonld");
        Files.writeString(out, "previous export");

        assertThatThrownBy(() -> OutputFile.write(out, "x".repeat(10_000).getBytes(StandardCharsets.UTF_8), new Failing("writeNew")))
                .isInstanceOf(OutputFailedException.class)
                .hasMessage("cannot write " + out + ": no space left on device; the file is left as it was");

        assertThat(Files.readString(out)).isEqualTo("previous export");
        assertThat(files()).containsExactly(out);
    }

    @Test
    void write_diskFullHalfwayOnANewFile_noFileLeft() {
        Path out = dir.resolve("out.jsonld");

        assertThatThrownBy(() -> OutputFile.write(out, "x".repeat(10_000).getBytes(StandardCharsets.UTF_8), new Failing("writeNew")))
                .hasMessageEndingWith(": no space left on device; nothing was written");

        assertThat(out).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void write_moveFails_previousFileLeftWholeAndTemporaryFileRemoved() throws IOException {
        Path out = dir.resolve("out.jsonld");
        Files.writeString(out, "previous export");

        assertThatThrownBy(() -> OutputFile.write(out, "new".getBytes(StandardCharsets.UTF_8), new Failing("move")))
                .isInstanceOf(OutputFailedException.class).hasMessageContaining("input/output error; the file is left as it was");

        assertThat(Files.readString(out)).isEqualTo("previous export");
        assertThat(files()).containsExactly(out);
    }

    @Test
    void write_atomicMoveUnsupported_replacesTheFileInstead() throws IOException {
        Path out = dir.resolve("out.jsonld");
        Files.writeString(out, "previous export");
        Failing steps = new Failing("atomic");

        OutputFile.write(out, "new".getBytes(StandardCharsets.UTF_8), steps);

        assertThat(Files.readString(out)).isEqualTo("new");
        assertThat(steps.moves).containsExactly(List.of(StandardCopyOption.ATOMIC_MOVE),
                List.of(StandardCopyOption.REPLACE_EXISTING));
        assertThat(files()).containsExactly(out);
    }

    @Test
    void write_fileSystemMovesAtomically_askedForAnAtomicMoveOnly() throws IOException {
        Failing steps = new Failing("none");

        OutputFile.write(dir.resolve("out.jsonld"), "new".getBytes(StandardCharsets.UTF_8), steps);

        assertThat(steps.moves).containsExactly(List.of(StandardCopyOption.ATOMIC_MOVE));
    }

    @Test
    void write_throughASymbolicLink_replacesTheFileItNamesAndKeepsTheLink() throws IOException {
        Path real = dir.resolve("real.jsonld");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.jsonld"), real.getFileName());

        OutputFile.write(link, "new");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void write_missingDirectory_namesItAndWritesNothing() {
        Path out = dir.resolve("no-such-dir/out.jsonld");

        assertThatThrownBy(() -> OutputFile.write(out, "x")).isInstanceOf(OutputFailedException.class)
                .hasMessage("cannot write " + out + ": the directory " + dir.resolve("no-such-dir") + " does not exist; nothing was written");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void write_directory_refusedAndLeftAsItWas() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));

        assertThatThrownBy(() -> OutputFile.write(sub, "x")).isInstanceOf(OutputFailedException.class)
                .hasMessage("cannot write " + sub + ": it is a directory");
        assertThat(sub).isEmptyDirectory();
    }

    @Test
    void write_deviceFull_failsSayingSo() {
        assertThatThrownBy(() -> OutputFile.write(Path.of("/dev/full"), "x".repeat(100_000)))
                .isInstanceOf(OutputFailedException.class)
                .hasMessage("cannot write /dev/full: no space left on device; what was written is incomplete");
        assertThat(Path.of("/dev/full")).exists();
    }

    @Test
    void reason_ioFailures_inPlainWords() {
        Path out = dir.resolve("out.jsonld");

        assertThat(OutputFile.reason(out, new AccessDeniedException(out.toString()))).isEqualTo("permission denied");
        assertThat(OutputFile.reason(out, new NoSuchFileException(out.toString()))).isEqualTo("no such file or directory");
        assertThat(OutputFile.reason(out, new FileSystemException(out.toString(), null, "Read-only file system")))
                .isEqualTo("read-only file system");
        assertThat(OutputFile.reason(out, new IOException("Is a directory"))).isEqualTo("it is a directory");
        assertThat(OutputFile.reason(out, new IOException())).isEqualTo("no reason given");
    }

    @Test
    void sameFile_sameFileHoweverSpelled_true() throws IOException {
        Path file = Files.writeString(dir.resolve("catalog.json"), "{}");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), file.getFileName());
        Path hard = Files.createLink(dir.resolve("hard.json"), file);

        assertThat(OutputFile.sameFile(file, dir.resolve("./sub/../catalog.json"))).isTrue();
        assertThat(OutputFile.sameFile(link, file)).isTrue();
        assertThat(OutputFile.sameFile(file, hard)).isTrue();
        assertThat(OutputFile.sameFile(file, dir.resolve("other.json"))).isFalse();
        assertThat(OutputFile.sameFile(dir.resolve("none.json"), dir.resolve("x/../none.json"))).isTrue();
    }

    @Test
    void refuseInput_outputIsTheInput_usageErrorNamingBoth() throws IOException {
        Path file = Files.writeString(dir.resolve("catalog.json"), "{}");
        CommandLine command = new CommandLine(new SpbeCommand());

        assertThatThrownBy(() -> OutputFile.refuseInput(command, "--output", file, Optional.of(dir.resolve("./catalog.json"))))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessage("--output " + file + " is the input file " + dir.resolve("./catalog.json")
                        + "; writing it would destroy the input, so give another file");
        OutputFile.refuseInput(command, "--output", dir.resolve("other.json"), Optional.of(file));
        OutputFile.refuseInput(command, "--output", file, Optional.empty());
    }
}
