package io.github.spbe4j.core.framework;

import io.github.spbe4j.core.Problem;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The evaluation years in which a framework is in force, the last year open while it still is.
 *
 * @param from the first evaluation year
 * @param to the last evaluation year; empty while the framework is in force
 * @since 0.1.0
 */
public record YearRange(int from, OptionalInt to) {

    /**
     * Checks that the range is not empty.
     *
     * @throws InvalidFrameworkException if a year is outside 1900..9999 or the last is before the first
     */
    public YearRange {
        Objects.requireNonNull(to, "to");
        if (from < 1900 || from > 9999) {
            throw new InvalidFrameworkException(Problem.of("years.from", "Range", "first year is " + from + "; years run 1900..9999",
                    Integer.toString(from)));
        }
        if (to.isPresent() && to.getAsInt() < from) {
            throw new InvalidFrameworkException(Problem.of("years.to", "Ascending", "years run " + from + ".." + to.getAsInt()
                    + "; the last year is before the first", Integer.toString(to.getAsInt())));
        }
    }

    /**
     * Returns the years from one to another, both inclusive.
     *
     * @param from the first year
     * @param to the last year
     * @return the range
     */
    public static YearRange of(int from, int to) {
        return new YearRange(from, OptionalInt.of(to));
    }

    /**
     * Returns the years from one on, open-ended.
     *
     * @param from the first year
     * @return the range
     */
    public static YearRange from(int from) {
        return new YearRange(from, OptionalInt.empty());
    }

    /**
     * Tells whether an evaluation year falls in the range.
     *
     * @param year the year
     * @return true when in force that year
     */
    public boolean contains(int year) {
        return year >= from && (to.isEmpty() || year <= to.getAsInt());
    }

    /** Returns the text form, e.g. {@code 2020..2025} or {@code 2026..} while open. */
    @Override
    public String toString() {
        return from + ".." + (to.isPresent() ? Integer.toString(to.getAsInt()) : "");
    }
}
