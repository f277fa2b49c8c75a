package io.github.spbe4j.attendance.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One working day of one schedule: its date, its hours in local time, the zone they are read in, and
 * why it has these hours — the ordinary week, Ramadan, or a shift — with the schedule's source.
 *
 * <pre>{@code
 * WorkingDay day = WorkSchedule.national(IndonesiaTimeZone.WITA.zoneId())
 *         .day(LocalDate.of(2025, 6, 2)).orElseThrow();
 * day.startAt();                                       // 2025-06-02T07:30+08:00[Asia/Makassar]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the date the day starts
 * @param hours its hours
 * @param zone the zone the hours are read in
 * @param kind why the day has these hours
 * @param ramadan the Ramadan the day falls in, for a {@link Kind#RAMADAN} day; empty otherwise
 * @param holidaysEstimated whether the calendar that made this a working day answered from estimated
 *        holidays (a year without decreed holiday data)
 * @param source where the hours come from
 * @since 0.1.0
 */
public record WorkingDay(LocalDate date, DayHours hours, ZoneId zone, Kind kind, Optional<RamadanPeriod> ramadan,
        boolean holidaysEstimated, String source) {

    /** Why a day has its hours. */
    public enum Kind {
        /** The schedule's ordinary week. */
        REGULAR,
        /** The schedule's Ramadan hours, on a date within Ramadan. */
        RAMADAN,
        /** A shift a roster assigned. */
        SHIFT
    }

    /**
     * Checks the day.
     *
     * @throws InvalidScheduleException if a Ramadan day has no Ramadan, or another day has one
     */
    public WorkingDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ramadan, "ramadan");
        Objects.requireNonNull(source, "source");
        if ((kind == Kind.RAMADAN) != ramadan.isPresent()) {
            throw new InvalidScheduleException("a working day of kind " + kind + " on " + date
                    + (ramadan.isPresent() ? " has a Ramadan; only a RAMADAN day has one" : " has no Ramadan; a RAMADAN day needs one"));
        }
    }

    WorkingDay(LocalDate date, DayHours hours, ZoneId zone, Kind kind, @Nullable RamadanPeriod ramadan, String source) {
        this(date, hours, zone, kind, Optional.ofNullable(ramadan), false, source);
    }

    /**
     * Returns when the day starts, in its zone.
     *
     * @return the start
     */
    public ZonedDateTime startAt() {
        return date.atTime(hours.start()).atZone(zone);
    }

    /**
     * Returns when the day ends, in its zone: on the next date for hours that end the next day.
     *
     * @return the end
     */
    public ZonedDateTime endAt() {
        LocalDateTime end = date.atTime(hours.end());
        return (hours.endsNextDay() ? end.plusDays(1) : end).atZone(zone);
    }

    /**
     * Tells whether anything about this day is estimated rather than decreed: its Ramadan dates or the
     * holidays that made it a working day.
     *
     * @return true when estimated
     */
    public boolean estimated() {
        return holidaysEstimated || ramadan.map(RamadanPeriod::estimated).orElse(false);
    }
}
