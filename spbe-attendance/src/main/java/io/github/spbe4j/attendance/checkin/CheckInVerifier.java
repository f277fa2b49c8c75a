package io.github.spbe4j.attendance.checkin;

import io.github.spbe4j.attendance.token.LocationToken;
import io.github.spbe4j.attendance.token.TokenVerifier;
import io.github.spbe4j.attendance.token.Verification;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Verifies a check-in: a {@link Scan} at an expected location. It answers every scan with a
 * {@link CheckInResult} and never throws for one. Immutable and thread-safe as long as its replay guard
 * and device registry are (the in-memory ones are).
 *
 * <p>The checks, in order; the first that fails decides the reason:
 * <ol>
 *   <li>the token, by the {@link TokenVerifier}: {@link CheckInReason#MALFORMED},
 *       {@link CheckInReason#UNKNOWN_KEY}, {@link CheckInReason#BAD_SIGNATURE},
 *       {@link CheckInReason#WRONG_LOCATION}, {@link CheckInReason#NOT_YET_VALID},
 *       {@link CheckInReason#EXPIRED};</li>
 *   <li>the device signature over {@link Scan#signedMessage()}: absent and required →
 *       {@link CheckInReason#MISSING_DEVICE_SIGNATURE} (absent and not required → mark
 *       {@link CheckInMark#NO_DEVICE_SIGNATURE}); present but no enrolled key →
 *       {@link CheckInReason#DEVICE_NOT_ENROLLED}; verifying under none of the employee's keys →
 *       {@link CheckInReason#BAD_DEVICE_SIGNATURE};</li>
 *   <li>the geofence: absent fix and required → {@link CheckInReason#MISSING_FIX} (not required →
 *       mark {@link CheckInMark#NO_FIX}); a fix outside the location's {@link Geofence} →
 *       {@link CheckInReason#OUTSIDE_GEOFENCE}; a location without a geofence is not checked;</li>
 *   <li>the client's risk flags: {@link CheckInReason#FLAGGED_RISK} if the policy rejects risk, else
 *       marks {@link CheckInMark#MOCK_LOCATION} / {@link CheckInMark#INTEGRITY_FAILED};</li>
 *   <li>last, the replay guard, keyed by the NIP's 18 digits and kept until the token's validity ends
 *       plus the token verifier's skew: {@link CheckInReason#REPLAYED} or
 *       {@link CheckInReason#GUARD_FULL}. Because it comes last, a scan rejected for any other reason
 *       never uses up the employee's one use of the token.</li>
 * </ol>
 *
 * <pre>{@code
 * CheckInVerifier verifier = CheckInVerifier.of(tokens, ReplayGuard.inMemory(100_000),
 *         Map.of("PTK-01", Geofence.of(GeoPoint.of("-0.0263", "109.3425"), 100)), devices, CheckInPolicy.strict());
 * CheckInResult result = verifier.verify(scan, "PTK-01");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CheckInVerifier {

    /** The longest device signature read: a DER ECDSA P-256 signature is at most 72 bytes. */
    public static final int MAX_DEVICE_SIGNATURE_LENGTH = 80;

    private static final String DEVICE_ALGORITHM = "SHA256withECDSA";

    private final TokenVerifier tokens;
    private final ReplayGuard guard;
    private final Map<String, Geofence> geofences;
    private final DeviceRegistry devices;
    private final CheckInPolicy policy;

    private CheckInVerifier(TokenVerifier tokens, ReplayGuard guard, Map<String, Geofence> geofences, DeviceRegistry devices,
            CheckInPolicy policy) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.geofences = Map.copyOf(Objects.requireNonNull(geofences, "geofences"));
        this.devices = Objects.requireNonNull(devices, "devices");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * A check-in verifier.
     *
     * @param tokens verifies the location token and its clock skew
     * @param guard remembers which employee used which token
     * @param geofences the geofence of each location id; a location absent here has no geofence check
     * @param devices the employees' enrolled device keys
     * @param policy what is required and whether risk flags reject
     * @return the verifier
     */
    public static CheckInVerifier of(TokenVerifier tokens, ReplayGuard guard, Map<String, Geofence> geofences,
            DeviceRegistry devices, CheckInPolicy policy) {
        return new CheckInVerifier(tokens, guard, geofences, devices, policy);
    }

    /**
     * The policy.
     *
     * @return the policy
     */
    public CheckInPolicy policy() {
        return policy;
    }

    /**
     * Verifies a scan; see the class description for the order of the checks.
     *
     * @param scan the scan
     * @param expectedLocation the location id where the scan was made
     * @return accepted with the token and marks, or rejected with a reason
     */
    public CheckInResult verify(Scan scan, String expectedLocation) {
        Objects.requireNonNull(scan, "scan");
        Objects.requireNonNull(expectedLocation, "expectedLocation");
        Instant at = scan.at();
        Verification v = tokens.verify(scan.tokenText(), expectedLocation, at);
        if (v instanceof Verification.Rejected r) {
            return reject(CheckInReason.of(r.reason()), r.detail());
        }
        LocationToken token = ((Verification.Accepted) v).token();
        Set<CheckInMark> marks = EnumSet.noneOf(CheckInMark.class);

        byte[] signature = scan.deviceSignatureUnsafe();
        if (signature == null) {
            if (policy.requireDeviceSignature()) {
                return reject(CheckInReason.MISSING_DEVICE_SIGNATURE, "the scan has no device signature; the policy requires one");
            }
            marks.add(CheckInMark.NO_DEVICE_SIGNATURE);
        } else {
            List<PublicKey> keys = devices.keysOf(scan.employee());
            if (keys.isEmpty()) {
                return reject(CheckInReason.DEVICE_NOT_ENROLLED, "employee " + scan.employee() + " has no enrolled device key");
            }
            if (!deviceSigned(keys, scan.signedMessage(), signature)) {
                return reject(CheckInReason.BAD_DEVICE_SIGNATURE, "the device signature does not verify under any of the "
                        + keys.size() + " device keys enrolled for employee " + scan.employee());
            }
        }

        Fix fix = scan.fix().orElse(null);
        if (fix == null) {
            if (policy.requireFix()) {
                return reject(CheckInReason.MISSING_FIX, "the scan has no GPS fix; the policy requires one");
            }
            marks.add(CheckInMark.NO_FIX);
        } else {
            Geofence fence = geofences.get(expectedLocation);
            if (fence != null && !fence.contains(fix.point(), fix.accuracyMetres())) {
                return reject(CheckInReason.OUTSIDE_GEOFENCE, "the fix " + fix.point() + " (accuracy " + fix.accuracyMetres()
                        + " m) is " + Math.round(fence.distanceMetres(fix.point())) + " m from the centre of location "
                        + expectedLocation + "; the geofence radius is " + fence.radiusMetres() + " m");
            }
        }

        RiskFlags risk = scan.risk();
        if (risk.any()) {
            if (policy.rejectRisk()) {
                return reject(CheckInReason.FLAGGED_RISK, "the client reported " + (risk.mockLocation() ? "a mock location" : "")
                        + (risk.mockLocation() && risk.integrityFailed() ? " and " : "")
                        + (risk.integrityFailed() ? "a failed integrity verdict" : "") + "; the policy rejects flagged scans");
            }
            if (risk.mockLocation()) {
                marks.add(CheckInMark.MOCK_LOCATION);
            }
            if (risk.integrityFailed()) {
                marks.add(CheckInMark.INTEGRITY_FAILED);
            }
        }

        Instant keepUntil = token.body().validity().until().plus(tokens.skew());
        ReplayGuard.Use use = guard.firstUse(scan.employee().toString(), token, at, keepUntil);
        return switch (use) {
            case FIRST -> new CheckInResult.Accepted(token, marks);
            case REPEATED -> reject(CheckInReason.REPLAYED, "employee " + scan.employee() + " has already checked in with this token");
            case FULL -> reject(CheckInReason.GUARD_FULL, "the replay guard is full of live entries and cannot remember this check-in");
        };
    }

    private static boolean deviceSigned(List<PublicKey> keys, byte[] message, byte[] signature) {
        if (signature.length == 0 || signature.length > MAX_DEVICE_SIGNATURE_LENGTH) {
            return false;
        }
        for (PublicKey key : keys) {
            if (verifies(key, message, signature)) {
                return true;
            }
        }
        return false;
    }

    private static boolean verifies(PublicKey key, byte[] message, byte[] signature) {
        try {
            Signature s = Signature.getInstance(DEVICE_ALGORITHM);
            s.initVerify(key);
            s.update(message);
            return s.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            // a malformed signature or an unusable key does not verify; a scan never throws
            return false;
        }
    }

    private static CheckInResult reject(CheckInReason reason, String detail) {
        return new CheckInResult.Rejected(reason, detail);
    }

    /** The policy and the number of geofences; never a key. */
    @Override
    public String toString() {
        return "CheckInVerifier[" + policy + ", geofences=" + geofences.size() + "]";
    }
}
