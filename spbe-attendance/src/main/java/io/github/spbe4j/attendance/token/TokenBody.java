package io.github.spbe4j.attendance.token;

import java.util.Objects;

/**
 * What a location token says, before it is signed: which key signs it, the location, the display
 * or printout, when it is valid, and a nonce. Immutable.
 *
 * <pre>{@code
 * TokenBody body = new TokenBody(1, "PTK-01", 3, new Validity.Rotating(30, 59_000_000L), 0x1234);
 * }</pre>
 *
 * @param keyId the id of the signing key, 0..255; the key decides the algorithm
 * @param locationId the location's short code: 1..32 characters among {@code A-Z a-z 0-9 . _ -}
 * @param displayId the screen (rotating) or printout (printed) that shows the code, 0..65535
 * @param validity when the token is valid
 * @param nonce a number the issuer draws at random, 0..65535, so that two printouts with otherwise
 *     equal fields differ
 * @since 0.1.0
 */
public record TokenBody(int keyId, String locationId, int displayId, Validity validity, int nonce) {

    /** The longest location id, in characters (= bytes). */
    public static final int MAX_LOCATION_LENGTH = 32;

    /**
     * Creates the body, checking every field.
     *
     * @throws InvalidTokenException naming the field, the rule and the value
     */
    public TokenBody {
        checkKeyId(keyId);
        checkLocation(Objects.requireNonNull(locationId, "locationId"));
        if (displayId < 0 || displayId > 0xFFFF) {
            throw InvalidTokenException.of("displayId", "TokenDisplayId", "a token's display id is " + displayId
                    + "; it must be 0..65535", Integer.toString(displayId));
        }
        Objects.requireNonNull(validity, "validity");
        if (nonce < 0 || nonce > 0xFFFF) {
            throw InvalidTokenException.of("nonce", "TokenNonce", "a token's nonce is " + nonce + "; it must be 0..65535",
                    Integer.toString(nonce));
        }
    }

    static void checkKeyId(int keyId) {
        if (keyId < 0 || keyId > 0xFF) {
            throw InvalidTokenException.of("keyId", "TokenKeyId", "a key id is " + keyId + "; it must be 0..255",
                    Integer.toString(keyId));
        }
    }

    static void checkLocation(String locationId) {
        if (!isLocation(locationId)) {
            throw InvalidTokenException.of("locationId", "TokenLocation", "a location id is "
                    + io.github.spbe4j.core.internal.Text.quote(locationId)
                    + "; it must be 1..32 characters among A-Z a-z 0-9 . _ -", io.github.spbe4j.core.internal.Text.quote(locationId));
        }
    }

    /** Whether text is a valid location id; linear, stops at the 33rd character. */
    static boolean isLocation(CharSequence text) {
        int n = text.length();
        if (n < 1 || n > MAX_LOCATION_LENGTH) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!isLocationChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isLocationChar(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-';
    }
}
