package io.github.spbe4j.attendance.token;

import java.util.Arrays;

/**
 * A signed location token: its {@link TokenBody}, its signature, its bytes and its one text form (the
 * prefix {@value #PREFIX} and the Base45 of the bytes, for a QR code in alphanumeric mode). Obtained
 * from a {@link TokenIssuer} or from an accepting {@link TokenVerifier}; immutable. Its
 * {@link #toString()} is its text. The layout is in docs/token-format.md.
 *
 * @since 0.1.0
 */
public final class LocationToken {

    /** The prefix of every token's text. */
    public static final String PREFIX = "AT:";
    /** The format version this library writes and reads. */
    public static final int VERSION = 1;

    private final TokenBody body;
    private final byte[] bytes;
    private final int signatureOffset;
    private final String text;

    LocationToken(TokenBody body, byte[] bytes, int signatureOffset) {
        this(body, bytes, signatureOffset, PREFIX + Base45.encode(bytes));
    }

    /** A token whose text is known to be {@value #PREFIX} and the Base45 of bytes (a verifier read it). */
    LocationToken(TokenBody body, byte[] bytes, int signatureOffset, String text) {
        this.body = body;
        this.bytes = bytes;
        this.signatureOffset = signatureOffset;
        this.text = text;
    }

    /**
     * The format version.
     *
     * @return {@value #VERSION}
     */
    public int version() {
        return VERSION;
    }

    /**
     * What the token says.
     *
     * @return the body
     */
    public TokenBody body() {
        return body;
    }

    /**
     * The signature: 16 bytes for an HMAC-SHA256 key, 64 for Ed25519.
     *
     * @return a copy
     */
    public byte[] signature() {
        return Arrays.copyOfRange(bytes, signatureOffset, bytes.length);
    }

    /**
     * The token's bytes, signature last.
     *
     * @return a copy
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The token's text: {@value #PREFIX} and the Base45 of its bytes.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocationToken t && Arrays.equals(bytes, t.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** The token's text. */
    @Override
    public String toString() {
        return text;
    }
}
