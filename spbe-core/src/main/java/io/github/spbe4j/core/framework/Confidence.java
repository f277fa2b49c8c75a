package io.github.spbe4j.core.framework;

import java.util.Locale;

/**
 * How sure the sources are of a fact in a framework's data: {@code HIGH} for official text, two
 * independent sources or arithmetic against published official results; {@code MEDIUM} for one
 * secondary source; {@code LOW} for an inference.
 *
 * @since 0.1.0
 */
public enum Confidence {
    /** Official text, two independent sources, or arithmetic against published results. */
    HIGH,
    /** One secondary source. */
    MEDIUM,
    /** Inferred. */
    LOW;

    /**
     * Returns the lower-case id used in JSON.
     *
     * @return {@code "high"}, {@code "medium"} or {@code "low"}
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
