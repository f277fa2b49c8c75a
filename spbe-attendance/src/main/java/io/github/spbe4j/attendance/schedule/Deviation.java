package io.github.spbe4j.attendance.schedule;

import io.github.spbe4j.core.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a check-in or check-out compares with the day's schedule under an agency's lateness rules: on
 * time, late or early by some minutes (and the band those minutes fall in), or missing; and the
 * allowance deduction that costs.
 *
 * <p>Minutes below the first band (a grace period, when an agency's first band starts later than
 * minute 1) have no band and cost nothing. Immutable and thread-safe.
 *
 * @param kind what happened
 * @param minutes the minutes late or early, by the rules' {@link SecondsRule}; 0 on time or when missing
 * @param band the band the minutes fall in; for a missing scan, the last band; empty when nothing is deducted
 * @since 0.1.0
 */
public record Deviation(Kind kind, long minutes, Optional<Band> band) {

    /** What a scan or its absence amounts to. */
    public enum Kind {
        /** Checked in no later than the start, or out no earlier than the end. */
        ON_TIME,
        /** Checked in after the start (terlambat). */
        LATE,
        /** Checked out before the end (pulang sebelum waktu). */
        EARLY_LEAVE,
        /** No check-in recorded. */
        NO_CHECK_IN,
        /** No check-out recorded. */
        NO_CHECK_OUT
    }

    /**
     * Checks the deviation.
     *
     * @throws InvalidLatenessRulesException never for deviations the rules return; for a negative
     *     number of minutes, or a band on an on-time scan
     */
    public Deviation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(band, "band");
        if (minutes < 0 || (kind == Kind.ON_TIME && (minutes != 0 || band.isPresent()))) {
            throw InvalidLatenessRulesException.of("deviation", List.of(Problem.of("minutes", "Range",
                    "a deviation of kind " + kind + " has " + minutes + " minutes and band " + band.map(Band::code).orElse("none")
                    + "; minutes are 0 or more, and an on-time scan has none and no band", null)));
        }
    }

    /**
     * Returns the allowance deduction in percent.
     *
     * @return the band's deduction, or zero without a band
     */
    public BigDecimal deduction() {
        return band.map(Band::deduction).orElse(BigDecimal.ZERO);
    }

    /**
     * Tells whether nothing is deducted.
     *
     * @return true without a band
     */
    public boolean noDeduction() {
        return band.isEmpty();
    }
}
