package io.github.spbe4j.attendance.recap;

import static io.github.spbe4j.attendance.testing.RecapGenerators.nip;
import static io.github.spbe4j.attendance.testing.RecapGenerators.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.attendance.record.AttendanceRecord;
import io.github.spbe4j.attendance.schedule.DayHours;
import io.github.spbe4j.attendance.schedule.LatenessRules;
import io.github.spbe4j.attendance.schedule.Shift;
import io.github.spbe4j.attendance.schedule.WorkSchedule;
import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import io.github.spbe4j.core.identifier.Nip;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Recaps computed by hand, day by day, from the calendar and the Permentan 68/2012 bands. */
class MonthlyRecapTest {

    private static final ZoneId WIB = IndonesiaTimeZone.WIB.zoneId();
    private static final ZoneId WITA = IndonesiaTimeZone.WITA.zoneId();
    private static final LatenessRules PERMENTAN = LatenessRules.permentan68of2012();
    private static final YearMonth JUNE_2025 = YearMonth.of(2025, 6);

    private static final Nip A = nip(1);
    private static final Nip B = nip(2);
    private static final Nip C = nip(3);

    /*
     * June 2025 under Perpres 21/2023: 18 working days. Not working: the weekends, 1 June (Pancasila, a
     * Sunday), 6 June (Idul Adha, a Friday), 9 June (cuti bersama Idul Adha, a Monday), 27 June (1 Muharam).
     */
    private static List<AttendanceRecord> juneOfA() {
        return List.of(
                record(A, date(2), WIB, LocalTime.of(7, 25), LocalTime.of(16, 5)),    // on time
                record(A, date(3), WIB, LocalTime.of(7, 45), LocalTime.of(16, 0)),   // 15 min late: TL1 0.5
                record(A, date(4), WIB, LocalTime.of(8, 5), LocalTime.of(15, 0)),    // 35 late: TL2 1; 60 early: PSW2 1
                record(A, date(5), WIB, LocalTime.of(7, 30, 59), null),              // on time (full minutes); no check-out: 2
                record(A, date(6), WIB, LocalTime.of(8, 0), LocalTime.of(12, 0)),    // Idul Adha: extra day
                record(A, date(9), WIB, LocalTime.of(9, 0), LocalTime.of(11, 0)),    // cuti bersama: extra day
                record(A, date(13), WIB, LocalTime.of(7, 30), LocalTime.of(16, 10)), // Friday ends 16:30: 20 early, PSW1 0.5
                record(A, LocalDate.of(2025, 7, 1), WIB, LocalTime.of(7, 30), LocalTime.of(16, 0))); // July: skipped
    }

    private static LocalDate date(int day) {
        return JUNE_2025.atDay(day);
    }

    private static RecapPlan junePlan() {
        WorkSchedule wib = WorkSchedule.national(WIB);
        WorkSchedule wita = WorkSchedule.national(WITA);
        return RecapPlan.of(JUNE_2025, wib, PERMENTAN)
                .withSchedules(n -> n.equals(B) ? wita : wib)
                .withAgencies(Map.of(A, "Dinas Contoh", B, "Badan Contoh"))
                .withRoster(List.of(A, B, C))
                .withAbsencesEarlierInYear(Map.of(C, 10));
    }

