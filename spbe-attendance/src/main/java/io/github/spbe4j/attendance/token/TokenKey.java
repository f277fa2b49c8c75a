package io.github.spbe4j.attendance.token;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.ProviderException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.EdECKey;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * A key that signs or verifies location tokens, with the id tokens name it by (0..255) and the
 * algorithm that id decides. An HMAC-SHA256 key both issues and verifies; an Ed25519 key issues only
 * when it holds the private key, and a verifier may hold just the public one.
 *
 * <p>Key material never appears in {@link #toString()}; keys are equal only to themselves. Immutable
 * and thread-safe: each thread uses its own {@link Mac}.
 *
 * <pre>{@code
 * TokenKey key = TokenKey.generateHmacSha256(1, new SecureRandom());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TokenKey {

    /** The shortest HMAC secret accepted, in bytes (the output size of SHA-256). */
    public static final int MIN_HMAC_SECRET = 32;
    /** The longest HMAC secret accepted, in bytes (SHA-256's block size; longer ones are hashed). */
    public static final int MAX_HMAC_SECRET = 64;

    private final int id;
    private final TokenAlgorithm algorithm;
    private final @Nullable SecretKeySpec secret;
    private final @Nullable ThreadLocal<Mac> macs;
    private final @Nullable PrivateKey privateKey;
    private final @Nullable PublicKey publicKey;

    private TokenKey(int id, TokenAlgorithm algorithm, @Nullable SecretKeySpec secret, @Nullable PrivateKey privateKey,
            @Nullable PublicKey publicKey) {
        TokenBody.checkKeyId(id);
        this.id = id;
        this.algorithm = algorithm;
        this.secret = secret;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.macs = secret == null ? null : ThreadLocal.withInitial(() -> newMac(secret));
    }

    /**
     * An HMAC-SHA256 key from its secret.
     *
     * @param id the key id, 0..255
     * @param secret the secret, 32..64 bytes; copied
     * @return the key
     * @throws InvalidTokenException when the id or the secret's length is out of range
     */
    public static TokenKey hmacSha256(int id, byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MIN_HMAC_SECRET || secret.length > MAX_HMAC_SECRET) {
            throw InvalidTokenException.of("secret", "TokenSecretLength", "an HMAC-SHA256 token key has " + secret.length
                    + " bytes; it must have 32..64", Integer.toString(secret.length));
        }
        return new TokenKey(id, TokenAlgorithm.HMAC_SHA256, new SecretKeySpec(secret.clone(), "HmacSHA256"), null, null);
    }

    /**
     * A new HMAC-SHA256 key with a 32-byte secret drawn from {@code random}.
     *
     * @param id the key id, 0..255
     * @param random the source of the secret
     * @return the key
     */
    public static TokenKey generateHmacSha256(int id, SecureRandom random) {
        Objects.requireNonNull(random, "random");
        byte[] secret = new byte[MIN_HMAC_SECRET];
        random.nextBytes(secret);
        try {
            return hmacSha256(id, secret);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /**
     * An Ed25519 key that issues and verifies.
     *
     * @param id the key id, 0..255
     * @param keys an Ed25519 key pair
     * @return the key
     * @throws InvalidTokenException when the id is out of range or a key is not Ed25519
     */
    public static TokenKey ed25519(int id, KeyPair keys) {
        Objects.requireNonNull(keys, "keys");
        PrivateKey priv = Objects.requireNonNull(keys.getPrivate(), "keys.getPrivate()");
        PublicKey pub = Objects.requireNonNull(keys.getPublic(), "keys.getPublic()");
        checkEd25519("privateKey", priv);
        checkEd25519("publicKey", pub);
        return new TokenKey(id, TokenAlgorithm.ED25519, null, priv, pub);
    }

    /**
     * An Ed25519 key that only verifies.
     *
     * @param id the key id, 0..255
     * @param publicKey an Ed25519 public key
     * @return the key
     * @throws InvalidTokenException when the id is out of range or the key is not Ed25519
     */
    public static TokenKey ed25519Public(int id, PublicKey publicKey) {
        checkEd25519("publicKey", Objects.requireNonNull(publicKey, "publicKey"));
        return new TokenKey(id, TokenAlgorithm.ED25519, null, null, publicKey);
    }

    /**
     * A new Ed25519 key pair from the platform's provider.
     *
     * @param id the key id, 0..255
     * @return the key, which issues and verifies
     */
    public static TokenKey generateEd25519(int id) {
        try {
            return ed25519(id, KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java platform has no Ed25519, which Java 15 and later always have", e);
        }
    }

    private static void checkEd25519(String field, java.security.Key key) {
        if (!(key instanceof EdECKey ed) || !"Ed25519".equalsIgnoreCase(ed.getParams().getName())) {
            throw InvalidTokenException.of(field, "TokenKeyAlgorithm", "a " + field + " for an Ed25519 token key is a "
                    + key.getAlgorithm() + " key; it must be Ed25519", key.getAlgorithm());
        }
    }

    /**
     * The key id tokens carry.
     *
     * @return 0..255
     */
    public int id() {
        return id;
    }

    /**
     * The algorithm this key's id decides.
     *
     * @return the algorithm
     */
    public TokenAlgorithm algorithm() {
        return algorithm;
    }

    /**
     * Whether this key can issue tokens: an HMAC key, or an Ed25519 key with its private part.
     *
     * @return true when it can sign
     */
    public boolean canSign() {
        return secret != null || privateKey != null;
    }

    /**
     * This key without what signs: for an Ed25519 key, its public part only; an HMAC key has nothing to
     * remove and is returned as is (its verifier can also issue).
     *
     * @return a key that verifies
     */
    public TokenKey verifyingKey() {
        if (algorithm == TokenAlgorithm.ED25519 && privateKey != null) {
            return new TokenKey(id, algorithm, null, null, publicKey);
        }
        return this;
    }

    /** Signs bytes [0, length) of data. */
    byte[] sign(byte[] data, int length) {
        if (secret != null) {
            Mac mac = Objects.requireNonNull(macs).get();
            mac.update(data, 0, length);
            return Arrays.copyOf(mac.doFinal(), algorithm.signatureLength());
        }
        if (privateKey == null) {
            throw InvalidTokenException.of("key", "TokenKeyCannotSign", "token key " + id
                    + " holds only an Ed25519 public key; it verifies but cannot issue", Integer.toString(id));
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(data, 0, length);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed on the platform's provider", e);
        }
    }

    /** Whether signature (whose length the caller checked) matches bytes [0, length) of data. */
    boolean verify(byte[] data, int length, byte[] signature) {
        if (secret != null) {
            Mac mac = Objects.requireNonNull(macs).get();
            mac.update(data, 0, length);
            byte[] expected = Arrays.copyOf(mac.doFinal(), algorithm.signatureLength());
            return MessageDigest.isEqual(expected, signature);
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(Objects.requireNonNull(publicKey));
            s.update(data, 0, length);
            return s.verify(signature);
        } catch (SignatureException | ProviderException e) {
            return false;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Ed25519 verification is unavailable on the platform's provider", e);
        }
    }

    private static Mac newMac(SecretKeySpec secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable on the platform's provider", e);
        }
    }

    /** Names the id and the algorithm, never the key material: {@code TokenKey[id=1, HMAC_SHA256]}. */
    @Override
    public String toString() {
        return "TokenKey[id=" + id + ", " + algorithm + (algorithm == TokenAlgorithm.ED25519 && privateKey == null ? ", public only" : "") + "]";
    }
}
