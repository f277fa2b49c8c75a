package io.github.spbe4j.core.testing;

import io.github.spbe4j.core.framework.Weight;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number for test oracles: BigInteger numerator and positive denominator in lowest
 * terms. Independent of the engine's long arithmetic and of its decimal conversion.
 */
public final class Rational implements Comparable<Rational> {

    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    public static final Rational HUNDRED = of(100);

    /** Significant digits the engine promises for a value without a finite decimal form. */
    public static final int NON_TERMINATING_DIGITS = 34;

    private final BigInteger num;
    private final BigInteger den;

    private Rational(BigInteger num, BigInteger den) {
        this.num = num;
        this.den = den;
    }

    public static Rational of(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (g.signum() == 0) {
            return ZERO;
        }
        return new Rational(num.divide(g), den.divide(g));
    }

    public static Rational of(long value) {
        return of(BigInteger.valueOf(value), BigInteger.ONE);
    }

    public static Rational of(long num, long den) {
        return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }

    /** Reads a decimal through its unscaled value and scale only. */
    public static Rational of(BigDecimal d) {
        if (d.scale() >= 0) {
            return of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
        }
        return of(d.unscaledValue().multiply(BigInteger.TEN.pow(-d.scale())), BigInteger.ONE);
    }

    public static Rational of(Weight w) {
        return of(w.numerator(), w.denominator());
    }

    public BigInteger num() {
        return num;
    }

    public BigInteger den() {
        return den;
    }

    public Rational plus(Rational o) {
        return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    public Rational minus(Rational o) {
        return of(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    public Rational times(Rational o) {
        return of(num.multiply(o.num), den.multiply(o.den));
    }

    public Rational dividedBy(Rational o) {
        return of(num.multiply(o.den), den.multiply(o.num));
    }

    public int signum() {
        return num.signum();
    }

    /** Tells whether the value has a finite decimal form (denominator 2^a 5^b). */
    public boolean terminates() {
        BigInteger d = den;
        BigInteger two = BigInteger.TWO;
        BigInteger five = BigInteger.valueOf(5);
        while (d.mod(two).signum() == 0) {
            d = d.divide(two);
        }
        while (d.mod(five).signum() == 0) {
            d = d.divide(five);
        }
        return d.equals(BigInteger.ONE);
    }

    /** The exact decimal; only for terminating values. */
    public BigDecimal exactDecimal() {
        if (!terminates()) {
            throw new ArithmeticException(this + " has no finite decimal form");
        }
        for (int k = 0;; k++) {
            BigInteger scaled = num.multiply(BigInteger.TEN.pow(k));
            if (scaled.mod(den).signum() == 0) {
                return new BigDecimal(scaled.divide(den), k);
            }
        }
    }

    /** Rounds half-up (away from zero at the half) to {@code scale} decimals, by integer arithmetic only. */
    public BigDecimal roundHalfUp(int scale) {
        if (num.signum() < 0) {
            return negate().roundHalfUp(scale).negate();
        }
        BigInteger scaled = num.multiply(BigInteger.TEN.pow(scale));
        // floor((2 * scaled + den) / (2 * den))
        BigInteger q = scaled.shiftLeft(1).add(den).divide(den.shiftLeft(1));
        return new BigDecimal(q, scale);
    }

    public Rational negate() {
        return new Rational(num.negate(), den);
    }

    /**
     * Tells whether an engine decimal stands for this value: equal by value when this value has a
     * finite decimal form, otherwise at most 34 significant digits and within half a unit of its last
     * digit.
     */
    public boolean matches(BigDecimal actual) {
        Objects.requireNonNull(actual, "actual");
        if (terminates()) {
            return Rational.of(actual).equals(this);
        }
        if (actual.precision() > NON_TERMINATING_DIGITS) {
            return false;
        }
        Rational error = Rational.of(actual).minus(this);
        Rational halfUlp = Rational.of(actual.ulp()).dividedBy(of(2));
        return error.abs().compareTo(halfUlp) <= 0;
    }

    public Rational abs() {
        return num.signum() < 0 ? negate() : this;
    }

    public int compareTo(BigDecimal d) {
        return compareTo(of(d));
    }

    @Override
    public int compareTo(Rational o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rational r && num.equals(r.num) && den.equals(r.den);
    }

    @Override
    public int hashCode() {
        return num.hashCode() * 31 + den.hashCode();
    }

    /** Returns the value to 40 significant digits, for messages. */
    public String approx() {
        return new BigDecimal(num).divide(new BigDecimal(den), 40, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den + " (~" + approx() + ")";
    }
}
