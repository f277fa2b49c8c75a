package io.github.spbe4j.complaints.sla;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.calendar.Holiday;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A deadline of the SLA clock: the day it falls on in the agency's time zone, the last instant of that day
 * (until which it holds), and whether it rests on estimated holidays.
 *
 * @param date the local day of the deadline
 * @param end the last instant of that day in the agency's zone (23:59:59.999999999 local)
 * @param provisional true when a day counted is in a year without decreed holiday data, so the date may move
 *     once that year's decree is added
 * @param estimatedDays the estimated holidays the count relied on, by date; empty when not provisional
 * @since 0.1.0
 */
public record SlaDeadline(LocalDate date, Instant end, boolean provisional, List<Holiday> estimatedDays) {

    /**
     * Checks that nothing is missing and that a deadline naming estimated days is provisional.
     *
     * @param date the day
     * @param end its last instant
     * @param provisional whether it rests on estimates
     * @param estimatedDays the estimated days relied on
     * @throws SpbeException if days are named but the deadline is not provisional
     */
    public SlaDeadline {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(end, "end");
        estimatedDays = List.copyOf(estimatedDays);
        if (!provisional && !estimatedDays.isEmpty()) {
            throw new SpbeException(Problem.of("provisional", "Provisional", "a deadline relying on " + estimatedDays.size()
                    + " estimated days must be provisional", "false"));
        }
    }

    /**
     * Tells whether the deadline has passed at an instant: the instant is after {@link #end()}.
     *
     * @param at the instant
     * @return true if passed
     */
    public boolean passedAt(Instant at) {
        return at.isAfter(end);
    }
}
