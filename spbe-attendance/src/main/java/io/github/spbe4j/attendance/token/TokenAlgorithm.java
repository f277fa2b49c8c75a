package io.github.spbe4j.attendance.token;

/**
 * The signature kinds of a location token. A token never names its algorithm: the key its key id
 * points to does.
 *
 * @since 0.1.0
 */
public enum TokenAlgorithm {
    /** HMAC-SHA256 truncated to its first 16 bytes (128 bits): compact; the verifier holds the secret. */
    HMAC_SHA256(16),
    /** Ed25519 (RFC 8032), 64 bytes: for verifiers that must not be able to issue tokens. */
    ED25519(64);

    private final int signatureLength;

    TokenAlgorithm(int signatureLength) {
        this.signatureLength = signatureLength;
    }

    /**
     * The length of this algorithm's signature in a token.
     *
     * @return the length in bytes: 16 or 64
     */
    public int signatureLength() {
        return signatureLength;
    }
}
