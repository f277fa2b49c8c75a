package io.github.spbe4j.attendance.schedule;

import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A named shift: hours a deployment gives a group of employees ("pagi" 07:00-14:00, "malam"
 * 21:00-07:00), for units that work outside the office day (hospitals, fire brigades, front offices).
 * A shift becomes a {@link WorkingDay} on the dates a roster assigns it ({@link #on(LocalDate, ZoneId)}),
 * or the hours of a whole schedule ({@link WorkSchedule#shift(Shift, java.util.Set,
 * io.github.spbe4j.core.calendar.WorkingDayCalendar, ZoneId)}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the shift's name, a non-blank name by spbe4j's text policy
 * @param hours its hours
 * @since 0.1.0
 */
public record Shift(String name, DayHours hours) {

    /**
     * Checks the shift.
     *
     * @throws InvalidScheduleException if the name is blank or breaks the text policy for names
     */
    public Shift {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hours, "hours");
        if (name.isBlank()) {
            throw new InvalidScheduleException("a shift's name is blank; it must be a non-empty name");
        }
        TextPolicy.NAME.violation(name).ifPresent(v -> {
            throw new InvalidScheduleException("shift name " + Text.quote(name) + " " + v);
        });
    }

    /**
     * Returns a shift.
     *
     * @param name its name
     * @param hours its hours
     * @return the shift
     */
    public static Shift of(String name, DayHours hours) {
        return new Shift(name, hours);
    }

    /**
     * Returns this shift as the working day starting on a date, as a roster assigns it; whether the
     * date is a working day is the roster's business, not a calendar's.
     *
     * @param date the date the shift starts
     * @param zone the zone its hours are read in
     * @return the working day
     */
    public WorkingDay on(LocalDate date, ZoneId zone) {
        return new WorkingDay(date, hours, zone, WorkingDay.Kind.SHIFT, null, "shift " + name);
    }
}
