package io.github.spbe4j.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.testing.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StatisticsTest {

    private static List<BigDecimal> of(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void mean_terminating_isExact() {
        assertThat(Statistics.mean(of("3.5", "4"))).isEqualTo(new BigDecimal("3.75"));
        assertThat(Statistics.mean(of("2.50", "2.50"))).isEqualTo(new BigDecimal("2.5"));
    }

    @Test
    void mean_nonTerminating_isRoundedTo34Digits() {
        assertThat(Statistics.mean(of("1", "1", "2"))).isEqualTo(new BigDecimal("1.333333333333333333333333333333333"));
    }

    @Test
    void median_evenCount_isTheMeanOfTheMiddleTwo() {
        assertThat(Statistics.median(of("4", "1", "3", "2"))).isEqualTo(new BigDecimal("2.5"));
        assertThat(Statistics.median(of("5", "1", "3"))).isEqualTo(new BigDecimal("3"));
    }

    @Test
    void quantile_type7_asPandasComputesIt() {
        // pandas: pd.Series([1, 2, 3, 4, 10]).quantile(0.9) == 7.6
        assertThat(Statistics.quantile(of("1", "2", "3", "4", "10"), new BigDecimal("0.9"))).isEqualTo(new BigDecimal("7.6"));
        assertThat(Statistics.quantile(of("1", "2", "3", "4", "10"), BigDecimal.ZERO)).isEqualTo(BigDecimal.ONE);
        assertThat(Statistics.quantile(of("1", "2", "3", "4", "10"), BigDecimal.ONE)).isEqualTo(BigDecimal.TEN);
    }

    @Test
    void standardDeviation_sample_asPandasComputesIt() {
        // pandas: pd.Series([2, 4, 4, 4, 5, 5, 7, 9]).std() == 2.138089935299395 (n - 1)
        assertThat(Statistics.variance(of("2", "4", "4", "4", "5", "5", "7", "9"))).isEqualTo(new BigDecimal("4.571428571428571428571428571428571"));
        assertThat(Statistics.standardDeviation(of("2", "4", "4", "4", "5", "5", "7", "9")).round(new MathContext(16)))
                .isEqualTo(new BigDecimal("2.138089935299395"));
        assertThat(Statistics.standardDeviation(of("1", "3"))).isEqualTo(new BigDecimal("1.414213562373095048801688724209698"));
    }

    @Test
    void tooFewValues_areRefused() {
        assertThatThrownBy(() -> Statistics.mean(List.of())).isInstanceOf(InvalidTableException.class).hasMessageContaining("at least 1 value");
        assertThatThrownBy(() -> Statistics.variance(of("1"))).isInstanceOf(InvalidTableException.class).hasMessageContaining("at least 2 values");
        assertThatThrownBy(() -> Statistics.quantile(of("1"), new BigDecimal("1.1"))).isInstanceOf(InvalidTableException.class)
                .hasMessageContaining("runs 0..1");
    }

    static LongStream seeds() {
        return LongStream.range(0, 200).map(s -> 7700 + s);
    }

    /** Statistics of random decimals against a naive oracle over exact fractions. */
    @ParameterizedTest
    @MethodSource("seeds")
    void statistics_randomDecimals_matchTheExactFractionOracle(long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(30);
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(BigDecimal.valueOf(r.nextInt(2001) - 1000L, r.nextInt(4)));
        }
        List<BigDecimal> sorted = new ArrayList<>(values);
        // a naive selection sort, independent of the code under test
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (sorted.get(j).compareTo(sorted.get(i)) < 0) {
                    BigDecimal t = sorted.get(i);
                    sorted.set(i, sorted.get(j));
                    sorted.set(j, t);
                }
            }
        }
        Rational sum = Rational.ZERO;
        for (BigDecimal v : values) {
            sum = sum.plus(Rational.of(v));
        }
        Rational mean = sum.dividedBy(Rational.of(BigDecimal.valueOf(n)));
        Rational squares = Rational.ZERO;
        for (BigDecimal v : values) {
            Rational d = Rational.of(v).minus(mean);
            squares = squares.plus(d.times(d));
        }
        Rational variance = squares.dividedBy(Rational.of(BigDecimal.valueOf(n - 1L)));

        assertThat(Statistics.min(values)).isEqualByComparingTo(sorted.get(0));
        assertThat(Statistics.max(values)).isEqualByComparingTo(sorted.get(n - 1));
        assertClose(Statistics.mean(values), mean);
        assertClose(Statistics.variance(values), variance);
        BigDecimal median = n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        assertThat(Statistics.median(values)).isEqualByComparingTo(median);
        BigDecimal sd = Statistics.standardDeviation(values);
        // the root squared is the variance, to the precision of the root
        assertThat(sd.multiply(sd).subtract(Statistics.variance(values)).abs()).isLessThan(new BigDecimal("1e-25").max(sd.movePointLeft(28)));
        // a quarter quantile by the definition: x[k] + f (x[k+1] - x[k]) with h = (n - 1) / 4
        int k = (n - 1) / 4;
        BigDecimal f = BigDecimal.valueOf((n - 1) % 4).divide(BigDecimal.valueOf(4));
        BigDecimal q = k + 1 < n ? sorted.get(k).add(f.multiply(sorted.get(k + 1).subtract(sorted.get(k)))) : sorted.get(k);
        assertThat(Statistics.quantile(values, new BigDecimal("0.25"))).isEqualByComparingTo(q);
    }

    /** Exact when the fraction terminates, else within one unit of the 34th digit. */
    private static void assertClose(BigDecimal actual, Rational expected) {
        BigInteger den = expected.den();
        while (den.mod(BigInteger.TWO).signum() == 0) {
            den = den.shiftRight(1);
        }
        while (den.mod(BigInteger.valueOf(5)).signum() == 0) {
            den = den.divide(BigInteger.valueOf(5));
        }
        BigDecimal exact = new BigDecimal(expected.num()).divide(new BigDecimal(expected.den()), new MathContext(60));
        if (den.equals(BigInteger.ONE)) {
            assertThat(actual).isEqualByComparingTo(exact);
        } else {
            assertThat(actual).isEqualByComparingTo(exact.round(Statistics.CONTEXT));
        }
    }
}
