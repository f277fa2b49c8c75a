package io.github.spbe4j.complaints;

import io.github.spbe4j.core.internal.ProblemList;
import io.github.spbe4j.core.internal.Degrees;
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
    public static final int MAX_SCALE = Degrees.MAX_SCALE;


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
        Degrees.check(problems, RULE, latitude, longitude);
        Rules.throwIfAny(problems, "coordinates");
        latitude = Degrees.plain(latitude);
        longitude = Degrees.plain(longitude);
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
        BigDecimal value = Degrees.parse(Objects.requireNonNull(text, path));
        if (value == null) {
            throw new InvalidComplaintException(Degrees.notANumber(path, RULE, text));
        }
        return value;
    }

    @Override
    public String toString() {
        return latitude.toPlainString() + "," + longitude.toPlainString();
    }
}
