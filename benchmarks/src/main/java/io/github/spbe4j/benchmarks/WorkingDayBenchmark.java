package io.github.spbe4j.benchmarks;

import io.github.spbe4j.core.calendar.Deadline;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.SplittableRandom;
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
 * Working-day arithmetic of spbe-core's calendar: the precomputed index against the day-by-day walk
 * it replaced, in the same run.
 *
 * <ul>
 *   <li>{@link #plusWorkingDaysIndex} ({@code WorkingDayCalendar.plusWorkingDays}) against
 *       {@link #plusWorkingDaysWalk}: stepping one day at a time and asking {@code isWorkingDay}, as
 *       the calendar did before the index.
 *   <li>{@link #workingDaysBetweenIndex} against {@link #workingDaysBetweenWalk}, over spans of up to a
 *       year.
 *   <li>{@link #deadline}: {@code deadline(start, n)}, the count plus whether it is provisional and
 *       the estimated days it relied on.
 * </ul>
 *
 * <p>The calendar is {@code indonesia().withEstimates(true)}: 2024-2026 by decree, other years
 * estimated. Queries are {@value #QUERIES} starts in 2024-2028 with counts of 1 to 60 working days
 * (SLA-sized: 3, 5, 14, 60) and spans of 0 to 365 days, drawn once from a fixed seed and cycled
 * through by a counter; {@code WorkingDayBenchmarkTest} checks that each method gives its baseline's
 * answers.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar WorkingDayBenchmark}; see
 * benchmarks/README.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WorkingDayBenchmark {

    /** How many distinct queries are cycled through; a power of two. */
    static final int QUERIES = 1024;

    /** The seed the queries are drawn from. */
    static final long SEED = 0x2027_0101L;

    /** The calendar and the queries. */
    @State(Scope.Benchmark)
    public static class Queries {
        WorkingDayCalendar calendar;
        LocalDate[] starts;
        LocalDate[] ends;
        int[] counts;
        int next;

        /** Builds the calendar's index and draws the queries. */
        @Setup
        public void setUp() {
            calendar = WorkingDayCalendar.indonesia().withEstimates(true);
            calendar.plusWorkingDays(LocalDate.of(2025, 1, 1), 1); // builds the index outside the measurement
            SplittableRandom r = new SplittableRandom(SEED);
            starts = new LocalDate[QUERIES];
            ends = new LocalDate[QUERIES];
            counts = new int[QUERIES];
            LocalDate first = LocalDate.of(2024, 1, 1);
            for (int i = 0; i < QUERIES; i++) {
                starts[i] = first.plusDays(r.nextInt(365 * 5));
                ends[i] = starts[i].plusDays(r.nextInt(366));
                counts[i] = 1 + r.nextInt(60);
            }
        }

        int nextIndex() {
            return next++ & (QUERIES - 1);
        }
    }

    /**
     * The index: {@code plusWorkingDays}.
     *
     * @param q the queries
     * @return the day reached
     */
    @Benchmark
    public LocalDate plusWorkingDaysIndex(Queries q) {
        int i = q.nextIndex();
        return q.calendar.plusWorkingDays(q.starts[i], q.counts[i]);
    }

    /**
     * Baseline: one day at a time, asking {@code isWorkingDay}.
     *
     * @param q the queries
     * @return the day reached
     */
    @Benchmark
    public LocalDate plusWorkingDaysWalk(Queries q) {
        int i = q.nextIndex();
        return walk(q.calendar, q.starts[i], q.counts[i]);
    }

    /**
     * The index: {@code workingDaysBetween}.
     *
     * @param q the queries
     * @return the count
     */
    @Benchmark
    public int workingDaysBetweenIndex(Queries q) {
        int i = q.nextIndex();
        return q.calendar.workingDaysBetween(q.starts[i], q.ends[i]);
    }

    /**
     * Baseline: every day of the span, asking {@code isWorkingDay}.
     *
     * @param q the queries
     * @return the count
     */
    @Benchmark
    public int workingDaysBetweenWalk(Queries q) {
        int i = q.nextIndex();
        return count(q.calendar, q.starts[i], q.ends[i]);
    }

    /**
     * {@code deadline}: the count, whether it is provisional, and the estimated days relied on.
     *
     * @param q the queries
     * @return the deadline
     */
    @Benchmark
    public Deadline deadline(Queries q) {
        int i = q.nextIndex();
        return q.calendar.deadline(q.starts[i], q.counts[i]);
    }

    /** The walk: the n-th working day after start, n positive. */
    static LocalDate walk(WorkingDayCalendar c, LocalDate start, int n) {
        LocalDate d = start;
        for (int found = 0; found < n;) {
            d = d.plusDays(1);
            if (c.isWorkingDay(d)) {
                found++;
            }
        }
        return d;
    }

    /** The walk: working days from start inclusive to end exclusive. */
    static int count(WorkingDayCalendar c, LocalDate start, LocalDate end) {
        int count = 0;
        for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
            if (c.isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
