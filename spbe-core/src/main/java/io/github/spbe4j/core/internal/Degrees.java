package io.github.spbe4j.core.internal;

import io.github.spbe4j.core.Problem;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for a point's coordinates in WGS 84 decimal degrees, shared by the modules' point types:
 * latitude -90 to 90, longitude -180 to 180, at most {@value #MAX_SCALE} decimal places (about a
 * millimetre), read from text of at most 40 characters, kept without trailing zeros. Each point type
 * keeps its own rule name and exception; the checks and the messages are these.
 */
public final class Degrees {

    /** The most decimal places kept. */
    public static final int MAX_SCALE = 8;

    private static final BigDecimal NINETY = BigDecimal.valueOf(90);
    private static final BigDecimal ONE_EIGHTY = BigDecimal.valueOf(180);

    private Degrees() {
    }

    /**
     * Adds a problem for each coordinate out of range or too precise, latitude first.
     *
     * @param problems where problems go
     * @param rule the rule name of the point type
     * @param latitude degrees north
     * @param longitude degrees east
     */
    public static void check(ProblemList problems, String rule, BigDecimal latitude, BigDecimal longitude) {
        check(problems, rule, "latitude", latitude, NINETY);
        check(problems, rule, "longitude", longitude, ONE_EIGHTY);
    }

    /**
     * Returns the coordinate written as a decimal number, or null when the text is longer than 40
     * characters or not a number.
     *
     * @param text the text
     * @return the number, or null
     */
    public static @Nullable BigDecimal parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() <= 40) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * Returns the problem of a coordinate whose text is not a decimal number of degrees.
     *
     * @param path {@code latitude} or {@code longitude}
     * @param rule the rule name of the point type
     * @param text the text
     * @return the problem, the text shown quoted and escaped
     */
    public static Problem notANumber(String path, String rule, String text) {
        String shown = Text.quote(text);
        return Problem.of(path, rule, path + " " + shown + " is not a decimal number of degrees", shown);
    }

    /**
     * Returns the value without trailing zeros and never in exponent form: {@code 0.50} and {@code 5E-1}
     * are both {@code 0.5}, {@code 1E+1} is {@code 10}.
     *
     * @param value the value
     * @return the plain value
     */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private static void check(ProblemList problems, String rule, String path, BigDecimal value, BigDecimal bound) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.abs().compareTo(bound) > 0) {
            String shown = shown(value);
            problems.add(Problem.of(path, rule, path + " " + shown + " is out of range; it runs -" + bound + " to " + bound, shown));
        } else if (Math.max(v.scale(), 0) > MAX_SCALE) {
            String shown = shown(value);
            problems.add(Problem.of(path, rule, path + " " + shown + " has more than " + MAX_SCALE + " decimal places", shown));
        }
    }

    /** The value as a message shows it: plain when short, else in scientific form, cut by Text. */
    private static String shown(BigDecimal value) {
        boolean shortPlain = value.precision() <= 40 && Math.abs((long) value.scale()) <= 40;
        return Text.clean(shortPlain ? value.toPlainString() : value.toString());
    }
}
