package io.github.spbe4j.attendance.token;

/**
 * Why a location token was rejected, in the order a {@link TokenVerifier} checks (see
 * docs/token-format.md, "Verification").
 *
 * @since 0.1.0
 */
public enum RejectReason {
    /** The text is not a token: too long, wrong prefix, not canonical Base45, or a broken layout. */
    MALFORMED,
    /** The token's key id names no key of the ring. */
    UNKNOWN_KEY,
    /** The signature does not match the token's bytes under the key its key id names. */
    BAD_SIGNATURE,
    /** The token is genuine but its validity ended before the instant, allowing for clock skew. */
    EXPIRED,
    /** The token is genuine but its validity starts after the instant, allowing for clock skew. */
    NOT_YET_VALID,
    /** The token is genuine but names another location than the one expected. */
    WRONG_LOCATION
}
