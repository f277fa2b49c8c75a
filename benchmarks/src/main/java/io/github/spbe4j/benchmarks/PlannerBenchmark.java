package io.github.spbe4j.benchmarks;

import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.plan.CostModel;
import io.github.spbe4j.core.plan.PlanOutcome;
import io.github.spbe4j.core.plan.Planner;
import io.github.spbe4j.core.plan.Target;
import io.github.spbe4j.core.scoring.IndicatorScore;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The exact improvement planner on spbe-2020 (47 indicators) against the greedy plan (the next level
 * step with the highest gain per cost, again and again, until the target is met), on the same inputs.
 *
 * <p>The target: under 50 ms per exact plan. Inputs are {@value #INPUTS} assessments with
 * random levels, random costs per level step (1..{@value #MAX_COST}) and a random target between the
 * assessment's index and 5.00, drawn once from a fixed seed and cycled through. Both methods return the
 * cost of their plan; the set-up prints the total cost of each over all inputs, so a run shows the time
 * and what the greedy plan's speed costs. {@code PlannerBenchmarkTest} checks that both plans reach
 * their targets and that the exact plan is never dearer.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PlannerBenchmark}; see benchmarks/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PlannerBenchmark {

    static final String FRAMEWORK_ID = "spbe-2020";

    /** How many distinct problems are cycled through; a power of two. */
    static final int INPUTS = 32;

    /** The highest cost of one level step. */
    static final int MAX_COST = 10;

    static final long SEED = 0x91A11L;

    ScoreCard[] cards;
    CostModel[] costs;
    Target[] targets;
    int cursor;

    /** Draws the inputs from {@link #SEED}; the same on every run. */
    @Setup(Level.Trial)
    public void setUp() {
        Framework framework = FrameworkRegistry.builtIn().get(FRAMEWORK_ID);
        Scorer scorer = Scorer.of(framework);
        List<Indicator> indicators = framework.indicators();
        cards = new ScoreCard[INPUTS];
        costs = new CostModel[INPUTS];
        targets = new Target[INPUTS];
        SplittableRandom random = new SplittableRandom(SEED);
        for (int k = 0; k < INPUTS; k++) {
            double maturity = 1 + random.nextDouble() * 3;
            Assessment.Builder b = Assessment.builder(FRAMEWORK_ID, Agency.named("Instansi " + k), 2025);
            CostModel c = CostModel.uniform();
            for (Indicator i : indicators) {
                b.value(i.code(), Math.max(1, Math.min(5, Math.round(maturity + random.nextDouble() * 2 - 1))));
                c = c.withCost(i.code(), 1 + random.nextInt(MAX_COST));
            }
            cards[k] = scorer.score(b.build());
            costs[k] = c;
            // a target anywhere from just above the index to the maximum
            long from = cards[k].indexRounded().movePointRight(2).longValueExact() + 1;
            targets[k] = Target.index(BigDecimal.valueOf(from + random.nextLong(Math.max(1, 501 - from)), 2));
        }
        long exact = 0;
        long greedy = 0;
        int dearer = 0;
        for (int k = 0; k < INPUTS; k++) {
            long e = Planner.of(cards[k], costs[k]).plan(targets[k]).plan().cost();
            long g = Greedy.plan(cards[k], costs[k], targets[k]);
            exact += e;
            greedy += g;
            dearer += g > e ? 1 : 0;
        }
        System.out.printf("%nPlannerBenchmark inputs: exact plans cost %d in all, greedy plans %d (%.1f%% more); greedy dearer on %d of %d%n",
                exact, greedy, 100.0 * (greedy - exact) / exact, dearer, INPUTS);
        cursor = 0;
    }

    private int next() {
        return cursor++ & (INPUTS - 1);
    }

    /**
     * The exact plan: {@code Planner.of(card, costs).plan(target)}, the score card after it included.
     *
     * @return its cost
     */
    @Benchmark
    public long exactPlan() {
        int k = next();
        PlanOutcome outcome = Planner.of(cards[k], costs[k]).plan(targets[k]);
        return outcome.plan().cost();
    }

    /**
     * The greedy plan, in exact integer arithmetic too.
     *
     * @return its cost
     */
    @Benchmark
    public long greedyPlan() {
        int k = next();
        return Greedy.plan(cards[k], costs[k], targets[k]);
    }

    /** The greedy gain-per-cost plan over whole levels, read as the score card reads the predikat (rounded). */
    static final class Greedy {

        private Greedy() {
        }

        /** Returns the levels of the greedy plan, or null when the steps run out before the target. */
        static int[] levels(ScoreCard card, CostModel costs, Target target) {
            List<Indicator> indicators = card.framework().indicators();
            int n = indicators.size();
            BigInteger lcm = BigInteger.ONE;
            for (Indicator i : indicators) {
                BigInteger d = i.weight().denominator();
                lcm = lcm.divide(lcm.gcd(d)).multiply(d);
            }
            long den = 100 * lcm.longValueExact();
            long[] w = new long[n];
            long[] c = new long[n];
            int[] level = new int[n];
            long sum = 0;
            List<IndicatorScore> scores = card.indicators();
            for (int i = 0; i < n; i++) {
                Indicator ind = indicators.get(i);
                w[i] = ind.weight().numerator().multiply(lcm.divide(ind.weight().denominator())).longValueExact();
                c[i] = costs.cost(ind.code());
                level[i] = scores.get(i).value().orElseThrow().intValueExact();
                sum += w[i] * level[i];
            }
            // rounded half-up to two decimals ≥ t ⟺ sum ≥ (2m − 1) den / 200, m = 100 t (t has two decimals)
            long m = target.valueIn(card.framework()).movePointRight(2).longValueExact();
            long need = Math.floorDiv(-(2 * m - 1) * den, 200) * -1;
            int max = card.framework().scale().max();
            while (sum < need) {
                int pick = -1;
                for (int i = 0; i < n; i++) {
                    // gain per cost w[i] / c[i], compared by cross-multiplication
                    if (level[i] < max && (pick < 0 || w[i] * c[pick] > w[pick] * c[i])) {
                        pick = i;
                    }
                }
                if (pick < 0) {
                    return null;
                }
                level[pick]++;
                sum += w[pick];
            }
            return level;
        }

        /** Returns the cost of the greedy plan, or -1 when it does not reach the target. */
        static long plan(ScoreCard card, CostModel costs, Target target) {
            int[] levels = levels(card, costs, target);
            if (levels == null) {
                return -1;
            }
            long total = 0;
            List<IndicatorScore> scores = card.indicators();
            for (int i = 0; i < levels.length; i++) {
                IndicatorScore s = scores.get(i);
                total += costs.cost(s.code()) * (levels[i] - s.value().orElseThrow().intValueExact());
            }
            return total;
        }
    }
}
