package io.github.spbe4j.attendance.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.attendance.testing.TokenGenerators;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The test vectors of docs/token-format.md: this library produces them, and the document states them. */
class TokenFormatVectorsTest {

    static final String ROTATING_HEX = "01010650544b2d30310003001e038444c012344938a2fd168394db7276ae371918dd2b";
    static final String ROTATING_TEXT = "AT:W50-Z0OTA3W5Y863H0XZ3KWGUCOKR6877Z:VOSGIXR70FK/6K63/0";
    static final String PRINTED_HEX = "01014650544b2d3031000c695aff006a445880beef060b831e56a59ed6bdedac56768a7623";
    static final String PRINTED_TEXT = "AT:W500+8OTA3W5Y86RP1UMBG20 S8ICGZ9UMK1Q$38.KS6R42U*-AVMHZ0";

    /** RFC 8032 section 7.1, TEST 1: the secret key (seed) and its public key. */
    static final String ED25519_SEED = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    static final String ED25519_PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    static final String ED25519_HEX = "01020650544b2d30310003001e038444c012346793a669310613c6f371575d89bdaee99a33a70baaa246ee5"
            + "2962e49f20198036f73547c1c24d042eb05aed40082f5928f57af040895911967c9372f57b90200";
    static final String ED25519_TEXT = "AT:X50-Z0OTA3W5Y863H0XZ3KWGUCO5S6/TIJDDPY0 6PZEE5$B3:N.NT%N6GL17NKZ5UG:IUF9390OJ04QE2VFJT4VK8EW"
            + "02 Q0PGYNI$3B.M0*+IN93VJPE:5MHN00";

    private final TokenKey key = TokenKey.hmacSha256(1, TokenGenerators.vectorSecret());
    private final TokenIssuer issuer = TokenIssuer.of(key, Clock.systemUTC());

    private LocationToken rotating() {
        return issuer.sign(new TokenBody(1, "PTK-01", 3, new Validity.Rotating(30, 59_000_000L), 0x1234));
    }

    private LocationToken printed() {
        return issuer.sign(new TokenBody(1, "PTK-01", 12, new Validity.Printed(Instant.parse("2026-01-05T00:00:00Z"),
                Instant.parse("2026-07-01T00:00:00Z")), 0xBEEF));
    }

    @Test
    void sign_rotatingVector_givesTheDocumentedBytesAndText() {
        assertThat(HexFormat.of().formatHex(rotating().bytes())).isEqualTo(ROTATING_HEX);
        assertThat(rotating().text()).isEqualTo(ROTATING_TEXT);
    }

    @Test
    void sign_printedVector_givesTheDocumentedBytesAndText() {
        assertThat(HexFormat.of().formatHex(printed().bytes())).isEqualTo(PRINTED_HEX);
        assertThat(printed().text()).isEqualTo(PRINTED_TEXT);
    }

    @Test
    void verify_documentedVectors_acceptedInsideTheirValidity() {
        TokenVerifier verifier = TokenVerifier.of(KeyRing.of(key), java.time.Duration.ZERO);
        assertThat(verifier.verify(ROTATING_TEXT, "PTK-01", Instant.parse("2026-02-02T02:40:00Z")))
                .isEqualTo(new Verification.Accepted(rotating()));
        assertThat(verifier.verify(PRINTED_TEXT, "PTK-01", Instant.parse("2026-03-01T08:00:00Z")))
                .isEqualTo(new Verification.Accepted(printed()));
    }

    /** The Ed25519 key of RFC 8032's first test, as key id 2. */
    static TokenKey rfc8032Key() throws java.security.GeneralSecurityException {
        java.security.KeyFactory factory = java.security.KeyFactory.getInstance("Ed25519");
        byte[] pub = HexFormat.of().parseHex(ED25519_PUBLIC);
        boolean xOdd = (pub[31] & 0x80) != 0;
        pub[31] &= 0x7F;
        byte[] bigEndian = new byte[32];
        for (int i = 0; i < 32; i++) {
            bigEndian[i] = pub[31 - i];
        }
        var point = new java.security.spec.EdECPoint(xOdd, new java.math.BigInteger(1, bigEndian));
        var params = java.security.spec.NamedParameterSpec.ED25519;
        var keys = new java.security.KeyPair(factory.generatePublic(new java.security.spec.EdECPublicKeySpec(params, point)),
                factory.generatePrivate(new java.security.spec.EdECPrivateKeySpec(params, HexFormat.of().parseHex(ED25519_SEED))));
        return TokenKey.ed25519(2, keys);
    }

    @Test
    void sign_ed25519Vector_givesTheDocumentedBytesAndTextWhichThePublicKeyVerifies() throws Exception {
        TokenKey ed = rfc8032Key();
        LocationToken token = TokenIssuer.of(ed, Clock.systemUTC())
                .sign(new TokenBody(2, "PTK-01", 3, new Validity.Rotating(30, 59_000_000L), 0x1234));
        assertThat(HexFormat.of().formatHex(token.bytes())).isEqualTo(ED25519_HEX);
        assertThat(token.text()).isEqualTo(ED25519_TEXT);
        TokenVerifier verifier = TokenVerifier.of(KeyRing.of(ed.verifyingKey()), java.time.Duration.ZERO);
        assertThat(verifier.verify(ED25519_TEXT, "PTK-01", Instant.parse("2026-02-02T02:40:00Z")))
                .isEqualTo(new Verification.Accepted(token));
    }

    @Test
    void tokenFormatDocument_statesTheVectorsThisLibraryProduces() throws IOException {
        String doc = Files.readString(Path.of("../docs/token-format.md"), StandardCharsets.UTF_8);
        assertThat(doc).contains(ROTATING_HEX, ROTATING_TEXT, PRINTED_HEX, PRINTED_TEXT, ED25519_SEED, ED25519_PUBLIC, ED25519_HEX, ED25519_TEXT);
    }
}
