package io.github.spbe4j.core.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact conversion of a non-negative rational n/d (d positive) to decimals. */
final class Exact {

    /** Display rounding: two decimals, half-up. */
    static final int DISPLAY_SCALE = 2;

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private Exact() {
    }

    /**
     * Returns n/d exactly when it has a finite decimal form (always, for decimal weights), else to 34
     * significant digits; the scale is the smallest that holds the exact value.
     */
    static BigDecimal decimal(long n, long d) {
        long g = gcd(Math.abs(n), d);
        if (g > 1) {
            n /= g;
            d /= g;
        }
        int k = terminatingScale(d);
        if (k < 0) {
            return BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), MathContext.DECIMAL128);
        }
        return scaled(n, d, k);
    }

    /**
     * Returns n/d exactly, where d divides 10^k (callers guarantee that), without trailing zeros
     * after the decimal point.
     */
    static BigDecimal scaled(long n, long d, int k) {
        if (k < POW10.length) {
            long m = POW10[k] / d;
            long hi = Math.multiplyHigh(n, m);
            long lo = n * m;
            if (hi == 0 && lo >= 0 || hi == -1 && lo < 0) {
                int scale = k;
                while (scale > 0 && lo % 10 == 0) {
                    lo /= 10;
                    scale--;
                }
                return BigDecimal.valueOf(lo, scale);
            }
        }
        BigDecimal q = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d)).stripTrailingZeros();
        return q.scale() < 0 ? q.setScale(0) : q;
    }

    /** Largest n for which 200 n + d cannot overflow when d is at most this too. */
    private static final long FAST_LIMIT = Long.MAX_VALUE / 400;

    /** Returns n/d rounded half-up to the display scale, from the exact quotient. */
    static BigDecimal rounded(long n, long d) {
        if (n >= 0 && n <= FAST_LIMIT && d <= FAST_LIMIT) {
            // half-up at two decimals of a non-negative n/d: floor((200 n + d) / 2d)
            return BigDecimal.valueOf((200 * n + d) / (2 * d), DISPLAY_SCALE);
        }
        return BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), DISPLAY_SCALE, RoundingMode.HALF_UP);
    }

    /** Returns the smallest k with d dividing 10^k, or -1 when there is none. */
    static int terminatingScale(long d) {
        int twos = Long.numberOfTrailingZeros(d);
        long r = d >>> twos;
        int fives = 0;
        while (r % 5 == 0) {
            r /= 5;
            fives++;
        }
        return r == 1 ? Math.max(twos, fives) : -1;
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
