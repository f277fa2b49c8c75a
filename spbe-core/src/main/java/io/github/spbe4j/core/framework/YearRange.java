package io.github.spbe4j.core.framework;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation years in which a framework is in force, the last year open while it still is.
 *
 * @param from the first evaluation year
 * @param to the last evaluation year, or null while the framework is in force
 */
public record YearRange(int from, @Nullable Integer to) {

    /** Checks that the range is not empty. */
    public YearRange {
        if (from < 1900 || from > 9999) {
            throw new IllegalArgumentException("first year is " + from + "; years run 1900..9999");
        }
        if (to != null && to < from) {
            throw new IllegalArgumentException("years run " + from + ".." + to + "; the last year is before the first");
        }
    }

    /**
     * Tells whether an evaluation year falls in the range.
     *
     * @param year the year
     * @return true when in force that year
     */
    public boolean contains(int year) {
        return year >= from && (to == null || year <= to);
    }

    /**
     * Returns the last year, if the range is closed.
     *
     * @return the last year
     */
    public Optional<Integer> toIfPresent() {
        return Optional.ofNullable(to);
    }

    /** Returns {@code 2020..2025} or {@code 2026..}. */
    @Override
    public String toString() {
        return from + ".." + (to == null ? "" : to);
    }
}