    @Test
    void recap_juneWithHolidayAndCutiBersama_countsAsComputedByHand() {
        List<AttendanceRecord> records = new java.util.ArrayList<>(juneOfA());
        // 07:31 WITA is 06:31 WIB: late only when read in the employee's own zone
        records.add(record(B, date(2), WITA, LocalTime.of(7, 31), LocalTime.of(16, 0)));
        MonthlyRecap recap = junePlan().recap(records.iterator());

        EmployeeRecap a = recap.employee(A).orElseThrow();
        assertThat(a.workingDays()).isEqualTo(18);
        assertThat(a.present()).isEqualTo(5);
        assertThat(a.absent()).isEqualTo(13);
        assertThat(a.late().asMap()).containsExactly(Map.entry("TL1", 1), Map.entry("TL2", 1), Map.entry("TL3", 0), Map.entry("TL4", 0));
        assertThat(a.late().total()).isEqualTo(2);
        assertThat(a.earlyLeave().asMap()).containsExactly(Map.entry("PSW1", 1), Map.entry("PSW2", 1), Map.entry("PSW3", 0),
                Map.entry("PSW4", 0));
        assertThat(a.missingCheckOuts()).isEqualTo(1);
        assertThat(a.extraDays()).isEqualTo(2);
        // 0.5 + 1 + 1 + 2 + 0.5 + 13 absent x 4
        assertThat(a.deduction()).isEqualByComparingTo("57");
        // absent 10-12 June, then 16-20, 23-26 and 30 June: ten working days in a row
        assertThat(a.longestAbsentRun()).isEqualTo(10);
        assertThat(a.flags()).containsExactly(AbsenceFlag.VERBAL_REPRIMAND, AbsenceFlag.ALLOWANCE_CUT, AbsenceFlag.DISMISSAL_CONSECUTIVE);
        assertThat(a.agency()).isEqualTo("Dinas Contoh");

        EmployeeRecap b = recap.employee(B).orElseThrow();
        assertThat(b.late().asMap()).containsEntry("TL1", 1);
        assertThat(b.present()).isEqualTo(1);
        assertThat(b.deduction()).isEqualByComparingTo("68.5"); // 0.5 + 17 x 4

        EmployeeRecap c = recap.employee(C).orElseThrow();
        assertThat(c.present()).isZero();
        assertThat(c.absent()).isEqualTo(18);
        assertThat(c.deduction()).isEqualByComparingTo("72");
        assertThat(c.absentInYear()).isEqualTo(28);
        assertThat(c.agency()).isEqualTo(MonthlyRecap.UNASSIGNED);
        assertThat(c.flags()).containsExactly(AbsenceFlag.values());
        assertThat(c.newFlags()).containsExactly(AbsenceFlag.ALLOWANCE_CUT, AbsenceFlag.DISMISSAL, AbsenceFlag.DISMISSAL_CONSECUTIVE);

        assertThat(recap.employees()).extracting(EmployeeRecap::employee).containsExactly(A, B, C);
        assertThat(recap.recordsCounted()).isEqualTo(8);
        assertThat(recap.recordsSkipped()).isEqualTo(1);
        assertThat(recap.agencies().keySet()).containsExactly("Badan Contoh", "Dinas Contoh", MonthlyRecap.UNASSIGNED);
        Totals all = recap.totals();
        assertThat(all.employees()).isEqualTo(3);
        assertThat(all.workingDays()).isEqualTo(54);
        assertThat(all.present()).isEqualTo(6);
        assertThat(all.absent()).isEqualTo(48);
        assertThat(all.late().total()).isEqualTo(3);
        assertThat(all.deduction()).isEqualByComparingTo("197.5");
        assertThat(all.flagged()).containsEntry(AbsenceFlag.DISMISSAL, 1).containsEntry(AbsenceFlag.VERBAL_REPRIMAND, 3);
        assertThat(recap.agencies().get("Dinas Contoh").deduction()).isEqualByComparingTo("57");
    }

    @Test
    void summary_juneRecap_namesFiguresAndSources() {
        MonthlyRecap recap = junePlan().recap(juneOfA().iterator());
        String summary = recap.summary();
        assertThat(summary).contains("Attendance recap 2025-06", "PP 94/2021", "medium confidence", "1 skipped",
                "OPD Dinas Contoh", A + " Dinas Contoh: 18 working days, 5 present, 13 absent, late 2 (TL1 1, TL2 1), "
                        + "early leave 2 (PSW1 1, PSW2 1), 1 missing check-out, 2 extra days, deduction 57 %",
                "reached this month [VERBAL_REPRIMAND, ALLOWANCE_CUT, DISMISSAL_CONSECUTIVE]");
        assertThat(recap.toString()).startsWith("MonthlyRecap[2025-06, 3 employees in 3 agencies, 7 records counted, 1 skipped");
    }

