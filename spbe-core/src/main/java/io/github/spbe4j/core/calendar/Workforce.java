package io.github.spbe4j.core.calendar;

import java.util.Objects;

/**
 * Whose working days a {@link WorkingDayCalendar} counts, which decides whether collective leave
 * (cuti bersama) is a working day.
 *
 * <p>National holidays and regional holidays are days off for both.
 *
 * @since 0.1.0
 */
public enum Workforce {

    /**
     * Civil servants (ASN): collective-leave days are days off, as the presidential decrees on civil
     * servants' collective leave set them (Keppres 7/2024, 2/2025, 42/2025).
     */
    CIVIL_SERVICE,

    /**
     * Private employers' staff: collective-leave days are working days; an employee may take them off
     * against annual leave.
     */
    PRIVATE_SECTOR;

    /**
     * Tells whether a day of a kind is a day off for this workforce.
     *
     * @param kind the kind of the day
     * @return false only for collective leave in the private sector
     */
    public boolean isDayOff(HolidayKind kind) {
        Objects.requireNonNull(kind, "kind");
        return kind != HolidayKind.COLLECTIVE_LEAVE || this == CIVIL_SERVICE;
    }
}
