package io.github.spbe4j.complaints.sla;

/**
 * What a deadline counts: working days of the clock's calendar, or calendar days.
 *
 * @since 0.1.0
 */
public enum DayUnit {

    /** Working days: neither a weekend day nor a day off of the calendar's workforce. */
    WORKING_DAYS,

    /** Calendar days: every day. */
    CALENDAR_DAYS;

    @Override
    public String toString() {
        return this == WORKING_DAYS ? "working days" : "calendar days";
    }
}
