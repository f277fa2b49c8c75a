package io.github.spbe4j.attendance.recap;

import static io.github.spbe4j.attendance.testing.RecapGenerators.nip;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.attendance.record.AttendanceRecord;
import io.github.spbe4j.attendance.record.Punch;
import io.github.spbe4j.attendance.schedule.Band;
import io.github.spbe4j.attendance.schedule.DayHours;
import io.github.spbe4j.attendance.schedule.Deviation;
import io.github.spbe4j.attendance.schedule.LatenessRules;
import io.github.spbe4j.attendance.schedule.SecondsRule;
import io.github.spbe4j.attendance.schedule.Shift;
import io.github.spbe4j.attendance.schedule.WorkSchedule;
import io.github.spbe4j.attendance.schedule.WorkingDay;
import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import io.github.spbe4j.core.identifier.Nip;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random months against a naive oracle that holds every record in a list and works each figure out the
 * slow, obvious way: for every employee and date, ask the schedule for the day, find the employee's
 * records of that date, and ask the rules for each check-in and check-out.
 */
class MonthlyRecapPropertyTest {

    private static final ZoneId[] ZONES = {IndonesiaTimeZone.WIB.zoneId(), IndonesiaTimeZone.WITA.zoneId(),
        IndonesiaTimeZone.WIT.zoneId()};

    private static final LatenessRules GRACE = LatenessRules.of("Kabupaten Contoh (fictional)", "fictional bands with a grace period",
            SecondsRule.ANY_SECOND, List.of(Band.of("TL1", 6, 30, new BigDecimal("0.5")), Band.of("TL2", 31, 60, new BigDecimal("1")),
                    Band.of("TL3", 61, 90, new BigDecimal("1.25")), Band.from("TL4", 91, new BigDecimal("1.5"))),
            List.of(Band.of("PSW1", 1, 45, new BigDecimal("0.75")), Band.from("PSW2", 46, new BigDecimal("1.5"))), new BigDecimal("3"));

    static Stream<Long> seeds() {
        return IntStream.range(0, 60).mapToObj(i -> 0x5EC0_0000L + i * 7919L);
    }

    /** A random month: its plan and its records, at most one per employee and date. */
    record Case(RecapPlan plan, List<AttendanceRecord> records, Map<Nip, WorkSchedule> schedules, Map<Nip, String> agencies,
            Map<Nip, Integer> earlier, Set<Nip> roster) {
    }

