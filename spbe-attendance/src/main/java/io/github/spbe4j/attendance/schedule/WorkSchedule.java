package io.github.spbe4j.attendance.schedule;

import io.github.spbe4j.core.calendar.UncoveredYearException;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A working schedule: the hours of each day of the week in local time, the calendar that says which
 * dates are working days, the zone the hours are read in, and optionally other hours during Ramadan —
 * each with its source.
 *
 * <p>{@link #national(ZoneId)} is the civil service's schedule of Perpres 21/2023: five working days,
 * 37.5 hours a week excluding breaks, starting 07:30 local time, with breaks of 60 minutes Monday to
 * Thursday and 90 on Friday (so 07:30-16:00 and, on Friday, 07:30-16:30); its calendar is
 * {@link WorkingDayCalendar#indonesia()}, in which national holidays and collective leave (cuti bersama)
 * are not working days. During Ramadan the hours are those of the MenPANRB circular, which is issued
 * anew each year: Monday to Thursday 08:00-15:00 and Friday 08:00-15:30, breaks included, 32.5 hours a
 * week. The circular's figures can change: {@link #withRamadan(Map, String, RamadanCalendar)} sets the
 * year's own.
 *
 * <p>An agency with its own arrangement (Perpres 21/2023 allows flexible hours by location or time)
 * builds its schedule from this one ({@link #startingAt(LocalTime)}, {@link #withWeek(Map, String)}) or
 * from scratch ({@link #of}, {@link #shift}).
 *
 * <pre>{@code
 * WorkSchedule asn = WorkSchedule.national(IndonesiaTimeZone.WIB.zoneId());
 * asn.day(LocalDate.of(2025, 6, 6)).orElseThrow().hours();    // 07:30-16:30 (break 90 min): a Friday
 * asn.day(LocalDate.of(2025, 8, 18));                         // empty: cuti bersama
 * asn.day(LocalDate.of(2026, 3, 2)).orElseThrow().kind();     // RAMADAN, 08:00-15:00
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class WorkSchedule {

    /** The source of {@link #national(ZoneId)}'s ordinary week. */
    public static final String PERPRES_21_2023 = "Perpres 21/2023 (working days and hours of civil servants): 5 working days, "
            + "37.5 hours a week excluding breaks, starting 07:30 local time; breaks of 60 minutes Monday-Thursday and 90 minutes Friday";

    /** The source of {@link #national(ZoneId)}'s Ramadan hours. */
    public static final String MENPANRB_RAMADAN = "MenPANRB circular on civil servants' working hours in Ramadan, issued each year "
            + "within Perpres 21/2023: Monday-Thursday 08:00-15:00 and Friday 08:00-15:30 local time, breaks included, 32.5 hours a week; "
            + "the breaks (30 minutes Monday-Thursday, 60 minutes Friday) are those that give 32.5 hours: check the year's circular";

    private static final Map<DayOfWeek, DayHours> PERPRES_WEEK = week(
            DayHours.of(LocalTime.of(7, 30), LocalTime.of(16, 0), Duration.ofMinutes(60)),
            DayHours.of(LocalTime.of(7, 30), LocalTime.of(16, 30), Duration.ofMinutes(90)));

    private static final Map<DayOfWeek, DayHours> RAMADAN_WEEK = week(
            DayHours.of(LocalTime.of(8, 0), LocalTime.of(15, 0), Duration.ofMinutes(30)),
            DayHours.of(LocalTime.of(8, 0), LocalTime.of(15, 30), Duration.ofMinutes(60)));

    private final String name;
    private final String source;
    private final Map<DayOfWeek, DayHours> week;
    private final WorkingDayCalendar calendar;
    private final ZoneId zone;
    private final Map<DayOfWeek, DayHours> ramadanWeek;
    private final String ramadanSource;
    private final RamadanCalendar ramadanDates;

    private WorkSchedule(String name, String source, Map<DayOfWeek, DayHours> week, WorkingDayCalendar calendar, ZoneId zone,
            Map<DayOfWeek, DayHours> ramadanWeek, String ramadanSource, RamadanCalendar ramadanDates) {
        this.name = checked("name", name);
        this.source = checked("source", source);
        this.week = copy(week, "week");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.ramadanWeek = copy(ramadanWeek, "ramadanWeek");
        this.ramadanSource = ramadanWeek.isEmpty() ? "" : checked("ramadanSource", ramadanSource);
        this.ramadanDates = Objects.requireNonNull(ramadanDates, "ramadanDates");
        if (this.week.isEmpty()) {
            throw new InvalidScheduleException("schedule " + Text.quote(name) + " has no working day in its week; give at least one");
        }
    }

    /**
     * Returns the civil service's schedule of Perpres 21/2023 in a zone, with the MenPANRB Ramadan
     * hours on Indonesia's Ramadan dates and the built-in civil-service calendar.
     *
     * @param zone the zone the hours are read in: the agency's (WIB, WITA or WIT)
     * @return the schedule
     */
    public static WorkSchedule national(ZoneId zone) {
        return new WorkSchedule("Perpres 21/2023", PERPRES_21_2023, PERPRES_WEEK, WorkingDayCalendar.indonesia(), zone,
                RAMADAN_WEEK, MENPANRB_RAMADAN, RamadanCalendar.indonesia());
    }

    /**
     * Returns a schedule of the given weekly hours, without Ramadan hours.
     *
     * @param name the schedule's name
     * @param source where its hours come from (a regulation, an agency's decree)
     * @param week the hours of each working day of the week; a day left out is never a working day
     * @param calendar which dates are working days
     * @param zone the zone the hours are read in
     * @return the schedule
     * @throws InvalidScheduleException if the week is empty or a text is blank or breaks the text policy
     */
    public static WorkSchedule of(String name, String source, Map<DayOfWeek, DayHours> week, WorkingDayCalendar calendar, ZoneId zone) {
        return new WorkSchedule(name, source, week, calendar, zone, Map.of(), "", RamadanCalendar.indonesia());
    }

    /**
     * Returns a schedule of one shift's hours on the given days of the week, without Ramadan hours.
     *
     * @param shift the shift
     * @param days the days of the week it is worked
     * @param calendar which dates are working days
     * @param zone the zone the hours are read in
     * @return the schedule, named after the shift
     */
    public static WorkSchedule shift(Shift shift, Set<DayOfWeek> days, WorkingDayCalendar calendar, ZoneId zone) {
        Objects.requireNonNull(shift, "shift");
        Map<DayOfWeek, DayHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : days) {
            week.put(d, shift.hours());
        }
        return of(shift.name(), "shift " + shift.name(), week, calendar, zone);
    }

    /**
     * Returns the day a date is under this schedule: its hours, or nothing when the date is not a
     * working day (a weekend, a day left out of the week, a holiday or collective leave in the calendar).
     * On a date within Ramadan, a schedule with Ramadan hours gives those.
     *
     * @param date the date
     * @return the working day, or empty
     * @throws UncoveredYearException if the calendar holds no holiday data for the date's year
     * @throws InvalidScheduleException if the date is in Ramadan hours' reach but outside the range of
     *     the Hijri calendar and no set Ramadan covers it
     */
    public Optional<WorkingDay> day(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayHours hours = week.get(date.getDayOfWeek());
        if (hours == null || !calendar.isWorkingDay(date)) {
            return Optional.empty();
        }
        boolean estimated = calendar.isEstimated(Year.from(date));
        DayHours fasting = ramadanWeek.get(date.getDayOfWeek());
        if (fasting != null) {
            Optional<RamadanPeriod> ramadan = ramadanDates.on(date);
            if (ramadan.isPresent()) {
                return Optional.of(new WorkingDay(date, fasting, zone, WorkingDay.Kind.RAMADAN, ramadan, estimated, ramadanSource));
            }
        }
        return Optional.of(new WorkingDay(date, hours, zone, WorkingDay.Kind.REGULAR, Optional.empty(), estimated, source));
    }

    /**
     * Returns this schedule with every day's hours moved to start at another time, keeping each day's
     * span and breaks (an agency that starts at 08:00); Ramadan hours are kept as they are.
     *
     * @param start the new start
     * @return the schedule
     */
    public WorkSchedule startingAt(LocalTime start) {
        Objects.requireNonNull(start, "start");
        Map<DayOfWeek, DayHours> moved = new EnumMap<>(DayOfWeek.class);
        week.forEach((d, h) -> moved.put(d, DayHours.of(start, start.plus(h.span()), h.breaks())));
        return new WorkSchedule(name + " from " + start, source + "; moved to start at " + start, moved, calendar, zone,
                ramadanWeek, ramadanSource, ramadanDates);
    }

    /**
     * Returns this schedule with other weekly hours.
     *
     * @param week the hours of each working day of the week
     * @param source where they come from
     * @return the schedule
     */
    public WorkSchedule withWeek(Map<DayOfWeek, DayHours> week, String source) {
        return new WorkSchedule(name, source, week, calendar, zone, ramadanWeek, ramadanSource, ramadanDates);
    }

    /**
     * Returns this schedule with other Ramadan hours and dates (the year's MenPANRB circular, an
     * agency's own); an empty week means no Ramadan hours.
     *
     * @param week the hours of each working day of the week during Ramadan
     * @param source where they come from
     * @param dates the dates of Ramadan
     * @return the schedule
     */
    public WorkSchedule withRamadan(Map<DayOfWeek, DayHours> week, String source, RamadanCalendar dates) {
        return new WorkSchedule(name, this.source, this.week, calendar, zone, week, source, dates);
    }

    /**
     * Returns this schedule without Ramadan hours: the ordinary week all year.
     *
     * @return the schedule
     */
    public WorkSchedule withoutRamadan() {
        return new WorkSchedule(name, source, week, calendar, zone, Map.of(), "", ramadanDates);
    }

    /**
     * Returns this schedule with another calendar (a region's own holidays, estimates for later years).
     *
     * @param calendar which dates are working days
     * @return the schedule
     */
    public WorkSchedule withCalendar(WorkingDayCalendar calendar) {
        return new WorkSchedule(name, source, week, calendar, zone, ramadanWeek, ramadanSource, ramadanDates);
    }

    /**
     * Returns this schedule read in another zone: the same local hours.
     *
     * @param zone the zone
     * @return the schedule
     */
    public WorkSchedule withZone(ZoneId zone) {
        return new WorkSchedule(name, source, week, calendar, zone, ramadanWeek, ramadanSource, ramadanDates);
    }

    /**
     * Returns the working time of an ordinary week: each working day of the week's hours less breaks.
     *
     * @return the weekly working time; PT37H30M for {@link #national(ZoneId)}
     */
    public Duration weeklyWorkTime() {
        return sum(week);
    }

    /**
     * Returns the working time of a week under the Ramadan hours.
     *
     * @return the weekly working time; zero without Ramadan hours; PT32H30M for {@link #national(ZoneId)}
     */
    public Duration ramadanWeeklyWorkTime() {
        return sum(ramadanWeek);
    }

    /** @return the schedule's name */
    public String name() {
        return name;
    }

    /** @return where the ordinary week's hours come from */
    public String source() {
        return source;
    }

    /** @return the hours of each working day of an ordinary week, unmodifiable */
    public Map<DayOfWeek, DayHours> week() {
        return week;
    }

    /** @return the hours during Ramadan, unmodifiable; empty without Ramadan hours */
    public Map<DayOfWeek, DayHours> ramadanWeek() {
        return ramadanWeek;
    }

    /** @return where the Ramadan hours come from; empty without them */
    public String ramadanSource() {
        return ramadanSource;
    }

    /** @return the dates of Ramadan this schedule uses */
    public RamadanCalendar ramadanDates() {
        return ramadanDates;
    }

    /** @return the calendar of working days */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** @return the zone the hours are read in */
    public ZoneId zone() {
        return zone;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof WorkSchedule s && name.equals(s.name) && source.equals(s.source) && week.equals(s.week)
                && calendar.equals(s.calendar) && zone.equals(s.zone) && ramadanWeek.equals(s.ramadanWeek)
                && ramadanSource.equals(s.ramadanSource) && ramadanDates.equals(s.ramadanDates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, week, zone, ramadanWeek);
    }

    @Override
    public String toString() {
        return "WorkSchedule[" + name + ", " + zone + ", " + week + (ramadanWeek.isEmpty() ? "" : ", Ramadan " + ramadanWeek) + "]";
    }

    private static Map<DayOfWeek, DayHours> week(DayHours mondayToThursday, DayHours friday) {
        Map<DayOfWeek, DayHours> w = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY}) {
            w.put(d, mondayToThursday);
        }
        w.put(DayOfWeek.FRIDAY, friday);
        return Collections.unmodifiableMap(w);
    }

    private static Duration sum(Map<DayOfWeek, DayHours> week) {
        return week.values().stream().map(DayHours::workTime).reduce(Duration.ZERO, Duration::plus);
    }

    private static Map<DayOfWeek, DayHours> copy(Map<DayOfWeek, DayHours> week, String what) {
        Objects.requireNonNull(week, what);
        Map<DayOfWeek, DayHours> w = new EnumMap<>(DayOfWeek.class);
        week.forEach((d, h) -> w.put(Objects.requireNonNull(d, what), Objects.requireNonNull(h, what)));
        return Collections.unmodifiableMap(w);
    }

    private static String checked(String what, String text) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new InvalidScheduleException("a schedule's " + what + " is blank; it must be a non-empty text");
        }
        TextPolicy.LINE.violation(text).ifPresent(v -> {
            throw new InvalidScheduleException("a schedule's " + what + " " + Text.quote(text) + " " + v);
        });
        return text;
    }
}
