package io.github.spbe4j.attendance.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.attendance.testing.TokenGenerators;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: no altered token is ever accepted. Every bit of several valid tokens' bytes is flipped, and
 * every character of their text replaced, inserted or removed; the oracle is the untouched token, which
 * is accepted, and equality of bytes (a change that leaves the bytes equal is no change).
 */
class TokenTamperingTest {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    /** A valid token, the verifier that accepts it, and where and when it does. */
    record Case(LocationToken token, TokenVerifier verifier, String location, Instant at) {
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 8).boxed();
    }

    private static Case validCase(long seed) {
        Random random = new Random(seed);
        TokenKey key = seed % 4 == 0 ? TokenKey.generateEd25519(random.nextInt(256)) : TokenGenerators.hmacKey(random.nextInt(256), random);
        TokenKey other = TokenGenerators.hmacKey((key.id() + 1) % 256, random);
        TokenBody body = TokenGenerators.body(key.id(), random);
        LocationToken token = TokenIssuer.of(key, Clock.systemUTC()).sign(body);
        TokenVerifier verifier = TokenVerifier.of(KeyRing.of(other, key.verifyingKey()), Duration.ZERO);
        Instant at = body.validity().from();
        assertThat(verifier.verify(token.text(), body.locationId(), at)).isEqualTo(new Verification.Accepted(token));
        return new Case(token, verifier, body.locationId(), at);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void verify_everyBitFlipped_rejected(long seed) {
        Case c = validCase(seed);
        byte[] bytes = c.token().bytes();
        for (int bit = 0; bit < bytes.length * 8; bit++) {
            byte[] flipped = bytes.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            String text = LocationToken.PREFIX + Base45.encode(flipped);
            assertThat(c.verifier().verify(text, c.location(), c.at()).accepted()).as("bit %d", bit).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void verify_everyCharacterReplacedInsertedOrRemoved_rejected(long seed) {
        Case c = validCase(seed);
        String text = c.token().text();
        for (int i = 0; i < text.length(); i++) {
            for (int a = 0; a < ALPHABET.length(); a++) {
                char ch = ALPHABET.charAt(a);
                if (ch != text.charAt(i)) {
                    assertRejected(c, text.substring(0, i) + ch + text.substring(i + 1));
                }
                assertRejected(c, text.substring(0, i) + ch + text.substring(i));
            }
            assertRejected(c, text.substring(0, i) + text.toLowerCase(java.util.Locale.ROOT).charAt(i) + text.substring(i + 1));
            assertRejected(c, text.substring(0, i) + text.substring(i + 1));
        }
    }

    private static void assertRejected(Case c, String altered) {
        if (altered.equals(c.token().text())) {
            return;
        }
        assertThat(c.verifier().verify(altered, c.location(), c.at()).accepted()).as(altered).isFalse();
    }

    @Test
    void verify_randomBytesBehindThePrefix_neverAccepted() {
        Random random = new Random(99);
        TokenKey key = TokenGenerators.hmacKey(1, random);
        TokenVerifier verifier = TokenVerifier.of(KeyRing.of(key), TokenVerifier.MAX_SKEW);
        for (int i = 0; i < 50_000; i++) {
            byte[] bytes = new byte[random.nextInt(120)];
            random.nextBytes(bytes);
            if (bytes.length > 1) {
                bytes[0] = 1;
                bytes[1] = 1;
            }
            assertThat(verifier.verify(LocationToken.PREFIX + Base45.encode(bytes), "PTK-01", Instant.EPOCH).accepted()).isFalse();
        }
    }

    /**
     * Ed25519 signatures are malleable where a verifier accepts S + L for S (L the group order): the same
     * token with another signature, so another text. RFC 8032 requires S < L; the token verifier (through
     * the platform's Ed25519) refuses it.
     */
    @Test
    void verify_ed25519SignatureWithGroupOrderAddedToS_rejected() throws Exception {
        TokenKey key = TokenFormatVectorsTest.rfc8032Key();
        LocationToken token = TokenIssuer.of(key, Clock.systemUTC())
                .sign(new TokenBody(2, "PTK-01", 3, new Validity.Rotating(30, 59_000_000L), 0x1234));
        TokenVerifier verifier = TokenVerifier.of(KeyRing.of(key.verifyingKey()), Duration.ZERO);
        Instant at = Instant.parse("2026-02-02T02:40:00Z");
        assertThat(verifier.verify(token.text(), "PTK-01", at).accepted()).isTrue();
        byte[] bytes = token.bytes();
        int s = bytes.length - 32; // S, little-endian, the second half of the signature
        java.math.BigInteger order = java.math.BigInteger.TWO.pow(252).add(new java.math.BigInteger("27742317777372353535851937790883648493"));
        byte[] bigEndian = new byte[32];
        for (int i = 0; i < 32; i++) {
            bigEndian[i] = bytes[s + 31 - i];
        }
        byte[] sum = new java.math.BigInteger(1, bigEndian).add(order).toByteArray(); // below 2^254: fits in 32 bytes
        byte[] malleated = bytes.clone();
        java.util.Arrays.fill(malleated, s, bytes.length, (byte) 0);
        for (int i = 0; i < Math.min(32, sum.length); i++) {
            malleated[s + i] = sum[sum.length - 1 - i];
        }
        String text = LocationToken.PREFIX + Base45.encode(malleated);
        assertThat(text).isNotEqualTo(token.text());
        assertThat(verifier.verify(text, "PTK-01", at)).isEqualTo(new Verification.Rejected(RejectReason.BAD_SIGNATURE,
                "the token's signature does not match key 2"));
    }
}
