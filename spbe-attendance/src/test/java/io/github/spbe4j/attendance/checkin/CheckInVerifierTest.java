package io.github.spbe4j.attendance.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.attendance.token.KeyRing;
import io.github.spbe4j.attendance.token.LocationToken;
import io.github.spbe4j.attendance.token.TokenIssuer;
import io.github.spbe4j.attendance.token.TokenKey;
import io.github.spbe4j.attendance.token.TokenVerifier;
import io.github.spbe4j.core.identifier.Nip;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckInVerifierTest {

    private static final Instant T0 = Instant.parse("2026-03-02T00:30:00Z");
    private static final Instant SCAN_AT = T0.plusSeconds(5);
    private static final Duration SKEW = Duration.ofSeconds(10);
    private static final String LOCATION = "PTK-01";
    private static final Nip NIP_A = Nip.parse("196805071987121001");
    private static final Nip NIP_B = Nip.parse("200012312024211001");
    private static final GeoPoint CENTRE = GeoPoint.of("-0.0263", "109.3425");
    private static final Fix INSIDE = Fix.of(GeoPoint.of("-0.0265", "109.3426"), 10);
    private static final Fix OUTSIDE = Fix.of(GeoPoint.of("-0.0363", "109.3425"), 10);
    private static final TokenKey KEY = TokenKey.hmacSha256(1, new byte[32]);
    private static final LocationToken TOKEN = token();
    private static final KeyPair PHONE_A = ecKeyPair();
    private static final KeyPair PHONE_B = ecKeyPair();
    private static final KeyPair OTHER_PHONE = ecKeyPair();

    private static KeyPair ecKeyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature s = Signature.getInstance("SHA256withECDSA");
            s.initSign(key);
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static LocationToken token() {
        return TokenIssuer.of(KEY, Clock.fixed(T0, ZoneOffset.UTC)).rotating(LOCATION, 1, Duration.ofSeconds(30));
    }

    private static InMemoryDeviceRegistry devices() {
        InMemoryDeviceRegistry devices = DeviceRegistry.inMemory();
        devices.enrol(NIP_A, PHONE_A.getPublic());
        devices.enrol(NIP_B, PHONE_B.getPublic());
        return devices;
    }

    private static CheckInVerifier verifier(ReplayGuard guard, CheckInPolicy policy) {
        return CheckInVerifier.of(TokenVerifier.of(KeyRing.of(KEY), SKEW), guard, Map.of(LOCATION, Geofence.of(CENTRE, 100)),
                devices(), policy);
    }

    private static CheckInVerifier strict() {
        return verifier(ReplayGuard.inMemory(1000), CheckInPolicy.strict());
    }

    /** A scan by the employee, signed by the key, inside the fence, without flags. */
    private static Scan signedScan(String text, Nip employee, KeyPair phone, Instant at) {
        Scan scan = Scan.of(text, employee, at).withFix(INSIDE);
        return scan.withDeviceSignature(sign(phone.getPrivate(), scan.signedMessage()));
    }

    private static Scan good(Nip employee, KeyPair phone) {
        return signedScan(TOKEN.text(), employee, phone, SCAN_AT);
    }

    private static CheckInReason reason(CheckInResult result) {
        assertThat(result).isInstanceOf(CheckInResult.Rejected.class);
        return ((CheckInResult.Rejected) result).reason();
    }

    @Test
    void verify_everyCheckPasses_acceptedWithTheTokenAndNoMarks() {
        CheckInResult result = strict().verify(good(NIP_A, PHONE_A), LOCATION);
        assertThat(result).isEqualTo(new CheckInResult.Accepted(TOKEN, Set.of()));
        assertThat(result.accepted()).isTrue();
    }

    @Test
    void verify_tokenRejected_reasonsOfTheTokenVerifier() {
        CheckInVerifier v = strict();
        String text = TOKEN.text();
        assertThat(reason(v.verify(signedScan("AT:not base45 $$", NIP_A, PHONE_A, SCAN_AT), LOCATION))).isEqualTo(CheckInReason.MALFORMED);
        LocationToken otherKeyId = TokenIssuer.of(TokenKey.hmacSha256(2, new byte[32]), Clock.fixed(T0, ZoneOffset.UTC))
                .rotating(LOCATION, 1, Duration.ofSeconds(30));
        assertThat(reason(v.verify(signedScan(otherKeyId.text(), NIP_A, PHONE_A, SCAN_AT), LOCATION))).isEqualTo(CheckInReason.UNKNOWN_KEY);
        LocationToken forged = TokenIssuer.of(TokenKey.hmacSha256(1, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
                17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}), Clock.fixed(T0, ZoneOffset.UTC))
                .rotating(LOCATION, 1, Duration.ofSeconds(30));
        assertThat(reason(v.verify(signedScan(forged.text(), NIP_A, PHONE_A, SCAN_AT), LOCATION))).isEqualTo(CheckInReason.BAD_SIGNATURE);
        assertThat(reason(v.verify(good(NIP_A, PHONE_A), "PTK-02"))).isEqualTo(CheckInReason.WRONG_LOCATION);
        assertThat(reason(v.verify(signedScan(text, NIP_A, PHONE_A, TOKEN.body().validity().until().plus(SKEW)), LOCATION)))
                .isEqualTo(CheckInReason.EXPIRED);
        assertThat(reason(v.verify(signedScan(text, NIP_A, PHONE_A, T0.minus(SKEW).minusSeconds(1)), LOCATION)))
                .isEqualTo(CheckInReason.NOT_YET_VALID);
        // none of these used up the employee's one use
        assertThat(v.verify(good(NIP_A, PHONE_A), LOCATION).accepted()).isTrue();
    }

    @Test
    void verify_forwardedPhoto_secondEmployeeAcceptedSameEmployeeTwiceReplayed() {
        CheckInVerifier v = strict();
        assertThat(v.verify(good(NIP_A, PHONE_A), LOCATION).accepted()).isTrue();
        assertThat(v.verify(good(NIP_B, PHONE_B), LOCATION).accepted()).isTrue();
        CheckInResult again = v.verify(signedScan(TOKEN.text(), NIP_A, PHONE_A, SCAN_AT.plusSeconds(3)), LOCATION);
        assertThat(reason(again)).isEqualTo(CheckInReason.REPLAYED);
        assertThat(((CheckInResult.Rejected) again).detail()).contains("196805071987121001").contains("already");
    }

    @Test
    void verify_signatureByAnotherKey_badDeviceSignature() {
        Scan scan = Scan.of(TOKEN.text(), NIP_A, SCAN_AT).withFix(INSIDE);
        Scan byOther = scan.withDeviceSignature(sign(OTHER_PHONE.getPrivate(), scan.signedMessage()));
        Scan byColleague = scan.withDeviceSignature(sign(PHONE_B.getPrivate(), scan.signedMessage()));
        assertThat(reason(strict().verify(byOther, LOCATION))).isEqualTo(CheckInReason.BAD_DEVICE_SIGNATURE);
        assertThat(reason(strict().verify(byColleague, LOCATION))).isEqualTo(CheckInReason.BAD_DEVICE_SIGNATURE);
    }

    @Test
    void verify_signatureOverAnotherInstant_badDeviceSignature() {
        Scan signedEarlier = signedScan(TOKEN.text(), NIP_A, PHONE_A, SCAN_AT.minusSeconds(1));
        Scan replayedLater = Scan.of(TOKEN.text(), NIP_A, SCAN_AT).withFix(INSIDE)
                .withDeviceSignature(signedEarlier.deviceSignature().orElseThrow());
        assertThat(reason(strict().verify(replayedLater, LOCATION))).isEqualTo(CheckInReason.BAD_DEVICE_SIGNATURE);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 8, 64, 71, 72, 81, 5000})
    void verify_garbageDeviceSignature_badDeviceSignatureNeverThrows(int length) {
        byte[] garbage = new byte[length];
        new Random(length).nextBytes(garbage);
        if (length > 0) {
            garbage[0] = 0x30; // DER SEQUENCE tag, to reach the parser
        }
        Scan scan = Scan.of(TOKEN.text(), NIP_A, SCAN_AT).withFix(INSIDE).withDeviceSignature(garbage);
        assertThat(reason(strict().verify(scan, LOCATION))).isEqualTo(CheckInReason.BAD_DEVICE_SIGNATURE);
    }

    @Test
    void verify_deviceSignatures_missingOrNotEnrolled() {
        Scan unsigned = Scan.of(TOKEN.text(), NIP_A, SCAN_AT).withFix(INSIDE);
        assertThat(reason(strict().verify(unsigned, LOCATION))).isEqualTo(CheckInReason.MISSING_DEVICE_SIGNATURE);
        Nip stranger = Nip.parse("199001012015031002");
        assertThat(reason(strict().verify(signedScan(TOKEN.text(), stranger, OTHER_PHONE, SCAN_AT), LOCATION)))
                .isEqualTo(CheckInReason.DEVICE_NOT_ENROLLED);
        CheckInVerifier lenient = verifier(ReplayGuard.inMemory(10), new CheckInPolicy(true, false, true));
        assertThat(lenient.verify(unsigned, LOCATION)).isEqualTo(new CheckInResult.Accepted(TOKEN, Set.of(CheckInMark.NO_DEVICE_SIGNATURE)));
    }

    @Test
    void verify_fixes_missingOutsideOrMarked() {
        Scan noFix = Scan.of(TOKEN.text(), NIP_A, SCAN_AT);
        noFix = noFix.withDeviceSignature(sign(PHONE_A.getPrivate(), noFix.signedMessage()));
        assertThat(reason(strict().verify(noFix, LOCATION))).isEqualTo(CheckInReason.MISSING_FIX);
        CheckInResult outside = strict().verify(noFix.withFix(OUTSIDE), LOCATION);
        assertThat(reason(outside)).isEqualTo(CheckInReason.OUTSIDE_GEOFENCE);
        assertThat(((CheckInResult.Rejected) outside).detail()).contains("radius is 100 m");
        CheckInVerifier lenient = verifier(ReplayGuard.inMemory(10), new CheckInPolicy(true, true, false));
        assertThat(lenient.verify(noFix, LOCATION)).isEqualTo(new CheckInResult.Accepted(TOKEN, Set.of(CheckInMark.NO_FIX)));
    }

    @Test
    void verify_locationWithoutGeofence_fixNotChecked() {
        CheckInVerifier noFences = CheckInVerifier.of(TokenVerifier.of(KeyRing.of(KEY), SKEW), ReplayGuard.inMemory(10), Map.of(),
                devices(), CheckInPolicy.strict());
        Scan far = Scan.of(TOKEN.text(), NIP_A, SCAN_AT).withFix(OUTSIDE);
        far = far.withDeviceSignature(sign(PHONE_A.getPrivate(), far.signedMessage()));
        assertThat(noFences.verify(far, LOCATION).accepted()).isTrue();
    }

    @Test
    void verify_riskFlags_rejectedOrMarkedByPolicy() {
        Scan flagged = good(NIP_A, PHONE_A).withRisk(new RiskFlags(true, true));
        CheckInResult rejected = strict().verify(flagged, LOCATION);
        assertThat(reason(rejected)).isEqualTo(CheckInReason.FLAGGED_RISK);
        assertThat(((CheckInResult.Rejected) rejected).detail()).contains("mock location").contains("integrity");
        CheckInVerifier marking = verifier(ReplayGuard.inMemory(10), new CheckInPolicy(false, true, true));
        assertThat(marking.verify(flagged, LOCATION))
                .isEqualTo(new CheckInResult.Accepted(TOKEN, Set.of(CheckInMark.MOCK_LOCATION, CheckInMark.INTEGRITY_FAILED)));
    }

    @Test
    void verify_rejectedScan_doesNotUseUpTheEmployeesOneUse() {
        CheckInVerifier v = strict();
        Scan outside = Scan.of(TOKEN.text(), NIP_A, SCAN_AT).withFix(OUTSIDE);
        outside = outside.withDeviceSignature(sign(PHONE_A.getPrivate(), outside.signedMessage()));
        assertThat(reason(v.verify(outside, LOCATION))).isEqualTo(CheckInReason.OUTSIDE_GEOFENCE);
        assertThat(reason(v.verify(good(NIP_A, PHONE_A).withRisk(new RiskFlags(true, false)), LOCATION)))
                .isEqualTo(CheckInReason.FLAGGED_RISK);
        assertThat(v.verify(good(NIP_A, PHONE_A), LOCATION).accepted()).isTrue();
    }

    @Test
    void verify_guardFull_guardFull() {
        CheckInVerifier v = verifier(ReplayGuard.inMemory(1), CheckInPolicy.strict());
        assertThat(v.verify(good(NIP_A, PHONE_A), LOCATION).accepted()).isTrue();
        assertThat(reason(v.verify(good(NIP_B, PHONE_B), LOCATION))).isEqualTo(CheckInReason.GUARD_FULL);
    }

    @Test
    void verify_randomTokenTexts_rejectedNeverThrows() {
        Random random = new Random(20261206L);
        CheckInVerifier v = strict();
        String valid = TOKEN.text();
        for (int i = 0; i < 500; i++) {
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? valid : "");
            int n = random.nextInt(200);
            for (int j = 0; j < n; j++) {
                sb.append((char) random.nextInt(0x3000));
            }
            if (sb.toString().equals(valid)) {
                continue;
            }
            assertThat(reason(v.verify(signedScan(sb.toString(), NIP_A, PHONE_A, SCAN_AT), LOCATION))).isEqualTo(CheckInReason.MALFORMED);
        }
    }

    @Test
    void signedMessage_isUtf8OfTokenNipAndEpochSecondsOnLines() {
        Scan scan = Scan.of("AT:ABC", NIP_A, Instant.parse("2026-03-02T00:30:05.750Z"));
        assertThat(new String(scan.signedMessage(), StandardCharsets.UTF_8)).isEqualTo("AT:ABC\n196805071987121001\n1772411405");
        assertThat(Scan.signedMessage("AT:ABC", NIP_A, Instant.ofEpochSecond(-1))).isEqualTo(
                "AT:ABC\n196805071987121001\n-1".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void enrol_notAnEs256Key_rejected() throws GeneralSecurityException {
        KeyPairGenerator ed = KeyPairGenerator.getInstance("Ed25519");
        KeyPairGenerator p384 = KeyPairGenerator.getInstance("EC");
        p384.initialize(new ECGenParameterSpec("secp384r1"));
        InMemoryDeviceRegistry devices = DeviceRegistry.inMemory();
        assertThatThrownBy(() -> devices.enrol(NIP_A, ed.generateKeyPair().getPublic())).isInstanceOf(InvalidCheckInException.class)
                .hasMessageContaining("P-256");
        assertThatThrownBy(() -> devices.enrol(NIP_A, p384.generateKeyPair().getPublic())).isInstanceOf(InvalidCheckInException.class);
        assertThat(devices.keysOf(NIP_A)).isEmpty();
    }

    @Test
    void enrol_sameKeyTwiceOrTwoPhones_bothPhonesVerify() {
        InMemoryDeviceRegistry devices = devices();
        devices.enrol(NIP_A, PHONE_A.getPublic());
        devices.enrol(NIP_A, OTHER_PHONE.getPublic());
        assertThat(devices.keysOf(NIP_A)).containsExactly(PHONE_A.getPublic(), OTHER_PHONE.getPublic());
        devices.revokeAll(NIP_A);
        assertThat(devices.keysOf(NIP_A)).isEmpty();
    }

    @Test
    void fix_negativeOrNanAccuracy_rejected() {
        GeoPoint p = CENTRE;
        assertThatThrownBy(() -> Fix.of(p, -1)).isInstanceOf(InvalidCheckInException.class);
        assertThatThrownBy(() -> Fix.of(p, Double.NaN)).isInstanceOf(InvalidCheckInException.class);
    }

    @Test
    void scan_toString_neverShowsTheTokenTextOrSignature() {
        assertThat(good(NIP_A, PHONE_A).toString()).doesNotContain(TOKEN.text()).contains("196805071987121001");
    }

    @Test
    void verify_16ThreadsManyEmployeesOneToken_exactlyOneAcceptancePerEmployee() throws Exception {
        int employees = 200;
        int attemptsEach = 4;
        List<Nip> nips = new ArrayList<>();
        InMemoryDeviceRegistry devices = DeviceRegistry.inMemory();
        KeyPair phone = ecKeyPair();
        for (int i = 0; i < employees; i++) {
            Nip nip = Nip.parse(String.format("19900101201503%d%03d", 1 + i % 2, 1 + i));
            nips.add(nip);
            devices.enrol(nip, phone.getPublic());
        }
        CheckInVerifier v = CheckInVerifier.of(TokenVerifier.of(KeyRing.of(KEY), SKEW), ReplayGuard.inMemory(10_000),
                Map.of(LOCATION, Geofence.of(CENTRE, 100)), devices, CheckInPolicy.strict());
        List<Scan> scans = new ArrayList<>();
        for (int a = 0; a < attemptsEach; a++) {
            for (Nip nip : nips) {
                scans.add(signedScan(TOKEN.text(), nip, phone, SCAN_AT.plusSeconds(a)));
            }
        }
        java.util.Collections.shuffle(scans, new Random(16));
        Map<Nip, AtomicInteger> accepted = new ConcurrentHashMap<>();
        AtomicInteger replayed = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    int i;
                    while ((i = next.getAndIncrement()) < scans.size()) {
                        Scan scan = scans.get(i);
                        CheckInResult r = v.verify(scan, LOCATION);
                        if (r.accepted()) {
                            accepted.computeIfAbsent(scan.employee(), k -> new AtomicInteger()).incrementAndGet();
                        } else if (reason(r) == CheckInReason.REPLAYED) {
                            replayed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(accepted).hasSize(employees);
        assertThat(accepted.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        assertThat(replayed.get()).isEqualTo(employees * (attemptsEach - 1));
    }

    @Test
    void verify_theJavadocExamples_run() {
        InMemoryDeviceRegistry devices = DeviceRegistry.inMemory();
        devices.enrol(Nip.parse("196805071987121001"), PHONE_A.getPublic());
        TokenVerifier tokens = TokenVerifier.of(KeyRing.of(KEY), SKEW);
        CheckInPolicy policy = CheckInPolicy.strict();
        CheckInPolicy trial = new CheckInPolicy(false, false, false);
        CheckInVerifier verifier = CheckInVerifier.of(tokens, ReplayGuard.inMemory(100_000),
                Map.of("PTK-01", Geofence.of(GeoPoint.of("-0.0263", "109.3425"), 100)), devices, policy);
        Fix fix = Fix.of(GeoPoint.of("-0.0265", "109.3426"), 12.5);
        Scan unsigned = Scan.of(TOKEN.text(), Nip.parse("196805071987121001"), SCAN_AT).withFix(fix);
        Scan scan = unsigned.withDeviceSignature(sign(PHONE_A.getPrivate(), unsigned.signedMessage()));
        CheckInResult result = verifier.verify(scan, "PTK-01");
        assertThat(result.accepted()).isTrue();
        assertThat(verifier.verify(scan, "PTK-01") instanceof CheckInResult.Rejected rejected
                && rejected.reason() == CheckInReason.REPLAYED).isTrue();
        assertThat(trial.rejectRisk() || trial.requireDeviceSignature() || trial.requireFix()).isFalse();
    }
}
