package io.github.spbe4j.examples;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Helpers for the JShell notebooks in {@code examples/notebooks}: where the examples directory and
 * its fictional sample data are, wherever the notebook is run from.
 *
 * <pre>{@code
 * import io.github.spbe4j.examples.Notebooks;
 * Path file = Notebooks.dataFile("kota-contoh-2025-spbe-2020.json");
 * }</pre>
 *
 * <p>The examples directory is found, in this order:
 * <ol>
 *   <li>from the system property {@value #EXAMPLES_DIR_PROPERTY}, which {@code examples/run} and
 *       {@link NotebookRunner} set;</li>
 *   <li>from where this class was loaded ({@code examples/target/classes});</li>
 *   <li>by looking upward from the working directory for {@code examples/data}.</li>
 * </ol>
 */
public final class Notebooks {

    /** The system property naming the examples directory (the one holding {@code data} and {@code notebooks}). */
    public static final String EXAMPLES_DIR_PROPERTY = "spbe4j.examples";

    private Notebooks() {
    }

    /**
     * Returns the examples directory, the one holding {@code data/} and {@code notebooks/}.
     *
     * @return the absolute, normalised path
     * @throws IllegalStateException if it cannot be found; the message says what was tried
     */
    public static Path examplesDir() {
        List<String> tried = new ArrayList<>();
        String property = System.getProperty(EXAMPLES_DIR_PROPERTY);
        if (property != null && !property.isBlank()) {
            Path dir = Path.of(property).toAbsolutePath().normalize();
            if (isExamplesDir(dir)) {
                return dir;
            }
            tried.add("-D" + EXAMPLES_DIR_PROPERTY + "=" + property + " (no data/ directory there)");
        }
        Optional<Path> fromCode = fromCodeSource();
        if (fromCode.isPresent()) {
            return fromCode.get();
        }
        tried.add("the location of " + Notebooks.class.getName());
        Path start = Path.of("").toAbsolutePath().normalize();
        for (Path d = start; d != null; d = d.getParent()) {
            if (isExamplesDir(d)) {
                return d;
            }
            if (isExamplesDir(d.resolve("examples"))) {
                return d.resolve("examples");
            }
        }
        tried.add("looking upward from " + start + " for examples/data");
        throw new IllegalStateException("cannot find the spbe4j examples directory; tried " + String.join(", ", tried)
                + ". Run the notebook with examples/run, or pass -D" + EXAMPLES_DIR_PROPERTY + "=<repo>/examples");
    }

    /**
     * Returns a file of the sample data in {@code examples/data}.
     *
     * @param name the file name, e.g. {@code "kota-contoh-2025-spbe-2020.json"}
     * @return the path of the file, which exists
     * @throws NoSuchFileException if there is no such file; the message lists the files there are
     * @throws IllegalStateException if the examples directory cannot be found
     */
    public static Path dataFile(String name) throws NoSuchFileException {
        Path data = examplesDir().resolve("data");
        Path file = data.resolve(name).normalize();
        if (!file.startsWith(data) || !Files.isRegularFile(file)) {
            List<String> present = new ArrayList<>();
            try (var files = Files.list(data)) {
                files.map(p -> p.getFileName().toString()).sorted().forEach(present::add);
            } catch (java.io.IOException e) {
                present.add("(cannot list: " + e.getMessage() + ")");
            }
            throw new NoSuchFileException(file.toString(), null, "no sample data file " + name + "; there are " + present);
        }
        return file;
    }

    static boolean isExamplesDir(Path dir) {
        return Files.isDirectory(dir.resolve("data")) && Files.isDirectory(dir.resolve("notebooks"));
    }

    /** Returns examples/ when this class was loaded from examples/target/classes (or a jar in examples/target). */
    private static Optional<Path> fromCodeSource() {
        try {
            CodeSource source = Notebooks.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
            for (Path d = location; d != null; d = d.getParent()) {
                if (d.getFileName() != null && d.getFileName().toString().equals("target")) {
                    Path module = d.getParent();
                    return module != null && isExamplesDir(module) ? Optional.of(module) : Optional.empty();
                }
            }
            return Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