    static Case generate(long seed) {
        Random r = new Random(seed);
        YearMonth month = YearMonth.of(2025, 1).plusMonths(r.nextInt(23)); // the records reach 2 days around: within 2024-2026
        LatenessRules rules = r.nextBoolean() ? LatenessRules.permentan68of2012() : GRACE;
        Shift night = Shift.of("malam", DayHours.of(LocalTime.of(21, 0), LocalTime.of(7, 0), Duration.ofMinutes(60)));
        List<WorkSchedule> kinds = new ArrayList<>();
        for (ZoneId z : ZONES) {
            kinds.add(WorkSchedule.national(z));
            kinds.add(WorkSchedule.national(z).startingAt(LocalTime.of(8, 0)));
        }
        kinds.add(WorkSchedule.shift(night, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), WorkingDayCalendar.indonesia(),
                ZONES[r.nextInt(3)]));
        int pool = 1 + r.nextInt(12);
        Map<Nip, WorkSchedule> schedules = new HashMap<>();
        Map<Nip, String> agencies = new HashMap<>();
        Map<Nip, Integer> earlier = new HashMap<>();
        Set<Nip> roster = new LinkedHashSet<>();
        List<AttendanceRecord> records = new ArrayList<>();
        double attendance = r.nextDouble();
        for (int i = 0; i < pool; i++) {
            Nip n = nip(r.nextInt(50_000));
            if (schedules.containsKey(n)) {
                continue;
            }
            WorkSchedule s = kinds.get(r.nextInt(kinds.size()));
            schedules.put(n, s);
            if (r.nextInt(4) > 0) {
                agencies.put(n, "Dinas " + (char) ('A' + r.nextInt(3)));
            }
            if (r.nextInt(3) == 0) {
                earlier.put(n, r.nextInt(30));
            }
            if (r.nextInt(3) > 0) {
                roster.add(n);
            }
            boolean hasRecords = r.nextInt(5) > 0;
            for (LocalDate d = month.atDay(1).minusDays(2); hasRecords && !d.isAfter(month.atEndOfMonth().plusDays(2)); d = d.plusDays(1)) {
                if (r.nextDouble() < attendance) {
                    records.add(record(r, n, d, s));
                }
            }
        }
        RecapPlan plan = RecapPlan.of(month, kinds.get(0), rules)
                .withSchedules(n -> schedules.getOrDefault(n, kinds.get(0)))
                .withAgencies(agencies)
                .withAbsencesEarlierInYear(earlier)
                .withRoster(roster);
        return new Case(plan, records, schedules, agencies, earlier, roster);
    }

    private static AttendanceRecord record(Random r, Nip n, LocalDate date, WorkSchedule s) {
        ZoneId zone = s.zone();
        Optional<WorkingDay> day = s.day(date);
        LocalTime start = day.map(w -> w.hours().start()).orElse(LocalTime.of(7, 30));
        long inOffset = r.nextInt(4) == 0 ? 0 : r.nextInt(4 * 3600) - 90 * 60;
        Instant in = date.atTime(start).atZone(zone).toInstant().plusSeconds(inOffset).plusNanos(r.nextInt(3) == 0 ? r.nextInt(1_000_000_000) : 0);
        Punch checkIn = Punch.imported(in, zone);
        if (r.nextInt(6) == 0) {
            return AttendanceRecord.open(n, date, checkIn);
        }
        Instant end = day.map(w -> w.endAt().toInstant()).orElse(in.plusSeconds(8 * 3600));
        Instant out = end.plusSeconds(r.nextInt(4) == 0 ? 0 : r.nextInt(4 * 3600) - 150 * 60).plusNanos(r.nextInt(2) == 0 ? r.nextInt(1_000_000_000) : 0);
        if (!out.isAfter(in)) {
            out = in.plusSeconds(60);
        }
        return AttendanceRecord.of(n, date, checkIn, Punch.imported(out, zone));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void recap_randomMonth_equalsNaiveOracle(long seed) {
        Case c = generate(seed);
        MonthlyRecap recap = c.plan().recap(c.records().iterator());
        Oracle oracle = new Oracle(c);

        assertThat(recap.recordsSkipped()).isEqualTo(oracle.skipped);
        assertThat(recap.recordsCounted()).isEqualTo(c.records().size() - oracle.skipped);
        assertThat(recap.employees()).extracting(EmployeeRecap::employee).containsExactlyElementsOf(oracle.employees.keySet());
        for (EmployeeRecap e : recap.employees()) {
            Expected x = oracle.employees.get(e.employee());
            String who = "seed " + seed + ", " + e.employee();
            assertThat(e.workingDays()).as(who).isEqualTo(x.working);
            assertThat(e.present()).as(who).isEqualTo(x.present);
            assertThat(e.absent()).as(who).isEqualTo(x.absent);
            assertThat(e.late().asMap()).as(who).isEqualTo(x.late);
            assertThat(e.earlyLeave().asMap()).as(who).isEqualTo(x.early);
            assertThat(e.missingCheckOuts()).as(who).isEqualTo(x.missing);
            assertThat(e.extraDays()).as(who).isEqualTo(x.extra);
            assertThat(e.longestAbsentRun()).as(who).isEqualTo(x.run);
            assertThat(e.deduction()).as(who).isEqualByComparingTo(x.deduction);
            assertThat(e.agency()).as(who).isEqualTo(c.agencies().getOrDefault(e.employee(), MonthlyRecap.UNASSIGNED));
            assertThat(e.flags()).as(who).isEqualTo(x.flags);
            assertThat(e.newFlags()).as(who).isEqualTo(x.newFlags);
        }
        assertThat(recap.agencies().keySet()).containsExactlyElementsOf(oracle.agencyDeductions.keySet());
        oracle.agencyDeductions.forEach((a, d) -> assertThat(recap.agencies().get(a).deduction()).isEqualByComparingTo(d));
        oracle.agencyAbsent.forEach((a, d) -> assertThat(recap.agencies().get(a).absent()).isEqualTo(d));
        assertThat(recap.totals().employees()).isEqualTo(oracle.employees.size());
        assertThat(recap.totals().deduction()).isEqualByComparingTo(
                oracle.agencyDeductions.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void recap_shuffledRecords_giveTheSameRecap(long seed) {
        Case c = generate(seed);
        MonthlyRecap inOrder = c.plan().recap(c.records().iterator());
        List<AttendanceRecord> shuffled = new ArrayList<>(c.records());
        Collections.shuffle(shuffled, new Random(seed + 1));
        MonthlyRecap recap = c.plan().recap(shuffled.iterator());
        assertThat(recap).isEqualTo(inOrder);
        assertThat(recap.summary()).isEqualTo(inOrder.summary());
    }

    /** What an employee's recap must say. */
    static final class Expected {
        int working;
        int present;
        int absent;
        int missing;
        int extra;
        int run;
        BigDecimal deduction = BigDecimal.ZERO;
        final Map<String, Integer> late = new java.util.LinkedHashMap<>();
        final Map<String, Integer> early = new java.util.LinkedHashMap<>();
        Set<AbsenceFlag> flags = EnumSet.noneOf(AbsenceFlag.class);
        Set<AbsenceFlag> newFlags = EnumSet.noneOf(AbsenceFlag.class);
    }

    /** The slow, obvious recap of a list of records. */
    static final class Oracle {
        final TreeMap<Nip, Expected> employees = new TreeMap<>();
        final TreeMap<String, BigDecimal> agencyDeductions = new TreeMap<>();
        final Map<String, Long> agencyAbsent = new HashMap<>();
        long skipped;

        Oracle(Case c) {
            RecapPlan plan = c.plan();
            YearMonth month = plan.month();
            LatenessRules rules = plan.rules();
            AbsenceThresholds t = plan.thresholds();
            Set<Nip> all = new LinkedHashSet<>(c.roster());
            for (AttendanceRecord rec : c.records()) {
                if (YearMonth.from(rec.date()).equals(month)) {
                    all.add(rec.employee());
                } else {
                    skipped++;
                }
            }
            Function<Nip, WorkSchedule> scheduleOf = n -> c.schedules().getOrDefault(n, plan.schedule());
            for (Nip n : all) {
                Expected x = new Expected();
                rules.late().forEach(b -> x.late.put(b.code(), 0));
                rules.earlyLeave().forEach(b -> x.early.put(b.code(), 0));
                int run = 0;
                for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
                    LocalDate date = d;
                    List<AttendanceRecord> mine = c.records().stream()
                            .filter(rec -> rec.employee().equals(n) && rec.date().equals(date)).toList();
                    Optional<WorkingDay> day = scheduleOf.apply(n).day(d);
                    if (day.isEmpty()) {
                        x.extra += mine.size();
                        continue;
                    }
                    x.working++;
                    if (mine.isEmpty()) {
                        x.absent++;
                        run++;
                        x.run = Math.max(x.run, run);
                        x.deduction = x.deduction.add(rules.absentDeduction());
                        continue;
                    }
                    run = 0;
                    x.present++;
                    AttendanceRecord rec = mine.get(0);
                    Deviation in = rules.checkIn(day.get(), rec.checkIn().at());
                    in.band().ifPresent(b -> x.late.merge(b.code(), 1, Integer::sum));
                    x.deduction = x.deduction.add(in.deduction());
                    if (rec.checkOut().isPresent()) {
                        Deviation out = rules.checkOut(day.get(), rec.checkOut().get().at());
                        out.band().ifPresent(b -> x.early.merge(b.code(), 1, Integer::sum));
                        x.deduction = x.deduction.add(out.deduction());
                    } else {
                        x.missing++;
                        x.deduction = x.deduction.add(rules.noCheckOut().deduction());
                    }
                }
                int before = c.earlier().getOrDefault(n, 0);
                int year = before + x.absent;
                int[] limits = {t.reprimand(), t.allowanceCut(), t.dismissal()};
                AbsenceFlag[] yearFlags = {AbsenceFlag.VERBAL_REPRIMAND, AbsenceFlag.ALLOWANCE_CUT, AbsenceFlag.DISMISSAL};
                for (int i = 0; i < limits.length; i++) {
                    if (year >= limits[i]) {
                        x.flags.add(yearFlags[i]);
                        if (before < limits[i]) {
                            x.newFlags.add(yearFlags[i]);
                        }
                    }
                }
                if (x.run >= t.dismissalConsecutive()) {
                    x.flags.add(AbsenceFlag.DISMISSAL_CONSECUTIVE);
                    x.newFlags.add(AbsenceFlag.DISMISSAL_CONSECUTIVE);
                }
                employees.put(n, x);
                String agency = c.agencies().getOrDefault(n, MonthlyRecap.UNASSIGNED);
                agencyDeductions.merge(agency, x.deduction, BigDecimal::add);
                agencyAbsent.merge(agency, (long) x.absent, Long::sum);
            }
        }
    }
}
