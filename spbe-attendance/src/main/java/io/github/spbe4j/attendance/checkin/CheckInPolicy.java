package io.github.spbe4j.attendance.checkin;

/**
 * What a {@link CheckInVerifier} demands beyond a valid token. Immutable.
 *
 * <pre>{@code
 * CheckInPolicy policy = CheckInPolicy.strict();            // everything required, flags reject
 * CheckInPolicy trial = new CheckInPolicy(false, false, false); // flags and absences only mark
 * }</pre>
 *
 * @param rejectRisk whether a raised risk flag rejects the scan ({@link CheckInReason#FLAGGED_RISK});
 *     when false it only marks the accepted check-in ({@link CheckInMark#MOCK_LOCATION},
 *     {@link CheckInMark#INTEGRITY_FAILED})
 * @param requireDeviceSignature whether a scan without a device signature is rejected
 *     ({@link CheckInReason#MISSING_DEVICE_SIGNATURE}); when false it is marked
 *     {@link CheckInMark#NO_DEVICE_SIGNATURE}. A signature that is present is always checked.
 * @param requireFix whether a scan without a GPS fix is rejected ({@link CheckInReason#MISSING_FIX});
 *     when false it is marked {@link CheckInMark#NO_FIX}. A fix that is present is always checked
 *     against the location's geofence, if the location has one.
 * @since 0.1.0
 */
public record CheckInPolicy(boolean rejectRisk, boolean requireDeviceSignature, boolean requireFix) {

    /**
     * Everything required and risk flags reject.
     *
     * @return the strict policy
     */
    public static CheckInPolicy strict() {
        return new CheckInPolicy(true, true, true);
    }
}
