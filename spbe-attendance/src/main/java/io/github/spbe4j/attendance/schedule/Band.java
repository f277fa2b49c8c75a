package io.github.spbe4j.attendance.schedule;

import io.github.spbe4j.core.internal.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One band of lateness (TL1..TL4, terlambat) or early leave (PSW1..PSW4, pulang sebelum waktu): a
 * range of whole minutes and the allowance deduction it costs, as an exact percentage of the day's
 * allowance. The last band of a list is open: it has no upper bound.
 *
 * <p>Checks that need the whole list (the ranges follow on, codes differ) are {@link LatenessRules}'.
 * Immutable and thread-safe; the deduction compares by value ({@code 0.50} equals {@code 0.5}).
 *
 * @param code the band's code, e.g. {@code TL1}
 * @param from the first minute of the band, at least 1
 * @param to the last minute of the band, at least {@code from}; {@link Integer#MAX_VALUE} for an open band
 * @param deduction the deduction in percent of the day's allowance, 0 to 100
 * @since 0.1.0
 */
public record Band(String code, int from, int to, BigDecimal deduction) {

    /**
     * Checks the band and writes the deduction without trailing zeros.
     *
     * @throws InvalidLatenessRulesException if a bound or the deduction is out of range, or the code
     *     is blank or breaks the text policy for names
     */
    public Band {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(deduction, "deduction");
        var problems = RulesCheck.band(code, from, to, deduction, "band " + Text.clean(code));
        if (!problems.isEmpty()) {
            throw InvalidLatenessRulesException.of("band " + Text.quote(code), problems);
        }
        deduction = RulesCheck.plain(deduction);
    }

    /**
     * Returns a closed band, {@code from} to {@code to} minutes.
     *
     * @param code the code
     * @param from the first minute
     * @param to the last minute
     * @param deduction the deduction in percent
     * @return the band
     */
    public static Band of(String code, int from, int to, BigDecimal deduction) {
        return new Band(code, from, to, deduction);
    }

    /**
     * Returns an open band: {@code from} minutes and more.
     *
     * @param code the code
     * @param from the first minute
     * @param deduction the deduction in percent
     * @return the band
     */
    public static Band from(String code, int from, BigDecimal deduction) {
        return new Band(code, from, Integer.MAX_VALUE, deduction);
    }

    /**
     * Tells whether the band has no upper bound.
     *
     * @return true for an open band
     */
    public boolean isOpen() {
        return to == Integer.MAX_VALUE;
    }

    /**
     * Returns the last minute of the band.
     *
     * @return the last minute, empty for an open band
     */
    public OptionalInt last() {
        return isOpen() ? OptionalInt.empty() : OptionalInt.of(to);
    }

    /**
     * Tells whether a number of minutes falls in the band.
     *
     * @param minutes the minutes
     * @return true from {@code from} to {@code to}, both included
     */
    public boolean contains(long minutes) {
        return minutes >= from && minutes <= to;
    }

    @Override
    public String toString() {
        return code + " " + from + (isOpen() ? "+" : "-" + to) + " min " + deduction.toPlainString() + "%";
    }

    static Optional<Band> find(List<Band> bands, long minutes) {
        for (Band b : bands) {
            if (b.contains(minutes)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
