package io.github.spbe4j.benchmarks;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.spbe4j.attendance.token.KeyRing;
import io.github.spbe4j.attendance.token.LocationToken;
import io.github.spbe4j.attendance.token.TokenBody;
import io.github.spbe4j.attendance.token.TokenIssuer;
import io.github.spbe4j.attendance.token.TokenKey;
import io.github.spbe4j.attendance.token.TokenVerifier;
import io.github.spbe4j.attendance.token.Validity;
import io.github.spbe4j.attendance.token.Verification;
import java.security.GeneralSecurityException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Verifying a rotating HMAC location token (spbe-attendance) against its floor and against the JWT a
 * city developer would otherwise use, in the same run.
 *
 * <ul>
 *   <li>{@link #verifyToken}: {@code TokenVerifier.verify} of the token's text — prefix, Base45 decode
 *       and canonical check, layout, key look-up, HMAC-SHA256/128 compared in constant time, location,
 *       validity — at an instant within its validity.
 *   <li>{@link #rawHmac}: the floor, one HMAC-SHA256 over the same signed bytes with a {@link Mac}
 *       initialised once per thread.
 *   <li>{@link #nimbusHs256}: the peer, nimbus-jose-jwt parsing and verifying an HS256 JWT with the same
 *       statement (key id as {@code kid}, location, display, {@code nbf}/{@code exp}, nonce) under the
 *       same 256-bit secret, then checking the key id, location and times as the token verifier does.
 * </ul>
 *
 * <p>The token is the rotating test vector of docs/token-format.md (key id 1, secret {@code 00 01 … 1f},
 * location {@code PTK-01}, display 3, step 30 s, counter 59000000, nonce {@code 0x1234}); the JWT says
 * the same, its validity being the token's (the step and the one after it). {@code TokenBenchmarkTest}
 * checks that both are accepted, that an altered JWT is not, and that the token's text is at most a
 * third of the JWT's.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar TokenBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s};
 * see benchmarks/README.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TokenBenchmark {

    /** The location both the token and the JWT name. */
    static final String LOCATION = "PTK-01";
    /** The clock skew both verifiers allow. */
    static final Duration SKEW = Duration.ofSeconds(10);

    /** The token, the JWT, and what verifies them; shared by all threads (all of it is thread-safe). */
    @State(Scope.Benchmark)
    public static class Tokens {
        byte[] secret;
        LocationToken token;
        String tokenText;
        String jwtText;
        TokenVerifier verifier;
        MACVerifier jwtVerifier;
        Instant at;

        /** Issues the token and the JWT. */
        @Setup
        public void setUp() {
            secret = new byte[32];
            for (int i = 0; i < secret.length; i++) {
                secret[i] = (byte) i;
            }
            TokenKey key = TokenKey.hmacSha256(1, secret);
            TokenBody body = new TokenBody(1, LOCATION, 3, new Validity.Rotating(30, 59_000_000L), 0x1234);
            token = TokenIssuer.of(key, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).sign(body);
            tokenText = token.text();
            verifier = TokenVerifier.of(KeyRing.of(key), SKEW);
            at = body.validity().from().plusSeconds(12);
            jwtText = jwt(secret, body);
            try {
                jwtVerifier = new MACVerifier(secret);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A {@link Mac} initialised once with the token's secret, one per thread. */
    @State(Scope.Thread)
    public static class RawMac {
        Mac mac;
        byte[] signed;
        int signedLength;

        /** Initialises the MAC and takes the token's signed bytes. */
        @Setup
        public void setUp(Tokens t) {
            try {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(t.secret, "HmacSHA256"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            signed = t.token.bytes();
            signedLength = signed.length - t.token.signature().length;
        }
    }

    /**
     * {@code TokenVerifier.verify} of the token's text.
     *
     * @param t the token
     * @return the verification (accepted)
     */
    @Benchmark
    public Verification verifyToken(Tokens t) {
        return t.verifier.verify(t.tokenText, LOCATION, t.at);
    }

    /**
     * The floor: one HMAC-SHA256 over the token's signed bytes.
     *
     * @param m the per-thread MAC
     * @return the 32-byte MAC
     */
    @Benchmark
    public byte[] rawHmac(RawMac m) {
        m.mac.update(m.signed, 0, m.signedLength);
        return m.mac.doFinal();
    }

    /**
     * The peer: nimbus-jose-jwt parses and verifies the HS256 JWT, then its key id, location and times
     * are checked.
     *
     * @param t the JWT
     * @return true (accepted)
     */
    @Benchmark
    public boolean nimbusHs256(Tokens t) {
        return verifyJwt(t.jwtText, t.jwtVerifier, LOCATION, t.at);
    }

    /** The HS256 JWT that says what body says: kid, loc, dsp, nbf, exp and nonce. */
    static String jwt(byte[] secret, TokenBody body) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim("loc", body.locationId())
                .claim("dsp", body.displayId())
                .notBeforeTime(Date.from(body.validity().from()))
                .expirationTime(Date.from(body.validity().until()))
                .claim("nonce", body.nonce())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(Integer.toString(body.keyId())).build(), claims);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /**
     * What a developer's JWT check does: parse, check the algorithm and key id, verify the MAC, then the
     * location and the validity with the same skew as the token verifier.
     */
    static boolean verifyJwt(String text, MACVerifier verifier, String expectedLocation, Instant at) {
        try {
            SignedJWT jwt = SignedJWT.parse(text);
            JWSHeader header = jwt.getHeader();
            if (!JWSAlgorithm.HS256.equals(header.getAlgorithm()) || !"1".equals(header.getKeyID()) || !jwt.verify(verifier)) {
                return false;
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date nbf = claims.getNotBeforeTime();
            Date exp = claims.getExpirationTime();
            return expectedLocation.equals(claims.getStringClaim("loc")) && nbf != null && exp != null
                    && !at.isBefore(nbf.toInstant().minus(SKEW)) && at.isBefore(exp.toInstant().plus(SKEW));
        } catch (ParseException | JOSEException e) {
            return false;
        }
    }
}
