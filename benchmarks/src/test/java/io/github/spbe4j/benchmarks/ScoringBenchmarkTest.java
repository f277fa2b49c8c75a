package io.github.spbe4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The benchmark compares equal work: every method computes the same index, input by input, so the
 * ratios in docs/performance.md measure exactness and the engine, not different arithmetic.
 */
class ScoringBenchmarkTest {

    private static final Blackhole BLACKHOLE =
            new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    private final ScoringBenchmark bench = new ScoringBenchmark();

    @BeforeEach
    void setUp() {
        bench.setUp();
    }

    /** Calls a benchmark method once per input, in input order. */
    private <T> T[] perInput(Supplier<T> method, T[] out) {
        bench.cursor = 0;
        for (int k = 0; k < out.length; k++) {
            out[k] = method.get();
        }
        return out;
    }

    private BigDecimal[] perInputDecimal(Supplier<BigDecimal> method) {
        return perInput(method, new BigDecimal[ScoringBenchmark.INPUTS]);
    }

    private double[] perInputDouble() {
        bench.cursor = 0;
        double[] out = new double[ScoringBenchmark.INPUTS];
        for (int k = 0; k < out.length; k++) {
            out[k] = bench.doubleDotProduct();
        }
        return out;
    }

    @Test
    void scoresTheFortySevenIndicatorsOfSpbe2020() {
        assertThat(bench.scorer.framework().id()).isEqualTo("spbe-2020");
        assertThat(bench.weights).hasSize(47);
        assertThat(bench.doubleValues[0]).hasSize(47);
        // the weights of the whole framework add up to 100
        assertThat(java.util.Arrays.stream(bench.weights).sum()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void inputsAreDistinctAndSpreadOverThePredikatBands() {
        BigDecimal[] exact = perInputDecimal(bench::bigDecimalNaive);
        Set<BigDecimal> distinct = new HashSet<>();
        Set<String> bands = new HashSet<>();
        for (BigDecimal index : exact) {
            distinct.add(index.stripTrailingZeros());
            bands.add(bench.scorer.framework().predikatFor(index.setScale(2, RoundingMode.HALF_UP)).name());
        }
        assertThat(distinct).hasSizeGreaterThan(ScoringBenchmark.INPUTS / 2);
        assertThat(bands).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void engineEqualsTheDoubleBaselineWithinDoublePrecision() {
        double[] baseline = perInputDouble();
        BigDecimal[] engine = perInputDecimal(bench::scoreResolved);
        for (int k = 0; k < baseline.length; k++) {
            assertThat(engine[k].doubleValue()).as("input %d", k).isCloseTo(baseline[k], within(1e-12));
        }
    }

    @Test
    void everyExactMethodComputesTheSameIndex() {
        BigDecimal[] naive = perInputDecimal(bench::bigDecimalNaive);
        BigDecimal[] resolved = perInputDecimal(bench::scoreResolved);
        BigDecimal[] assessment = perInputDecimal(bench::scoreAssessment);
        for (int k = 0; k < naive.length; k++) {
            assertThat(resolved[k]).as("input %d", k).isEqualByComparingTo(naive[k]);
            assertThat(assessment[k]).as("input %d", k).isEqualByComparingTo(naive[k]);
        }
    }

    @Test
    void roundedIndexIsTheExactIndexRoundedHalfUp() {
        BigDecimal[] naive = perInputDecimal(bench::bigDecimalNaive);
        double[] baseline = perInputDouble();
        BigDecimal[] rounded = perInputDecimal(() -> bench.scoreResolvedRoundedWithPredikat(BLACKHOLE));
        for (int k = 0; k < naive.length; k++) {
            assertThat(rounded[k]).as("input %d", k).isEqualTo(naive[k].setScale(2, RoundingMode.HALF_UP));
            assertThat(rounded[k].doubleValue()).as("input %d", k).isCloseTo(baseline[k], within(0.005 + 1e-12));
        }
    }

    @Test
    void cyclesThroughEveryInput() {
        bench.cursor = 0;
        BigDecimal first = bench.bigDecimalNaive();
        for (int k = 1; k < ScoringBenchmark.INPUTS; k++) {
            bench.bigDecimalNaive();
        }
        assertThat(bench.bigDecimalNaive()).isEqualTo(first);
        assertThat(bench.cursor & (ScoringBenchmark.INPUTS - 1)).isEqualTo(1);
    }
}
