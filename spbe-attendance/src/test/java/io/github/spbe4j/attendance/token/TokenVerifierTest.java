package io.github.spbe4j.attendance.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.attendance.testing.TokenGenerators;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenVerifierTest {

    private static final Instant NOW = Instant.parse("2026-03-02T00:30:10Z");
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final Duration SKEW = Duration.ofSeconds(5);

    private final TokenKey key = TokenGenerators.hmacKey(1, new Random(1));
    private final TokenVerifier verifier = TokenVerifier.of(KeyRing.of(key), SKEW);

    private static TokenIssuer issuerAt(TokenKey key, Instant at) {
        return TokenIssuer.of(key, Clock.fixed(at, ZoneOffset.UTC), new Random(7));
    }

    private static RejectReason reason(Verification v) {
        assertThat(v).isInstanceOf(Verification.Rejected.class);
        return ((Verification.Rejected) v).reason();
    }

    @Test
    void verify_rotatingTokenItIssued_acceptedWithTheSameToken() {
        LocationToken token = issuerAt(key, NOW).rotating("PTK-01", 2, STEP);
        Verification v = verifier.verify(token.text(), "PTK-01", NOW);
        assertThat(v).isEqualTo(new Verification.Accepted(token));
        assertThat(((Verification.Accepted) v).token().body())
                .isEqualTo(new TokenBody(1, "PTK-01", 2, Validity.Rotating.at(NOW, 30), token.body().nonce()));
        assertThat(token.toString()).isEqualTo(token.text()).startsWith("AT:");
    }

    @Test
    void verify_printedTokenItIssued_acceptedWithTheSameToken() {
        LocationToken token = issuerAt(key, NOW).printed("KANTOR-7", 40, Duration.ofDays(180));
        assertThat(token.body().validity()).isEqualTo(new Validity.Printed(Instant.parse("2026-03-02T00:30:10Z"),
                Instant.parse("2026-08-29T00:30:10Z")));
        assertThat(verifier.verify(token.text(), "KANTOR-7", NOW.plus(Duration.ofDays(90))))
                .isEqualTo(new Verification.Accepted(token));
    }

    @Test
    void verify_rotatingWindow_currentAndPreviousStepAcceptedOlderExpired() {
        Instant stepStart = Instant.parse("2026-03-02T00:30:00Z");
        LocationToken current = issuerAt(key, stepStart).rotating("PTK-01", 1, STEP);
        LocationToken previous = issuerAt(key, stepStart.minus(STEP)).rotating("PTK-01", 1, STEP);
        LocationToken older = issuerAt(key, stepStart.minus(STEP.multipliedBy(2))).rotating("PTK-01", 1, STEP);
        LocationToken next = issuerAt(key, stepStart.plus(STEP)).rotating("PTK-01", 1, STEP);
        Instant lastOfStep = stepStart.plus(STEP).minusNanos(1);
        for (Instant at : new Instant[] {stepStart, lastOfStep}) {
            assertThat(verifier.verify(current.text(), "PTK-01", at).accepted()).isTrue();
            assertThat(verifier.verify(previous.text(), "PTK-01", at).accepted()).isTrue();
        }
        // the skew extends the previous step's code 5 s into the step after next, and no further
        assertThat(verifier.verify(previous.text(), "PTK-01", stepStart.plus(STEP).plus(SKEW).minusNanos(1)).accepted()).isTrue();
        assertThat(reason(verifier.verify(previous.text(), "PTK-01", stepStart.plus(STEP).plus(SKEW)))).isEqualTo(RejectReason.EXPIRED);
        assertThat(reason(verifier.verify(older.text(), "PTK-01", stepStart.plus(SKEW)))).isEqualTo(RejectReason.EXPIRED);
        // the next step's code is accepted only within the skew before it starts
        assertThat(verifier.verify(next.text(), "PTK-01", stepStart.plus(STEP).minus(SKEW)).accepted()).isTrue();
        assertThat(reason(verifier.verify(next.text(), "PTK-01", stepStart.plus(STEP).minus(SKEW).minusNanos(1))))
                .isEqualTo(RejectReason.NOT_YET_VALID);
    }

    @Test
    void verify_printedValidity_boundsExtendedByTheSkewOnly() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant until = Instant.parse("2026-07-01T00:00:00Z");
        LocationToken token = issuerAt(key, NOW).printed("PTK-01", 9, from, until);
        assertThat(reason(verifier.verify(token.text(), "PTK-01", from.minus(SKEW).minusNanos(1)))).isEqualTo(RejectReason.NOT_YET_VALID);
        assertThat(verifier.verify(token.text(), "PTK-01", from.minus(SKEW)).accepted()).isTrue();
        assertThat(verifier.verify(token.text(), "PTK-01", until.plus(SKEW).minusNanos(1)).accepted()).isTrue();
        assertThat(reason(verifier.verify(token.text(), "PTK-01", until.plus(SKEW)))).isEqualTo(RejectReason.EXPIRED);
    }

    @Test
    void verify_eachRejectReason_reportedWithADetail() {
        LocationToken token = issuerAt(key, NOW).rotating("PTK-01", 1, STEP);
        TokenKey stranger = TokenGenerators.hmacKey(2, new Random(2));
        TokenKey impostor = TokenGenerators.hmacKey(1, new Random(3));
        String foreign = issuerAt(stranger, NOW).rotating("PTK-01", 1, STEP).text();
        String forged = issuerAt(impostor, NOW).rotating("PTK-01", 1, STEP).text();
        assertThat(reason(verifier.verify("AT:not a token", "PTK-01", NOW))).isEqualTo(RejectReason.MALFORMED);
        assertThat(reason(verifier.verify(foreign, "PTK-01", NOW))).isEqualTo(RejectReason.UNKNOWN_KEY);
        assertThat(reason(verifier.verify(forged, "PTK-01", NOW))).isEqualTo(RejectReason.BAD_SIGNATURE);
        assertThat(reason(verifier.verify(token.text(), "PTK-01", NOW.plus(Duration.ofMinutes(5))))).isEqualTo(RejectReason.EXPIRED);
        assertThat(reason(verifier.verify(token.text(), "PTK-01", NOW.minus(Duration.ofMinutes(5))))).isEqualTo(RejectReason.NOT_YET_VALID);
        Verification wrong = verifier.verify(token.text(), "PTK-02", NOW);
        assertThat(reason(wrong)).isEqualTo(RejectReason.WRONG_LOCATION);
        assertThat(((Verification.Rejected) wrong).detail()).contains("PTK-01", "PTK-02");
    }

    @Test
    void verify_keyRotation_oldAndNewKeysAcceptedRetiredKeyUnknown() {
        TokenKey old = TokenGenerators.hmacKey(7, new Random(70));
        TokenKey fresh = TokenGenerators.hmacKey(8, new Random(80));
        TokenKey retired = TokenGenerators.hmacKey(6, new Random(60));
        TokenVerifier during = TokenVerifier.of(KeyRing.of(old, fresh), SKEW);
        for (TokenKey k : new TokenKey[] {old, fresh}) {
            assertThat(during.verify(issuerAt(k, NOW).rotating("PTK-01", 1, STEP).text(), "PTK-01", NOW).accepted()).isTrue();
        }
        assertThat(reason(during.verify(issuerAt(retired, NOW).rotating("PTK-01", 1, STEP).text(), "PTK-01", NOW)))
                .isEqualTo(RejectReason.UNKNOWN_KEY);
        TokenVerifier after = TokenVerifier.of(KeyRing.of(fresh), SKEW);
        assertThat(reason(after.verify(issuerAt(old, NOW).rotating("PTK-01", 1, STEP).text(), "PTK-01", NOW)))
                .isEqualTo(RejectReason.UNKNOWN_KEY);
    }

    @Test
    void verify_secondSpellingsOfAValidToken_malformed() {
        String text = issuerAt(key, NOW).rotating("PTK-01", 1, STEP).text();
        String[] spellings = {
            text.toLowerCase(java.util.Locale.ROOT), "at:" + text.substring(3), " " + text, text + " ", text + "\n",
            "AT" + text.substring(3), "AT::" + text.substring(3), text.substring(3), "HC1:" + text.substring(3),
            text.replace('A', '\u0410'), text + "0", text.substring(0, text.length() - 1)
        };
        for (String s : spellings) {
            assertThat(verifier.verify(s, "PTK-01", NOW).accepted()).as(s).isFalse();
        }
        assertThat(reason(verifier.verify(text + "00", "PTK-01", NOW))).isEqualTo(RejectReason.MALFORMED);
    }

    @Test
    void verify_hostileText_rejectedWithoutAnException() {
        String huge = "AT:" + "0".repeat(10_000_000);
        Verification v = verifier.verify(huge, "PTK-01", NOW);
        assertThat(reason(v)).isEqualTo(RejectReason.MALFORMED);
        assertThat(((Verification.Rejected) v).detail()).doesNotContain("00000000000");
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            int n = random.nextInt(TokenVerifier.MAX_TEXT_LENGTH + 20);
            StringBuilder sb = new StringBuilder(i % 2 == 0 ? "AT:" : "");
            for (int j = 0; j < n; j++) {
                sb.append(i % 3 == 0 ? (char) random.nextInt(0x10000) : "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".charAt(random.nextInt(45)));
            }
            assertThat(verifier.verify(sb, "PTK-01", NOW).accepted()).isFalse();
        }
        for (String s : new String[] {"", "A", "AT", "AT:", "AT:0", "AT:00", "AT:000", "AT:GGW"}) {
            assertThat(reason(verifier.verify(s, "PTK-01", NOW))).as(s).isEqualTo(RejectReason.MALFORMED);
        }
    }

    @Test
    void verify_hmacTokenAgainstAnEd25519KeyWithItsId_rejected() {
        String hmacToken = issuerAt(key, NOW).rotating("PTK-01", 1, STEP).text();
        TokenVerifier edVerifier = TokenVerifier.of(KeyRing.of(TokenKey.generateEd25519(1).verifyingKey()), SKEW);
        assertThat(reason(edVerifier.verify(hmacToken, "PTK-01", NOW))).isEqualTo(RejectReason.MALFORMED);
    }

    @Test
    void verify_ed25519Token_acceptedByAVerifierHoldingOnlyThePublicKey() {
        TokenKey ed = TokenKey.generateEd25519(20);
        LocationToken token = issuerAt(ed, NOW).printed("PTK-01", 1, Duration.ofDays(30));
        assertThat(token.signature()).hasSize(64);
        TokenVerifier publicOnly = TokenVerifier.of(KeyRing.of(ed.verifyingKey()), SKEW);
        assertThat(publicOnly.verify(token.text(), "PTK-01", NOW)).isEqualTo(new Verification.Accepted(token));
        TokenKey other = TokenKey.generateEd25519(20);
        assertThat(reason(TokenVerifier.of(KeyRing.of(other), SKEW).verify(token.text(), "PTK-01", NOW)))
                .isEqualTo(RejectReason.BAD_SIGNATURE);
        assertThatThrownBy(() -> TokenIssuer.of(ed.verifyingKey(), Clock.systemUTC()))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("public key");
    }

    @Test
    void text_hmacTokenWithAShortLocation_atMost60Characters() {
        Random random = new Random(5);
        for (int i = 0; i < 200; i++) {
            TokenKey k = TokenGenerators.hmacKey(random.nextInt(256), random);
            Instant at = Instant.ofEpochSecond(random.nextLong() & 0xFFFF_FFFL);
            TokenIssuer issuer = issuerAt(k, at);
            String rot = issuer.rotating("PTK-00001", random.nextInt(0x10000), Duration.ofSeconds(1 + random.nextInt(0xFFFF))).text();
            String printed = issuer.printed("PTK-001", random.nextInt(0x10000), Duration.ofDays(365)).text();
            assertThat(rot).hasSizeLessThanOrEqualTo(60);
            assertThat(printed).hasSizeLessThanOrEqualTo(60);
        }
    }

    @Test
    void text_longestToken_fitsTheVerifiersLengthCap() {
        TokenKey ed = TokenKey.generateEd25519(255);
        LocationToken token = issuerAt(ed, NOW).printed("L".repeat(32), 0xFFFF, Duration.ofDays(1));
        assertThat(token.text()).hasSize(TokenVerifier.MAX_TEXT_LENGTH);
        assertThat(TokenVerifier.of(KeyRing.of(ed), SKEW).verify(token.text(), "L".repeat(32), NOW).accepted()).isTrue();
    }

    @Test
    void of_skewOutOfRange_refused() {
        assertThatThrownBy(() -> TokenVerifier.of(KeyRing.of(key), Duration.ofSeconds(-1))).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> TokenVerifier.of(KeyRing.of(key), Duration.ofMinutes(6)))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("PT6M");
    }
}
