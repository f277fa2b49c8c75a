package io.github.spbe4j.attendance.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RamadanCalendarTest {

    private static final RamadanCalendar ID = RamadanCalendar.indonesia();

    @ParameterizedTest
    @CsvSource({"1445, 2024-03-12, 2024-04-09", "1446, 2025-03-01, 2025-03-30", "1447, 2026-02-19, 2026-03-20"})
    void period_isbatYears_areSetWithTheirSource(int year, LocalDate first, LocalDate last) {
        RamadanPeriod p = ID.period(year);
        assertThat(p.first()).isEqualTo(first);
        assertThat(p.last()).isEqualTo(last);
        assertThat(p.estimated()).isFalse();
        assertThat(p.source()).isEqualTo(RamadanCalendar.ISBAT_SOURCE);
        assertThat(ID.on(first.minusDays(1))).isEmpty();
        assertThat(ID.on(first)).contains(p);
        assertThat(ID.on(last)).contains(p);
        assertThat(ID.on(p.idulFitri())).isEmpty();
    }

    @Test
    void on_everyDayFrom2020To2035_isTheIsbatDatesOrElseUmmAlQura() {
        for (LocalDate day = LocalDate.of(2020, 1, 1); day.isBefore(LocalDate.of(2036, 1, 1)); day = day.plusDays(1)) {
            LocalDate d = day;
            HijrahDate h = HijrahDate.from(d);
            int hijriYear = h.get(ChronoField.YEAR);
            boolean ummAlQura = h.get(ChronoField.MONTH_OF_YEAR) == 9;
            Optional<RamadanPeriod> set = ID.setYears().stream().map(ID::period).filter(p -> p.contains(d)).findFirst();
            boolean expected = set.isPresent() || ummAlQura && !ID.setYears().contains(hijriYear);
            Optional<RamadanPeriod> found = ID.on(d);
            assertThat(found.isPresent()).as(d.toString()).isEqualTo(expected);
            found.ifPresent(p -> assertThat(p.estimated()).as(d.toString()).isEqualTo(set.isEmpty()));
        }
    }

    @Test
    void period_2027_isEstimatedAndSaysSo() {
        RamadanPeriod p = ID.period(1448);
        assertThat(p.estimated()).isTrue();
        assertThat(p.first()).isEqualTo(LocalDate.of(2027, 2, 8));
        assertThat(p.source()).contains("estimated").contains("not the government's isbat");
        assertThat(ID.on(LocalDate.of(2027, 3, 1))).contains(p);
    }

    @Test
    void with_nextIsbat_replacesTheEstimate() {
        RamadanPeriod isbat = RamadanPeriod.official(1448, LocalDate.of(2027, 2, 9), LocalDate.of(2027, 3, 10), "isbat 1448 (fictional)");
        RamadanCalendar next = ID.with(isbat);
        assertThat(next.on(LocalDate.of(2027, 2, 8))).isEmpty();
        assertThat(next.on(LocalDate.of(2027, 3, 9))).contains(isbat);
        assertThat(ID.on(LocalDate.of(2027, 2, 8))).isPresent();
    }

    @Test
    void of_brokenPeriods_areRefused() {
        assertThatThrownBy(() -> RamadanPeriod.official(1448, LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 9), "x"))
                .isInstanceOf(InvalidScheduleException.class).hasMessageContaining("29 or 30");
        RamadanPeriod p = ID.period(1445);
        assertThatThrownBy(() -> RamadanCalendar.of(List.of(p, p))).isInstanceOf(InvalidScheduleException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> ID.with(ID.period(1450))).isInstanceOf(InvalidScheduleException.class).hasMessageContaining("estimated");
        assertThatThrownBy(() -> ID.on(LocalDate.of(1700, 1, 1))).isInstanceOf(InvalidScheduleException.class).hasMessageContaining("Umm al-Qura");
    }
}
