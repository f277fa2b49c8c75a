package io.github.spbe4j.attendance.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import io.github.spbe4j.core.identifier.Nip;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AttendanceRecordTest {

    static final ZoneId WIB = IndonesiaTimeZone.WIB.zoneId();
    static final Nip A = Nip.parse("196805071987121001");
    static final Nip B = Nip.parse("200012312024211001");
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    static Punch at(LocalDate date, int hour, int minute) {
        return Punch.imported(LocalDateTime.of(date, java.time.LocalTime.of(hour, minute)).atZone(WIB).toInstant(), WIB);
    }

    @Test
    void of_dayRecord_hasItsDurationAndEnd() {
        AttendanceRecord r = AttendanceRecord.of(A, MONDAY, at(MONDAY, 7, 25), at(MONDAY, 16, 5));

        assertThat(r.isOpen()).isFalse();
        assertThat(r.duration()).contains(Duration.ofHours(8).plusMinutes(40));
        assertThat(r.end()).isEqualTo(at(MONDAY, 16, 5).at());
        assertThat(r).hasToString("196805071987121001 2026-03-02 07:25-16:05 WIB");
    }

    @Test
    void open_thenClose_givesTheClosedRecordAndLeavesTheOpenOneAsItWas() {
        AttendanceRecord open = AttendanceRecord.open(A, MONDAY, at(MONDAY, 7, 25));
        AttendanceRecord closed = open.close(at(MONDAY, 16, 0));

        assertThat(open.isOpen()).isTrue();
        assertThat(open.checkOut()).isEmpty();
        assertThat(open.duration()).isEmpty();
        assertThat(open.end()).isEqualTo(open.checkIn().at());
        assertThat(closed.checkOut()).contains(at(MONDAY, 16, 0));
        assertThat(closed).isEqualTo(AttendanceRecord.of(A, MONDAY, at(MONDAY, 7, 25), at(MONDAY, 16, 0)));
    }

    @Test
    void close_alreadyClosed_isRefused() {
        AttendanceRecord closed = AttendanceRecord.of(A, MONDAY, at(MONDAY, 7, 25), at(MONDAY, 16, 0));

        assertThatThrownBy(() -> closed.close(at(MONDAY, 17, 0)))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("already has a check-out");
    }

    @Test
    void of_nightShiftEndingNextMorning_isTheRecordOfTheEvening() {
        AttendanceRecord r = AttendanceRecord.of(A, MONDAY, at(MONDAY, 21, 55), at(MONDAY.plusDays(1), 6, 5));

        assertThat(r.date()).isEqualTo(MONDAY);
        assertThat(r.duration()).contains(Duration.ofHours(8).plusMinutes(10));
    }

    @Test
    void of_checkOutNotAfterCheckIn_namesFieldRuleAndTimes() {
        assertThatThrownBy(() -> AttendanceRecord.of(A, MONDAY, at(MONDAY, 7, 25), at(MONDAY, 7, 25)))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("must be after the check-in at 2026-03-02T07:25 WIB")
                .satisfies(e -> assertThat(((InvalidRecordException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("checkOut");
                    assertThat(p.rule()).isEqualTo(AttendanceRecord.RULE);
                    assertThat(p.rejectedValue()).contains("2026-03-02T07:25");
                }));
    }

    @Test
    void of_twentyFourHoursOrMore_isRefused() {
        assertThatThrownBy(() -> AttendanceRecord.of(A, MONDAY, at(MONDAY, 7, 0), at(MONDAY.plusDays(1), 7, 0)))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("shorter than 24 hours");
        assertThat(AttendanceRecord.of(A, MONDAY, at(MONDAY, 7, 0), at(MONDAY.plusDays(1), 6, 59)).duration())
                .contains(Duration.ofHours(23).plusMinutes(59));
    }

    @Test
    void open_checkInOnAnotherDate_isRefused() {
        assertThatThrownBy(() -> AttendanceRecord.open(A, MONDAY, at(MONDAY.minusDays(1), 23, 50)))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("falls on its date, 2026-03-02")
                .satisfies(e -> assertThat(((InvalidRecordException) e).problems().get(0).path()).isEqualTo("checkIn"));
    }

    @Test
    void overlaps_sameEmployeeSharedInstant_trueAndOtherEmployeeNever() {
        AttendanceRecord morning = AttendanceRecord.of(A, MONDAY, at(MONDAY, 7, 0), at(MONDAY, 12, 0));
        AttendanceRecord touching = AttendanceRecord.of(A, MONDAY, at(MONDAY, 12, 0), at(MONDAY, 16, 0));
        AttendanceRecord after = AttendanceRecord.of(A, MONDAY, at(MONDAY, 12, 1), at(MONDAY, 16, 0));
        AttendanceRecord otherEmployee = AttendanceRecord.of(B, MONDAY, at(MONDAY, 8, 0), at(MONDAY, 9, 0));
        AttendanceRecord openInside = AttendanceRecord.open(A, MONDAY, at(MONDAY, 9, 0));

        assertThat(morning.overlaps(touching)).isTrue();
        assertThat(touching.overlaps(morning)).isTrue();
        assertThat(morning.overlaps(after)).isFalse();
        assertThat(morning.overlaps(otherEmployee)).isFalse();
        assertThat(morning.overlaps(openInside)).isTrue();
        assertThat(openInside.overlaps(after)).isFalse();
    }
}
