package io.github.spbe4j.attendance.token;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The binary layout of docs/token-format.md: writing a body, reading bytes back. */
final class TokenCodec {

    static final int KIND_ROTATING = 0;
    static final int KIND_PRINTED = 1;
    /** The longest token in bytes: header 3, location 32, display 2, validity 8, nonce 2, Ed25519 64. */
    static final int MAX_BYTES = 3 + TokenBody.MAX_LOCATION_LENGTH + 2 + 8 + 2 + TokenAlgorithm.ED25519.signatureLength();
    /** The longest token text: the prefix and the Base45 of {@link #MAX_BYTES} bytes. */
    static final int MAX_TEXT = LocationToken.PREFIX.length() + MAX_BYTES / 2 * 3 + MAX_BYTES % 2 * 2;

    private TokenCodec() {
    }

    /** The body's bytes followed by room for a signature of signatureLength bytes. */
    static byte[] write(TokenBody body, int signatureLength) {
        byte[] loc = body.locationId().getBytes(StandardCharsets.US_ASCII);
        int validityLength = body.validity() instanceof Validity.Rotating ? 6 : 8;
        byte[] out = new byte[3 + loc.length + 2 + validityLength + 2 + signatureLength];
        int p = 0;
        out[p++] = (byte) LocationToken.VERSION;
        out[p++] = (byte) body.keyId();
        int kind = body.validity() instanceof Validity.Rotating ? KIND_ROTATING : KIND_PRINTED;
        out[p++] = (byte) (kind << 6 | loc.length);
        System.arraycopy(loc, 0, out, p, loc.length);
        p += loc.length;
        p = put(out, p, body.displayId(), 2);
        if (body.validity() instanceof Validity.Rotating r) {
            p = put(out, p, r.stepSeconds(), 2);
            p = put(out, p, r.counter(), 4);
        } else if (body.validity() instanceof Validity.Printed pr) {
            p = put(out, p, pr.notBefore().getEpochSecond(), 4);
            p = put(out, p, pr.notAfter().getEpochSecond(), 4);
        }
        put(out, p, body.nonce(), 2);
        return out;
    }

    private static int put(byte[] out, int at, long value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            out[at + i] = (byte) value;
            value >>>= 8;
        }
        return at + width;
    }

    private static long get(byte[] in, int at, int width) {
        long v = 0;
        for (int i = 0; i < width; i++) {
            v = v << 8 | (in[at + i] & 0xFF);
        }
        return v;
    }

    /**
     * Reads the body of token bytes; the signature is what follows it.
     *
     * @return the body and the offset of the signature, or null with the reason in {@code why[0]}
     */
    static @Nullable Read read(byte[] in, String[] why) {
        if (in.length < 3) {
            why[0] = "the token has " + in.length + " bytes; a header needs 3";
            return null;
        }
        if ((in[0] & 0xFF) != LocationToken.VERSION) {
            why[0] = "the token has version " + (in[0] & 0xFF) + "; this library reads version " + LocationToken.VERSION;
            return null;
        }
        int keyId = in[1] & 0xFF;
        int kind = (in[2] & 0xFF) >>> 6;
        int locLength = in[2] & 0x3F;
        if (kind != KIND_ROTATING && kind != KIND_PRINTED) {
            why[0] = "the token has validity kind " + kind + "; kinds are 0 (rotating) and 1 (printed)";
            return null;
        }
        if (locLength < 1 || locLength > TokenBody.MAX_LOCATION_LENGTH) {
            why[0] = "the token's location id has " + locLength + " bytes; it must have 1..32";
            return null;
        }
        int bodyLength = 3 + locLength + 2 + (kind == KIND_ROTATING ? 6 : 8) + 2;
        if (in.length < bodyLength) {
            why[0] = "the token has " + in.length + " bytes; its fields need " + bodyLength + " and a signature";
            return null;
        }
        int p = 3;
        for (int i = 0; i < locLength; i++) {
            if (!TokenBody.isLocationChar(in[p + i] & 0xFF)) {
                why[0] = "the token's location id has byte 0x" + Integer.toHexString(in[p + i] & 0xFF) + " at position " + i
                        + "; allowed are A-Z a-z 0-9 . _ -";
                return null;
            }
        }
        String location = new String(in, p, locLength, StandardCharsets.US_ASCII);
        p += locLength;
        int displayId = (int) get(in, p, 2);
        p += 2;
        Validity validity;
        if (kind == KIND_ROTATING) {
            int step = (int) get(in, p, 2);
            long counter = get(in, p + 2, 4);
            if (step == 0) {
                why[0] = "the token's step is 0 seconds; it must be 1..65535";
                return null;
            }
            validity = new Validity.Rotating(step, counter);
            p += 6;
        } else {
            long notBefore = get(in, p, 4);
            long notAfter = get(in, p + 4, 4);
            if (notAfter <= notBefore) {
                why[0] = "the token's notAfter " + Instant.ofEpochSecond(notAfter) + " is not after its notBefore "
                        + Instant.ofEpochSecond(notBefore);
                return null;
            }
            validity = new Validity.Printed(Instant.ofEpochSecond(notBefore), Instant.ofEpochSecond(notAfter));
            p += 8;
        }
        int nonce = (int) get(in, p, 2);
        p += 2;
        return new Read(new TokenBody(keyId, location, displayId, validity, nonce), p);
    }

    record Read(TokenBody body, int signatureOffset) {
    }
}
