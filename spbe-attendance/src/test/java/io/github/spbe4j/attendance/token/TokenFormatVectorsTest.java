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

    @Test
    void tokenFormatDocument_statesTheVectorsThisLibraryProduces() throws IOException {
        String doc = Files.readString(Path.of("../docs/token-format.md"), StandardCharsets.UTF_8);
        assertThat(doc).contains(ROTATING_HEX, ROTATING_TEXT, PRINTED_HEX, PRINTED_TEXT);
    }
}
