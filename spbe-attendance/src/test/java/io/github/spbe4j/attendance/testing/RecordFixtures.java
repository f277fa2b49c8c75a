package io.github.spbe4j.attendance.testing;

import io.github.spbe4j.attendance.checkin.Fix;
import io.github.spbe4j.attendance.checkin.GeoPoint;
import io.github.spbe4j.attendance.record.Punch;
import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import io.github.spbe4j.core.identifier.Nip;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Fictional employees and punches for the record and anomaly tests (WIB, March 2026). */
public final class RecordFixtures {

    /** Western Indonesian Time. */
    public static final ZoneId WIB = IndonesiaTimeZone.WIB.zoneId();

    /** Monday 2 March 2026. */
    public static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private RecordFixtures() {
    }

    /** The fictional NIP of employee {@code n}, 1..999: born 1990-01-01, in service from 2020-12, serial n. */
    public static Nip nip(int n) {
        return Nip.parse(String.format("19900101202012%d%03d", 1, n));
    }

    /** An unverified punch at a local date and time in WIB. */
    public static Punch at(LocalDate date, String time) {
        return Punch.imported(date.atTime(LocalTime.parse(time)).atZone(WIB).toInstant(), WIB);
    }

    /** An unverified punch on {@link #MONDAY} at a local time in WIB. */
    public static Punch at(String time) {
        return at(MONDAY, time);
    }

    /** A fix at a point given as text, with an accuracy in metres. */
    public static Fix fix(String latitude, String longitude, double accuracyMetres) {
        return Fix.of(GeoPoint.of(latitude, longitude), accuracyMetres);
    }
}
