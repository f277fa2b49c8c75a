package io.github.spbe4j.core.calendar;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.internal.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjuster;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A calendar of working days: the days that are neither a weekend day nor a day off by decree, for
 * one workforce, over the years it holds holiday data for.
 *
 * <p>{@link #indonesia()} holds Indonesia's national holidays (libur nasional) and collective leave
 * (cuti bersama) of 2024, 2025 and 2026 as set by the SKB 3 Menteri and Keppres decrees, each
 * {@link Holiday} naming its decree. Weekends are Saturday and Sunday unless set otherwise with
 * {@link #withWeekend(Set)}. Whose working days are counted is a {@link Workforce}: for
 * {@link Workforce#CIVIL_SERVICE civil servants} collective leave is a day off, for the
 * {@link Workforce#PRIVATE_SECTOR private sector} it is a working day. National and regional
 * holidays are days off for both.
 *
 * <p>Data is extended without a release: {@link #withHolidays(Collection)} adds a new year or a
 * region's own days (kind {@link HolidayKind#REGIONAL}, kept apart from the national days and
 * returned after them), and {@link #readHolidays(Path)} reads them from a file in the format of the
 * built-in data. Add only the regional days of the place whose working days you count: every
 * regional day in a calendar is a day off.
 *
 * <p><b>Years without data are refused, not guessed.</b> A year is covered when the calendar holds at
 * least one national holiday or collective-leave day in it ({@link #coveredYears()}); every query
 * that needs to know whether a day in another year is a working day throws
 * {@link UncoveredYearException} naming the year and the covered years, rather than answer as if
 * that year had no holidays.
 *
 * <pre>{@code
 * WorkingDayCalendar asn = WorkingDayCalendar.indonesia();               // civil servants
 * asn.isWorkingDay(LocalDate.of(2025, 8, 18));                           // false: cuti bersama
 * asn.withWorkforce(Workforce.PRIVATE_SECTOR)
 *         .isWorkingDay(LocalDate.of(2025, 8, 18));                      // true
 * asn.plusWorkingDays(LocalDate.of(2025, 3, 27), 1);                     // 2025-04-08
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class WorkingDayCalendar {

    private static final String RESOURCE = "holidays-id-2024-2026.json";
    private static final Set<DayOfWeek> SATURDAY_SUNDAY = Collections.unmodifiableSet(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

    /** National holidays and collective leave, at most one a date. */
    private final NavigableMap<LocalDate, Holiday> national;
    /** Regional holidays, ordered by region within a date. */
    private final NavigableMap<LocalDate, List<Holiday>> regional;
    private final SortedSet<Year> covered;
    private final Set<DayOfWeek> weekend;
    private final Workforce workforce;

    private WorkingDayCalendar(List<Holiday> holidays, Set<DayOfWeek> weekend, Workforce workforce) {
        TreeMap<LocalDate, Holiday> n = new TreeMap<>();
        TreeMap<LocalDate, List<Holiday>> r = new TreeMap<>();
        TreeSet<Year> c = new TreeSet<>();
        for (Holiday h : holidays.stream().sorted(Holiday.ORDER).toList()) {
            if (h.kind() == HolidayKind.REGIONAL) {
                r.computeIfAbsent(h.date(), d -> new ArrayList<>()).add(h);
            } else {
                n.put(h.date(), h);
                c.add(Year.from(h.date()));
            }
        }
        r.replaceAll((d, list) -> List.copyOf(list));
        this.national = Collections.unmodifiableNavigableMap(n);
        this.regional = Collections.unmodifiableNavigableMap(r);
        this.covered = Collections.unmodifiableSortedSet(c);
        this.weekend = weekend;
        this.workforce = workforce;
    }

    /**
     * Returns the built-in calendar of Indonesia, 2024-2026, for civil servants (collective leave is
     * a day off), with Saturday and Sunday as the weekend.
     *
     * @return the calendar
     */
    public static WorkingDayCalendar indonesia() {
        return Builtin.CIVIL_SERVICE;
    }

    /**
     * Returns the built-in calendar of Indonesia, 2024-2026, for a workforce, with Saturday and Sunday
     * as the weekend.
     *
     * @param workforce whose working days are counted
     * @return the calendar
     */
    public static WorkingDayCalendar indonesia(Workforce workforce) {
        return Builtin.CIVIL_SERVICE.withWorkforce(workforce);
    }

    /**
     * Returns a calendar of the given holidays only, for civil servants, with Saturday and Sunday as
     * the weekend.
     *
     * @param holidays the holidays; at most one national or collective-leave day a date, and at most
     *        one regional day a date and region
     * @return the calendar
     * @throws InvalidHolidayDataException listing every date given twice
     */
    public static WorkingDayCalendar of(Collection<Holiday> holidays) {
        return new WorkingDayCalendar(List.of(), SATURDAY_SUNDAY, Workforce.CIVIL_SERVICE).withHolidays(holidays);
    }

    /**
     * Reads holidays from a file in the format of the built-in data.
     *
     * <pre>{@code
     * { "provenance": "optional note on the sources",
     *   "years": { "2027": [ { "date": "2027-01-01", "kind": "libur nasional",
     *                          "name": "Tahun Baru 2027 Masehi", "decree": "SKB ..." } ] } }
     * }</pre>
     *
     * <p>{@code kind} is {@code "libur nasional"}, {@code "cuti bersama"} or {@code "libur daerah"};
     * a {@code "libur daerah"} entry also has {@code "region"}, its region's code. Each date must be
     * in the year it is listed under, and a date appears once (once per region for regional days).
     *
     * @param file the file
     * @return the holidays, by date
     * @throws InvalidHolidayDataException listing every problem, each naming the field, rule and value
     * @throws SpbeException if the file cannot be read
     */
    public static List<Holiday> readHolidays(Path file) {
        return HolidayCodec.read(file);
    }

    /**
     * Reads holidays from a stream in the format of {@link #readHolidays(Path)}; the stream is not
     * closed.
     *
     * @param in the stream
     * @param source the name of the source for messages, e.g. a file name
     * @return the holidays, by date
     * @throws InvalidHolidayDataException listing every problem
     */
    public static List<Holiday> readHolidays(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return HolidayCodec.read(in, source);
    }

    /**
     * Returns a calendar of the holidays in a file (see {@link #readHolidays(Path)}), for civil
     * servants, with Saturday and Sunday as the weekend.
     *
     * @param file the file
     * @return the calendar
     * @throws InvalidHolidayDataException listing every problem
     * @throws SpbeException if the file cannot be read
     */
    public static WorkingDayCalendar load(Path file) {
        return of(readHolidays(file));
    }

    /**
     * Returns a calendar of the holidays in a stream (see {@link #readHolidays(Path)}), for civil
     * servants, with Saturday and Sunday as the weekend; the stream is not closed.
     *
     * @param in the stream
     * @param source the name of the source for messages
     * @return the calendar
     * @throws InvalidHolidayDataException listing every problem
     */
    public static WorkingDayCalendar load(InputStream in, String source) {
        return of(readHolidays(in, source));
    }

    /**
     * Returns a copy of this calendar with more holidays: a new year, a revised year's new days, or a
     * region's own days.
     *
     * <p>A holiday equal to one the calendar holds is ignored; any other holiday on a date that
     * already has a national or collective-leave day (or, for a regional day, a day of the same
     * region) is refused.
     *
     * @param holidays the holidays to add
     * @return the extended calendar
     * @throws InvalidHolidayDataException listing every conflicting date, and nothing is added
     */
    public WorkingDayCalendar withHolidays(Collection<Holiday> holidays) {
        Objects.requireNonNull(holidays, "holidays");
        List<HolidayCodec.Entry> added = new ArrayList<>();
        int i = 0;
        for (Holiday h : holidays) {
            added.add(new HolidayCodec.Entry("holidays[" + i++ + "]", Objects.requireNonNull(h, "holiday")));
        }
        List<Holiday> existing = holidays();
        List<Problem> problems = conflicts(existing, added);
        if (!problems.isEmpty()) {
            throw new InvalidHolidayDataException("holidays added to the calendar", problems);
        }
        List<Holiday> all = new ArrayList<>(existing);
        Set<Holiday> have = Set.copyOf(existing);
        added.stream().map(HolidayCodec.Entry::holiday).filter(h -> !have.contains(h)).forEach(all::add);
        return new WorkingDayCalendar(all, weekend, workforce);
    }

    /**
     * Returns a copy of this calendar with other weekend days.
     *
     * @param weekend the days of the week that are never working days; not all seven
     * @return the calendar
     * @throws SpbeException if the weekend is every day of the week
     */
    public WorkingDayCalendar withWeekend(Set<DayOfWeek> weekend) {
        Objects.requireNonNull(weekend, "weekend");
        weekend.forEach(d -> Objects.requireNonNull(d, "weekend day"));
        if (weekend.size() == DayOfWeek.values().length) {
            throw new SpbeException(Problem.of("weekend", "WorkingDay",
                    "weekend is all seven days of the week; at least one day must be a working day", null));
        }
        Set<DayOfWeek> days = weekend.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(weekend));
        return new WorkingDayCalendar(holidays(), days, workforce);
    }

    /**
     * Returns a copy of this calendar counting the working days of another workforce.
     *
     * @param workforce whose working days are counted
     * @return the calendar
     */
    public WorkingDayCalendar withWorkforce(Workforce workforce) {
        Objects.requireNonNull(workforce, "workforce");
        return workforce == this.workforce ? this : new WorkingDayCalendar(holidays(), weekend, workforce);
    }

    /**
     * Returns the days of the week that are never working days.
     *
     * @return the weekend days, Saturday and Sunday unless set otherwise
     */
    public Set<DayOfWeek> weekend() {
        return weekend;
    }

    /**
     * Returns whose working days this calendar counts.
     *
     * @return the workforce
     */
    public Workforce workforce() {
        return workforce;
    }

    /**
     * Returns the years this calendar holds holiday data for: those with at least one national
     * holiday or collective-leave day.
     *
     * @return the covered years, ascending
     */
    public SortedSet<Year> coveredYears() {
        return covered;
    }

    /**
     * Tells whether this calendar holds holiday data for a day's year.
     *
     * @param date the day
     * @return true if {@link #isWorkingDay(LocalDate)} answers for it rather than throws
     */
    public boolean covers(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return covered.contains(Year.from(date));
    }

    /**
     * Tells whether a day is a working day: not a weekend day, and not a day off by decree for this
     * calendar's workforce.
     *
     * @param date the day
     * @return true for a working day
     * @throws UncoveredYearException if the calendar holds no holiday data for the day's year
     */
    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        if (weekend.contains(date.getDayOfWeek())) {
            return false;
        }
        Holiday h = national.get(date);
        return (h == null || !workforce.isDayOff(h.kind())) && !regional.containsKey(date);
    }

    /**
     * Returns the holiday on a day: its national holiday or collective-leave day if it has one,
     * otherwise its first regional day by region, whatever the workforce.
     *
     * @param date the day
     * @return the holiday, or empty if the day has none
     * @throws UncoveredYearException if the calendar holds no holiday data for the day's year
     */
    public Optional<Holiday> holiday(LocalDate date) {
        List<Holiday> on = holidaysOn(date);
        return on.isEmpty() ? Optional.empty() : Optional.of(on.get(0));
    }

    /**
     * Returns every holiday on a day: its national or collective-leave day first, then its regional
     * days by region.
     *
     * @param date the day
     * @return the holidays, possibly empty
     * @throws UncoveredYearException if the calendar holds no holiday data for the day's year
     */
    public List<Holiday> holidaysOn(LocalDate date) {
        requireCovered(date);
        List<Holiday> on = new ArrayList<>(2);
        Holiday h = national.get(date);
        if (h != null) {
            on.add(h);
        }
        on.addAll(regional.getOrDefault(date, List.of()));
        return List.copyOf(on);
    }

    /**
     * Returns the holidays of a year, by date.
     *
     * @param year the year
     * @return the holidays
     * @throws UncoveredYearException if the calendar holds no holiday data for the year
     */
    public List<Holiday> holidays(Year year) {
        Objects.requireNonNull(year, "year");
        return holidays(year.atDay(1), year.plusYears(1).atDay(1));
    }

    /**
     * Returns the holidays from one day, inclusive, to another, exclusive, by date.
     *
     * @param startInclusive the first day
     * @param endExclusive the day after the last
     * @return the holidays
     * @throws SpbeException if the end is before the start
     * @throws UncoveredYearException if the range touches a year without holiday data
     */
    public List<Holiday> holidays(LocalDate startInclusive, LocalDate endExclusive) {
        requireRange(startInclusive, endExclusive);
        List<Holiday> out = new ArrayList<>(national.subMap(startInclusive, endExclusive).values());
        regional.subMap(startInclusive, endExclusive).values().forEach(out::addAll);
        out.sort(Holiday.ORDER);
        return List.copyOf(out);
    }

    /**
     * Returns the first working day after a day.
     *
     * @param date the day, itself never returned
     * @return the next working day
     * @throws UncoveredYearException if the search reaches a year without holiday data
     */
    public LocalDate nextWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate d = date.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * Returns an adjuster to the first working day after a day, for {@code Temporal.with}:
     * {@code date.with(calendar.nextWorkingDay())}. A date-time keeps its time of day.
     *
     * @return the adjuster
     * @see #nextWorkingDay(LocalDate)
     */
    public TemporalAdjuster nextWorkingDay() {
        return t -> t.with(nextWorkingDay(LocalDate.from(t)));
    }

    /**
     * Returns an adjuster to the last working day before a day, for {@code Temporal.with}:
     * {@code date.with(calendar.previousWorkingDay())}. A date-time keeps its time of day.
     *
     * @return the adjuster
     * @see #previousWorkingDay(LocalDate)
     */
    public TemporalAdjuster previousWorkingDay() {
        return t -> t.with(previousWorkingDay(LocalDate.from(t)));
    }

    /**
     * Returns an adjuster to the day {@code n} working days after a day, for {@code Temporal.with}:
     * {@code received.with(calendar.plusWorkingDays(5))} is the deadline five working days after
     * receipt. A date-time keeps its time of day.
     *
     * @param n the number of working days
     * @return the adjuster
     * @see #plusWorkingDays(LocalDate, int)
     */
    public TemporalAdjuster plusWorkingDays(int n) {
        return t -> t.with(plusWorkingDays(LocalDate.from(t), n));
    }

    /**
     * Returns the last working day before a day.
     *
     * @param date the day, itself never returned
     * @return the previous working day
     * @throws UncoveredYearException if the search reaches a year without holiday data
     */
    public LocalDate previousWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate d = date.minusDays(1);
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /**
     * Returns the day {@code n} working days after a start day, the start itself not counted: for
     * {@code n > 0} the {@code n}-th working day after {@code start}; for {@code n < 0} the
     * {@code -n}-th working day before it; for {@code n == 0} the start itself if it is a working day,
     * otherwise the next working day.
     *
     * <p>The result is always a working day, so a deadline of "{@code n} working days after receipt"
     * is {@code plusWorkingDays(receipt, n)} whatever day the receipt fell on, and
     * {@code workingDaysBetween(start.plusDays(1), result.plusDays(1)) == n} for {@code n > 0}.
     *
     * @param start the start day
     * @param n the number of working days
     * @return the working day reached
     * @throws UncoveredYearException if the count reaches a year without holiday data
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n == 0) {
            return isWorkingDay(start) ? start : nextWorkingDay(start);
        }
        LocalDate d = start;
        for (int left = Math.abs(n); left > 0; left--) {
            d = n > 0 ? nextWorkingDay(d) : previousWorkingDay(d);
        }
        return d;
    }

    /**
     * Returns the number of working days from one day, inclusive, to another, exclusive; negative
     * when the end is before the start (the count from end to start, negated), like
     * {@link ChronoUnit#between}.
     *
     * @param startInclusive the first day counted
     * @param endExclusive the day after the last counted
     * @return the number of working days
     * @throws UncoveredYearException if a day counted is in a year without holiday data
     */
    public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (endExclusive.isBefore(startInclusive)) {
            return -workingDaysBetween(endExclusive, startInclusive);
        }
        int count = 0;
        for (LocalDate d = startInclusive; d.isBefore(endExclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** Returns the calendar's years, weekend, workforce and number of holidays. */
    @Override
    public String toString() {
        return "WorkingDayCalendar[years " + years() + ", weekend " + weekend + ", workforce " + workforce + ", "
                + national.size() + " national and collective-leave days, "
                + regional.values().stream().mapToInt(List::size).sum() + " regional days]";
    }

    private List<Holiday> holidays() {
        List<Holiday> all = new ArrayList<>(national.values());
        regional.values().forEach(all::addAll);
        return all;
    }

    private String years() {
        return covered.stream().map(Year::toString).collect(Collectors.joining(", "));
    }

    private void requireCovered(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!covered.contains(Year.from(date))) {
            throw new UncoveredYearException(date.getYear(), years());
        }
    }

    private void requireRange(LocalDate startInclusive, LocalDate endExclusive) {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (endExclusive.isBefore(startInclusive)) {
            throw new SpbeException(Problem.of("endExclusive", "Ascending", "range ends " + endExclusive + " before it starts "
                    + startInclusive, endExclusive.toString()));
        }
        if (endExclusive.isAfter(startInclusive)) {
            for (int y = startInclusive.getYear(); y <= endExclusive.minusDays(1).getYear(); y++) {
                if (!covered.contains(Year.of(y))) {
                    throw new UncoveredYearException(y, years());
                }
            }
        }
    }

    /**
     * Returns one problem for each added holiday on a date already taken: by a national or
     * collective-leave day (for those kinds) or by a day of the same region (for regional days). An
     * added holiday equal to an existing one is not a problem.
     */
    static List<Problem> conflicts(List<Holiday> existing, List<HolidayCodec.Entry> added) {
        record Key(LocalDate date, String region) {
        }
        Map<Key, HolidayCodec.Entry> seen = new HashMap<>();
        Set<Holiday> existingSet = Set.copyOf(existing);
        for (Holiday h : existing) {
            seen.put(new Key(h.date(), h.region().orElse("")), new HolidayCodec.Entry("the calendar", h));
        }
        List<Problem> problems = new ArrayList<>();
        for (HolidayCodec.Entry e : added) {
            Holiday h = e.holiday();
            if (existingSet.contains(h)) {
                continue;
            }
            Key key = new Key(h.date(), h.region().orElse(""));
            HolidayCodec.Entry before = seen.putIfAbsent(key, e);
            if (before == null) {
                continue;
            }
            Holiday b = before.holiday();
            String region = h.region().map(r -> " in region " + Text.clean(r)).orElse("");
            if (b.kind() != h.kind()) {
                problems.add(Problem.of(e.where(), "OneKind", e.where() + " (" + h.date() + ", " + h.kind().label() + ") conflicts with "
                        + before.where() + " (" + b.date() + ", " + b.kind().label() + "); a date has one kind", h.date().toString()));
            } else {
                problems.add(Problem.of(e.where(), "UniqueDate", e.where() + " repeats date " + h.date() + region + " of " + before.where()
                        + "; a date is listed once" + (h.region().isEmpty() ? "" : " per region"), h.date().toString()));
            }
        }
        return problems;
    }

    /** The built-in data, read once on first use. */
    private static final class Builtin {
        static final WorkingDayCalendar CIVIL_SERVICE = load();

        private static WorkingDayCalendar load() {
            try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("built-in holiday data " + RESOURCE + " is missing from the module");
                }
                return of(HolidayCodec.read(in, RESOURCE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