    @Test
    void recap_ramadanMarch2026_startsAtEightUntilIdulFitri() {
        // March 2026: Ramadan 1447 until 20 March (08:00-15:00, Friday 15:30); 18 March cuti bersama, 19 Nyepi,
        // 20-24 Idul Fitri and cuti bersama; then 07:30-16:00 again. 17 working days.
        LocalDate d2 = LocalDate.of(2026, 3, 2);
        List<AttendanceRecord> records = List.of(
                record(A, d2, WIB, LocalTime.of(8, 10), LocalTime.of(15, 0)),                     // 10 late: TL1 (not 40)
                record(A, LocalDate.of(2026, 3, 6), WIB, LocalTime.of(8, 0), LocalTime.of(15, 0)),   // Friday: 30 early, PSW1
                record(A, LocalDate.of(2026, 3, 18), WIB, LocalTime.of(8, 0), LocalTime.of(12, 0)),  // cuti bersama: extra
                record(A, LocalDate.of(2026, 3, 25), WIB, LocalTime.of(7, 45), LocalTime.of(16, 0))); // after: 15 late, TL1
        MonthlyRecap recap = RecapPlan.of(YearMonth.of(2026, 3), WorkSchedule.national(WIB), PERMENTAN).recap(records.iterator());

        EmployeeRecap a = recap.employees().get(0);
        assertThat(a.workingDays()).isEqualTo(17);
        assertThat(a.present()).isEqualTo(3);
        assertThat(a.late().asMap()).containsEntry("TL1", 2).containsEntry("TL2", 0);
        assertThat(a.earlyLeave().asMap()).containsEntry("PSW1", 1);
        assertThat(a.extraDays()).isEqualTo(1);
        assertThat(a.deduction()).isEqualByComparingTo("57.5"); // 3 x 0.5 + 14 x 4
        assertThat(recap.estimated()).isFalse();
    }

    @Test
    void recap_nightShiftCheckOutAfterMidnight_comparesWithTheNextMorning() {
        Shift night = Shift.of("malam", DayHours.of(LocalTime.of(21, 0), LocalTime.of(7, 0), Duration.ZERO));
        WorkSchedule shift = WorkSchedule.shift(night, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                WorkingDayCalendar.indonesia(), WIB);
        LocalDate d2 = date(2);
        List<AttendanceRecord> records = List.of(
                record(A, d2, WIB, LocalTime.of(21, 40), LocalTime.of(6, 15)),       // 40 late TL2; 45 early PSW2
                record(A, date(3), WIB, LocalTime.of(20, 55), LocalTime.of(7, 5)),   // on time both
                record(A, date(30), WIB, LocalTime.of(21, 0), LocalTime.of(7, 0)));  // ends 1 July: still June's
        MonthlyRecap recap = RecapPlan.of(JUNE_2025, shift, PERMENTAN).recap(records.iterator());

        EmployeeRecap a = recap.employees().get(0);
        // the shift is worked on the civil-service calendar's working days: the same 18 as the office
        assertThat(a.workingDays()).isEqualTo(18);
        assertThat(a.present()).isEqualTo(3);
        assertThat(a.late().asMap()).containsEntry("TL2", 1);
        assertThat(a.earlyLeave().asMap()).containsEntry("PSW2", 1);
        assertThat(a.deduction()).isEqualByComparingTo(new BigDecimal("62")); // 1 + 1 + 15 x 4
    }

    @Test
    void add_secondRecordForADate_isRefusedNamingEmployeeAndDateAndChangesNothing() {
        RecapAccumulator acc = junePlan().start();
        acc.add(record(A, date(2), WIB, LocalTime.of(7, 25), LocalTime.of(16, 5)));
        AttendanceRecord again = record(A, date(2), WIB, LocalTime.of(17, 0), LocalTime.of(18, 0));
        assertThatThrownBy(() -> acc.add(again)).isInstanceOf(InvalidRecapException.class)
                .hasMessageContaining(A.toString()).hasMessageContaining("2025-06-02").hasMessageContaining("one record per employee and date");
        acc.add(record(A, date(3), WIB, LocalTime.of(7, 45), LocalTime.of(16, 0)));
        EmployeeRecap a = acc.finish().employee(A).orElseThrow();
        assertThat(a.present()).isEqualTo(2);
        assertThat(a.late().total()).isEqualTo(1);
        assertThat(acc.recordsCounted()).isEqualTo(2);
    }

