package io.github.spbe4j.attendance.schedule;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The dates of Ramadan: those the government set at its isbat, and an estimate from the Umm al-Qura
 * calendar ({@link HijrahChronology#INSTANCE}) for every other year, marked
 * {@linkplain RamadanPeriod#estimated() estimated}.
 *
 * <p>{@link #indonesia()} holds Ramadan 1445, 1446 and 1447 (2024-2026) as the government's isbat set
 * them; Indonesia's start of Ramadan, fixed by sighting, may differ from Umm al-Qura by a day, so an
 * estimate is only an estimate. Each year's isbat is added with {@link #with(RamadanPeriod)}.
 *
 * <pre>{@code
 * RamadanCalendar ramadan = RamadanCalendar.indonesia();
 * ramadan.on(LocalDate.of(2026, 3, 20)).orElseThrow().estimated();       // false: set at isbat
 * ramadan.on(LocalDate.of(2027, 2, 20)).orElseThrow().estimated();       // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RamadanCalendar {

    /** The source of the built-in dates. */
    public static final String ISBAT_SOURCE = "sidang isbat of Kementerian Agama (1 Ramadan and 1 Syawal); "
            + "Ramadan ends the day before Idul Fitri";

    private static final String ESTIMATE_SOURCE = "estimated from the Umm al-Qura calendar (java.time HijrahDate); "
            + "not the government's isbat";

    private static final RamadanCalendar INDONESIA = new RamadanCalendar(new TreeMap<>())
            .with(RamadanPeriod.official(1445, LocalDate.of(2024, 3, 12), LocalDate.of(2024, 4, 10), ISBAT_SOURCE))
            .with(RamadanPeriod.official(1446, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), ISBAT_SOURCE))
            .with(RamadanPeriod.official(1447, LocalDate.of(2026, 2, 19), LocalDate.of(2026, 3, 21), ISBAT_SOURCE));

    private static final RamadanCalendar ESTIMATES_ONLY = new RamadanCalendar(new TreeMap<>());

    /** Set dates by Hijri year. */
    private final TreeMap<Integer, RamadanPeriod> set;

    private RamadanCalendar(TreeMap<Integer, RamadanPeriod> set) {
        this.set = set;
    }

    /**
     * Returns Indonesia's Ramadan dates: 1445-1447 as set at isbat, other years estimated.
     *
     * @return the calendar
     */
    public static RamadanCalendar indonesia() {
        return INDONESIA;
    }

    /**
     * Returns a calendar of estimates only, plus the given set dates.
     *
     * @param periods dates set by a government, at most one a Hijri year
     * @return the calendar
     * @throws InvalidScheduleException if a period is estimated, or two share a Hijri year
     */
    public static RamadanCalendar of(Collection<RamadanPeriod> periods) {
        RamadanCalendar c = ESTIMATES_ONLY;
        for (RamadanPeriod p : periods) {
            if (c.set.containsKey(p.hijriYear())) {
                throw new InvalidScheduleException("Ramadan " + p.hijriYear() + " is given twice; give each year once");
            }
            c = c.with(p);
        }
        return c;
    }

    /**
     * Returns this calendar with a year's dates as set, replacing an earlier setting of that year.
     *
     * @param period the dates, not estimated
     * @return the calendar
     * @throws InvalidScheduleException if the period is estimated
     */
    public RamadanCalendar with(RamadanPeriod period) {
        Objects.requireNonNull(period, "period");
        if (period.estimated()) {
            throw new InvalidScheduleException("Ramadan " + period.hijriYear() + " is estimated; only dates a government set are added");
        }
        TreeMap<Integer, RamadanPeriod> copy = new TreeMap<>(set);
        copy.put(period.hijriYear(), period);
        return new RamadanCalendar(copy);
    }

    /**
     * Returns a year's Ramadan: as set, or else estimated.
     *
     * @param hijriYear the Hijri year
     * @return the period
     * @throws InvalidScheduleException if the year is set by nobody and outside the Umm al-Qura
     *     calendar's range
     */
    public RamadanPeriod period(int hijriYear) {
        RamadanPeriod p = set.get(hijriYear);
        return p != null ? p : estimate(hijriYear);
    }

    /**
     * Returns the Ramadan a date falls in, if any.
     *
     * @param date the date
     * @return the period, set or estimated; empty outside Ramadan
     * @throws InvalidScheduleException if the date is outside the Umm al-Qura calendar's range and no
     *     set Ramadan covers it
     */
    public Optional<RamadanPeriod> on(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (RamadanPeriod p : set.values()) {
            if (p.contains(date)) {
                return Optional.of(p);
            }
        }
        int hijriYear;
        try {
            hijriYear = HijrahDate.from(date).get(ChronoField.YEAR);
        } catch (DateTimeException e) {
            throw outOfRange(date.toString());
        }
        // a set year's estimate is never used: the set dates win even where they differ
        for (int y = hijriYear - 1; y <= hijriYear + 1; y++) {
            if (set.containsKey(y)) {
                continue;
            }
            RamadanPeriod p;
            try {
                p = estimate(y);
            } catch (InvalidScheduleException e) {
                continue;
            }
            if (p.contains(date)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the Hijri years whose dates are set, not estimated.
     *
     * @return the years, ascending
     */
    public SortedSet<Integer> setYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(set.keySet()));
    }

    @Override
    public String toString() {
        return "RamadanCalendar[set " + set.keySet() + ", other years estimated]";
    }

    private static RamadanPeriod estimate(int hijriYear) {
        try {
            LocalDate first = LocalDate.from(HijrahDate.of(hijriYear, 9, 1));
            LocalDate fitri = LocalDate.from(HijrahDate.of(hijriYear, 10, 1));
            return new RamadanPeriod(hijriYear, first, fitri.minusDays(1), true, ESTIMATE_SOURCE);
        } catch (DateTimeException e) {
            throw outOfRange("Hijri year " + hijriYear);
        }
    }

    private static InvalidScheduleException outOfRange(String what) {
        return new InvalidScheduleException("no Ramadan estimate for " + what + ": the Umm al-Qura calendar covers "
                + HijrahChronology.INSTANCE.range(ChronoField.YEAR) + " AH only; add the year's dates as set");
    }
}
