package io.github.spbe4j.attendance.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LatenessRulesTest {

    private static final LatenessRules PERMENTAN = LatenessRules.permentan68of2012();
    private static final WorkingDay MONDAY = WorkSchedule.national(IndonesiaTimeZone.WIB.zoneId()).day(LocalDate.of(2025, 6, 2)).orElseThrow();

    /** The Permentan 68/2012 table, written out independently of the bands: code suffix and deduction for counted minutes. */
    private static String oracleCode(long minutes) {
        if (minutes <= 0) {
            return null;
        }
        return minutes <= 30 ? "1" : minutes <= 60 ? "2" : minutes <= 90 ? "3" : "4";
    }

    private static BigDecimal oracleDeduction(long minutes) {
        if (minutes <= 0) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(minutes <= 30 ? "0.50" : minutes <= 60 ? "1.00" : minutes <= 90 ? "1.50" : "2.00");
    }

    static Stream<Arguments> minutesAndSeconds() {
        return IntStream.rangeClosed(0, 200).boxed()
                .flatMap(m -> Stream.of(0, 1, 30, 59).flatMap(s -> Stream.of(SecondsRule.values()).map(r -> Arguments.of(m, s, r))));
    }

    @ParameterizedTest
    @MethodSource("minutesAndSeconds")
    void checkIn_everyMinuteTo200_matchesTheTable(int minutes, int seconds, SecondsRule rule) {
        LatenessRules rules = PERMENTAN.withSeconds(rule);
        Instant scan = MONDAY.startAt().plusMinutes(minutes).plusSeconds(seconds).toInstant();
        long counted = minutes + (rule == SecondsRule.ANY_SECOND && seconds > 0 ? 1 : 0);
        Deviation d = rules.checkIn(MONDAY, scan);
        assertThat(d.minutes()).isEqualTo(counted);
        assertThat(d.kind()).isEqualTo(counted == 0 ? Deviation.Kind.ON_TIME : Deviation.Kind.LATE);
        assertThat(d.band().map(Band::code).orElse(null)).isEqualTo(counted == 0 ? null : "TL" + oracleCode(counted));
        assertThat(d.deduction()).isEqualByComparingTo(oracleDeduction(counted));
    }

    @ParameterizedTest
    @MethodSource("minutesAndSeconds")
    void checkOut_everyMinuteTo200_matchesTheTable(int minutes, int seconds, SecondsRule rule) {
        LatenessRules rules = PERMENTAN.withSeconds(rule);
        Instant scan = MONDAY.endAt().minusMinutes(minutes).minusSeconds(seconds).toInstant();
        long counted = minutes + (rule == SecondsRule.ANY_SECOND && seconds > 0 ? 1 : 0);
        Deviation d = rules.checkOut(MONDAY, scan);
        assertThat(d.minutes()).isEqualTo(counted);
        assertThat(d.kind()).isEqualTo(counted == 0 ? Deviation.Kind.ON_TIME : Deviation.Kind.EARLY_LEAVE);
        assertThat(d.band().map(Band::code).orElse(null)).isEqualTo(counted == 0 ? null : "PSW" + oracleCode(counted));
        assertThat(d.deduction()).isEqualByComparingTo(oracleDeduction(counted));
    }

    @Test
    void checkIn_documentedExample_isTl2AndOnePercent() {
        Deviation d = PERMENTAN.checkIn(MONDAY, LocalTime.of(8, 5));
        assertThat(d.minutes()).isEqualTo(35);
        assertThat(d.band().orElseThrow().code()).isEqualTo("TL2");
        assertThat(d.deduction()).isEqualByComparingTo("1");
        assertThat(PERMENTAN.checkOut(MONDAY, LocalTime.of(15, 0)).band().orElseThrow().code()).isEqualTo("PSW2");
        assertThat(MONDAY.startAt().getZone()).isEqualTo(java.time.ZoneId.of("Asia/Jakarta"));
    }

    @Test
    void checkIn_beforeStartOrAfterEnd_isOnTime() {
        assertThat(PERMENTAN.checkIn(MONDAY, LocalTime.of(6, 0)).kind()).isEqualTo(Deviation.Kind.ON_TIME);
        assertThat(PERMENTAN.checkOut(MONDAY, LocalTime.of(19, 0)).kind()).isEqualTo(Deviation.Kind.ON_TIME);
        assertThat(PERMENTAN.checkIn(MONDAY, LocalTime.of(6, 0)).noDeduction()).isTrue();
    }

    @Test
    void checkIn_secondsRule_decidesTheLastSecondOfTheStartMinute() {
        assertThat(PERMENTAN.withSeconds(SecondsRule.FULL_MINUTES).checkIn(MONDAY, LocalTime.of(7, 30, 59)).kind()).isEqualTo(Deviation.Kind.ON_TIME);
        assertThat(PERMENTAN.withSeconds(SecondsRule.FULL_MINUTES).checkIn(MONDAY, LocalTime.of(7, 31)).band().orElseThrow().code()).isEqualTo("TL1");
        assertThat(PERMENTAN.withSeconds(SecondsRule.ANY_SECOND).checkIn(MONDAY, LocalTime.of(7, 30, 1)).minutes()).isEqualTo(1);
        assertThat(PERMENTAN.withSeconds(SecondsRule.ANY_SECOND).checkIn(MONDAY, LocalTime.of(7, 30, 0, 1)).minutes()).isEqualTo(1);
    }

    @Test
    void checkIn_sameInstantInEachZone_isReadInTheDaysLocalTime() {
        Instant scan = Instant.parse("2025-06-02T00:35:00Z");
        WorkSchedule asn = WorkSchedule.national(IndonesiaTimeZone.WIB.zoneId());
        LocalDate date = LocalDate.of(2025, 6, 2);
        Deviation wib = PERMENTAN.checkIn(asn.day(date).orElseThrow(), scan);
        Deviation wita = PERMENTAN.checkIn(asn.withZone(IndonesiaTimeZone.WITA.zoneId()).day(date).orElseThrow(), scan);
        Deviation wit = PERMENTAN.checkIn(asn.withZone(IndonesiaTimeZone.WIT.zoneId()).day(date).orElseThrow(), scan);
        assertThat(wib.minutes()).as("07:35 WIB").isEqualTo(5);
        assertThat(wita.minutes()).as("08:35 WITA").isEqualTo(65);
        assertThat(wit.minutes()).as("09:35 WIT").isEqualTo(125);
        assertThat(List.of(wib, wita, wit)).extracting(d -> d.band().orElseThrow().code()).containsExactly("TL1", "TL3", "TL4");
    }

    @Test
    void checkIn_ramadanDay_countsFromEight() {
        WorkingDay ramadan = WorkSchedule.national(IndonesiaTimeZone.WIB.zoneId()).day(LocalDate.of(2026, 3, 2)).orElseThrow();
        assertThat(PERMENTAN.checkIn(ramadan, LocalTime.of(7, 50)).kind()).isEqualTo(Deviation.Kind.ON_TIME);
        assertThat(PERMENTAN.checkOut(ramadan, LocalTime.of(14, 0)).band().orElseThrow().code()).isEqualTo("PSW2");
    }

    @Test
    void checkOut_nightShift_isReadOnTheNextMorning() {
        WorkingDay night = Shift.of("malam", DayHours.of(LocalTime.of(21, 0), LocalTime.of(7, 0), java.time.Duration.ofMinutes(60)))
                .on(LocalDate.of(2025, 6, 2), IndonesiaTimeZone.WIB.zoneId());
        assertThat(PERMENTAN.checkOut(night, LocalTime.of(6, 0)).minutes()).isEqualTo(60);
        assertThat(PERMENTAN.checkIn(night, LocalTime.of(21, 45)).minutes()).isEqualTo(45);
    }

    @Test
    void missingScansAndAbsence_costTheLastBandAndTheAbsentDeduction() {
        assertThat(PERMENTAN.noCheckIn().band().orElseThrow().code()).isEqualTo("TL4");
        assertThat(PERMENTAN.noCheckIn().deduction()).isEqualByComparingTo("2");
        assertThat(PERMENTAN.noCheckOut().band().orElseThrow().code()).isEqualTo("PSW4");
        assertThat(PERMENTAN.absentDeduction()).isEqualByComparingTo("4");
        assertThat(PERMENTAN.source()).contains("Permentan 68/2012").contains("assumed");
    }

    @Test
    void of_graceBeforeTheFirstBand_costsNothing() {
        LatenessRules grace = LatenessRules.of("Kota Contoh (fictional)", "fictional", SecondsRule.FULL_MINUTES,
                List.of(Band.of("TL1", 16, 60, new BigDecimal("1")), Band.from("TL2", 61, new BigDecimal("2"))),
                List.of(Band.from("PSW1", 1, new BigDecimal("1"))), new BigDecimal("3"));
        Deviation d = grace.checkIn(MONDAY, LocalTime.of(7, 45));
        assertThat(d.kind()).isEqualTo(Deviation.Kind.LATE);
        assertThat(d.minutes()).isEqualTo(15);
        assertThat(d.noDeduction()).isTrue();
        assertThat(grace.checkIn(MONDAY, LocalTime.of(7, 46)).band().orElseThrow().code()).isEqualTo("TL1");
    }

    @Test
    void of_brokenBands_listsEveryProblem() {
        assertThatThrownBy(() -> LatenessRules.of("x", "y", SecondsRule.FULL_MINUTES,
                List.of(Band.of("TL1", 1, 30, BigDecimal.ONE), Band.of("TL2", 40, 50, BigDecimal.ONE)),
                List.of(Band.from("TL1", 1, BigDecimal.ONE), Band.from("PSW2", 2, BigDecimal.ONE)), new BigDecimal("101")))
                .isInstanceOfSatisfying(InvalidLatenessRulesException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path()).containsExactlyInAnyOrder("late[1].from", "late[1].to", "earlyLeave[0]",
                                "earlyLeave[0].code", "absentDeduction"));
        assertThatThrownBy(() -> Band.of("TL1", 0, -1, new BigDecimal("-1"))).isInstanceOfSatisfying(InvalidLatenessRulesException.class,
                e -> assertThat(e.problems()).hasSize(3));
    }

    @Test
    void band_deduction_comparesByValue() {
        assertThat(Band.of("TL1", 1, 30, new BigDecimal("0.50"))).isEqualTo(Band.of("TL1", 1, 30, new BigDecimal("0.5")));
        assertThat(Band.of("TL1", 1, 30, new BigDecimal("1.00")).deduction()).hasToString("1");
    }
}
