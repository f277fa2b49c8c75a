package io.github.spbe4j.core.framework;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.Text;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;

/**
 * The weight of a node of an evaluation framework: an exact, non-negative rational number, in
 * percent of the whole index.
 *
 * <p>Official weights are decimals ({@code 2.75}); a framework may also use a fraction where no
 * decimal is exact ({@code 10/3}, one sixth of an aspect of 20). The text form is the plain decimal
 * when the value has one ({@code "2.75"}, {@code "13"}) and {@code p/q} in lowest terms otherwise;
 * {@link #parse(String)} reads both. Weights compare by value: {@code 2.50} equals {@code 5/2}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Weight implements Comparable<Weight> {

    /** The weight zero. */
    public static final Weight ZERO = new Weight(BigInteger.ZERO, BigInteger.ONE);

    /** The longest text {@link #parse(CharSequence)} reads. */
    private static final int MAX_TEXT = 100;
    /** The largest decimal exponent, either sign, {@link #parse(CharSequence)} reads. */
    private static final int MAX_EXPONENT = 100;

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Weight(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * Returns the weight of an exact fraction, reduced to lowest terms.
     *
     * @param numerator the numerator, not negative
     * @param denominator the denominator, positive
     * @return the weight
     * @throws InvalidFrameworkException if the numerator is negative or the denominator not positive
     */
    public static Weight ofFraction(BigInteger numerator, BigInteger denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() <= 0) {
            throw invalid("weight denominator is " + denominator + "; it must be positive", numerator + "/" + denominator);
        }
        if (numerator.signum() < 0) {
            throw invalid("weight is " + numerator + "/" + denominator + "; weights are not negative", numerator + "/" + denominator);
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() == 0) {
            return ZERO;
        }
        return new Weight(numerator.divide(gcd), denominator.divide(gcd));
    }

    /**
     * Returns the weight equal to a decimal.
     *
     * @param value the weight, not negative
     * @return the weight
     * @throws InvalidFrameworkException if the value is negative, or has more than 100 digits either side
     *         of the point
     */
    public static Weight of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        BigDecimal v = value.stripTrailingZeros();
        if (Math.abs((long) v.scale()) > MAX_EXPONENT) {
            // 1e999999 would take minutes to turn into an integer
            throw invalid("weight " + v + " is out of range; at most " + MAX_EXPONENT + " digits either side of the point are read",
                    v.toString());
        }
        if (v.scale() <= 0) {
            return ofFraction(v.toBigIntegerExact(), BigInteger.ONE);
        }
        return ofFraction(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
    }

    /**
     * Returns the weight equal to a whole number.
     *
     * @param value the weight, not negative
     * @return the weight
     */
    public static Weight of(long value) {
        return ofFraction(BigInteger.valueOf(value), BigInteger.ONE);
    }

    /**
     * Reads a weight from its text form: a decimal ({@code "2.75"}) or a fraction ({@code "10/3"}).
     *
     * @param text the text
     * @return the weight
     * @throws InvalidFrameworkException if the text is neither, is negative, is longer than 100 characters or has
     *         a decimal exponent beyond ±100
     */
    public static Weight parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        if (s.length() > MAX_TEXT) {
            throw invalid("weight text is " + s.length() + " characters long; at most " + MAX_TEXT + " are read", Text.quote(s));
        }
        int slash = s.indexOf('/');
        try {
            if (slash < 0) {
                BigDecimal d = new BigDecimal(s);
                // an exponent such as 1e-99999 would take minutes to reduce to lowest terms
                if (Math.abs((long) d.scale()) > MAX_EXPONENT) {
                    throw invalid("weight " + Text.quote(s) + " has an exponent out of range; at most " + MAX_EXPONENT
                            + " digits either side of the point are read", Text.quote(s));
                }
                return of(d);
            }
            return ofFraction(new BigInteger(s.substring(0, slash).strip()), new BigInteger(s.substring(slash + 1).strip()));
        } catch (NumberFormatException e) {
            throw invalid("weight " + Text.quote(s) + " is neither a decimal like 2.75 nor a fraction like 10/3", Text.quote(s));
        }
    }

    /**
     * Returns the numerator in lowest terms.
     *
     * @return the numerator, not negative
     */
    public BigInteger numerator() {
        return numerator;
    }

    /**
     * Returns the denominator in lowest terms.
     *
     * @return the denominator, positive
     */
    public BigInteger denominator() {
        return denominator;
    }

    /**
     * Tells whether the weight has an exact decimal form (its denominator has no prime factor but 2
     * and 5).
     *
     * @return true for {@code 2.75}, false for {@code 10/3}
     */
    public boolean isDecimal() {
        BigInteger d = denominator;
        while (!d.testBit(0)) {
            d = d.shiftRight(1);
        }
        BigInteger five = BigInteger.valueOf(5);
        while (d.mod(five).signum() == 0) {
            d = d.divide(five);
        }
        return d.equals(BigInteger.ONE);
    }

    /**
     * Returns the weight as a decimal: exact when {@link #isDecimal()}, otherwise rounded to 34
     * significant digits.
     *
     * @return the decimal value
     */
    public BigDecimal toBigDecimal() {
        BigDecimal n = new BigDecimal(numerator);
        BigDecimal d = new BigDecimal(denominator);
        BigDecimal q = isDecimal() ? n.divide(d) : n.divide(d, MathContext.DECIMAL128);
        return plain(q);
    }

    /**
     * Returns the sum of this weight and another.
     *
     * @param other the other weight
     * @return the exact sum
     */
    public Weight plus(Weight other) {
        Objects.requireNonNull(other, "other");
        return ofFraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    @Override
    public int compareTo(Weight other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Weight w && numerator.equals(w.numerator) && denominator.equals(w.denominator);
    }

    @Override
    public int hashCode() {
        return 31 * numerator.hashCode() + denominator.hashCode();
    }

    /** Returns the text form: a plain decimal when exact, otherwise {@code p/q}. */
    @Override
    public String toString() {
        return isDecimal() ? toBigDecimal().toPlainString() : numerator + "/" + denominator;
    }

    private static InvalidFrameworkException invalid(String message, String value) {
        return new InvalidFrameworkException(Problem.of("weight", "Weight", message, value));
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
