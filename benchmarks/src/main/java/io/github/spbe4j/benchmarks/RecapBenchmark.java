package io.github.spbe4j.benchmarks;

import io.github.spbe4j.attendance.recap.MonthlyRecap;
import io.github.spbe4j.attendance.recap.RecapPlan;
import io.github.spbe4j.attendance.record.AttendanceRecord;
import io.github.spbe4j.attendance.record.Punch;
import io.github.spbe4j.attendance.schedule.LatenessRules;
import io.github.spbe4j.attendance.schedule.WorkSchedule;
import io.github.spbe4j.attendance.schedule.WorkingDay;
import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import io.github.spbe4j.core.identifier.Nip;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 10's target "recap throughput over a synthetic month of 10 million records, at least 1 million
 * records per second per core": one operation recaps a whole month, single-threaded, so the time per
 * operation is the time for the month.
 *
 * <ul>
 *   <li>{@link #recap}: {@code RecapPlan.recap(iterator)} over {@value Month#EMPLOYEES} employees × the
 *       first {@value Month#DAYS} working days of October 2025 (WIB, Perpres 21/2023, the Permentan 68/2012
 *       bands): 10 million records made one at a time as the iterator is asked, and never kept.
 *   <li>{@link #generateOnly}, the baseline: the same iterator, each record's fields read and folded into a
 *       number, nothing recapped. The difference is what the recap costs.
 * </ul>
 *
 * <p>The records are day after day, every employee each day (as a day's file of scans arrives); check-in
 * and check-out times vary by employee and day (on time, late in every band, early, a missing check-out
 * every 16th record). The employees' NIPs are fictional and valid, made once in the setup.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RecapBenchmark -f 1 -wi 1 -i 3}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class RecapBenchmark {

    /**
     * A recap of the synthetic month.
     *
     * @param m the month
     * @return the days present and the missing check-outs of everyone, packed
     */
    @Benchmark
    public long recap(Month m) {
        MonthlyRecap recap = m.plan.recap(m.records());
        return recap.totals().present() << 32 | recap.totals().missingCheckOuts();
    }

    /**
     * The baseline: the same records generated and read, not recapped.
     *
     * @param m the month
     * @return a fold of the records' fields
     */
    @Benchmark
    public long generateOnly(Month m) {
        long fold = 0;
        for (Iterator<AttendanceRecord> it = m.records(); it.hasNext();) {
            AttendanceRecord r = it.next();
            fold = fold * 31 + r.checkIn().at().getEpochSecond() + r.date().getDayOfMonth() + r.employee().hashCode()
                    + (r.checkOut().isPresent() ? r.checkOut().get().at().getNano() : 1);
        }
        return fold;
    }

    /** The synthetic month: the employees and the working days, and a generator of its records. */
    @State(Scope.Benchmark)
    public static class Month {

        /** Employees. */
        static final int EMPLOYEES = 500_000;

        /** Working days recorded. */
        static final int DAYS = 20;

        int employees = EMPLOYEES;
        Nip[] nips;
        LocalDate[] dates;
        long[] starts;
        long[] ends;
        ZoneId zone;
        RecapPlan plan;

        /** Makes the employees' NIPs and finds the working days. */
        @Setup
        public void setUp() {
            zone = IndonesiaTimeZone.WIB.zoneId();
            YearMonth month = YearMonth.of(2025, 10);
            WorkSchedule schedule = WorkSchedule.national(zone);
            plan = RecapPlan.of(month, schedule, LatenessRules.permentan68of2012());
            nips = new Nip[employees];
            for (int i = 0; i < employees; i++) {
                nips[i] = nip(i);
            }
            dates = new LocalDate[DAYS];
            starts = new long[DAYS];
            ends = new long[DAYS];
            int k = 0;
            for (int d = 1; d <= month.lengthOfMonth() && k < DAYS; d++) {
                var day = schedule.day(month.atDay(d));
                if (day.isPresent()) {
                    WorkingDay w = day.get();
                    dates[k] = w.date();
                    starts[k] = w.startAt().toEpochSecond();
                    ends[k] = w.endAt().toEpochSecond();
                    k++;
                }
            }
            if (k < DAYS) {
                throw new IllegalStateException(month + " has only " + k + " working days");
            }
        }

        /** A valid, fictional NIP: born 1 January 1960 plus index / 999 days, serial index % 999 + 1. */
        static Nip nip(int index) {
            LocalDate born = LocalDate.of(1960, 1, 1).plusDays(index / 999);
            return Nip.parse(String.format("%04d%02d%02d1990011%03d", born.getYear(), born.getMonthValue(),
                    born.getDayOfMonth(), index % 999 + 1));
        }

        /** The month's records, made as they are asked for: day by day, every employee each day. */
        Iterator<AttendanceRecord> records() {
            return new Iterator<>() {
                private int next;
                private final int total = employees * DAYS;

                @Override
                public boolean hasNext() {
                    return next < total;
                }

                @Override
                public AttendanceRecord next() {
                    if (next >= total) {
                        throw new NoSuchElementException();
                    }
                    int i = next++;
                    int day = i / employees;
                    int e = i - day * employees;
                    int h = (e * 0x9E3779B1 + day * 0x85EBCA6B) >>> 8;
                    // check-in from 20 minutes early to 100 minutes late; check-out from 100 minutes early to 60 late
                    long in = starts[day] - 1_200 + h % 7_200;
                    Punch checkIn = Punch.imported(Instant.ofEpochSecond(in), zone);
                    if ((h & 15) == 0) {
                        return AttendanceRecord.open(nips[e], dates[day], checkIn);
                    }
                    long out = ends[day] - 6_000 + (h >>> 4) % 9_600;
                    return AttendanceRecord.of(nips[e], dates[day], checkIn, Punch.imported(Instant.ofEpochSecond(out), zone));
                }
            };
        }
    }
}
