package io.github.spbe4j.attendance.checkin;

import java.util.Objects;

/**
 * A GPS fix as a phone reports it: a position and an accuracy radius in metres (Android's
 * {@code Location.getAccuracy()}, iOS's {@code horizontalAccuracy}). Immutable.
 *
 * <pre>{@code
 * Fix fix = Fix.of(GeoPoint.of("-0.0265", "109.3426"), 12.5);
 * }</pre>
 *
 * @param point the reported position
 * @param accuracyMetres the reported accuracy radius in metres; finite and not negative
 * @since 0.1.0
 */
public record Fix(GeoPoint point, double accuracyMetres) {

    /**
     * Checks the accuracy.
     *
     * @throws InvalidCheckInException when the accuracy is negative, NaN or infinite
     */
    public Fix {
        Objects.requireNonNull(point, "point");
        if (!(accuracyMetres >= 0) || Double.isInfinite(accuracyMetres)) {
            throw InvalidCheckInException.of("accuracyMetres", Geofence.RULE, "a fix's accuracy is " + accuracyMetres
                    + " metres; it must be a finite number, not negative", Double.toString(accuracyMetres));
        }
    }

    /**
     * Returns the fix.
     *
     * @param point the reported position
     * @param accuracyMetres the reported accuracy in metres
     * @return the fix
     * @throws InvalidCheckInException when the accuracy is negative, NaN or infinite
     */
    public static Fix of(GeoPoint point, double accuracyMetres) {
        return new Fix(point, accuracyMetres);
    }
}
