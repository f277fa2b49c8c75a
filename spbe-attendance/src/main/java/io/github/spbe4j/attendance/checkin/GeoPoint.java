package io.github.spbe4j.attendance.checkin;

import io.github.spbe4j.core.internal.ProblemList;
import io.github.spbe4j.core.internal.Degrees;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A point on the earth in WGS 84 decimal degrees, kept exact: latitude -90 to 90, longitude -180 to
 * 180, at most 8 decimal places (about a millimetre). Two points are equal when they are the same
 * point, whatever the scale ({@code 0.5} and {@code 0.50}). Its {@link #toString()} is
 * {@code "latitude,longitude"}. Immutable and thread-safe.
 *
 * <pre>{@code
 * GeoPoint office = GeoPoint.of("-0.0263", "109.3425");
 * }</pre>
 *
 * @param latitude degrees north, negative south
 * @param longitude degrees east, negative west
 * @since 0.1.0
 */
public record GeoPoint(BigDecimal latitude, BigDecimal longitude) {

    /** The rule of a problem about a point out of range, too precise or not a number. */
    public static final String RULE = "GeoPoint";

    /** The most decimal places kept. */
    public static final int MAX_SCALE = Degrees.MAX_SCALE;


    /**
     * Checks the ranges and the precision, and strips trailing zeros.
     *
     * @throws InvalidCheckInException naming every coordinate out of range or too precise
     */
    public GeoPoint {
        Objects.requireNonNull(latitude, "latitude");
        Objects.requireNonNull(longitude, "longitude");
        ProblemList problems = ProblemList.inOrderFound();
        Degrees.check(problems, RULE, latitude, longitude);
        if (!problems.isEmpty()) {
            throw new InvalidCheckInException("point", problems.list(), problems.omitted());
        }
        latitude = Degrees.plain(latitude);
        longitude = Degrees.plain(longitude);
    }

    /**
     * Returns the point with these coordinates, read as decimal numbers.
     *
     * @param latitude degrees north, e.g. {@code "-0.0263"}
     * @param longitude degrees east, e.g. {@code "109.3425"}
     * @return the point
     * @throws InvalidCheckInException if either is not a number, out of range or too precise
     */
    public static GeoPoint of(String latitude, String longitude) {
        return new GeoPoint(number("latitude", latitude), number("longitude", longitude));
    }

    /**
     * The latitude in radians, as a double.
     *
     * @return the latitude in radians
     */
    double latitudeRadians() {
        return Math.toRadians(latitude.doubleValue());
    }

    /**
     * The longitude in radians, as a double.
     *
     * @return the longitude in radians
     */
    double longitudeRadians() {
        return Math.toRadians(longitude.doubleValue());
    }

    private static BigDecimal number(String path, String text) {
        BigDecimal value = Degrees.parse(Objects.requireNonNull(text, path));
        if (value == null) {
            throw new InvalidCheckInException(Degrees.notANumber(path, RULE, text));
        }
        return value;
    }

    /** The point as {@code "latitude,longitude"} in plain decimals. */
    @Override
    public String toString() {
        return latitude.toPlainString() + "," + longitude.toPlainString();
    }
}
