package io.github.spbe4j.benchmarks;

import io.github.spbe4j.complaints.Complaint;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.lifecycle.Action;
import io.github.spbe4j.complaints.lifecycle.History;
import io.github.spbe4j.complaints.metrics.ComplaintMetrics;
import io.github.spbe4j.complaints.metrics.Figures;
import io.github.spbe4j.complaints.metrics.ReportingPeriod;
import io.github.spbe4j.complaints.sla.SlaClock;
import io.github.spbe4j.complaints.sla.SlaStatus;
import io.github.spbe4j.complaints.sla.StageStatus;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 9's target "metrics over 1 million synthetic complaints under one second": one operation is
 * {@link ComplaintMetrics#of} over the whole {@link MillionComplaints} (the same million as
 * {@link SlaBenchmark}), single-threaded, so the average time per operation is the time for the million.
 *
 * <ul>
 *   <li>{@link #metrics}: every figure, overall, per OPD, per topic and per month, as an agency reports it.
 *   <li>{@link #sortedLists}, the baseline: the straightforward way — each complaint's SLA status, its
 *       working days to verification kept in a list per OPD, the lists sorted for the median and the 90th
 *       percentile — computing only part of what {@link #metrics} computes.
 * </ul>
 *
 * <p>Run it with the SLA benchmark, whose {@code slaStatus} pass is the part of the metrics the SLA clock
 * costs: {@code java -jar benchmarks/target/benchmarks.jar "SlaBenchmark|MetricsBenchmark" -f 1 -wi 2 -i 3}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class MetricsBenchmark {

    /**
     * Every figure of the million complaints at one instant.
     *
     * @param c the complaints
     * @return the overall count of complaints and the median working days to verification, packed
     */
    @Benchmark
    public long metrics(MillionComplaints c) {
        ComplaintMetrics m = ComplaintMetrics.of(c.register, c.clock, ReportingPeriod.all(), c.at);
        Figures all = m.overall();
        return (long) all.complaints() << 32 | all.verification().median().orElse(-1) & 0xffff_ffffL;
    }

    /**
     * The baseline: SLA statuses, then working days to verification in a list per OPD, sorted.
     *
     * @param c the complaints
     * @return the sum over the OPD of the median and the 90th percentile, and the stages met on time
     */
    @Benchmark
    public long sortedLists(MillionComplaints c) {
        ComplaintRegister register = c.register;
        SlaClock clock = c.clock;
        Instant at = c.at;
        WorkingDayCalendar calendar = clock.calendar().withEstimates(true);
        ZoneId zone = clock.zone();
        Map<String, List<Integer>> days = new HashMap<>();
        long onTime = 0;
        for (Complaint complaint : c.complaints) {
            SlaStatus s = register.slaStatus(complaint, clock, at);
            for (StageStatus st : s.stages().values()) {
                if (st.outcome() == StageStatus.Outcome.MET) {
                    onTime++;
                }
            }
            String opd = complaint.lifecycle().agency().orElse("");
            LocalDate submitted = LocalDate.ofInstant(complaint.submitted(), zone);
            for (History.Entry e : complaint.lifecycle().history().entries()) {
                if (e.action() == Action.VERIFY && !e.at().isAfter(at)) {
                    LocalDate verified = LocalDate.ofInstant(e.at(), zone);
                    days.computeIfAbsent(opd, k -> new ArrayList<>())
                            .add(calendar.workingDaysBetween(submitted.plusDays(1), verified.plusDays(1)));
                    break;
                }
            }
        }
        long sum = onTime;
        for (List<Integer> list : days.values()) {
            Collections.sort(list);
            int n = list.size();
            sum += list.get((n + 1) / 2 - 1) + list.get((int) Math.ceil(0.9 * n) - 1);
        }
        return sum;
    }
}
