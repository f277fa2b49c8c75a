package io.github.spbe4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.attendance.token.TokenKey;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.internal.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

/**
 * A token key file: a small JSON object holding a key's algorithm, id and key bytes in base64.
 *
 * <pre>{@code
 * {"spbeTokenKey": 1, "algorithm": "hmac-sha256", "keyId": 1, "secret": "<32 bytes, base64>"}
 * {"spbeTokenKey": 1, "algorithm": "ed25519", "keyId": 2, "privateKey": "<PKCS#8, base64>", "publicKey": "<X.509, base64>"}
 * {"spbeTokenKey": 1, "algorithm": "ed25519", "keyId": 2, "publicKey": "<X.509, base64>"}
 * }</pre>
 *
 * <p>Messages about a key file name the file and the field, never the key material.
 */
final class TokenKeyFile {

    /** The largest key file read, in bytes: a key file is a few hundred. */
    static final int MAX_BYTES = 16 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TokenKeyFile() {
    }

    /** The algorithms a key file names, as {@code --alg} takes them. */
    enum Alg {
        hmac, ed25519
    }

    /**
     * Generates a key and its file's text.
     *
     * @param alg the algorithm
     * @param keyId the key id
     * @param publicOnly for Ed25519, whether to keep only the public key
     * @return the file's text
     */
    static String generate(Alg alg, int keyId, boolean publicOnly) {
        ObjectNode o = JsonNodeFactory.instance.objectNode().put("spbeTokenKey", 1);
        Base64.Encoder b64 = Base64.getEncoder();
        if (alg == Alg.hmac) {
            byte[] secret = new byte[TokenKey.MIN_HMAC_SECRET];
            new SecureRandom().nextBytes(secret);
            TokenKey.hmacSha256(keyId, secret); // checks the key id
            o.put("algorithm", "hmac-sha256").put("keyId", keyId).put("secret", b64.encodeToString(secret));
            Arrays.fill(secret, (byte) 0);
        } else {
            KeyPair pair;
            try {
                pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the Java platform has no Ed25519, which Java 15 and later always have", e);
            }
            TokenKey.ed25519(keyId, pair); // checks the key id
            o.put("algorithm", "ed25519").put("keyId", keyId);
            if (!publicOnly) {
                o.put("privateKey", b64.encodeToString(pair.getPrivate().getEncoded()));
            }
            o.put("publicKey", b64.encodeToString(pair.getPublic().getEncoded()));
        }
        return o.toPrettyString() + "\n";
    }

    /**
     * The public key file of an Ed25519 key file: the same key, without its private key.
     *
     * @param text a key file's text
     * @param name the file's name for messages
     * @return the public key file's text
     */
    static String publicPart(String text, String name) {
        JsonNode tree = tree(text, name);
        TokenKey key = parse(tree, name);
        if (!"ed25519".equals(tree.path("algorithm").asText())) {
            throw new SpbeException("key file " + name + " holds an " + key.algorithm()
                    + " key, which has no public part: a verifier needs the secret itself");
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode().put("spbeTokenKey", 1).put("algorithm", "ed25519").put("keyId", key.id())
                .put("publicKey", tree.path("publicKey").asText());
        return o.toPrettyString() + "\n";
    }

    /**
     * Reads a key file.
     *
     * @param file the file
     * @return the key
     */
    static TokenKey read(Path file) {
        String name = Text.oneLine(file.toString());
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new SpbeException("key file " + name + " has more than " + MAX_BYTES + " bytes; a key file has a few hundred");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SpbeException("cannot read key file " + name + ": " + OutputFile.reason(file, e));
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), name);
    }

    /**
     * Reads a key file's text.
     *
     * @param text the text
     * @param name where it came from, for messages
     * @return the key
     */
    static TokenKey parse(String text, String name) {
        return parse(tree(text, name), name);
    }

    private static JsonNode tree(String text, String name) {
        if (text.length() > MAX_BYTES) {
            throw new SpbeException("key " + name + " has more than " + MAX_BYTES + " characters; a key file has a few hundred");
        }
        try {
            JsonNode tree = MAPPER.readTree(text);
            if (tree == null || !tree.isObject() || tree.path("spbeTokenKey").asInt() != 1) {
                throw new SpbeException("key " + name + " is not a token key file (a JSON object with \"spbeTokenKey\": 1)");
            }
            return tree;
        } catch (IOException e) {
            // the parser's message may quote the content, which is key material: not shown
            throw new SpbeException("key " + name + " is not a token key file: it is not valid JSON");
        }
    }

    private static TokenKey parse(JsonNode tree, String name) {
        JsonNode id = tree.path("keyId");
        if (!id.canConvertToInt() || !id.isIntegralNumber()) {
            throw new SpbeException("key " + name + ": field keyId must be a whole number");
        }
        String alg = tree.path("algorithm").asText("").toLowerCase(Locale.ROOT);
        try {
            switch (alg) {
                case "hmac-sha256": {
                    byte[] secret = bytes(tree, "secret", name);
                    try {
                        return TokenKey.hmacSha256(id.asInt(), secret);
                    } finally {
                        Arrays.fill(secret, (byte) 0);
                    }
                }
                case "ed25519": {
                    KeyFactory factory = KeyFactory.getInstance("Ed25519");
                    PublicKey pub = factory.generatePublic(new X509EncodedKeySpec(bytes(tree, "publicKey", name)));
                    if (!tree.has("privateKey")) {
                        return TokenKey.ed25519Public(id.asInt(), pub);
                    }
                    PrivateKey priv = factory.generatePrivate(new PKCS8EncodedKeySpec(bytes(tree, "privateKey", name)));
                    return TokenKey.ed25519(id.asInt(), new KeyPair(pub, priv));
                }
                default:
                    throw new SpbeException("key " + name + ": field algorithm is " + Text.quote(alg)
                            + "; it must be hmac-sha256 or ed25519");
            }
        } catch (GeneralSecurityException e) {
            throw new SpbeException("key " + name + ": the Ed25519 key bytes are not a valid encoded key");
        }
    }

    private static byte[] bytes(JsonNode tree, String field, String name) {
        JsonNode v = tree.path(field);
        if (!v.isTextual()) {
            throw new SpbeException("key " + name + ": field " + field + " is missing; it must be base64 text");
        }
        try {
            return Base64.getDecoder().decode(v.asText());
        } catch (IllegalArgumentException e) {
            throw new SpbeException("key " + name + ": field " + field + " is not valid base64");
        }
    }
}
