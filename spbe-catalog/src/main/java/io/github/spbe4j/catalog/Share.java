package io.github.spbe4j.catalog;

import io.github.spbe4j.core.Problem;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A part of a whole counted in whole numbers — 3 of 8 services online — with its exact ratio. Its text
 * form is {@code 3/8 (37.5%)}. Immutable and thread-safe.
 *
 * @param part the number counted, 0..total
 * @param total the whole, 0 or more
 * @since 0.1.0
 */
public record Share(int part, int total) {

    /**
     * Checks the counts.
     *
     * @throws InvalidCatalogException if the part is negative or above the total
     */
    public Share {
        if (total < 0 || part < 0 || part > total) {
            throw new InvalidCatalogException(Problem.of(total < 0 ? "total" : "part", Checks.RANGE,
                    "a share is " + part + " of " + total + "; it needs 0 <= part <= total", String.valueOf(total < 0 ? total : part)));
        }
    }

    /**
     * Returns the share as a percentage rounded half-up to one decimal, 0 when the whole is empty.
     *
     * @return the percentage, e.g. {@code 37.5}
     */
    public BigDecimal percent() {
        if (total == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    /**
     * Tells whether the whole is empty (nothing to count).
     *
     * @return true when the total is 0
     */
    public boolean isEmpty() {
        return total == 0;
    }

    @Override
    public String toString() {
        return part + "/" + total + " (" + percent().toPlainString() + "%)";
    }
}
