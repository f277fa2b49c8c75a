package io.github.spbe4j.attendance.token;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.Text;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The Base45 encoding of RFC 9285: two bytes become three characters of the QR-code alphanumeric
 * set, so that a binary token fills a QR code in alphanumeric mode at about 1.03 times its byte
 * length (base64 in byte mode costs 1.33 times).
 *
 * <pre>{@code
 * Base45.encode("AB".getBytes(US_ASCII)); // "BB8"
 * }</pre>
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class Base45 {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    private static final int[] DECODE = new int[128];

    static {
        java.util.Arrays.fill(DECODE, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            DECODE[ALPHABET.charAt(i)] = i;
        }
    }

    private Base45() {
    }

    /**
     * Encodes bytes.
     *
     * @param data the bytes
     * @return the Base45 text
     */
    public static String encode(byte[] data) {
        Objects.requireNonNull(data, "data");
        StringBuilder sb = new StringBuilder((data.length / 2) * 3 + 2);
        int i = 0;
        for (; i + 1 < data.length; i += 2) {
            int n = (data[i] & 0xff) * 256 + (data[i + 1] & 0xff);
            sb.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45 % 45)).append(ALPHABET.charAt(n / 2025));
        }
        if (i < data.length) {
            int n = data[i] & 0xff;
            sb.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45));
        }
        return sb.toString();
    }

    /**
     * Decodes Base45 text.
     *
     * @param text the text
     * @return the bytes
     * @throws InvalidBase45Exception naming the position and the character, or the length, when the
     *     text is not Base45
     */
    public static byte[] decode(CharSequence text) {
        Objects.requireNonNull(text, "text");
        byte[] out = decodeOrNull(text, 0);
        if (out == null) {
            throw refusal(text);
        }
        return out;
    }

    /**
     * Decodes the Base45 text from index {@code from} on without building an exception: for a verifier,
     * which answers malformed text with a value.
     *
     * @return the bytes, or null when that part of the text is not Base45
     */
    static byte @Nullable [] decodeOrNull(CharSequence text, int from) {
        int end = text.length();
        int len = end - from;
        if (len % 3 == 1) {
            return null;
        }
        byte[] out = new byte[len / 3 * 2 + (len % 3 == 2 ? 1 : 0)];
        int o = 0;
        for (int i = from; i < end; i += 3) {
            int a = value(text.charAt(i));
            int b = value(text.charAt(i + 1));
            if (a < 0 || b < 0) {
                return null;
            }
            if (i + 2 < end) {
                int c = value(text.charAt(i + 2));
                int n = a + b * 45 + c * 2025;
                if (c < 0 || n > 0xffff) {
                    return null;
                }
                out[o++] = (byte) (n >> 8);
                out[o++] = (byte) n;
            } else {
                int n = a + b * 45;
                if (n > 0xff) {
                    return null;
                }
                out[o++] = (byte) n;
            }
        }
        return out;
    }

    private static int value(char c) {
        return c < 128 ? DECODE[c] : -1;
    }

    /** Why text that {@link #decodeOrNull} refused is not Base45: the first rule it breaks, reading left to right. */
    private static InvalidBase45Exception refusal(CharSequence text) {
        int len = text.length();
        if (len % 3 == 1) {
            return new InvalidBase45Exception(Problem.of("", "Base45Length", "Base45 text has length " + len
                    + "; a length of 3k+1 is never valid", Integer.toString(len)));
        }
        for (int i = 0; i < len; i += 3) {
            int width = Math.min(3, len - i);
            int n = 0;
            int weight = 1;
            for (int j = i; j < i + width; j++) {
                char c = text.charAt(j);
                if (value(c) < 0) {
                    return new InvalidBase45Exception(Problem.of("[" + j + "]", "Base45Alphabet", "Base45 text has "
                            + Text.quote(String.valueOf(c)) + " at position " + j + "; allowed are " + ALPHABET,
                            Text.quote(String.valueOf(c))));
                }
                n += value(c) * weight;
                weight *= 45;
            }
            if (width == 3 && n > 0xffff) {
                return new InvalidBase45Exception(Problem.of("[" + i + "]", "Base45Range", "Base45 triple at position " + i
                        + " encodes " + n + "; at most 65535", Integer.toString(n)));
            }
            if (width == 2 && n > 0xff) {
                return new InvalidBase45Exception(Problem.of("[" + i + "]", "Base45Range", "Base45 pair at position " + i
                        + " encodes " + n + "; at most 255", Integer.toString(n)));
            }
        }
        throw new IllegalStateException("Base45 text was refused but breaks no rule");
    }
}
