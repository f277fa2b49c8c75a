package io.github.spbe4j.core.framework;

import io.github.spbe4j.core.json.SpbeJson;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Loads frameworks from their JSON form — the same loader for the national frameworks shipped with
 * spbe4j and for a user's own, such as a city's OPD-level evaluation.
 *
 * <p>Loading checks every rule (see {@link Framework}) and reports every violation at once in an
 * {@link InvalidFrameworkException}, naming the framework, the node and the numbers; malformed JSON
 * is reported the same way, with its line and column. The format is described in
 * docs/frameworks.md.
 *
 * <pre>{@code
 * Framework opd = FrameworkLoader.load(Path.of("opd-kota-contoh.json"));
 * FrameworkRegistry registry = FrameworkRegistry.builtIn().with(opd);
 * }</pre>
 */
public final class FrameworkLoader {

    private FrameworkLoader() {
    }

    /**
     * Loads a framework from a file.
     *
     * @param file the file
     * @return the framework
     * @throws InvalidFrameworkException listing every problem
     * @throws io.github.spbe4j.core.SpbeException if the file cannot be read
     */
    public static Framework load(Path file) {
        return SpbeJson.readFramework(file);
    }

    /**
     * Loads a framework from a stream, which is not closed.
     *
     * @param in the stream
     * @param source the name of the source for messages
     * @return the framework
     * @throws InvalidFrameworkException listing every problem
     */
    public static Framework load(InputStream in, String source) {
        return SpbeJson.readFramework(in, Objects.requireNonNull(source, "source"));
    }

    /**
     * Loads a framework from JSON text.
     *
     * @param json the text
     * @return the framework
     * @throws InvalidFrameworkException listing every problem
     */
    public static Framework parse(String json) {
        return SpbeJson.readFramework(json);
    }
}
