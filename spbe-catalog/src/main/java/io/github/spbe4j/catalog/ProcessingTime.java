package io.github.spbe4j.catalog;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import io.github.spbe4j.core.internal.Text;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The time a public service takes (jangka waktu pelayanan, standar component 3): a whole number of
 * minutes, hours, working days (hari kerja) or calendar days, as a standar pelayanan states it.
 *
 * <p>The text form is the Indonesian one used in standar documents and {@link #parse} reads it
 * back: {@code "5 hari kerja"}, {@code "14 hari"}, {@code "2 jam"}, {@code "30 menit"}.
 * {@link #dueDate} turns it into a deadline with a {@link WorkingDayCalendar}, so national holidays
 * and cuti bersama are not counted as working days.
 *
 * <pre>{@code
 * ProcessingTime t = ProcessingTime.parse("3 hari kerja");
 * t.dueDate(LocalDate.of(2025, 3, 27), WorkingDayCalendar.indonesia());   // 2025-04-10
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param amount the number of units, 0..{@link #MAX_AMOUNT} (0 minutes: done on the spot)
 * @param unit the unit
 * @since 0.1.0
 */
public record ProcessingTime(long amount, Unit unit) {

    /**
     * A unit a processing time is given in: minutes, hours, working days or calendar days.
     *
     * @since 0.1.0
     */
    public enum Unit {
        /** Minutes. */
        MINUTES("menit"),
        /** Hours. */
        HOURS("jam"),
        /** Working days (hari kerja), counted with a working-day calendar. */
        WORKING_DAYS("hari kerja"),
        /** Calendar days (hari kalender), weekends and holidays included. */
        CALENDAR_DAYS("hari");

        private final String indonesian;

        Unit(String indonesian) {
            this.indonesian = indonesian;
        }

        /**
         * Returns the unit's Indonesian name as written in the text form, e.g. {@code "hari kerja"}.
         *
         * @return the name
         */
        public String indonesian() {
            return indonesian;
        }
    }

    /** Runs of white space, including the no-break spaces of text pasted from word processors. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    /** The longest processing time accepted, in any unit: ten thousand (27 years of days). */
    public static final long MAX_AMOUNT = 10_000;

    /**
     * Checks the processing time.
     *
     * @throws InvalidServiceException if the amount is negative or above {@link #MAX_AMOUNT}
     */
    public ProcessingTime {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0 || amount > MAX_AMOUNT) {
            throw new InvalidServiceException(Problem.of("amount", Checks.RANGE, "processing time is " + amount + " "
                    + unit.indonesian + "; it must be 0.." + MAX_AMOUNT, String.valueOf(amount)));
        }
    }

    /**
     * Returns a processing time in working days.
     *
     * @param days the number of working days
     * @return the processing time
     * @throws InvalidServiceException if the number is out of range
     */
    public static ProcessingTime workingDays(long days) {
        return new ProcessingTime(days, Unit.WORKING_DAYS);
    }

    /**
     * Returns a processing time in calendar days.
     *
     * @param days the number of days
     * @return the processing time
     * @throws InvalidServiceException if the number is out of range
     */
    public static ProcessingTime calendarDays(long days) {
        return new ProcessingTime(days, Unit.CALENDAR_DAYS);
    }

    /**
     * Returns a processing time in hours.
     *
     * @param hours the number of hours
     * @return the processing time
     * @throws InvalidServiceException if the number is out of range
     */
    public static ProcessingTime hours(long hours) {
        return new ProcessingTime(hours, Unit.HOURS);
    }

    /**
     * Returns a processing time in minutes.
     *
     * @param minutes the number of minutes
     * @return the processing time
     * @throws InvalidServiceException if the number is out of range
     */
    public static ProcessingTime minutes(long minutes) {
        return new ProcessingTime(minutes, Unit.MINUTES);
    }

    /**
     * Reads the text form: a whole number, a space, and a unit ({@code menit}, {@code jam},
     * {@code hari kerja}, {@code hari}); case and extra spaces (no-break spaces too) are ignored, and the English units
     * {@code minutes}, {@code hours}, {@code working days} and {@code days} are accepted too.
     *
     * @param text the text, e.g. {@code "5 hari kerja"}
     * @return the processing time
     * @throws InvalidServiceException naming the text and the accepted forms if it cannot be read, or if
     *     the amount is above {@link #MAX_AMOUNT}
     */
    public static ProcessingTime parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String t = SPACES.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        int space = t.indexOf(' ');
        if (space > 0 && space <= 6 && t.substring(0, space).chars().allMatch(c -> c >= '0' && c <= '9')) {
            long amount = Long.parseLong(t.substring(0, space));
            Unit unit = switch (t.substring(space + 1)) {
                case "menit", "minute", "minutes" -> Unit.MINUTES;
                case "jam", "hour", "hours" -> Unit.HOURS;
                case "hari kerja", "working day", "working days" -> Unit.WORKING_DAYS;
                case "hari", "hari kalender", "day", "days", "calendar day", "calendar days" -> Unit.CALENDAR_DAYS;
                default -> null;
            };
            if (unit != null) {
                return new ProcessingTime(amount, unit);
            }
        }
        throw new InvalidServiceException(Problem.of("", "ProcessingTimeText", "processing time " + Text.quote(text)
                + " cannot be read; write a whole number and a unit: menit, jam, hari kerja or hari (e.g. \"5 hari kerja\")",
                Text.quote(text)));
    }

    /**
     * Returns the day the service is due when the application is received on a day.
     *
     * <p>Working days count from the day after receipt ({@link WorkingDayCalendar#plusWorkingDays}); calendar
     * days are added as they are; minutes and hours are due on the day of receipt when it is a working
     * day, otherwise on the next working day (the office opens then).
     *
     * @param received the day the complete application was received
     * @param calendar the working-day calendar of the unit
     * @return the due day
     * @throws io.github.spbe4j.core.calendar.UncoveredYearException if the count reaches a year the calendar has no data for
     */
    public LocalDate dueDate(LocalDate received, WorkingDayCalendar calendar) {
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(calendar, "calendar");
        return switch (unit) {
            case WORKING_DAYS -> calendar.plusWorkingDays(received, Math.toIntExact(amount));
            case CALENDAR_DAYS -> received.plusDays(amount);
            case MINUTES, HOURS -> calendar.plusWorkingDays(received, 0);
        };
    }

    /**
     * Returns the text form, e.g. {@code "5 hari kerja"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return amount + " " + unit.indonesian;
    }
}
