package io.github.spbe4j.core.calendar;

import io.github.spbe4j.core.SpbeException;

/**
 * Thrown when a {@link WorkingDayCalendar} is asked about a day in a year it holds no holiday data
 * for, rather than answering as if that year had no holidays.
 *
 * @since 0.1.0
 */
public final class UncoveredYearException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /** The year asked about. */
    private final int year;

    /**
     * Creates the exception.
     *
     * @param year the year asked about
     * @param covered the years the calendar covers, as text, e.g. {@code "2024, 2025, 2026"}
     */
    public UncoveredYearException(int year, String covered) {
        super("no holiday data for year " + year + "; the calendar covers "
                + (covered.isEmpty() ? "no year" : covered) + " (add the year's holidays with withHolidays)");
        this.year = year;
    }

    /**
     * Returns the year asked about.
     *
     * @return the year
     */
    public int year() {
        return year;
    }
}
