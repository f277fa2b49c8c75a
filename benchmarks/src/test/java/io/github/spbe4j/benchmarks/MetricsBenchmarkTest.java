package io.github.spbe4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.complaints.metrics.ComplaintMetrics;
import io.github.spbe4j.complaints.metrics.ReportingPeriod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The metrics benchmark's bodies, run once on 20,000 generated complaints. */
class MetricsBenchmarkTest {

    private static final int SIZE = 20_000;
    private static MillionComplaints complaints;

    @BeforeAll
    static void generate() {
        complaints = new MillionComplaints();
        complaints.size = SIZE;
        complaints.generate();
    }

    @Test
    void metrics_countsEveryComplaint_andAMedianOfTheLibrary() {
        long packed = new MetricsBenchmark().metrics(complaints);

        assertThat(packed >>> 32).isEqualTo(SIZE);
        var all = ComplaintMetrics.of(complaints.register, complaints.clock, ReportingPeriod.all(), complaints.at).overall();
        assertThat((int) (packed & 0xffff_ffffL)).isEqualTo(all.verification().median().orElseThrow());
        assertThat(all.verification().count()).isPositive();
    }

    @Test
    void sortedLists_runsOverTheSameComplaints() {
        assertThat(new MetricsBenchmark().sortedLists(complaints)).isPositive();
    }
}
