package io.github.spbe4j.core.calendar;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A day reached by counting working days, with whether it rests on estimated holidays: the answer of
 * {@link WorkingDayCalendar#deadline(LocalDate, int)}.
 *
 * @param date the working day reached
 * @param provisional true when a day counted is in a year without decreed holiday data, so the date
 *        may move once that year's decree is added
 * @param estimatedDays the estimated holidays on weekdays among the days counted, by date; empty when
 *        not provisional (and possibly empty when provisional: no estimated holiday fell on a weekday
 *        counted, yet days that are not estimated, such as collective leave, may still come)
 * @since 0.1.0
 */
public record Deadline(LocalDate date, boolean provisional, List<Holiday> estimatedDays) {

    /**
     * Creates the result, checking that every listed day is estimated and that a result naming
     * estimated days is provisional.
     *
     * @param date the working day reached
     * @param provisional whether the date rests on estimates
     * @param estimatedDays the estimated days relied on
     * @throws SpbeException if a listed day is not estimated, or days are listed but the result is not
     *         provisional
     */
    public Deadline {
        Objects.requireNonNull(date, "date");
        estimatedDays = List.copyOf(estimatedDays);
        for (Holiday h : estimatedDays) {
            if (!h.estimated()) {
                throw new SpbeException(Problem.of("estimatedDays", "Estimated", "estimatedDays lists " + h.date()
                        + ", which is a decreed day; only estimated days are listed", h.date().toString()));
            }
        }
        if (!provisional && !estimatedDays.isEmpty()) {
            throw new SpbeException(Problem.of("provisional", "Provisional", "a date relying on " + estimatedDays.size()
                    + " estimated days must be provisional", "false"));
        }
    }
}
