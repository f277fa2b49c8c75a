package io.github.spbe4j.core.calendar;

import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Estimates Indonesia's national holidays of a year without decreed data, each marked
 * {@link Holiday#estimated()} and naming the basis of the estimate:
 *
 * <ul>
 *   <li>fixed dates: Tahun Baru (1 Jan), Hari Buruh (1 May), Hari Lahir Pancasila (1 Jun), Proklamasi
 *       Kemerdekaan (17 Aug), Kelahiran Yesus Kristus (25 Dec);
 *   <li>Easter-based, by the Anonymous Gregorian computus: Wafat Yesus Kristus (Easter - 2),
 *       Kebangkitan Yesus Kristus (Easter Sunday), Kenaikan Yesus Kristus (Easter + 39);
 *   <li>Islamic, by the Umm al-Qura calendar of {@link HijrahChronology}: Isra Mikraj (27 Rajab),
 *       Idul Fitri (1 and 2 Syawal), Idul Adha (10 Zulhijah), Tahun Baru Islam (1 Muharam), Maulid
 *       Nabi (12 Rabiulawal). The government fixes these by sighting (isbat) and its date may differ
 *       from Umm al-Qura by a day.
 * </ul>
 *
 * <p>Not estimated: Tahun Baru Imlek, Hari Suci Nyepi and Hari Raya Waisak (they follow the Chinese,
 * Saka and Buddhist calendars, and no source the project relies on gives their dates after 2026), and
 * collective leave (cuti bersama), which is a policy choice made each year by decree.
 */
final class HolidayEstimates {

    /** The first year estimated. */
    static final int FIRST_YEAR = 1900;
    /** The last year estimated. */
    static final int LAST_YEAR = 2100;

    static final String FIXED = "estimate: fixed date of the national holiday, as in every decree of 2024-2026";
    static final String EASTER = "estimate: Easter by the Gregorian computus";
    static final String HIJRI = "estimate: Umm al-Qura calendar (java.time HijrahDate); the government's date may differ by a day";

    private HolidayEstimates() {
    }

    /** Returns the estimated national holidays of a year, by date, one a date. */
    static List<Holiday> of(int year) {
        Map<LocalDate, Holiday> days = new TreeMap<>();
        fixed(days, year, 1, 1, "Tahun Baru " + year + " Masehi");
        fixed(days, year, 5, 1, "Hari Buruh Internasional");
        fixed(days, year, 6, 1, "Hari Lahir Pancasila");
        fixed(days, year, 8, 17, "Proklamasi Kemerdekaan");
        fixed(days, year, 12, 25, "Kelahiran Yesus Kristus");
        LocalDate easter = easter(year);
        add(days, Holiday.estimatedNational(easter.minusDays(2), "Wafat Yesus Kristus", EASTER));
        add(days, Holiday.estimatedNational(easter, "Kebangkitan Yesus Kristus (Paskah)", EASTER));
        add(days, Holiday.estimatedNational(easter.plusDays(39), "Kenaikan Yesus Kristus", EASTER));
        int firstHijri = HijrahDate.from(LocalDate.of(year, 1, 1)).get(ChronoField.YEAR);
        int lastHijri = HijrahDate.from(LocalDate.of(year, 12, 31)).get(ChronoField.YEAR);
        for (int h = firstHijri; h <= lastHijri; h++) {
            hijri(days, year, h, 7, 27, "Isra Mikraj Nabi Muhammad S.A.W.");
            hijri(days, year, h, 10, 1, "Idul Fitri " + h + " Hijriah");
            hijri(days, year, h, 10, 2, "Idul Fitri " + h + " Hijriah (hari kedua)");
            hijri(days, year, h, 12, 10, "Idul Adha " + h + " Hijriah");
            hijri(days, year, h, 1, 1, "1 Muharam Tahun Baru Islam " + h + " Hijriah");
            hijri(days, year, h, 3, 12, "Maulid Nabi Muhammad S.A.W.");
        }
        return List.copyOf(new ArrayList<>(days.values()));
    }

    /** Returns Easter Sunday of a Gregorian year by the Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static void fixed(Map<LocalDate, Holiday> days, int year, int month, int day, String name) {
        add(days, Holiday.estimatedNational(LocalDate.of(year, month, day), name, FIXED));
    }

    private static void hijri(Map<LocalDate, Holiday> days, int year, int hijriYear, int month, int day, String name) {
        LocalDate date = LocalDate.from(HijrahChronology.INSTANCE.date(hijriYear, month, day));
        if (date.getYear() == year) {
            add(days, Holiday.estimatedNational(date, name, HIJRI));
        }
    }

    /** Adds a day unless its date already has one: the first estimate of a date wins. */
    private static void add(Map<LocalDate, Holiday> days, Holiday h) {
        days.putIfAbsent(h.date(), h);
    }
}
