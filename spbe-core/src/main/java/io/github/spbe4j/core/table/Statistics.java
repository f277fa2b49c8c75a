package io.github.spbe4j.core.table;

import io.github.spbe4j.core.Problem;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Statistics of exact numbers, without {@code MathContext} boilerplate: mean, median, minimum,
 * maximum, quantiles, variance and standard deviation of a collection of {@code BigDecimal}s.
 *
 * <pre>{@code
 * List<BigDecimal> indices = table.decimals("index");
 * BigDecimal median = Statistics.median(indices);          // exact
 * BigDecimal q90 = Statistics.quantile(indices, new BigDecimal("0.9")); // exact
 * BigDecimal sd = Statistics.standardDeviation(indices);   // 34 significant digits
 * }</pre>
 *
 * <p>Exact where the result is a terminating decimal: minimum, maximum, median and every quantile
 * always are (they add, subtract and multiply given decimals, and halve); the mean and the variance are
 * exact when their division terminates (a mean of 3.5 and 4 is 3.75) and otherwise rounded to
 * {@link #CONTEXT}, 34 significant digits half-even; the standard deviation is the square root of
 * the variance rounded to {@link #CONTEXT}. Results carry no trailing zeros ({@code 3.5}, not
 * {@code 3.50}). Every method needs at least one value (the variance two) and throws an
 * {@link InvalidTableException} otherwise.
 *
 * @since 0.1.0
 */
public final class Statistics {

    /** The precision of results that are not exact: 34 significant digits, rounded half-even (IEEE decimal128). */
    public static final MathContext CONTEXT = MathContext.DECIMAL128;

    private Statistics() {
    }

    /**
     * Returns the smallest value.
     *
     * @param values the values, at least one
     * @return the minimum
     */
    public static BigDecimal min(Collection<BigDecimal> values) {
        return plain(checked(values, 1, "minimum").stream().min(BigDecimal::compareTo).orElseThrow());
    }

    /**
     * Returns the largest value.
     *
     * @param values the values, at least one
     * @return the maximum
     */
    public static BigDecimal max(Collection<BigDecimal> values) {
        return plain(checked(values, 1, "maximum").stream().max(BigDecimal::compareTo).orElseThrow());
    }

    /**
     * Returns the mean: the exact sum divided by the count, exact when the division terminates,
     * otherwise rounded to {@link #CONTEXT}.
     *
     * @param values the values, at least one
     * @return the mean
     */
    public static BigDecimal mean(Collection<BigDecimal> values) {
        List<BigDecimal> v = checked(values, 1, "mean");
        return divide(sum(v), v.size());
    }

    /**
     * Returns the median: the middle value, or the mean of the two middle values of an even count; exact.
     *
     * @param values the values, at least one
     * @return the median
     */
    public static BigDecimal median(Collection<BigDecimal> values) {
        return quantile(checked(values, 1, "median"), new BigDecimal("0.5"));
    }

    /**
     * Returns a quantile by linear interpolation between order statistics (Hyndman and Fan's type 7,
     * the default of R, NumPy and pandas): with the values sorted as x[0] ≤ … ≤ x[n−1] and
     * h = (n − 1)·p, the quantile is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]); exact.
     * {@code p = 0} gives the minimum, {@code 0.5} the median, {@code 1} the maximum.
     *
     * @param values the values, at least one
     * @param p the probability, 0..1
     * @return the quantile
     */
    public static BigDecimal quantile(Collection<BigDecimal> values, BigDecimal p) {
        Objects.requireNonNull(p, "p");
        List<BigDecimal> v = new ArrayList<>(checked(values, 1, "quantile"));
        if (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
            throw invalid("p", "Range", "quantile probability is " + p.toPlainString() + "; it runs 0..1", p.toPlainString());
        }
        v.sort(BigDecimal::compareTo);
        BigDecimal h = p.multiply(BigDecimal.valueOf(v.size() - 1L));
        int lower = h.intValue();
        BigDecimal fraction = h.subtract(BigDecimal.valueOf(lower));
        BigDecimal x = v.get(lower);
        if (fraction.signum() == 0) {
            return plain(x);
        }
        return plain(x.add(fraction.multiply(v.get(lower + 1).subtract(x))));
    }

    /**
     * Returns the sample variance: the sum of squared deviations from the mean divided by n − 1 (as
     * pandas' {@code var()}); exact when the mean and the division terminate, otherwise rounded to
     * {@link #CONTEXT} (computed as (n·Σx² − (Σx)²) / (n·(n − 1)), exact up to that one division).
     *
     * @param values the values, at least two
     * @return the variance
     */
    public static BigDecimal variance(Collection<BigDecimal> values) {
        List<BigDecimal> v = checked(values, 2, "variance");
        BigDecimal sum = sum(v);
        BigDecimal squares = BigDecimal.ZERO;
        for (BigDecimal x : v) {
            squares = squares.add(x.multiply(x));
        }
        long n = v.size();
        BigDecimal numerator = squares.multiply(BigDecimal.valueOf(n)).subtract(sum.multiply(sum));
        return divide(numerator, n * (n - 1));
    }

    /**
     * Returns the sample standard deviation: the square root of {@link #variance(Collection)}, rounded
     * to {@link #CONTEXT} (exact when the root is a decimal of at most 34 digits).
     *
     * @param values the values, at least two
     * @return the standard deviation
     */
    public static BigDecimal standardDeviation(Collection<BigDecimal> values) {
        return plain(variance(values).sqrt(CONTEXT));
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal x : values) {
            s = s.add(x);
        }
        return s;
    }

    private static BigDecimal divide(BigDecimal numerator, long denominator) {
        BigDecimal d = BigDecimal.valueOf(denominator);
        // exact when the quotient terminates: the denominator, cancelled against the numerator, has only 2s and 5s
        java.math.BigInteger den = java.math.BigInteger.valueOf(denominator);
        java.math.BigInteger unscaled = numerator.unscaledValue();
        java.math.BigInteger g = unscaled.gcd(den);
        java.math.BigInteger rest = g.signum() == 0 ? java.math.BigInteger.ONE : den.divide(g);
        while (rest.mod(java.math.BigInteger.TWO).signum() == 0) {
            rest = rest.shiftRight(1);
        }
        java.math.BigInteger five = java.math.BigInteger.valueOf(5);
        while (rest.mod(five).signum() == 0) {
            rest = rest.divide(five);
        }
        if (rest.equals(java.math.BigInteger.ONE)) {
            return plain(numerator.divide(d));
        }
        return plain(numerator.divide(d, CONTEXT));
    }

    private static List<BigDecimal> checked(Collection<BigDecimal> values, int least, String what) {
        Objects.requireNonNull(values, "values");
        List<BigDecimal> v = List.copyOf(values);
        if (v.size() < least) {
            throw invalid("values", "Count", "the " + what + " needs at least " + least + (least == 1 ? " value" : " values") + "; "
                    + v.size() + " given", Integer.toString(v.size()));
        }
        return v;
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static InvalidTableException invalid(String path, String rule, String message, String value) {
        return new InvalidTableException("statistics", List.of(Problem.of(path, rule, message, value)), 0);
    }
}
