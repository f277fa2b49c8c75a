package io.github.spbe4j.attendance.record;

/**
 * What verification said about a {@link Punch}.
 *
 * @since 0.1.0
 */
public enum Outcome {
    /** The scan was verified and accepted with nothing to note. */
    VERIFIED,
    /**
     * The scan was verified and accepted with marks a reviewer may want to see (a reported mock location,
     * a failed integrity verdict, no device signature or no GPS fix where the policy allows it).
     */
    FLAGGED,
    /** Nothing was verified: the punch was entered by hand or imported. */
    UNVERIFIED
}
