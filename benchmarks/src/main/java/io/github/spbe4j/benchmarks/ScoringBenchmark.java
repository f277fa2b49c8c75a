package io.github.spbe4j.benchmarks;

import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.scoring.ResolvedAssessment;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import java.math.BigDecimal;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scoring one spbe-2020 assessment (47 indicators) with the exact engine, against the physical floor:
 * a raw {@code double} dot product over the same weights and values.
 *
 * <p>The spec's target: {@link #scoreResolved} within 3× of {@link #doubleDotProduct}. Every method
 * does the same arithmetic on the same inputs (checked by {@code ScoringBenchmarkTest}): Σ w·v / 100
 * over the 47 indicators. Inputs are {@value #INPUTS} assessments drawn once from a fixed seed and
 * cycled through by a counter, so the JIT cannot fold a constant input, and each method returns (or
 * sinks into a {@link Blackhole}) what it computes, so nothing is dead code.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ScoringBenchmark}; see benchmarks/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ScoringBenchmark {

    /** The framework scored: Indeks SPBE, PermenPANRB 59/2020, 47 indicators. */
    static final String FRAMEWORK_ID = "spbe-2020";

    /** How many distinct assessments are cycled through; a power of two. */
    static final int INPUTS = 64;

    /** The seed the assessments are drawn from. */
    static final long SEED = 0x5BE2020L;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    Scorer scorer;
    /** Weights as doubles, in tree order: {@code indicator.weight().toBigDecimal().doubleValue()}. */
    double[] weights;
    /** Weights as exact decimals, in tree order. */
    BigDecimal[] decimalWeights;
    /** Per input: the levels as doubles, in tree order. */
    double[][] doubleValues;
    /** Per input: the levels as decimals, in tree order. */
    BigDecimal[][] decimalValues;
    /** Per input: the assessment. */
    Assessment[] assessments;
    /** Per input: the assessment resolved once, outside the measurement. */
    ResolvedAssessment[] resolved;
    /** Which input the next call scores. */
    int cursor;

    /** Draws the inputs from {@link #SEED}; the same inputs on every run and in every fork. */
    @Setup(Level.Trial)
    public void setUp() {
        Framework framework = FrameworkRegistry.builtIn().get(FRAMEWORK_ID);
        scorer = Scorer.of(framework);
        List<Indicator> indicators = framework.indicators();
        int n = indicators.size();
        int min = framework.scale().min();
        int max = framework.scale().max();
        weights = new double[n];
        decimalWeights = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            decimalWeights[i] = indicators.get(i).weight().toBigDecimal();
            weights[i] = decimalWeights[i].doubleValue();
        }
        doubleValues = new double[INPUTS][n];
        decimalValues = new BigDecimal[INPUTS][n];
        assessments = new Assessment[INPUTS];
        resolved = new ResolvedAssessment[INPUTS];
        SplittableRandom random = new SplittableRandom(SEED);
        for (int k = 0; k < INPUTS; k++) {
            // Each agency has its own maturity, so the inputs span every predikat band.
            double maturity = min + random.nextDouble() * (max - min);
            Assessment.Builder builder = Assessment.builder(FRAMEWORK_ID, Agency.named("Instansi " + k), 2024);
            for (int i = 0; i < n; i++) {
                long level = Math.max(min, Math.min(max, Math.round(maturity + random.nextDouble() * 2 - 1)));
                doubleValues[k][i] = level;
                decimalValues[k][i] = BigDecimal.valueOf(level);
                builder.value(indicators.get(i).code(), level);
            }
            assessments[k] = builder.build();
            resolved[k] = scorer.resolve(assessments[k]);
        }
        cursor = 0;
    }

    /** Returns the input to score next, cycling through all of them. */
    private int next() {
        return cursor++ & (INPUTS - 1);
    }

    /**
     * The physical floor: Σ w·v / 100 in {@code double}, inexact.
     *
     * @return the index, approximately
     */
    @Benchmark
    public double doubleDotProduct() {
        double[] w = weights;
        double[] v = doubleValues[next()];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            sum += w[i] * v[i];
        }
        return sum / 100;
    }

    /**
     * What exactness costs done naively: Σ w·v / 100 in {@link BigDecimal}, with no precomputation.
     *
     * @return the exact index
     */
    @Benchmark
    public BigDecimal bigDecimalNaive() {
        BigDecimal[] w = decimalWeights;
        BigDecimal[] v = decimalValues[next()];
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < w.length; i++) {
            sum = sum.add(w[i].multiply(v[i]));
        }
        return sum.divide(HUNDRED);
    }

    /**
     * The engine's hot path: scoring an assessment already resolved, and reading the exact index.
     *
     * @return the exact index
     */
    @Benchmark
    public BigDecimal scoreResolved() {
        return scorer.score(resolved[next()]).index();
    }

    /**
     * The engine as a report uses it: the exact score, the index rounded as published, and the
     * predikat (read, by default, from the rounded index).
     *
     * @param bh sinks the predikat
     * @return the index rounded half-up to two decimals
     */
    @Benchmark
    public BigDecimal scoreResolvedRoundedWithPredikat(Blackhole bh) {
        ScoreCard card = scorer.score(resolved[next()]);
        BigDecimal rounded = card.indexRounded();
        bh.consume(card.predikat());
        return rounded;
    }

    /**
     * The engine end to end: checking the assessment against the framework, resolving every input,
     * scoring, and reading the exact index.
     *
     * @return the exact index
     */
    @Benchmark
    public BigDecimal scoreAssessment() {
        return scorer.score(assessments[next()]).index();
    }
}
