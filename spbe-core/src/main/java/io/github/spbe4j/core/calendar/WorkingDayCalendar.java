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
import java.util.Arrays;
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
import org.jspecify.annotations.Nullable;

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
 * <p><b>Years without data are refused, not guessed silently.</b> A year is covered when the calendar
 * holds at least one national holiday or collective-leave day in it ({@link #coveredYears()}); every
 * query that needs to know whether a day in another year is a working day throws
 * {@link UncoveredYearException} naming the year and the covered years, rather than answer as if
 * that year had no holidays. <b>Counting never stops at New Year</b>, though:
 * {@link #deadline(LocalDate, int)} counts a year without decreed data on estimated holidays and says
 * that its result is provisional, naming the estimated days; {@link #withEstimates(boolean)} makes
 * every query of the calendar answer from estimates for such years.
 *
 * <p>Counting is O(1) a call: the calendar precomputes, on first use, the number of working days
 * before each day of the years it answers for.
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
    /** Whether years without decreed national data are answered from estimates. */
    private final boolean estimating;
    /** The working-day index, built on first use. */
    private volatile @Nullable Index index;
    /** This calendar with estimates, for {@link #deadline}, built on first use. */
    private volatile @Nullable WorkingDayCalendar withEstimates;

    private WorkingDayCalendar(List<Holiday> holidays, Set<DayOfWeek> weekend, Workforce workforce, boolean estimating) {
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
        this.estimating = estimating;
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
        Objects.requireNonNull(workforce, "workforce");
        return workforce == Workforce.CIVIL_SERVICE ? Builtin.CIVIL_SERVICE : Builtin.PRIVATE_SECTOR;
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
        return new WorkingDayCalendar(List.of(), SATURDAY_SUNDAY, Workforce.CIVIL_SERVICE, false).withHolidays(holidays);
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
     * @throws InvalidHolidayDataException listing every conflicting date and every estimated day (a
     *         calendar takes decreed days only), and nothing is added
     */
    public WorkingDayCalendar withHolidays(Collection<Holiday> holidays) {
        Objects.requireNonNull(holidays, "holidays");
        List<HolidayCodec.Entry> added = new ArrayList<>();
        int i = 0;
        for (Holiday h : holidays) {
            added.add(new HolidayCodec.Entry("holidays[" + i++ + "]", Objects.requireNonNull(h, "holiday")));
        }
        List<Holiday> existing = holidays();
        List<Problem> problems = new ArrayList<>();
        for (HolidayCodec.Entry e : added) {
            if (e.holiday().estimated()) {
                problems.add(Problem.of(e.where(), "Decreed", e.where() + " (" + e.holiday().date() + ") is an estimated day;"
                        + " a calendar takes decreed days only, and estimates its own with withEstimates(true)", e.holiday().date().toString()));
            }
        }
        problems.addAll(conflicts(existing, added));
        if (!problems.isEmpty()) {
            throw new InvalidHolidayDataException("holidays added to the calendar", problems);
        }
        List<Holiday> all = new ArrayList<>(existing);
        Set<Holiday> have = Set.copyOf(existing);
        added.stream().map(HolidayCodec.Entry::holiday).filter(h -> !have.contains(h)).forEach(all::add);
        return new WorkingDayCalendar(all, weekend, workforce, estimating);
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
        return new WorkingDayCalendar(holidays(), days, workforce, estimating);
    }

    /**
     * Returns a copy of this calendar counting the working days of another workforce.
     *
     * @param workforce whose working days are counted
     * @return the calendar
     */
    public WorkingDayCalendar withWorkforce(Workforce workforce) {
        Objects.requireNonNull(workforce, "workforce");
        return workforce == this.workforce ? this : new WorkingDayCalendar(holidays(), weekend, workforce, estimating);
    }

    /**
     * Returns a copy of this calendar that answers for years without decreed national data from
     * estimated holidays ({@code true}), or refuses them with {@link UncoveredYearException}
     * ({@code false}, the default).
     *
     * <p>Estimates cover the years {@value HolidayEstimates#FIRST_YEAR} to
     * {@value HolidayEstimates#LAST_YEAR} that have no decreed national holiday or collective-leave
     * day: the fixed-date national holidays; Good Friday, Easter Sunday and Ascension Day by the
     * Gregorian computus; Isra Mikraj, Idul Fitri (two days), Idul Adha, the Islamic New Year and
     * Maulid Nabi by the Umm al-Qura calendar of {@link java.time.chrono.HijrahChronology} (the
     * government fixes these by sighting, and its date may differ by a day). Tahun Baru Imlek, Nyepi,
     * Waisak and collective leave are not estimated. Every estimated day is a {@link Holiday} with
     * {@link Holiday#estimated()} true; {@link #deadline(LocalDate, int)} says which it relied on.
     * A year given decreed data with {@link #withHolidays(Collection)} is no longer estimated.
     *
     * @param estimate whether to answer for years without decreed data from estimates
     * @return the calendar
     */
    public WorkingDayCalendar withEstimates(boolean estimate) {
        if (estimate == estimating) {
            return this;
        }
        if (estimate) {
            WorkingDayCalendar e = withEstimates;
            if (e == null) {
                e = new WorkingDayCalendar(holidays(), weekend, workforce, true);
                withEstimates = e;
            }
            return e;
        }
        return new WorkingDayCalendar(holidays(), weekend, workforce, false);
    }

    /**
     * Tells whether this calendar answers for years without decreed data from estimates.
     *
     * @return true after {@code withEstimates(true)}
     */
    public boolean estimates() {
        return estimating;
    }

    /**
     * Tells whether this calendar answers for a year from estimated holidays: it estimates, and holds no
     * decreed national data for the year, and the year is within the years estimated.
     *
     * @param year the year
     * @return true if the year's holidays are estimates
     */
    public boolean isEstimated(Year year) {
        Objects.requireNonNull(year, "year");
        int y = year.getValue();
        return estimating && !covered.contains(year) && y >= HolidayEstimates.FIRST_YEAR && y <= HolidayEstimates.LAST_YEAR;
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
     * Tells whether this calendar holds decreed holiday data for a day's year.
     *
     * @param date the day
     * @return true if the year has decreed data; a calendar {@linkplain #withEstimates(boolean) with
     *         estimates} also answers for an {@linkplain #isEstimated(Year) estimated} year
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
        Holiday h = nationalOn(date);
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
        Holiday h = nationalOn(date);
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
        if (estimating) {
            out.addAll(index().estimated.subMap(startInclusive, endExclusive).values());
        }
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
        return plusWorkingDays(date, 1);
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
        return plusWorkingDays(date, -1);
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
        long count = n;
        if (n == 0) {
            if (isWorkingDay(start)) {
                return start;
            }
            count = 1;
        }
        Index x = index();
        if (count > 0) {
            LocalDate from = start.plusDays(1);
            int bad = x.nextBadFrom(from.getYear());
            if (bad == from.getYear()) {
                throw uncovered(bad);
            }
            int k = x.cum[x.offset(from)];
            if (count > x.cum[x.offset(LocalDate.of(bad, 1, 1))] - k) {
                throw uncovered(bad);
            }
            return x.day(x.work[(int) (k + count - 1)]);
        }
        LocalDate from = start.minusDays(1);
        int bad = x.prevBadFrom(from.getYear());
        if (bad == from.getYear()) {
            throw uncovered(bad);
        }
        int k = x.cum[x.offset(start)];
        if (-count > k - x.cum[x.offset(LocalDate.of(bad + 1, 1, 1))]) {
            throw uncovered(bad);
        }
        return x.day(x.work[(int) (k + count)]);
    }

    /**
     * Returns the day {@code n} working days after a start day, as {@link #plusWorkingDays(LocalDate, int)}
     * counts, never stopping at a year without decreed data: such a year is counted on estimated
     * holidays (see {@link #withEstimates(boolean)}) whether or not this calendar estimates, and the
     * result says so.
     *
     * <p>The result is {@linkplain Deadline#provisional() provisional} when a day counted is in an
     * estimated year, and names the estimated holidays on weekdays among the days counted: the days
     * it relied on. A provisional date may move when the year's decree is added: estimated Islamic
     * holidays may be a day off, and Imlek, Nyepi, Waisak and collective leave are not estimated.
     *
     * <pre>{@code
     * Deadline d = WorkingDayCalendar.indonesia().deadline(LocalDate.of(2026, 12, 22), 6);
     * d.date();          // 2027-01-04
     * d.provisional();   // true: 2027 has no decree yet
     * d.estimatedDays(); // [2027-01-01 Tahun Baru 2027 Masehi (estimated)]
     * }</pre>
     *
     * @param start the start day
     * @param n the number of working days
     * @return the working day reached, whether it is provisional, and the estimated days relied on
     * @throws UncoveredYearException if the count leaves the years with data and the years estimated
     */
    public Deadline deadline(LocalDate start, int n) {
        WorkingDayCalendar e = withEstimates(true);
        LocalDate date = e.plusWorkingDays(start, n);
        LocalDate from;
        LocalDate to;
        if (n > 0) {
            from = start.plusDays(1);
            to = date;
        } else if (n < 0) {
            from = date;
            to = start.minusDays(1);
        } else {
            from = start;
            to = date;
        }
        boolean provisional = false;
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            provisional |= e.isEstimated(Year.of(y));
        }
        List<Holiday> used = provisional ? e.index().estimated.subMap(from, true, to, true).values().stream()
                .filter(h -> !weekend.contains(h.date().getDayOfWeek())).toList() : List.of();
        return new Deadline(date, provisional, used);
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
        if (!endExclusive.isAfter(startInclusive)) {
            return 0;
        }
        Index x = index();
        int bad = x.nextBadFrom(startInclusive.getYear());
        if (bad <= endExclusive.minusDays(1).getYear()) {
            throw uncovered(bad);
        }
        return x.cum[x.offset(endExclusive)] - x.cum[x.offset(startInclusive)];
    }

    /** Returns the calendar's years, weekend, workforce and number of holidays. */
    @Override
    public String toString() {
        return "WorkingDayCalendar[years " + years() + (estimating ? ", estimates" : "") + ", weekend " + weekend + ", workforce " + workforce + ", "
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

    /** Tells whether the calendar answers for a year: decreed data, or an estimated year. */
    private boolean answers(int year) {
        return covered.contains(Year.of(year)) || isEstimated(Year.of(year));
    }

    private UncoveredYearException uncovered(int year) {
        String years = years();
        if (estimating) {
            years = (years.isEmpty() ? "" : years + " by decree and ") + HolidayEstimates.FIRST_YEAR + "-" + HolidayEstimates.LAST_YEAR
                    + " by estimate";
        }
        return new UncoveredYearException(year, years);
    }

    /** Returns the national or collective-leave day on a date, decreed or estimated. */
    private @Nullable Holiday nationalOn(LocalDate date) {
        Holiday h = national.get(date);
        return h == null && estimating ? index().estimated.get(date) : h;
    }

    private Index index() {
        Index x = index;
        if (x == null) {
            x = new Index(this);
            index = x;
        }
        return x;
    }

    private void requireCovered(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!answers(date.getYear())) {
            throw uncovered(date.getYear());
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
                if (!answers(y)) {
                    throw uncovered(y);
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

    /**
     * The precomputed working days of the years a calendar answers for, from the first to the last:
     * the number of working days before each day, and the days that are working days, so that
     * counting and stepping are array look-ups. Years in between that the calendar does not answer
     * for count no working days; the look-ups refuse them first.
     */
    private static final class Index {
        /** The first and last year answered for; first greater than last when none is. */
        final int firstYear;
        final int lastYear;
        final long startEpoch;
        /** cum[i]: the working days from the first day to the day before day i. */
        final int[] cum;
        /** The working days, as offsets from the first day, ascending. */
        final int[] work;
        /** By year: the first year from it on that is not answered for (lastYear + 1 if none). */
        final int[] nextBad;
        /** By year: the last year up to it that is not answered for (firstYear - 1 if none). */
        final int[] prevBad;
        /** The estimated national days of the estimated years. */
        final NavigableMap<LocalDate, Holiday> estimated;

        Index(WorkingDayCalendar c) {
            int first = Integer.MAX_VALUE;
            int last = Integer.MIN_VALUE;
            if (!c.covered.isEmpty()) {
                first = c.covered.first().getValue();
                last = c.covered.last().getValue();
            }
            if (c.estimating) {
                first = Math.min(first, HolidayEstimates.FIRST_YEAR);
                last = Math.max(last, HolidayEstimates.LAST_YEAR);
            }
            if (first > last) {
                first = 1;
                last = 0;
            }
            this.firstYear = first;
            this.lastYear = last;
            int years = last - first + 1;
            boolean[] answered = new boolean[years];
            TreeMap<LocalDate, Holiday> est = new TreeMap<>();
            for (int y = first; y <= last; y++) {
                answered[y - first] = c.covered.contains(Year.of(y)) || c.isEstimated(Year.of(y));
                if (c.isEstimated(Year.of(y))) {
                    HolidayEstimates.of(y).forEach(h -> est.put(h.date(), h));
                }
            }
            this.estimated = Collections.unmodifiableNavigableMap(est);
            this.nextBad = new int[years];
            this.prevBad = new int[years];
            int bad = last + 1;
            for (int i = years - 1; i >= 0; i--) {
                bad = answered[i] ? bad : first + i;
                nextBad[i] = bad;
            }
            bad = first - 1;
            for (int i = 0; i < years; i++) {
                bad = answered[i] ? bad : first + i;
                prevBad[i] = bad;
            }
            this.startEpoch = years == 0 ? 0 : LocalDate.of(first, 1, 1).toEpochDay();
            int days = years == 0 ? 0 : (int) (LocalDate.of(last + 1, 1, 1).toEpochDay() - startEpoch);
            this.cum = new int[days + 1];
            int[] w = new int[days];
            int count = 0;
            for (int i = 0; i < days; i++) {
                LocalDate d = LocalDate.ofEpochDay(startEpoch + i);
                boolean working = answered[d.getYear() - first] && !c.weekend.contains(d.getDayOfWeek());
                if (working) {
                    Holiday h = c.national.get(d);
                    if (h == null) {
                        h = est.get(d);
                    }
                    working = (h == null || !c.workforce.isDayOff(h.kind())) && !c.regional.containsKey(d);
                }
                if (working) {
                    w[count++] = i;
                }
                cum[i + 1] = count;
            }
            this.work = Arrays.copyOf(w, count);
        }

        /** The first year from y on that is not answered for; y itself outside the range. */
        int nextBadFrom(int y) {
            return y < firstYear || y > lastYear ? y : nextBad[y - firstYear];
        }

        /** The last year up to y that is not answered for; y itself outside the range. */
        int prevBadFrom(int y) {
            return y < firstYear || y > lastYear ? y : prevBad[y - firstYear];
        }

        /** The offset of a day within [first day, last day + 1], which the callers guarantee. */
        int offset(LocalDate d) {
            return (int) (d.toEpochDay() - startEpoch);
        }

        LocalDate day(int offset) {
            return LocalDate.ofEpochDay(startEpoch + offset);
        }
    }

    /** The built-in data, read once on first use. */
    private static final class Builtin {
        static final WorkingDayCalendar CIVIL_SERVICE = load();
        /** Kept, like CIVIL_SERVICE, so that its index and its estimates are built once. */
        static final WorkingDayCalendar PRIVATE_SECTOR = CIVIL_SERVICE.withWorkforce(Workforce.PRIVATE_SECTOR);

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
