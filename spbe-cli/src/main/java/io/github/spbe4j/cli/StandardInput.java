package io.github.spbe4j.cli;

import io.github.spbe4j.core.SpbeException;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Standard input as the commands read it ({@code FILE} given as {@code -}): never closed by a reader,
 * refused with a clear message when the program was started with it closed, and a read that fails
 * worded plainly.
 *
 * <p>Why a closed standard input needs care: when a program is started with descriptor 0 closed
 * ({@code spbe score - <&-}), the first file the Java runtime opens gets that descriptor, and that is
 * the runtime's own class image ({@code lib/modules}). {@code System.in} then reads the class image;
 * and closing {@code System.in}, as a JSON parser does at the end of a document, closes the class
 * image under the running JVM, which crashes at its next class load (signal 11, exit status 139). So
 * standard input is checked before it is read, and the stream given to readers ignores
 * {@code close()}.
 */
final class StandardInput {

    private final Supplier<InputStream> stream;
    private final Optional<Path> file;
    private final boolean closed;

    private StandardInput(Supplier<InputStream> stream, Optional<Path> file, boolean closed) {
        this.stream = stream;
        this.file = file;
        this.closed = closed;
    }

    /**
     * Standard input of a run in-process: {@code System.in} as it is when read, taken as open.
     *
     * @return standard input
     */
    static StandardInput ofSystemIn() {
        return new StandardInput(() -> System.in, Optional.empty(), false);
    }

    /**
     * Standard input of a run whose descriptor 0 has been closed, as {@link #ofProcess()} finds it
     * when the program was started with it closed.
     *
     * @return a standard input that refuses to be read
     */
    static StandardInput closed() {
        return new StandardInput(() -> System.in, Optional.empty(), true);
    }

    /**
     * Standard input of this process, descriptor 0, as the program was started with it. Where the
     * system shows which file each descriptor is ({@code /proc/self/fd}, on Linux), a descriptor 0
     * that is missing, or that is a file the Java runtime opened for itself (a file of the runtime's
     * installation or of the class path), means standard input was closed; elsewhere it is taken as
     * open.
     *
     * @return standard input
     */
    static StandardInput ofProcess() {
        Path descriptors = Path.of("/proc/self/fd");
        if (!Files.isDirectory(descriptors)) {
            return ofSystemIn();
        }
        Optional<Path> target;
        try {
            target = Optional.of(Files.readSymbolicLink(descriptors.resolve("0")));
        } catch (NoSuchFileException e) {
            target = Optional.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return ofSystemIn();
        }
        boolean closed = closedAtStart(target, Path.of(System.getProperty("java.home", "")), classPath());
        return new StandardInput(() -> System.in, closed ? Optional.empty() : target.filter(Files::isRegularFile), closed);
    }

    /**
     * Tells whether descriptor 0, as the system names it, shows that standard input was closed when
     * the program started: it is missing, or it is a file of the Java runtime's installation or of the
     * class path, which the runtime opened into the free descriptor.
     *
     * @param descriptorZero the file descriptor 0 names, or empty when there is no descriptor 0
     * @param javaHome the Java runtime's installation
     * @param classPath the class path's entries
     * @return true when standard input was closed
     */
    static boolean closedAtStart(Optional<Path> descriptorZero, Path javaHome, List<Path> classPath) {
        if (descriptorZero.isEmpty()) {
            return true;
        }
        Path target = descriptorZero.get();
        if (!target.isAbsolute()) {
            // a pipe, a socket or an anonymous file: "pipe:[1234]"
            return false;
        }
        if (target.startsWith(real(javaHome))) {
            return true;
        }
        return classPath.stream().map(StandardInput::real).anyMatch(target::equals);
    }

    private static List<Path> classPath() {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                try {
                    entries.add(Path.of(entry));
                } catch (InvalidPathException e) {
                    // not a file, so not one the runtime opened
                }
            }
        }
        return entries;
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /**
     * The regular file standard input reads from, when the system shows it: {@code spbe ... - < FILE}.
     *
     * @return the file, if known
     */
    Optional<Path> file() {
        return file;
    }

    /**
     * Returns standard input for a reader: a stream whose {@code close()} leaves standard input open,
     * and whose failed reads say why in plain words.
     *
     * @return the stream
     * @throws SpbeException when standard input is closed
     */
    InputStream open() {
        if (closed) {
            throw new SpbeException("standard input is closed; give a FILE, or - with standard input connected"
                    + " (e.g. < FILE or a pipe)");
        }
        return new Unclosable(stream.get());
    }

    /** Standard input for one reader: not closed when the reader closes it; failures worded plainly. */
    private static final class Unclosable extends FilterInputStream {

        Unclosable(InputStream in) {
            super(Objects.requireNonNull(in, "in"));
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw plain(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw plain(e);
            }
        }

        @Override
        public void close() {
            // standard input stays open: it is the process's, not the reader's
        }

        private static IOException plain(IOException e) {
            String message = e.getMessage();
            if (message != null && message.contains("Bad file descriptor")) {
                return new IOException("standard input is not open for reading", e);
            }
            return e;
        }
    }
}
