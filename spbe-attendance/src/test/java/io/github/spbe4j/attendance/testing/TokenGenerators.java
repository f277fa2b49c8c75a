package io.github.spbe4j.attendance.testing;

import io.github.spbe4j.attendance.token.TokenBody;
import io.github.spbe4j.attendance.token.TokenKey;
import io.github.spbe4j.attendance.token.Validity;
import java.time.Instant;
import java.util.Random;

/** Seeded generators of token keys and bodies for the token tests. */
public final class TokenGenerators {

    private static final String LOCATION_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-";

    private TokenGenerators() {
    }

    /** The test-vector secret of docs/token-format.md: bytes 0x00, 0x01, …, 0x1f. */
    public static byte[] vectorSecret() {
        byte[] secret = new byte[32];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (byte) i;
        }
        return secret;
    }

    /** An HMAC key with a secret drawn from random. */
    public static TokenKey hmacKey(int id, Random random) {
        byte[] secret = new byte[32 + random.nextInt(33)];
        random.nextBytes(secret);
        return TokenKey.hmacSha256(id, secret);
    }

    /** A location id of 1..32 characters of the allowed set. */
    public static String location(Random random) {
        int n = 1 + random.nextInt(32);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(LOCATION_CHARS.charAt(random.nextInt(LOCATION_CHARS.length())));
        }
        return sb.toString();
    }

    /** A body for keyId with random fields, rotating or printed. */
    public static TokenBody body(int keyId, Random random) {
        Validity validity;
        if (random.nextBoolean()) {
            validity = new Validity.Rotating(1 + random.nextInt(0xFFFF), random.nextLong() & 0xFFFF_FFFFL);
        } else {
            long a = random.nextLong() & 0xFFFF_FFFFL;
            long b = random.nextLong() & 0xFFFF_FFFFL;
            if (a == b) {
                b = a == 0 ? 1 : a - 1;
            }
            validity = new Validity.Printed(Instant.ofEpochSecond(Math.min(a, b)), Instant.ofEpochSecond(Math.max(a, b)));
        }
        return new TokenBody(keyId, location(random), random.nextInt(0x10000), validity, random.nextInt(0x10000));
    }
}
