package io.github.spbe4j.core.analysis;

import java.util.Locale;

/**
 * How an indicator's value moved from one score card to another. A not-yet-indicated value counts
 * below every level of the scale.
 *
 * @since 0.2.0
 */
public enum Direction {
    /** The value went up. */
    RAISED,
    /** The value went down. */
    LOWERED,
    /** The value is the same (or not yet indicated in both). */
    UNCHANGED;

    /**
     * Returns the id used in JSON, e.g. {@code "raised"}.
     *
     * @return the id
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
