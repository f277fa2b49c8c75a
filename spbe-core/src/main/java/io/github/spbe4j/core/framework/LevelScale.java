package io.github.spbe4j.core.framework;

import io.github.spbe4j.core.Problem;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The scale of an evaluation framework's indicator values: the lowest and highest level, and how
 * many decimal digits a value may have.
 *
 * <p>SPBE 2020 uses whole levels 1..5 ({@code decimals = 0}); the 2026 Indeks Pemdi allows values
 * such as 3.75 converted from an external index ({@code decimals = 2}). Immutable and thread-safe.
 *
 * @param min the lowest level, not negative
 * @param max the highest level, greater than min
 * @param decimals the number of decimal digits a value may have, 0..4
 * @since 0.1.0
 */
public record LevelScale(int min, int max, int decimals) {

    /** The largest number of decimal digits a scale allows. */
    public static final int MAX_DECIMALS = 4;

    /**
     * Checks the invariants.
     *
     * @throws InvalidFrameworkException if the bounds or decimals are out of range
     */
    public LevelScale {
        if (min < 0) {
            throw invalid("scale minimum is " + min + "; levels are not negative");
        }
        if (max <= min) {
            throw invalid("scale runs " + min + ".." + max + "; the maximum must exceed the minimum");
        }
        if (max > 100) {
            throw invalid("scale maximum is " + max + "; levels run to 100 at most");
        }
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw invalid("scale allows " + decimals + " decimals; allowed are 0.." + MAX_DECIMALS);
        }
    }

    private static InvalidFrameworkException invalid(String message) {
        return new InvalidFrameworkException(Problem.of("scale", "Scale", message, null));
    }

    /**
     * Returns a scale of whole levels.
     *
     * @param min the lowest level
     * @param max the highest level
     * @return the scale
     */
    public static LevelScale ofLevels(int min, int max) {
        return new LevelScale(min, max, 0);
    }

    /**
     * Tells whether fractional values are allowed.
     *
     * @return true when {@code decimals > 0}
     */
    public boolean fractional() {
        return decimals > 0;
    }

    /**
     * Tells whether a value lies within min..max, both inclusive.
     *
     * @param value the value
     * @return true when inside the scale
     */
    public boolean contains(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return value.compareTo(BigDecimal.valueOf(min)) >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0;
    }

    /**
     * Tells whether a value has no more decimal digits than the scale allows.
     *
     * @param value the value
     * @return true when the value's precision is allowed
     */
    public boolean allowsPrecision(BigDecimal value) {
        return Weight.plain(value).scale() <= decimals;
    }

    /**
     * Returns the text form, e.g. {@code 1..5} or {@code 1..5 (2 decimals)}.
     */
    @Override
    public String toString() {
        return decimals == 0 ? min + ".." + max : min + ".." + max + " (" + decimals + " decimals)";
    }
}
