package io.github.spbe4j.attendance.schedule;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The hours of one working day in local time: when it starts, when it ends, and how much of that span
 * is break. A day whose end is before its start ends on the next day (a night shift).
 *
 * <pre>{@code
 * DayHours monday = DayHours.of(LocalTime.of(7, 30), LocalTime.of(16, 0), Duration.ofMinutes(60));
 * monday.workTime();                                                     // PT7H30M
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param start when the day starts, a whole minute
 * @param end when the day ends, a whole minute, not equal to the start; before it for a night shift
 * @param breaks the time of breaks within the span, whole minutes, shorter than the span
 * @since 0.1.0
 */
public record DayHours(LocalTime start, LocalTime end, Duration breaks) {

    /**
     * Checks the hours.
     *
     * @throws InvalidScheduleException if a time has seconds, the end equals the start, or the breaks
     *     are negative, not whole minutes, or not shorter than the span
     */
    public DayHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(breaks, "breaks");
        if (start.getSecond() != 0 || start.getNano() != 0 || end.getSecond() != 0 || end.getNano() != 0) {
            throw new InvalidScheduleException("working hours " + start + "-" + end + " have seconds; hours are whole minutes");
        }
        if (start.equals(end)) {
            throw new InvalidScheduleException("working hours end at their start " + start + "; a day must last");
        }
        if (breaks.isNegative() || breaks.toSecondsPart() != 0 || breaks.toNanosPart() != 0) {
            throw new InvalidScheduleException("breaks of " + breaks + " are not whole minutes of zero or more");
        }
        Duration span = span(start, end);
        if (breaks.compareTo(span) >= 0) {
            throw new InvalidScheduleException("breaks of " + breaks.toMinutes() + " minutes are not shorter than the day "
                    + start + "-" + end + " (" + span.toMinutes() + " minutes)");
        }
    }

    /**
     * Returns the hours of a day.
     *
     * @param start when the day starts
     * @param end when it ends; before the start for a day that ends on the next day
     * @param breaks the breaks within the span
     * @return the hours
     * @throws InvalidScheduleException as the constructor
     */
    public static DayHours of(LocalTime start, LocalTime end, Duration breaks) {
        return new DayHours(start, end, breaks);
    }

    /**
     * Tells whether the day ends on the next calendar day.
     *
     * @return true when the end is before the start
     */
    public boolean endsNextDay() {
        return end.isBefore(start);
    }

    /**
     * Returns the span from start to end, breaks included.
     *
     * @return the span, positive and under 24 hours
     */
    public Duration span() {
        return span(start, end);
    }

    /**
     * Returns the working time: the span less the breaks.
     *
     * @return the working time, positive
     */
    public Duration workTime() {
        return span().minus(breaks);
    }

    @Override
    public String toString() {
        return start + "-" + end + " (break " + breaks.toMinutes() + " min)";
    }

    private static Duration span(LocalTime start, LocalTime end) {
        Duration d = Duration.between(start, end);
        return d.isNegative() ? d.plusDays(1) : d;
    }
}
