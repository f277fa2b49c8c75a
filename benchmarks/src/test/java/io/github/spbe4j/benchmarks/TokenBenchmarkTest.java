package io.github.spbe4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.attendance.token.Verification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The token benchmarks compare like with like: the token and the JWT say the same and are both accepted,
 * an altered JWT is not, the floor computes the token's own MAC, and the token's text is at most a third
 * of the JWT's.
 */
class TokenBenchmarkTest {

    private final TokenBenchmark bench = new TokenBenchmark();
    private final TokenBenchmark.Tokens t = new TokenBenchmark.Tokens();

    @BeforeEach
    void setUp() {
        t.setUp();
    }

    @Test
    void verifyToken_benchmarkInstant_accepted() {
        Verification v = bench.verifyToken(t);
        assertThat(v).isInstanceOf(Verification.Accepted.class);
        Verification.Accepted accepted = (Verification.Accepted) v;
        assertThat(accepted.token().body().locationId()).isEqualTo(TokenBenchmark.LOCATION);
        assertThat(accepted.token().text()).isEqualTo(t.tokenText);
    }

    @Test
    void nimbusHs256_sameStatement_acceptedAndSaysWhatTheTokenSays() throws Exception {
        assertThat(bench.nimbusHs256(t)).isTrue();
        String[] parts = t.jwtText.split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(header).contains("\"alg\":\"HS256\"", "\"kid\":\"1\"");
        long from = t.token.body().validity().from().getEpochSecond();
        long until = t.token.body().validity().until().getEpochSecond();
        assertThat(claims).contains("\"loc\":\"PTK-01\"", "\"dsp\":3", "\"nbf\":" + from, "\"exp\":" + until, "\"nonce\":4660");
        // the same instant outside either's validity is refused by both
        assertThat(TokenBenchmark.verifyJwt(t.jwtText, t.jwtVerifier, TokenBenchmark.LOCATION, t.token.body().validity().until()
                .plus(TokenBenchmark.SKEW))).isFalse();
        assertThat(t.verifier.verify(t.tokenText, TokenBenchmark.LOCATION, t.token.body().validity().until().plus(TokenBenchmark.SKEW))
                .accepted()).isFalse();
    }

    @Test
    void nimbusHs256_tamperedJwt_rejected() {
        String[] parts = t.jwtText.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String otherPlace = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.replace("PTK-01", "PTK-02").getBytes(StandardCharsets.UTF_8));
        String tampered = parts[0] + "." + otherPlace + "." + parts[2];
        assertThat(TokenBenchmark.verifyJwt(tampered, t.jwtVerifier, "PTK-02", t.at)).isFalse();
        char last = parts[2].charAt(0);
        String badSignature = parts[0] + "." + parts[1] + "." + (last == 'A' ? 'B' : 'A') + parts[2].substring(1);
        assertThat(TokenBenchmark.verifyJwt(badSignature, t.jwtVerifier, TokenBenchmark.LOCATION, t.at)).isFalse();
        assertThat(TokenBenchmark.verifyJwt(t.jwtText, t.jwtVerifier, "PTK-02", t.at)).as("wrong location").isFalse();
    }

    @Test
    void rawHmac_signedBytes_isTheTokensMacUntruncated() throws Exception {
        TokenBenchmark.RawMac m = new TokenBenchmark.RawMac();
        m.setUp(t);
        byte[] mac = bench.rawHmac(m);
        assertThat(mac).hasSize(32).startsWith(t.token.signature());
        // the MAC is reset after each use: a second call gives the same bytes
        assertThat(bench.rawHmac(m)).isEqualTo(mac);
        Mac independent = Mac.getInstance("HmacSHA256");
        independent.init(new SecretKeySpec(t.secret, "HmacSHA256"));
        byte[] bytes = t.token.bytes();
        independent.update(bytes, 0, bytes.length - 16);
        assertThat(mac).isEqualTo(independent.doFinal());
    }

    @Test
    void tokenText_comparedWithJwtCompactForm_atMostAThird() {
        assertThat(t.tokenText).hasSize(56);
        assertThat(t.tokenText.length() * 3).as("token %d characters, JWT %d", t.tokenText.length(), t.jwtText.length())
                .isLessThanOrEqualTo(t.jwtText.length());
    }
}
