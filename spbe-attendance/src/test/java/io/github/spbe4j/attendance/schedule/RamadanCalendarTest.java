package io.github.spbe4j.attendance.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.List;
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
    void on_everyDayFrom2020To2035_agreesWithUmmAlQuraOutsideSetYears() {
        for (LocalDate d = LocalDate.of(2020, 1, 1); d.isBefore(LocalDate.of(2036, 1, 1)); d = d.plusDays(1)) {
            var found = ID.on(d);
            int hijriYear = HijrahDate.from(d).get(java.time.temporal.ChronoField.YEAR);
            boolean setYear = ID.setYears().contains(hijriYear) || ID.setYears().contains(hijriYear - 1) && found.isPresent();
            if (found.isPresent() && found.get().estimated()) {
                assertThat(HijrahDate.from(d).get(java.time.temporal.ChronoField.MONTH_OF_YEAR)).as(d.toString()).isEqualTo(9);
            }
            if (!setYear && !ID.setYears().contains(hijriYear)) {
                boolean ummAlQuraRamadan = HijrahDate.from(d).get(java.time.temporal.ChronoField.MONTH_OF_YEAR) == 9;
                assertThat(found.isPresent()).as(d.toString()).isEqualTo(ummAlQuraRamadan);
            }
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
