package io.github.spbe4j.attendance.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import io.github.spbe4j.core.calendar.UncoveredYearException;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import io.github.spbe4j.core.calendar.Workforce;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WorkScheduleTest {

    private static final ZoneId WIB = IndonesiaTimeZone.WIB.zoneId();
    private static final WorkSchedule ASN = WorkSchedule.national(WIB);

    private static DayHours hours(int h1, int m1, int h2, int m2, int breakMinutes) {
        return DayHours.of(LocalTime.of(h1, m1), LocalTime.of(h2, m2), Duration.ofMinutes(breakMinutes));
    }

    @Test
    void national_ordinaryWeek_isPerpres21of2023() {
        assertThat(ASN.weeklyWorkTime()).isEqualTo(Duration.ofMinutes(37 * 60 + 30));
        assertThat(ASN.week()).containsOnlyKeys(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(ASN.source()).contains("Perpres 21/2023").contains("07:30");
        // Monday 2 June 2025 to Thursday 5 June: 07:30-16:00 with a 60-minute break
        for (int d = 2; d <= 5; d++) {
            WorkingDay day = ASN.day(LocalDate.of(2025, 6, d)).orElseThrow();
            assertThat(day.hours()).isEqualTo(hours(7, 30, 16, 0, 60));
            assertThat(day.hours().workTime()).isEqualTo(Duration.ofMinutes(450));
            assertThat(day.kind()).isEqualTo(WorkingDay.Kind.REGULAR);
            assertThat(day.estimated()).isFalse();
            assertThat(day.source()).isEqualTo(WorkSchedule.PERPRES_21_2023);
        }
    }

    @Test
    void day_friday_endsLaterForTheLongerBreak() {
        WorkingDay friday = ASN.day(LocalDate.of(2025, 6, 13)).orElseThrow();
        assertThat(friday.hours()).isEqualTo(hours(7, 30, 16, 30, 90));
        assertThat(friday.hours().workTime()).isEqualTo(Duration.ofMinutes(450));
        assertThat(friday.startAt()).isEqualTo(LocalDate.of(2025, 6, 13).atTime(7, 30).atZone(WIB));
        assertThat(friday.endAt()).isEqualTo(LocalDate.of(2025, 6, 13).atTime(16, 30).atZone(WIB));
    }

    @Test
    void day_weekend_isNoWorkingDay() {
        assertThat(ASN.day(LocalDate.of(2025, 6, 14))).isEmpty();
        assertThat(ASN.day(LocalDate.of(2025, 6, 15))).isEmpty();
    }

    @Test
    void day_holidayAndCutiBersama_areNoWorkingDays() {
        assertThat(ASN.day(LocalDate.of(2025, 5, 1))).as("Labour Day, a Thursday").isEmpty();
        assertThat(ASN.day(LocalDate.of(2025, 6, 6))).as("Idul Adha, a Friday").isEmpty();
        assertThat(ASN.day(LocalDate.of(2025, 8, 18))).as("cuti bersama").isEmpty();
        assertThat(ASN.withCalendar(WorkingDayCalendar.indonesia(Workforce.PRIVATE_SECTOR)).day(LocalDate.of(2025, 8, 18)))
                .as("cuti bersama is a working day in the private sector").isPresent();
    }

    @Test
    void day_yearWithoutHolidayData_isRefusedUnlessEstimated() {
        assertThatThrownBy(() -> ASN.day(LocalDate.of(2027, 6, 2))).isInstanceOf(UncoveredYearException.class);
        WorkingDay day = ASN.withCalendar(WorkingDayCalendar.indonesia().withEstimates(true)).day(LocalDate.of(2027, 6, 2)).orElseThrow();
        assertThat(day.holidaysEstimated()).isTrue();
        assertThat(day.estimated()).isTrue();
    }

    @Test
    void day_ramadan2026_startsOnTheIsbatDateNotUmmAlQura() {
        // Umm al-Qura puts 1 Ramadan 1447 on 18 February 2026; the isbat set 19 February
        WorkingDay before = ASN.day(LocalDate.of(2026, 2, 18)).orElseThrow();
        assertThat(before.kind()).isEqualTo(WorkingDay.Kind.REGULAR);
        assertThat(before.hours().start()).isEqualTo(LocalTime.of(7, 30));
        WorkingDay first = ASN.day(LocalDate.of(2026, 2, 19)).orElseThrow();
        assertThat(first.kind()).isEqualTo(WorkingDay.Kind.RAMADAN);
        assertThat(first.hours()).isEqualTo(hours(8, 0, 15, 0, 30));
        assertThat(first.ramadan().orElseThrow().estimated()).isFalse();
        assertThat(first.estimated()).isFalse();
        assertThat(first.source()).isEqualTo(WorkSchedule.MENPANRB_RAMADAN).contains("each year");
        WorkingDay friday = ASN.day(LocalDate.of(2026, 2, 20)).orElseThrow();
        assertThat(friday.hours()).isEqualTo(hours(8, 0, 15, 30, 60));
    }

    @Test
    void day_ramadan2026_endsTheDayBeforeIdulFitri() {
        assertThat(ASN.day(LocalDate.of(2026, 3, 17)).orElseThrow().kind()).isEqualTo(WorkingDay.Kind.RAMADAN);
        // 18-20 March are collective leave and 21 March Idul Fitri: no working day
        assertThat(ASN.day(LocalDate.of(2026, 3, 20))).isEmpty();
        // a calendar without those days: 20 March is still Ramadan, 23 March no longer
        WorkSchedule plain = ASN.withCalendar(WorkingDayCalendar.indonesia(Workforce.PRIVATE_SECTOR));
        WorkSchedule bare = ASN.withCalendar(WorkingDayCalendar.of(WorkingDayCalendar.indonesia().holidays(java.time.Year.of(2026)).stream()
                .filter(h -> h.date().isBefore(LocalDate.of(2026, 3, 1))).toList()));
        assertThat(bare.day(LocalDate.of(2026, 3, 20)).orElseThrow().kind()).isEqualTo(WorkingDay.Kind.RAMADAN);
        assertThat(bare.day(LocalDate.of(2026, 3, 23)).orElseThrow().kind()).isEqualTo(WorkingDay.Kind.REGULAR);
        assertThat(plain.ramadanWeeklyWorkTime()).isEqualTo(Duration.ofMinutes(32 * 60 + 30));
    }

    @Test
    void day_ramadan2027_isEstimatedAndSaysSo() {
        WorkSchedule later = ASN.withCalendar(WorkingDayCalendar.indonesia().withEstimates(true));
        WorkingDay day = later.day(LocalDate.of(2027, 2, 9)).orElseThrow();
        assertThat(day.kind()).isEqualTo(WorkingDay.Kind.RAMADAN);
        RamadanPeriod ramadan = day.ramadan().orElseThrow();
        assertThat(ramadan.estimated()).isTrue();
        assertThat(ramadan.hijriYear()).isEqualTo(1448);
        assertThat(ramadan.source()).contains("estimated");
        assertThat(day.estimated()).isTrue();
        assertThat(later.day(LocalDate.of(2027, 2, 5)).orElseThrow().kind()).isEqualTo(WorkingDay.Kind.REGULAR);
    }

    @Test
    void withoutRamadan_keepsTheOrdinaryWeekAllYear() {
        WorkingDay day = ASN.withoutRamadan().day(LocalDate.of(2026, 3, 2)).orElseThrow();
        assertThat(day.kind()).isEqualTo(WorkingDay.Kind.REGULAR);
        assertThat(day.hours().start()).isEqualTo(LocalTime.of(7, 30));
    }

    @Test
    void withRamadan_yearOwnCircular_isUsed() {
        Map<DayOfWeek, DayHours> own = Map.of(DayOfWeek.MONDAY, hours(8, 30, 15, 0, 30));
        WorkSchedule s = ASN.withRamadan(own, "SE MenPANRB of a later year (fictional)", RamadanCalendar.indonesia());
        WorkingDay monday = s.day(LocalDate.of(2026, 3, 2)).orElseThrow();
        assertThat(monday.hours().start()).isEqualTo(LocalTime.of(8, 30));
        assertThat(monday.source()).isEqualTo("SE MenPANRB of a later year (fictional)");
        // a day the circular does not name keeps the ordinary hours
        assertThat(s.day(LocalDate.of(2026, 3, 3)).orElseThrow().kind()).isEqualTo(WorkingDay.Kind.REGULAR);
    }

    @ParameterizedTest
    @EnumSource(IndonesiaTimeZone.class)
    void startAt_eachZone_isHalfPastSevenLocal(IndonesiaTimeZone zone) {
        WorkingDay day = ASN.withZone(zone.zoneId()).day(LocalDate.of(2025, 6, 2)).orElseThrow();
        assertThat(day.startAt().toLocalTime()).isEqualTo(LocalTime.of(7, 30));
        assertThat(day.startAt().toOffsetDateTime()).isEqualTo(
                OffsetDateTime.of(2025, 6, 2, 7, 30, 0, 0, ZoneOffset.ofHours(zone.utcOffsetHours())));
        assertThat(day.startAt().toInstant()).isEqualTo(
                OffsetDateTime.of(2025, 6, 2, 0, 30, 0, 0, ZoneOffset.UTC).minusHours(zone.utcOffsetHours() - 7).toInstant());
    }

    @Test
    void startingAt_agencyStartingAtEight_keepsSpanAndBreaks() {
        WorkSchedule agency = ASN.startingAt(LocalTime.of(8, 0));
        assertThat(agency.day(LocalDate.of(2025, 6, 2)).orElseThrow().hours()).isEqualTo(hours(8, 0, 16, 30, 60));
        assertThat(agency.day(LocalDate.of(2025, 6, 13)).orElseThrow().hours()).isEqualTo(hours(8, 0, 17, 0, 90));
        assertThat(agency.weeklyWorkTime()).isEqualTo(ASN.weeklyWorkTime());
    }

    @Test
    void shift_nightShift_endsTheNextMorning() {
        Shift night = Shift.of("malam", hours(21, 0, 7, 0, 60));
        assertThat(night.hours().endsNextDay()).isTrue();
        assertThat(night.hours().workTime()).isEqualTo(Duration.ofHours(9));
        WorkSchedule ward = WorkSchedule.shift(night, EnumSet.allOf(DayOfWeek.class), WorkingDayCalendar.indonesia().withWeekend(EnumSet.noneOf(DayOfWeek.class)), WIB);
        WorkingDay day = ward.day(LocalDate.of(2025, 6, 14)).orElseThrow();
        assertThat(day.endAt()).isEqualTo(LocalDate.of(2025, 6, 15).atTime(7, 0).atZone(WIB));
        WorkingDay rostered = night.on(LocalDate.of(2025, 8, 17), WIB);
        assertThat(rostered.kind()).isEqualTo(WorkingDay.Kind.SHIFT);
        assertThat(rostered.source()).isEqualTo("shift malam");
    }

    @Test
    void dayHours_brokenHours_areRefusedNamingTheRule() {
        assertThatThrownBy(() -> hours(7, 30, 7, 30, 0)).isInstanceOf(SpbeException.class).hasMessageContaining("end at their start");
        assertThatThrownBy(() -> hours(7, 30, 8, 30, 60)).isInstanceOf(InvalidScheduleException.class).hasMessageContaining("not shorter");
        assertThatThrownBy(() -> DayHours.of(LocalTime.of(7, 30, 15), LocalTime.of(16, 0), Duration.ZERO))
                .isInstanceOf(InvalidScheduleException.class).hasMessageContaining("seconds");
        assertThatThrownBy(() -> DayHours.of(LocalTime.of(7, 30), LocalTime.of(16, 0), Duration.ofSeconds(90)))
                .isInstanceOf(InvalidScheduleException.class).hasMessageContaining("whole minutes");
        assertThatThrownBy(() -> Shift.of("pagi\u202e", hours(7, 0, 14, 0, 0))).isInstanceOf(InvalidScheduleException.class)
                .hasMessageContaining("\\u202e");
        assertThatThrownBy(() -> WorkSchedule.of("kosong", "fictional", Map.of(), WorkingDayCalendar.indonesia(), WIB))
                .isInstanceOf(InvalidScheduleException.class).hasMessageContaining("no working day");
    }
}
