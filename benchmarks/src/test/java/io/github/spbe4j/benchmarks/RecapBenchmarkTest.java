package io.github.spbe4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.attendance.recap.MonthlyRecap;
import io.github.spbe4j.attendance.record.AttendanceRecord;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

/** The recap benchmark's bodies, run once on 2,000 employees: the recap sees every generated record. */
class RecapBenchmarkTest {

    @Test
    void recap_smallMonth_countsEveryRecordAsPresent() {
        RecapBenchmark.Month m = new RecapBenchmark.Month();
        m.employees = 2_000;
        m.setUp();
        long packed = new RecapBenchmark().recap(m);
        assertThat(packed >>> 32).isEqualTo(2_000L * RecapBenchmark.Month.DAYS);

        MonthlyRecap recap = m.plan.recap(m.records());
        assertThat(recap.recordsCounted()).isEqualTo(2_000L * RecapBenchmark.Month.DAYS);
        assertThat(recap.totals().missingCheckOuts()).isEqualTo(packed & 0xffff_ffffL).isPositive();
        assertThat(recap.totals().late().total()).isPositive();
        assertThat(recap.totals().earlyLeave().total()).isPositive();
        int generated = 0;
        for (Iterator<AttendanceRecord> it = m.records(); it.hasNext(); it.next()) {
            generated++;
        }
        assertThat(generated).isEqualTo(2_000 * RecapBenchmark.Month.DAYS);
        assertThat(new RecapBenchmark().generateOnly(m)).isNotZero();
    }
}
