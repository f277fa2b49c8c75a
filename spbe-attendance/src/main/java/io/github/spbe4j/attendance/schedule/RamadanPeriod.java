package io.github.spbe4j.attendance.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates of one Ramadan: its first day (1 Ramadan) and its last (the day before Idul Fitri,
 * 1 Syawal), either as the government set them at its isbat or estimated from the Umm al-Qura
 * calendar, and the source of either.
 *
 * <p>Immutable and thread-safe.
 *
 * @param hijriYear the year of the Hijri calendar, e.g. 1447
 * @param first 1 Ramadan
 * @param last the day before Idul Fitri
 * @param estimated true when the dates are estimated, not set by the government
 * @param source where the dates come from
 * @since 0.1.0
 */
public record RamadanPeriod(int hijriYear, LocalDate first, LocalDate last, boolean estimated, String source) {

    /**
     * Checks the dates.
     *
     * @throws InvalidScheduleException if the last day is not 28 to 29 days after the first (a Hijri
     *     month has 29 or 30 days), or the source is blank
     */
    public RamadanPeriod {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(source, "source");
        long days = last.toEpochDay() - first.toEpochDay() + 1;
        if (days < 29 || days > 30) {
            throw new InvalidScheduleException("Ramadan " + hijriYear + " runs " + first + " to " + last + ", " + days
                    + " days; a Hijri month has 29 or 30");
        }
        if (source.isBlank()) {
            throw new InvalidScheduleException("Ramadan " + hijriYear + " has a blank source; name where its dates come from");
        }
    }

    /**
     * Returns a Ramadan as the government set it: 1 Ramadan and Idul Fitri from its isbat.
     *
     * @param hijriYear the Hijri year
     * @param first 1 Ramadan
     * @param idulFitri 1 Syawal, the day after Ramadan's last day
     * @param source the decision that set the dates
     * @return the period, not estimated
     */
    public static RamadanPeriod official(int hijriYear, LocalDate first, LocalDate idulFitri, String source) {
        return new RamadanPeriod(hijriYear, first, idulFitri.minusDays(1), false, source);
    }

    /**
     * Tells whether a date falls within this Ramadan.
     *
     * @param date the date
     * @return true from the first to the last day, both included
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    /**
     * Returns Idul Fitri, the day after the last.
     *
     * @return 1 Syawal
     */
    public LocalDate idulFitri() {
        return last.plusDays(1);
    }
}
