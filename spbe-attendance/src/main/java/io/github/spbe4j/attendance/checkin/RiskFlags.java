package io.github.spbe4j.attendance.checkin;

/**
 * The risk flags a client reports with a scan, as it reports them: the phone said its location came
 * from a mock provider, or its platform integrity verdict (e.g. Play Integrity, App Attest) failed.
 * They are the client's word, not proof; the {@link CheckInPolicy} decides whether they reject a
 * scan or only mark it. Immutable.
 *
 * @param mockLocation the client reported a mock location
 * @param integrityFailed the client reported a failed integrity verdict
 * @since 0.1.0
 */
public record RiskFlags(boolean mockLocation, boolean integrityFailed) {

    /** No flag raised. */
    public static final RiskFlags NONE = new RiskFlags(false, false);

    /**
     * Whether any flag is raised.
     *
     * @return true when a mock location or a failed integrity verdict was reported
     */
    public boolean any() {
        return mockLocation || integrityFailed;
    }
}
