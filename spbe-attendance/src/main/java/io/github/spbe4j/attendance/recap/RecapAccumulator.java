package io.github.spbe4j.attendance.recap;

import io.github.spbe4j.attendance.record.AttendanceRecord;
import io.github.spbe4j.attendance.record.Punch;
import io.github.spbe4j.attendance.schedule.Band;
import io.github.spbe4j.attendance.schedule.LatenessRules;
import io.github.spbe4j.attendance.schedule.SecondsRule;
import io.github.spbe4j.attendance.schedule.WorkSchedule;
import io.github.spbe4j.core.identifier.Nip;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A monthly recap being counted: takes a plan's records one at a time, in any order, and keeps per
 * employee only a few counters and one bit per day of the month — never the records — so its memory
 * grows with the employees, not the records. {@link #finish()} returns the {@link MonthlyRecap}.
 *
 * <p>What a record counts for is decided by its date ({@link AttendanceRecord#date()}, the date its
 * check-in falls on, also for a night shift that ends the next morning):
 * <ul>
 *   <li>a date outside the month: not counted, only counted as skipped ({@link MonthlyRecap#recordsSkipped()});
 *   <li>a working day of the employee's schedule: the employee is present; the check-in is compared with
 *       the day's start and the check-out with its end under the rules, and a record without check-out
 *       is a missing check-out;
 *   <li>another day (a weekend, a holiday, cuti bersama): an extra day, reported and never penalised;
 *   <li>a second record of the employee for a date already counted: refused with an
 *       {@link InvalidRecapException} naming both, and nothing is changed, so the caller may go on. A
 *       recap expects one record per employee and day (the records file has one line per day); two mean
 *       the source repeated or split a day, and choosing which times count would silently decide a
 *       deduction.
 * </ul>
 *
 * <p>Not thread-safe: one thread feeds one accumulator.
 *
 * @since 0.1.0
 */
public final class RecapAccumulator {

    private final RecapPlan plan;
    private final int year;
    private final int monthValue;
    private final Map<WorkSchedule, Integer> scheduleIndex = new HashMap<>();
    private final List<MonthDays> monthDays = new ArrayList<>();
    private final EmployeeTable table;
    private final boolean anySecond;
    private final int lateBands;
    private final long[] bandFrom;
    private final long[] bandTo;
    private long counted;
    private long skipped;
    private boolean finished;

    RecapAccumulator(RecapPlan plan) {
        this.plan = plan;
        this.year = plan.month().getYear();
        this.monthValue = plan.month().getMonthValue();
        LatenessRules rules = plan.rules();
        this.anySecond = rules.seconds() == SecondsRule.ANY_SECOND;
        List<Band> late = rules.late();
        List<Band> early = rules.earlyLeave();
        this.lateBands = late.size();
        this.bandFrom = new long[late.size() + early.size()];
        this.bandTo = new long[bandFrom.length];
        for (int i = 0; i < bandFrom.length; i++) {
            Band b = i < lateBands ? late.get(i) : early.get(i - lateBands);
            bandFrom[i] = b.from();
            bandTo[i] = b.to();
        }
        this.table = new EmployeeTable(EmployeeTable.FIXED + bandFrom.length);
        scheduleIndex.put(plan.schedule(), 0);
        monthDays.add(new MonthDays(plan.schedule(), plan.month()));
    }

    /**
     * Counts one record.
     *
     * @param record the record
     * @throws InvalidRecapException if the employee already has a record counted for the record's date;
     *     the accumulator is then as it was
     * @throws IllegalStateException after {@link #finish()}
     */
    public void add(AttendanceRecord record) {
        Objects.requireNonNull(record, "record");
        if (finished) {
            throw new IllegalStateException("the recap of " + plan.month() + " is finished; start another");
        }
        LocalDate date = record.date();
        if (date.getYear() != year || date.getMonthValue() != monthValue) {
            skipped++;
            return;
        }
        Nip employee = record.employee();
        int row = table.row(employee);
        if (row < 0) {
            row = newRow(employee);
        }
        int[] rows = table.rows;
        int d = date.getDayOfMonth() - 1;
        int bit = 1 << d;
        if ((rows[row + EmployeeTable.SEEN] & bit) != 0) {
            throw InvalidRecapException.of("record", "OneRecordADay", "a second record of " + employee + " for "
                    + date + " (" + record + "); a recap takes one record per employee and date", record.toString());
        }
        rows[row + EmployeeTable.SEEN] |= bit;
        counted++;
        MonthDays days = monthDays.get(rows[row + EmployeeTable.SCHEDULE]);
        if ((days.working & bit) == 0) {
            rows[row + EmployeeTable.EXTRA]++;
            return;
        }
        Instant in = record.checkIn().at();
        int late = band(in.getEpochSecond() - days.start[d], in.getNano(), 0, lateBands);
        if (late >= 0) {
            rows[row + EmployeeTable.FIXED + late]++;
        }
        Optional<Punch> out = record.checkOut();
        if (out.isEmpty()) {
            rows[row + EmployeeTable.MISSING]++;
            return;
        }
        Instant o = out.get().at();
        long seconds = days.end[d] - o.getEpochSecond();
        int nanos = o.getNano();
        if (nanos != 0) {
            seconds--;
            nanos = 1_000_000_000 - nanos;
        }
        int early = band(seconds, nanos, lateBands, bandFrom.length);
        if (early >= 0) {
            rows[row + EmployeeTable.FIXED + early]++;
        }
    }

    /**
     * Counts every record an iterator gives, one at a time; the iterator is not kept.
     *
     * @param records the records
     * @return this accumulator
     * @throws InvalidRecapException for a second record of an employee and date, which stops the counting
     *     there: the records before it are counted, it and those after it are not
     */
    public RecapAccumulator addAll(Iterator<? extends AttendanceRecord> records) {
        while (records.hasNext()) {
            add(records.next());
        }
        return this;
    }

    /**
     * Returns the records counted so far: those dated within the month.
     *
     * @return the count
     */
    public long recordsCounted() {
        return counted;
    }

    /**
     * Returns the records skipped so far: those dated outside the month.
     *
     * @return the count
     */
    public long recordsSkipped() {
        return skipped;
    }

    /**
     * Ends the counting and returns the recap: every employee with a record and every employee of the
     * roster, sorted by NIP.
     *
     * @return the recap
     * @throws IllegalStateException when called twice
     * @throws InvalidRecapException if an agency name is blank or breaks the text policy for names
     */
    public MonthlyRecap finish() {
        if (finished) {
            throw new IllegalStateException("the recap of " + plan.month() + " is already finished");
        }
        finished = true;
        for (Nip n : plan.roster()) {
            if (table.row(n) < 0) {
                newRow(n);
            }
        }
        // the NIP's 18 digits as a number sort as the text does
        long[] sorted = table.keys();
        Arrays.sort(sorted);
        int[] rows = table.rows;
        LatenessRules rules = plan.rules();
        AbsenceThresholds thresholds = plan.thresholds();
        List<Band> late = rules.late();
        List<Band> early = rules.earlyLeave();
        // deductions as exact integers at one scale: the largest scale of the rules' figures
        int scale = Math.max(0, rules.absentDeduction().scale());
        for (int i = 0; i < bandFrom.length; i++) {
            scale = Math.max(scale, (i < lateBands ? late.get(i) : early.get(i - lateBands)).deduction().scale());
        }
        long[] bandUnits = new long[bandFrom.length];
        for (int i = 0; i < bandFrom.length; i++) {
            bandUnits[i] = units(i < lateBands ? late.get(i).deduction() : early.get(i - lateBands).deduction(), scale);
        }
        long absentUnits = units(rules.absentDeduction(), scale);
        long noCheckOutUnits = units(rules.noCheckOut().deduction(), scale);
        Totals.Adder all = new Totals.Adder(late, early, scale);
        Map<String, Totals.Adder> byAgency = new HashMap<>();
        EmployeeRecap[] recaps = new EmployeeRecap[sorted.length];
        boolean estimated = false;
        for (int i = 0; i < sorted.length; i++) {
            int row = table.row(sorted[i]);
            Nip n = table.employee(row);
            int seen = rows[row + EmployeeTable.SEEN];
            int missing = rows[row + EmployeeTable.MISSING];
            MonthDays days = monthDays.get(rows[row + EmployeeTable.SCHEDULE]);
            estimated |= days.estimated;
            int present = Integer.bitCount(seen & days.working);
            int absent = days.workingCount - present;
            int bands = row + EmployeeTable.FIXED;
            BandCounts lateCounts = BandCounts.owning(late, Arrays.copyOfRange(rows, bands, bands + lateBands));
            BandCounts earlyCounts = BandCounts.owning(early, Arrays.copyOfRange(rows, bands + lateBands, bands + bandFrom.length));
            long units = (long) missing * noCheckOutUnits + (long) absent * absentUnits;
            for (int b = 0; b < bandUnits.length; b++) {
                units += rows[bands + b] * bandUnits[b];
            }
            BigDecimal deduction = plain(units, scale);
            int run = days.longestAbsentRun(seen);
            int earlier = plan.absentEarlierInYear(n);
            Set<AbsenceFlag> flags = thresholds.flags(earlier + absent, run);
            Set<AbsenceFlag> before = thresholds.flags(earlier, 0);
            Set<AbsenceFlag> reached = flags.isEmpty() ? Set.of() : MonthlyRecap.minus(flags, before);
            String agency = plan.agencyOf(n).orElse(MonthlyRecap.UNASSIGNED);
            EmployeeRecap recap = new EmployeeRecap(n, agency, days.workingCount, present, absent, lateCounts, earlyCounts,
                    missing, rows[row + EmployeeTable.EXTRA], run, earlier, deduction, flags, reached);
            recaps[i] = recap;
            all.add(recap, units);
            Totals.Adder a = byAgency.get(agency);
            if (a == null) {
                MonthlyRecap.checkAgency(agency);
                a = new Totals.Adder(late, early, scale);
                byAgency.put(agency, a);
            }
            a.add(recap, units);
        }
        return MonthlyRecap.of(plan, List.of(recaps), all, byAgency, counted, skipped, estimated);
    }

    /** A deduction as an integer count of 10^-scale percent. */
    private static long units(BigDecimal deduction, int scale) {
        return deduction.setScale(scale).unscaledValue().longValueExact();
    }

    /** Units back to a percentage without trailing zeros. */
    static BigDecimal plain(long units, int scale) {
        if (units == 0) {
            return BigDecimal.ZERO;
        }
        while (scale > 0 && units % 10 == 0) {
            units /= 10;
            scale--;
        }
        return BigDecimal.valueOf(units, scale);
    }

    private int newRow(Nip employee) {
        WorkSchedule schedule = plan.scheduleOf(employee);
        Integer index = scheduleIndex.get(schedule);
        if (index == null) {
            index = monthDays.size();
            monthDays.add(new MonthDays(schedule, plan.month()));
            scheduleIndex.put(schedule, index);
        }
        int row = table.add(employee);
        table.rows[row + EmployeeTable.SCHEDULE] = index;
        return row;
    }

    /**
     * The band of a deviation of {@code seconds + nanos/1e9} (positive: late or early), as
     * {@link LatenessRules#checkIn} finds it; -1 on time or below the first band.
     */
    private int band(long seconds, int nanos, int from, int to) {
        if (seconds < 0 || seconds == 0 && nanos == 0) {
            return -1;
        }
        long minutes = seconds / 60;
        if (anySecond && (seconds % 60 != 0 || nanos != 0)) {
            minutes++;
        }
        if (minutes == 0) {
            return -1;
        }
        for (int i = from; i < to; i++) {
            if (minutes >= bandFrom[i] && minutes <= bandTo[i]) {
                return i;
            }
        }
        return -1;
    }
}
