package io.github.spbe4j.attendance.token;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The keys a verifier accepts, looked up by key id: during a rotation the old and the new key are
 * both in the ring. Immutable and thread-safe; its {@link #toString()} names ids and algorithms only.
 *
 * <pre>{@code
 * KeyRing ring = KeyRing.of(oldKey, newKey);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class KeyRing {

    private final TokenKey[] byId = new TokenKey[256];
    private final List<TokenKey> keys;

    private KeyRing(List<TokenKey> keys) {
        if (keys.isEmpty()) {
            throw InvalidTokenException.of("keys", "KeyRingEmpty", "a key ring has no keys; it needs at least one", "0");
        }
        for (TokenKey key : keys) {
            Objects.requireNonNull(key, "key");
            if (byId[key.id()] != null) {
                throw InvalidTokenException.of("keys", "KeyRingDuplicateId", "a key ring has two keys with id " + key.id()
                        + "; ids must differ", Integer.toString(key.id()));
            }
            byId[key.id()] = key;
        }
        this.keys = keys;
    }

    /**
     * A ring of keys.
     *
     * @param keys one or more keys with different ids
     * @return the ring
     * @throws InvalidTokenException when there are no keys or two share an id
     */
    public static KeyRing of(TokenKey... keys) {
        return new KeyRing(List.of(keys));
    }

    /**
     * A ring of keys.
     *
     * @param keys one or more keys with different ids
     * @return the ring
     * @throws InvalidTokenException when there are no keys or two share an id
     */
    public static KeyRing of(Collection<TokenKey> keys) {
        return new KeyRing(List.copyOf(keys));
    }

    /**
     * The key with an id.
     *
     * @param keyId the id; any int
     * @return the key, or empty when the ring has none with that id
     */
    public Optional<TokenKey> find(int keyId) {
        return keyId < 0 || keyId > 0xFF ? Optional.empty() : Optional.ofNullable(byId[keyId]);
    }

    /**
     * The keys, in the order given.
     *
     * @return an unmodifiable list
     */
    public List<TokenKey> keys() {
        return keys;
    }

    @Override
    public String toString() {
        return "KeyRing" + keys;
    }
}
