package io.github.spbe4j.attendance.token;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Issues location tokens with one signing key and an explicit clock: rotating codes for a screen
 * (a new code every step, TOTP-style) and printed codes (a validity interval, bound to a location).
 * Immutable and thread-safe when its random generator is (the default, a {@link SecureRandom}, is).
 *
 * <pre>{@code
 * TokenIssuer issuer = TokenIssuer.of(TokenKey.generateHmacSha256(1, new SecureRandom()), Clock.systemUTC());
 * String onScreen = issuer.rotating("PTK-01", 1, Duration.ofSeconds(30)).text();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TokenIssuer {

    private final TokenKey key;
    private final Clock clock;
    private final RandomGenerator random;

    private TokenIssuer(TokenKey key, Clock clock, RandomGenerator random) {
        this.key = Objects.requireNonNull(key, "key");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        if (!key.canSign()) {
            throw InvalidTokenException.of("key", "TokenKeyCannotSign", "token key " + key.id()
                    + " holds only an Ed25519 public key; an issuer needs the private key", Integer.toString(key.id()));
        }
    }

    /**
     * An issuer whose nonces come from a new {@link SecureRandom}.
     *
     * @param key the signing key
     * @param clock the clock that decides the current step and the start of printed validity
     * @return the issuer
     * @throws InvalidTokenException when the key cannot sign
     */
    public static TokenIssuer of(TokenKey key, Clock clock) {
        return new TokenIssuer(key, clock, new SecureRandom());
    }

    /**
     * An issuer whose nonces come from {@code random} (a seeded generator makes tokens reproducible).
     *
     * @param key the signing key
     * @param clock the clock
     * @param random the source of nonces
     * @return the issuer
     * @throws InvalidTokenException when the key cannot sign
     */
    public static TokenIssuer of(TokenKey key, Clock clock, RandomGenerator random) {
        return new TokenIssuer(key, clock, random);
    }

    /**
     * The signing key.
     *
     * @return the key
     */
    public TokenKey key() {
        return key;
    }

    /**
     * The rotating code for the clock's current step.
     *
     * @param locationId the location, 1..32 characters among {@code A-Z a-z 0-9 . _ -}
     * @param displayId the screen, 0..65535
     * @param step the step, whole seconds, 1..65535 seconds
     * @return the signed token
     * @throws InvalidTokenException when a field breaks its rule
     */
    public LocationToken rotating(String locationId, int displayId, Duration step) {
        Objects.requireNonNull(step, "step");
        long seconds = step.getSeconds();
        if (step.getNano() != 0 || seconds < 1 || seconds > 0xFFFF) {
            throw InvalidTokenException.of("step", "TokenStep", "a rotating token's step is " + step
                    + "; it must be whole seconds, 1..65535", step.toString());
        }
        Validity validity = Validity.Rotating.at(clock.instant(), (int) seconds);
        return sign(new TokenBody(key.id(), locationId, displayId, validity, nonce()));
    }

    /**
     * A printed code valid from the clock's current second for {@code validFor}.
     *
     * @param locationId the location, 1..32 characters among {@code A-Z a-z 0-9 . _ -}
     * @param printoutId the printout, 0..65535
     * @param validFor how long it is valid, at least one second; a fraction of a second is dropped
     * @return the signed token
     * @throws InvalidTokenException when a field breaks its rule or the validity ends after 2106
     */
    public LocationToken printed(String locationId, int printoutId, Duration validFor) {
        Objects.requireNonNull(validFor, "validFor");
        Instant from = Instant.ofEpochSecond(clock.instant().getEpochSecond());
        long seconds = validFor.getSeconds();
        Instant until = seconds >= 1 && seconds <= Validity.MAX_U32 ? from.plusSeconds(seconds) : from;
        return printed(locationId, printoutId, from, until);
    }

    /**
     * A printed code valid from {@code notBefore} to {@code notAfter}.
     *
     * @param locationId the location, 1..32 characters among {@code A-Z a-z 0-9 . _ -}
     * @param printoutId the printout, 0..65535
     * @param notBefore the first instant of validity, whole seconds
     * @param notAfter the first instant after it, whole seconds
     * @return the signed token
     * @throws InvalidTokenException when a field breaks its rule
     */
    public LocationToken printed(String locationId, int printoutId, Instant notBefore, Instant notAfter) {
        return sign(new TokenBody(key.id(), locationId, printoutId, new Validity.Printed(notBefore, notAfter), nonce()));
    }

    /**
     * Signs a body as it is (the nonce included): for test vectors and for callers that draw their own
     * fields.
     *
     * @param body the body; its key id must be this issuer's key's
     * @return the signed token
     * @throws InvalidTokenException when the body names another key
     */
    public LocationToken sign(TokenBody body) {
        Objects.requireNonNull(body, "body");
        if (body.keyId() != key.id()) {
            throw InvalidTokenException.of("keyId", "TokenKeyMismatch", "a token body names key " + body.keyId()
                    + "; this issuer signs with key " + key.id(), Integer.toString(body.keyId()));
        }
        int sigLength = key.algorithm().signatureLength();
        byte[] bytes = TokenCodec.write(body, sigLength);
        int offset = bytes.length - sigLength;
        byte[] signature = key.sign(bytes, offset);
        System.arraycopy(signature, 0, bytes, offset, sigLength);
        return new LocationToken(body, bytes, offset);
    }

    private int nonce() {
        return random.nextInt(0x10000);
    }

    @Override
    public String toString() {
        return "TokenIssuer[" + key + ", " + clock + "]";
    }
}
