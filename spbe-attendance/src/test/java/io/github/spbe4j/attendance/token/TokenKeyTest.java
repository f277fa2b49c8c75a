package io.github.spbe4j.attendance.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.attendance.testing.TokenGenerators;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TokenKeyTest {

    @Test
    void toString_hmacKey_namesIdAndAlgorithmButNoMaterial() {
        byte[] secret = TokenGenerators.vectorSecret();
        TokenKey key = TokenKey.hmacSha256(4, secret);
        assertThat(key.toString()).isEqualTo("TokenKey[id=4, HMAC_SHA256]");
        assertThat(key.toString()).doesNotContain(HexFormat.of().formatHex(secret), Base64.getEncoder().encodeToString(secret));
        assertThat(KeyRing.of(key).toString()).isEqualTo("KeyRing[TokenKey[id=4, HMAC_SHA256]]");
        assertThat(TokenIssuer.of(key, Clock.systemUTC()).toString()).doesNotContain(HexFormat.of().formatHex(secret));
    }

    @Test
    void toString_ed25519Keys_sayWhetherOnlyPublic() {
        TokenKey key = TokenKey.generateEd25519(9);
        assertThat(key.toString()).isEqualTo("TokenKey[id=9, ED25519]");
        assertThat(key.verifyingKey().toString()).isEqualTo("TokenKey[id=9, ED25519, public only]");
        assertThat(key.canSign()).isTrue();
        assertThat(key.verifyingKey().canSign()).isFalse();
    }

    @Test
    void hmacSha256_secretCopied_laterChangesDoNotAlterTheKey() {
        byte[] secret = TokenGenerators.vectorSecret();
        TokenKey key = TokenKey.hmacSha256(1, secret);
        TokenBody body = new TokenBody(1, "PTK-01", 3, new Validity.Rotating(30, 59_000_000L), 0x1234);
        LocationToken before = TokenIssuer.of(key, Clock.systemUTC()).sign(body);
        secret[0] = 99;
        assertThat(TokenIssuer.of(key, Clock.systemUTC()).sign(body)).isEqualTo(before);
    }

    @Test
    void hmacSha256_secretOrIdOutOfRange_refusedNamingTheValue() {
        assertThatThrownBy(() -> TokenKey.hmacSha256(1, new byte[31])).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("31 bytes");
        assertThatThrownBy(() -> TokenKey.hmacSha256(1, new byte[65])).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> TokenKey.hmacSha256(256, new byte[32])).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("256");
        assertThatThrownBy(() -> TokenKey.hmacSha256(-1, new byte[32])).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void ed25519_keyOfAnotherCurve_refused() throws NoSuchAlgorithmException {
        var ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair();
        assertThatThrownBy(() -> TokenKey.ed25519(1, ed448)).isInstanceOf(InvalidTokenException.class).hasMessageContaining("Ed25519");
        var ec = KeyPairGenerator.getInstance("EC").generateKeyPair();
        assertThatThrownBy(() -> TokenKey.ed25519Public(1, ec.getPublic())).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void keyRing_duplicateIdsOrNoKeys_refused() {
        Random random = new Random(1);
        TokenKey a = TokenGenerators.hmacKey(3, random);
        TokenKey b = TokenGenerators.hmacKey(3, random);
        assertThatThrownBy(() -> KeyRing.of(a, b)).isInstanceOf(InvalidTokenException.class).hasMessageContaining("id 3");
        assertThatThrownBy(KeyRing::of).isInstanceOf(InvalidTokenException.class);
        assertThat(KeyRing.of(a).find(3)).contains(a);
        assertThat(KeyRing.of(a).find(4)).isEmpty();
        assertThat(KeyRing.of(a).find(-1)).isEmpty();
        assertThat(KeyRing.of(a).find(1000)).isEmpty();
    }

    @Test
    void sign_bodyNamingAnotherKey_refused() {
        TokenIssuer issuer = TokenIssuer.of(TokenGenerators.hmacKey(1, new Random(1)), Clock.systemUTC());
        TokenBody body = new TokenBody(2, "PTK-01", 0, new Validity.Rotating(30, 1), 0);
        assertThatThrownBy(() -> issuer.sign(body)).isInstanceOf(InvalidTokenException.class).hasMessageContaining("key 2");
    }

    @Test
    void verify_oneKeyManyThreads_everyTokenAcceptedOnceAndForgeriesNever() throws Exception {
        TokenKey key = TokenGenerators.hmacKey(1, new Random(11));
        TokenVerifier verifier = TokenVerifier.of(KeyRing.of(key), Duration.ZERO);
        Instant at = Instant.parse("2026-03-02T07:00:00Z");
        TokenIssuer issuer = TokenIssuer.of(key, Clock.fixed(at, ZoneOffset.UTC), new Random(3));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    int accepted = 0;
                    for (int i = 0; i < 2_000; i++) {
                        LocationToken token = issuer.rotating("PTK-" + thread, i % 100, Duration.ofSeconds(30));
                        if (verifier.verify(token.text(), "PTK-" + thread, at).accepted()) {
                            accepted++;
                        }
                        byte[] bytes = token.bytes();
                        bytes[bytes.length - 1] ^= 1;
                        if (verifier.verify(LocationToken.PREFIX + Base45.encode(bytes), "PTK-" + thread, at).accepted()) {
                            accepted += 1_000_000;
                        }
                    }
                    return accepted;
                }));
            }
            for (Future<Integer> f : results) {
                assertThat(f.get()).isEqualTo(2_000);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