    @Test
    void finish_calledTwice_isRefused() {
        RecapAccumulator acc = junePlan().start();
        acc.finish();
        assertThatThrownBy(acc::finish).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> acc.add(juneOfA().get(0))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void recap_agencyNameWithControlCharacter_isRefused() {
        RecapPlan plan = junePlan().withAgencies(Map.of(A, "Dinas\u0007Contoh"));
        assertThatThrownBy(() -> plan.recap(juneOfA().iterator())).isInstanceOf(InvalidRecapException.class)
                .hasMessageContaining("agency");
    }

    @Test
    void thresholds_pp94_areTheReferenceFiguresWithMediumConfidence() {
        AbsenceThresholds pp94 = AbsenceThresholds.pp94of2021();
        assertThat(List.of(pp94.reprimand(), pp94.allowanceCut(), pp94.dismissal(), pp94.dismissalConsecutive()))
                .containsExactly(3, 11, 28, 10);
        assertThat(pp94.confidence()).isEqualTo("medium");
        assertThat(pp94.source()).contains("PP 94/2021", "25 %", "6 months");
        assertThat(pp94.flags(2, 9)).isEmpty();
        assertThat(pp94.flags(3, 0)).containsExactly(AbsenceFlag.VERBAL_REPRIMAND);
        assertThat(pp94.flags(5, 10)).containsExactly(AbsenceFlag.VERBAL_REPRIMAND, AbsenceFlag.DISMISSAL_CONSECUTIVE);
        assertThatThrownBy(() -> AbsenceThresholds.of(5, 4, 28, 10, "an agency", "high")).isInstanceOf(InvalidRecapException.class)
                .hasMessageContaining("out of order");
        assertThatThrownBy(() -> AbsenceThresholds.of(3, 11, 28, 10, "an agency", "sure")).isInstanceOf(InvalidRecapException.class)
                .hasMessageContaining("high, medium or low");
    }

    @Test
    void recap_customThresholds_flagAtTheirFigures() {
        AbsenceThresholds strict = AbsenceThresholds.of(1, 2, 3, 2, "a regent regulation (fictional)", "low");
        MonthlyRecap recap = junePlan().withThresholds(strict).recap(List.<AttendanceRecord>of().iterator());
        assertThat(recap.employee(A).orElseThrow().flags()).containsExactly(AbsenceFlag.values());
        assertThat(recap.thresholds()).isEqualTo(strict);
    }

    @Test
    void recap_generatedStream_countsEachRecordOnceWithoutKeepingThem() {
        // 2,000 employees x every day of June from an iterator that makes each record when asked; the accumulator
        // keeps per employee a bit per day and a few counters (memory by employees), not the records.
        int employees = 2_000;
        Nip[] nips = new Nip[employees];
        for (int i = 0; i < employees; i++) {
            nips[i] = nip(i);
        }
        Iterator<AttendanceRecord> generated = new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                return next < employees * 30;
            }

            @Override
            public AttendanceRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int i = next++;
                return record(nips[i % employees], date(1 + i / employees), WIB, LocalTime.of(7, 20), LocalTime.of(16, 30));
            }
        };
        MonthlyRecap recap = RecapPlan.of(JUNE_2025, WorkSchedule.national(WIB), PERMENTAN).recap(generated);
        assertThat(recap.recordsCounted()).isEqualTo(60_000);
        assertThat(recap.totals().present()).isEqualTo(18L * employees);
        assertThat(recap.totals().extraDays()).isEqualTo(12L * employees);
        assertThat(recap.totals().deduction()).isEqualByComparingTo("0");
        assertThat(recap.employees()).hasSize(employees).allMatch(e -> e.flags().equals(Set.of()));
    }

    @Test
    void docsExample_attendanceMd_givesTheFiguresItStates() {
        // the example of docs/attendance.md, "Monthly recap", run with its comments as assertions
        ZoneId wib = IndonesiaTimeZone.WIB.zoneId();
        Nip ani = Nip.parse("199001012020121001");
        Nip budi = Nip.parse("198505052010011002");
        RecapPlan plan = RecapPlan.of(YearMonth.of(2025, 6), WorkSchedule.national(wib), LatenessRules.permentan68of2012())
                .withRoster(List.of(ani, budi))
                .withAgencies(Map.of(ani, "Dinas Kominfo Kota Contoh"))
                .withAbsencesEarlierInYear(Map.of(budi, 10));
        RecapAccumulator month = plan.start();
        LocalDate monday = LocalDate.of(2025, 6, 2);
        month.add(AttendanceRecord.of(ani, monday,
                io.github.spbe4j.attendance.record.Punch.imported(monday.atTime(7, 45).atZone(wib).toInstant(), wib),
                io.github.spbe4j.attendance.record.Punch.imported(monday.atTime(16, 5).atZone(wib).toInstant(), wib)));
        MonthlyRecap recap = month.finish();
        EmployeeRecap b = recap.employee(budi).orElseThrow();
        assertThat(b.absent()).isEqualTo(18);
        assertThat(b.deduction()).isEqualByComparingTo("72");
        assertThat(b.flags()).contains(AbsenceFlag.DISMISSAL);
        assertThat(recap.employee(ani).orElseThrow().late().asMap()).containsEntry("TL1", 1);
        assertThat(recap.agencies()).containsOnlyKeys("Dinas Kominfo Kota Contoh", MonthlyRecap.UNASSIGNED);
    }
}
