package io.github.spbe4j.attendance.testing;

import io.github.spbe4j.attendance.record.AttendanceRecord;
import io.github.spbe4j.attendance.record.Punch;
import io.github.spbe4j.core.identifier.Nip;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** Fictional employees and attendance records for the recap tests. */
public final class RecapGenerators {

    private RecapGenerators() {
    }

    /**
     * A valid, fictional PNS NIP for an index: born 1 January 1980 plus index / 999 days, in service from
     * January 2005, serial index % 999 + 1; distinct indexes give distinct NIPs, in the same order.
     */
    public static Nip nip(int index) {
        LocalDate born = LocalDate.of(1980, 1, 1).plusDays(index / 999);
        String digits = String.format("%04d%02d%02d2005011%03d", born.getYear(), born.getMonthValue(), born.getDayOfMonth(),
                index % 999 + 1);
        return Nip.parse(digits);
    }

    /** A record with local times in a zone; a check-out before the check-in is on the next day. */
    public static AttendanceRecord record(Nip nip, LocalDate date, ZoneId zone, LocalTime in, @Nullable LocalTime out) {
        LocalDateTime checkIn = date.atTime(in);
        Punch inPunch = Punch.imported(checkIn.atZone(zone).toInstant(), zone);
        if (out == null) {
            return AttendanceRecord.open(nip, date, inPunch);
        }
        LocalDateTime checkOut = out.isAfter(in) ? date.atTime(out) : date.plusDays(1).atTime(out);
        return AttendanceRecord.of(nip, date, inPunch, Punch.imported(checkOut.atZone(zone).toInstant(), zone));
    }

    /** A record of local date-times in a zone. */
    public static AttendanceRecord record(Nip nip, LocalDate date, ZoneId zone, LocalDateTime in, @Nullable LocalDateTime out) {
        Punch inPunch = Punch.imported(in.atZone(zone).toInstant(), zone);
        return out == null ? AttendanceRecord.open(nip, date, inPunch)
                : AttendanceRecord.of(nip, date, inPunch, Punch.imported(out.atZone(zone).toInstant(), zone));
    }
}
