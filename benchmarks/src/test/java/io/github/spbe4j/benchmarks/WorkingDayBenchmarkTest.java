package io.github.spbe4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The working-day benchmarks compare equal work: the index gives, query by query, the walk's answers. */
class WorkingDayBenchmarkTest {

    @Test
    void everyQuery_indexAndWalkAgree_andQueriesReachEstimatedYears() {
        WorkingDayBenchmark bench = new WorkingDayBenchmark();
        WorkingDayBenchmark.Queries q = new WorkingDayBenchmark.Queries();
        q.setUp();
        int estimated = 0;
        for (int i = 0; i < WorkingDayBenchmark.QUERIES; i++) {
            q.next = i;
            java.time.LocalDate reached = bench.plusWorkingDaysIndex(q);
            q.next = i;
            assertThat(reached).isEqualTo(bench.plusWorkingDaysWalk(q));
            q.next = i;
            int counted = bench.workingDaysBetweenIndex(q);
            q.next = i;
            assertThat(counted).isEqualTo(bench.workingDaysBetweenWalk(q));
            q.next = i;
            estimated += bench.deadline(q).provisional() ? 1 : 0;
        }
        assertThat(estimated).isBetween(WorkingDayBenchmark.QUERIES / 4, WorkingDayBenchmark.QUERIES * 3 / 4);
    }
}
