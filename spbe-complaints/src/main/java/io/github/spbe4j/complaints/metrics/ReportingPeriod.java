package io.github.spbe4j.complaints.metrics;

import io.github.spbe4j.complaints.InvalidComplaintException;
import io.github.spbe4j.core.Problem;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The period a report covers: the complaints <em>submitted</em> on a local date (in the agency's time zone)
 * from its first day to its last, both included; either end may be open. Its text form is
 * {@code 2026-03-01..2026-03-31}, with {@code ..} alone for all time. Immutable and thread-safe.
 *
 * @param from the first submission date counted, empty for no lower bound
 * @param to the last submission date counted, empty for no upper bound
 * @since 0.1.0
 */
public record ReportingPeriod(Optional<LocalDate> from, Optional<LocalDate> to) {

    /** The rule of a problem about a period that ends before it starts. */
    public static final String RULE = "ReportingPeriod";

    private static final ReportingPeriod ALL = new ReportingPeriod(Optional.empty(), Optional.empty());

    /**
     * Checks that the period does not end before it starts.
     *
     * @param from the first day, or empty
     * @param to the last day, or empty
     * @throws InvalidComplaintException if the last day is before the first
     */
    public ReportingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new InvalidComplaintException(Problem.of("to", RULE, "a reporting period ends " + to.get() + ", before it starts "
                    + from.get(), to.get().toString()));
        }
    }

    /**
     * Returns the period without bounds: every complaint submitted by the instant of the report.
     *
     * @return all time
     */
    public static ReportingPeriod all() {
        return ALL;
    }

    /**
     * Returns the period of the submission dates from one day to another, both included.
     *
     * @param from the first day
     * @param to the last day, not before the first
     * @return the period
     * @throws InvalidComplaintException if the last day is before the first
     */
    public static ReportingPeriod of(LocalDate from, LocalDate to) {
        return new ReportingPeriod(Optional.of(from), Optional.of(to));
    }

    /**
     * Tells whether a submission date is in the period.
     *
     * @param date the local date of a submission
     * @return true when it is on or after the first day and on or before the last
     */
    public boolean contains(LocalDate date) {
        return (from.isEmpty() || !date.isBefore(from.get())) && (to.isEmpty() || !date.isAfter(to.get()));
    }

    /** Returns {@code FROM..TO}, an open end left empty. */
    @Override
    public String toString() {
        return from.map(LocalDate::toString).orElse("") + ".." + to.map(LocalDate::toString).orElse("");
    }
}
