package io.github.spbe4j.complaints;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.ProblemList;
import io.github.spbe4j.core.internal.Text;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A point on the earth in WGS 84 degrees, as a phone or a map reports it, kept exact: latitude -90 to
 * 90, longitude -180 to 180, at most 8 decimal places (about a millimetre). Two coordinates are equal
 * when they are the same point, whatever their scale ({@code 0.5} and {@code 0.50}).
 *
 * @param latitude degrees north, negative south (Pontianak lies at about -0.03)
 * @param longitude degrees east, negative west
 * @since 0.1.0
 */
public record Coordinates(BigDecimal latitude, BigDecimal longitude) {

    /** The rule of a problem about coordinates out of range or too precise. */
    public static final String RULE = "Coordinates";

    /** The most decimal places kept. */
    public static final int MAX_SCALE = 8;

    private static final BigDecimal NINETY = BigDecimal.valueOf(90);
    private static final BigDecimal ONE_EIGHTY = BigDecimal.valueOf(180);

    /**
     * Checks the ranges and the precision, and strips trailing zeros.
     *
     * @param latitude degrees north
     * @param longitude degrees east
     * @throws InvalidComplaintException naming every coordinate out of range
     */
    public Coordinates {
        Objects.requireNonNull(latitude, "latitude");
        Objects.requireNonNull(longitude, "longitude");
        ProblemList problems = ProblemList.inOrderFound();
        check(problems, "latitude", latitude, NINETY);
        check(problems, "longitude", longitude, ONE_EIGHTY);
        Rules.throwIfAny(problems, "coordinates");
        latitude = plain(latitude);
        longitude = plain(longitude);
    }

    /**
     * Returns the point with these coordinates.
     *
     * @param latitude degrees north, e.g. {@code "-0.0263"}
     * @param longitude degrees east, e.g. {@code "109.3425"}
     * @return the point
     * @throws InvalidComplaintException if either is out of range or not a number
     */
    public static Coordinates of(String latitude, String longitude) {
        return new Coordinates(number("latitude", latitude), number("longitude", longitude));
    }

    private static BigDecimal number(String path, String text) {
        if (text.length() <= 40) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        String shown = Text.quote(text);
        throw new InvalidComplaintException(Problem.of(path, RULE, path + " " + shown + " is not a decimal number of degrees", shown));
    }

    private static void check(ProblemList problems, String path, BigDecimal value, BigDecimal bound) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.abs().compareTo(bound) > 0) {
            String shown = shown(value);
            problems.add(Problem.of(path, RULE, path + " " + shown + " is out of range; it runs -" + bound + " to " + bound, shown));
        } else if (Math.max(v.scale(), 0) > MAX_SCALE) {
            String shown = shown(value);
            problems.add(Problem.of(path, RULE, path + " " + shown + " has more than " + MAX_SCALE + " decimal places", shown));
        }
    }

    /** The value as a message shows it: plain when short, else as written in scientific form, cut by Text. */
    private static String shown(BigDecimal value) {
        boolean shortPlain = value.precision() <= 40 && Math.abs((long) value.scale()) <= 40;
        return Text.clean(shortPlain ? value.toPlainString() : value.toString());
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    @Override
    public String toString() {
        return latitude.toPlainString() + "," + longitude.toPlainString();
    }
}
