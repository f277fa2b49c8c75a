package io.github.spbe4j.attendance.checkin;

import java.util.Objects;

/**
 * A circle around a location inside which a check-in counts as made there: a centre and a radius in
 * whole metres. Immutable and thread-safe.
 *
 * <p>Distances are haversine great-circle distances on a sphere of the mean Earth radius
 * {@value #EARTH_RADIUS_METRES} m (the IUGG mean radius R1 of WGS 84). On the ellipsoid the true
 * distance differs by at most about 0.5%, a quarter of a metre on a 50 m fence.
 *
 * <p>The rule for a fix's accuracy: a phone reports a position and an accuracy radius (Android's
 * {@code Location.getAccuracy()}, iOS's {@code horizontalAccuracy}). A fix is inside when its distance
 * from the centre is at most {@code radius + min(accuracy, radius)}: an imprecise fix gets the
 * benefit of the doubt up to its accuracy, never more than the radius again. So no fix further than
 * twice the radius from the centre is ever inside, whatever accuracy it claims, and a precise fix
 * must lie within the radius itself.
 *
 * <pre>{@code
 * Geofence office = Geofence.of(GeoPoint.of("-0.0263", "109.3425"), 100);
 * boolean inside = office.contains(GeoPoint.of("-0.0265", "109.3426"), 12.5);
 * }</pre>
 *
 * @param centre the centre of the circle
 * @param radiusMetres the radius, 1..{@value #MAX_RADIUS_METRES} metres
 * @since 0.1.0
 */
public record Geofence(GeoPoint centre, int radiusMetres) {

    /** The mean Earth radius used for distances, in metres: 6,371,008.8 (IUGG R1). */
    public static final double EARTH_RADIUS_METRES = 6_371_008.8;

    /** The largest radius, in metres: 100 km. */
    public static final int MAX_RADIUS_METRES = 100_000;

    /** The rule of a problem about a radius or an accuracy out of range. */
    public static final String RULE = "Geofence";

    /**
     * Creates the geofence, checking the radius.
     *
     * @throws InvalidCheckInException when the radius is not 1..100000 metres
     */
    public Geofence {
        Objects.requireNonNull(centre, "centre");
        if (radiusMetres < 1 || radiusMetres > MAX_RADIUS_METRES) {
            throw InvalidCheckInException.of("radiusMetres", RULE, "a geofence radius is " + radiusMetres
                    + " metres; it must be 1.." + MAX_RADIUS_METRES, Integer.toString(radiusMetres));
        }
    }

    /**
     * Returns the geofence with this centre and radius.
     *
     * @param centre the centre
     * @param radiusMetres the radius, 1..100000 metres
     * @return the geofence
     * @throws InvalidCheckInException when the radius is out of range
     */
    public static Geofence of(GeoPoint centre, int radiusMetres) {
        return new Geofence(centre, radiusMetres);
    }

    /**
     * Whether a fix lies inside: its distance from the centre is at most
     * {@code radius + min(accuracy, radius)} (see the class description).
     *
     * @param point the reported position
     * @param accuracyMetres the reported accuracy radius in metres; finite and not negative
     * @return whether the fix counts as inside
     * @throws InvalidCheckInException when the accuracy is negative, NaN or infinite
     */
    public boolean contains(GeoPoint point, double accuracyMetres) {
        Objects.requireNonNull(point, "point");
        if (!(accuracyMetres >= 0) || Double.isInfinite(accuracyMetres)) {
            throw InvalidCheckInException.of("accuracyMetres", RULE, "a fix's accuracy is " + accuracyMetres
                    + " metres; it must be a finite number, not negative", Double.toString(accuracyMetres));
        }
        return distanceMetres(point) <= radiusMetres + Math.min(accuracyMetres, radiusMetres);
    }

    /**
     * The haversine distance from the centre to a point, in metres, on the mean Earth radius.
     *
     * @param point the point
     * @return the distance in metres, 0 to about 20,015,118
     */
    public double distanceMetres(GeoPoint point) {
        return distanceMetres(centre, Objects.requireNonNull(point, "point"));
    }

    /**
     * The haversine distance between two points, in metres, on a sphere of radius
     * {@value #EARTH_RADIUS_METRES} m.
     *
     * @param a one point
     * @param b the other
     * @return the distance in metres
     */
    public static double distanceMetres(GeoPoint a, GeoPoint b) {
        double phi1 = a.latitudeRadians();
        double phi2 = b.latitudeRadians();
        double sinHalfDPhi = Math.sin((phi2 - phi1) / 2);
        double sinHalfDLambda = Math.sin((b.longitudeRadians() - a.longitudeRadians()) / 2);
        double h = sinHalfDPhi * sinHalfDPhi + Math.cos(phi1) * Math.cos(phi2) * sinHalfDLambda * sinHalfDLambda;
        // rounding can push h a hair above 1 for antipodal points
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(Math.min(1.0, h)));
    }
}
