package io.github.spbe4j.attendance.checkin;

import io.github.spbe4j.attendance.token.RejectReason;

/**
 * Why a check-in was rejected, in the order a {@link CheckInVerifier} checks: the token's own reasons
 * first (as {@link RejectReason} names them), then the device signature, the geofence, the risk flags,
 * and the replay guard last.
 *
 * @since 0.1.0
 */
public enum CheckInReason {
    /** The token text is not a token (see {@link RejectReason#MALFORMED}). */
    MALFORMED,
    /** The token's key id names no key of the ring. */
    UNKNOWN_KEY,
    /** The token's signature does not match. */
    BAD_SIGNATURE,
    /** The token's validity ended before the scan, allowing for clock skew. */
    EXPIRED,
    /** The token's validity starts after the scan, allowing for clock skew. */
    NOT_YET_VALID,
    /** The token is for another location than the expected one. */
    WRONG_LOCATION,
    /** The policy requires a device signature and the scan has none. */
    MISSING_DEVICE_SIGNATURE,
    /** The scan has a device signature but the employee has no enrolled device key. */
    DEVICE_NOT_ENROLLED,
    /** The device signature verifies under none of the employee's enrolled keys. */
    BAD_DEVICE_SIGNATURE,
    /** The policy requires a GPS fix and the scan has none. */
    MISSING_FIX,
    /** The fix lies outside the location's geofence, allowing for its accuracy. */
    OUTSIDE_GEOFENCE,
    /** The client reported a risk flag and the policy rejects flagged scans. */
    FLAGGED_RISK,
    /** The employee has already checked in with this token. */
    REPLAYED,
    /** The replay guard is full of live entries and cannot remember this use; the scan is refused. */
    GUARD_FULL;

    /**
     * The check-in reason for a token's reject reason.
     *
     * @param reason the token verifier's reason
     * @return the reason of the same name
     */
    public static CheckInReason of(RejectReason reason) {
        return switch (reason) {
            case MALFORMED -> MALFORMED;
            case UNKNOWN_KEY -> UNKNOWN_KEY;
            case BAD_SIGNATURE -> BAD_SIGNATURE;
            case EXPIRED -> EXPIRED;
            case NOT_YET_VALID -> NOT_YET_VALID;
            case WRONG_LOCATION -> WRONG_LOCATION;
        };
    }
}
