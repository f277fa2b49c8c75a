package io.github.spbe4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.core.plan.PlanOutcome;
import io.github.spbe4j.core.plan.Planner;
import io.github.spbe4j.core.scoring.ScoreCard;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Both planners of the benchmark reach every target, and the exact plan is never dearer than the greedy one. */
class PlannerBenchmarkTest {

    @Test
    void plans_everyInput_reachTheTargetAndTheExactIsNeverDearer() {
        PlannerBenchmark bench = new PlannerBenchmark();
        bench.setUp();
        int dearer = 0;
        for (int k = 0; k < PlannerBenchmark.INPUTS; k++) {
            ScoreCard card = bench.cards[k];
            BigDecimal target = bench.targets[k].index().orElseThrow();
            PlanOutcome exact = Planner.of(card, bench.costs[k]).plan(bench.targets[k]);
            int[] greedy = PlannerBenchmark.Greedy.levels(card, bench.costs[k], bench.targets[k]);
            assertThat(exact.reachable()).isTrue();
            assertThat(exact.plan().indexRounded()).isGreaterThanOrEqualTo(target);
            assertThat(greedy).isNotNull();
            var r = card.resolved();
            for (int i = 0; i < greedy.length; i++) {
                r = r.with(card.framework().indicators().get(i).code(), BigDecimal.valueOf(greedy[i]));
            }
            assertThat(io.github.spbe4j.core.scoring.Scorer.of(card.framework()).score(r).indexRounded()).isGreaterThanOrEqualTo(target);
            long greedyCost = PlannerBenchmark.Greedy.plan(card, bench.costs[k], bench.targets[k]);
            assertThat(exact.plan().cost()).isLessThanOrEqualTo(greedyCost);
            dearer += greedyCost > exact.plan().cost() ? 1 : 0;
            bench.cursor = k;
            assertThat(bench.exactPlan()).isEqualTo(exact.plan().cost());
            bench.cursor = k;
            assertThat(bench.greedyPlan()).isEqualTo(greedyCost);
        }
        assertThat(dearer).as("inputs where greedy overpays").isPositive();
    }
}
