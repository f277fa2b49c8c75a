package io.github.spbe4j.attendance.token;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies location token text against a key ring, an expected location and an instant, allowing a
 * bounded clock skew. It answers every text, of any length or content, with a {@link Verification}
 * and never throws for it; the work is linear in the text and stops at once past
 * {@link #MAX_TEXT_LENGTH} characters. Immutable and thread-safe.
 *
 * <p>The checks, in order (docs/token-format.md, "Verification"): length and prefix, canonical
 * Base45, layout → {@link RejectReason#MALFORMED}; key id → {@link RejectReason#UNKNOWN_KEY};
 * signature length and value → {@link RejectReason#MALFORMED} / {@link RejectReason#BAD_SIGNATURE};
 * location → {@link RejectReason#WRONG_LOCATION}; time → {@link RejectReason#NOT_YET_VALID} /
 * {@link RejectReason#EXPIRED}.
 *
 * <pre>{@code
 * TokenVerifier verifier = TokenVerifier.of(KeyRing.of(key), Duration.ofSeconds(10));
 * Verification v = verifier.verify(scannedText, "PTK-01", Instant.now());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TokenVerifier {

    /** The longest text a verifier reads: a 32-byte location id and an Ed25519 signature. */
    public static final int MAX_TEXT_LENGTH = TokenCodec.MAX_TEXT;
    /** The largest clock skew a verifier allows. */
    public static final Duration MAX_SKEW = Duration.ofMinutes(5);

    private final KeyRing keys;
    private final Duration skew;

    private TokenVerifier(KeyRing keys, Duration skew) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.skew = Objects.requireNonNull(skew, "skew");
        if (skew.isNegative() || skew.compareTo(MAX_SKEW) > 0) {
            throw InvalidTokenException.of("skew", "TokenSkew", "a token verifier's clock skew is " + skew
                    + "; it must be 0..PT5M", skew.toString());
        }
    }

    /**
     * A verifier.
     *
     * @param keys the keys it accepts
     * @param skew how far the verifier's and the issuer's clocks may differ, 0..5 minutes; a token is
     *     accepted that long before its validity starts and after it ends
     * @return the verifier
     * @throws InvalidTokenException when the skew is out of range
     */
    public static TokenVerifier of(KeyRing keys, Duration skew) {
        return new TokenVerifier(keys, skew);
    }

    /**
     * The allowed clock skew.
     *
     * @return the skew
     */
    public Duration skew() {
        return skew;
    }

    /**
     * Verifies token text.
     *
     * @param text the text as scanned; any length and content
     * @param expectedLocation the location where it was scanned
     * @param at the instant of the scan
     * @return accepted with the token, or rejected with a reason
     */
    public Verification verify(CharSequence text, String expectedLocation, Instant at) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(expectedLocation, "expectedLocation");
        Objects.requireNonNull(at, "at");
        int length = text.length();
        if (length > MAX_TEXT_LENGTH) {
            return reject(RejectReason.MALFORMED, "the token text has " + length + " characters; at most " + MAX_TEXT_LENGTH);
        }
        String prefix = LocationToken.PREFIX;
        String string = text.toString();
        if (!string.startsWith(prefix)) {
            return reject(RejectReason.MALFORMED, "the token text does not start with " + prefix);
        }
        // Base45 text that decodes is the canonical text of its bytes: a group's digits are the digits of
        // the number it encodes, and decode refuses any group above its range, so encoding the bytes again
        // gives the same text (Base45Test checks every group of two and three).
        byte[] bytes = Base45.decodeOrNull(string, prefix.length());
        if (bytes == null) {
            return reject(RejectReason.MALFORMED, "the token text is not Base45 after " + prefix);
        }
        String[] why = new String[1];
        TokenCodec.Read read = TokenCodec.read(bytes, why);
        if (read == null) {
            return reject(RejectReason.MALFORMED, Objects.requireNonNull(why[0]));
        }
        TokenBody body = read.body();
        Optional<TokenKey> found = keys.find(body.keyId());
        if (found.isEmpty()) {
            return reject(RejectReason.UNKNOWN_KEY, "the token names key " + body.keyId() + ", which the key ring does not hold");
        }
        TokenKey key = found.get();
        int offset = read.signatureOffset();
        int sigLength = bytes.length - offset;
        if (sigLength != key.algorithm().signatureLength()) {
            return reject(RejectReason.MALFORMED, "the token has a signature of " + sigLength + " bytes; key " + key.id()
                    + " (" + key.algorithm() + ") signs with " + key.algorithm().signatureLength());
        }
        byte[] signature = java.util.Arrays.copyOfRange(bytes, offset, bytes.length);
        if (!key.verify(bytes, offset, signature)) {
            return reject(RejectReason.BAD_SIGNATURE, "the token's signature does not match key " + key.id());
        }
        if (!body.locationId().equals(expectedLocation)) {
            return reject(RejectReason.WRONG_LOCATION, "the token is for location " + body.locationId() + ", not "
                    + io.github.spbe4j.core.internal.Text.quote(expectedLocation));
        }
        Validity validity = body.validity();
        Instant from = validity.from().minus(skew);
        Instant until = validity.until().plus(skew);
        if (at.isBefore(from)) {
            return reject(RejectReason.NOT_YET_VALID, "the token is valid from " + validity.from() + " (with skew " + skew
                    + ", from " + from + "); the scan was at " + at);
        }
        if (!at.isBefore(until)) {
            return reject(RejectReason.EXPIRED, "the token is valid until " + validity.until() + " (with skew " + skew
                    + ", until " + until + "); the scan was at " + at);
        }
        return new Verification.Accepted(new LocationToken(body, bytes, offset, string));
    }

    private static Verification reject(RejectReason reason, String detail) {
        return new Verification.Rejected(reason, detail);
    }

    @Override
    public String toString() {
        return "TokenVerifier[" + keys + ", skew " + skew + "]";
    }
}
