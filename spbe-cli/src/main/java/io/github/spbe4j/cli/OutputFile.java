package io.github.spbe4j.cli;

import io.github.spbe4j.core.internal.StrictJson;
import io.github.spbe4j.core.internal.Text;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine;

/**
 * The file a command writes instead of standard output ({@code --output OUT}): written whole or not at
 * all, and never one of the command's inputs.
 *
 * <p>A regular file is written to a new file beside it, forced to disk, and then moved into its place
 * in one atomic step (where the file system cannot, the move replaces the file as a second-best), so
 * that a failed write never leaves half a file nor destroys the file that was there; the new file is
 * removed on failure. A file that exists and is not a regular file — a device or a pipe, such as
 * {@code /dev/stdout} — is written directly. The new file is created as an ordinary new file would
 * be; replacing a file keeps that file's permissions where the file system has them.
 */
final class OutputFile {

    /** How the bytes reach the disk; replaced in tests to make a step fail. */
    interface Steps {
        /** Writes the bytes to a new file, which must not exist, and forces them to disk. */
        void writeNew(Path file, byte[] bytes) throws IOException;

        /** Moves a file, as {@link Files#move}. */
        void move(Path source, Path target, CopyOption... options) throws IOException;

        /** Writes the bytes to a file that is not a regular file (a device, a pipe). */
        void writeDirect(Path file, byte[] bytes) throws IOException;
    }

    /** The steps on the real file system. */
    static final Steps FILE_SYSTEM = new Steps() {
        @Override
        public void writeNew(Path file, byte[] bytes) throws IOException {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        }

        @Override
        public void move(Path source, Path target, CopyOption... options) throws IOException {
            Files.move(source, target, options);
        }

        @Override
        public void writeDirect(Path file, byte[] bytes) throws IOException {
            Files.write(file, bytes);
        }
    };

    private static final int TRIES = 10;

    private OutputFile() {
    }

    /**
     * Refuses an output file that is the input file, however it is spelled (a symbolic link, a relative
     * or {@code ./} path, a hard link), before anything is read or written.
     *
     * @param command the command, for the usage error
     * @param option the option naming the output, for the message
     * @param output the output file
     * @param input the input file, when known
     * @throws CommandLine.ParameterException when they are the same file
     */
    static void refuseInput(CommandLine command, String option, Path output, Optional<Path> input) {
        if (input.isPresent() && sameFile(output, input.get())) {
            throw new CommandLine.ParameterException(command, option + " " + Text.oneLine(output.toString())
                    + " is the input file " + Text.oneLine(input.get().toString())
                    + "; writing it would destroy the input, so give another file");
        }
    }

    /**
     * Tells whether two paths name the same file: the same file on disk when both exist, else the
     * same normalised absolute path.
     *
     * @param a a path
     * @param b another
     * @return true when they name the same file
     */
    static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /**
     * Writes a text as UTF-8, whole or not at all.
     *
     * @param output the file
     * @param text the text
     * @throws OutputFailedException saying why, with the file as it was
     */
    static void write(Path output, String text) {
        write(output, text.getBytes(StandardCharsets.UTF_8), FILE_SYSTEM);
    }

    /**
     * Writes bytes with the given steps, whole or not at all.
     *
     * @param output the file
     * @param bytes the bytes
     * @param steps how the bytes reach the disk
     * @throws OutputFailedException saying why, with the file as it was
     */
    static void write(Path output, byte[] bytes, Steps steps) {
        Objects.requireNonNull(bytes, "bytes");
        String name = Text.oneLine(output.toString());
        if (Files.isDirectory(output)) {
            throw new OutputFailedException("cannot write " + name + ": it is a directory");
        }
        Path target = output;
        if (Files.exists(output) && !Files.isRegularFile(output)) {
            try {
                steps.writeDirect(output, bytes);
            } catch (IOException e) {
                throw failed(name, output, e, "what was written is incomplete");
            }
            return;
        }
        if (Files.exists(output)) {
            try {
                // through a symbolic link to the file it names, as writing to the link would
                target = output.toRealPath();
            } catch (IOException e) {
                throw failed(name, output, e, "nothing was written");
            }
        }
        String consequence = Files.isRegularFile(target) ? "the file is left as it was" : "nothing was written";
        Path temporary = null;
        try {
            temporary = writeBeside(target, bytes, steps);
            keepPermissions(target, temporary);
            try {
                steps.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                steps.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw failed(name, output, e, consequence);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // the failure being reported matters more; the file is named after the output
                }
            }
        }
    }

    /** Writes the bytes to a new file in the target's directory; returns it. */
    private static Path writeBeside(Path target, byte[] bytes, Steps steps) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName() + ".";
        for (int i = 1; ; i++) {
            Path temporary = directory.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                steps.writeNew(temporary, bytes);
                return temporary;
            } catch (FileAlreadyExistsException e) {
                if (i == TRIES) {
                    throw e;
                }
            } catch (IOException e) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException | SecurityException again) {
                    e.addSuppressed(again);
                }
                throw e;
            }
        }
    }

    private static void keepPermissions(Path target, Path temporary) {
        if (!Files.isRegularFile(target)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
        } catch (IOException | UnsupportedOperationException e) {
            // the file system has no such permissions, or they cannot be copied: the new file keeps its own
        }
    }

    private static OutputFailedException failed(String name, Path output, IOException e, String consequence) {
        return new OutputFailedException("cannot write " + name + ": " + reason(output, e) + "; " + consequence);
    }

    /**
     * Why an output file could not be written, in plain words.
     *
     * @param output the file
     * @param e what went wrong
     * @return the reason
     */
    static String reason(Path output, IOException e) {
        if (e instanceof NoSuchFileException) {
            Path parent = output.toAbsolutePath().getParent();
            return parent != null && !Files.isDirectory(parent) ? "the directory " + Text.oneLine(parent.toString())
                    + " does not exist" : "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return lowerFirst(Text.firstLine(f.getReason()));
        }
        return lowerFirst(StrictJson.reason(e));
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
