package io.github.spbe4j.attendance.checkin;

import io.github.spbe4j.core.identifier.Nip;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link DeviceRegistry} in memory, for one process; thread-safe. Each employee may hold up to
 * {@value #MAX_KEYS_PER_EMPLOYEE} keys (a phone and its replacement); only ECDSA P-256 public keys
 * are taken.
 *
 * @since 0.1.0
 */
public final class InMemoryDeviceRegistry implements DeviceRegistry {

    /** The most device keys one employee may hold. */
    public static final int MAX_KEYS_PER_EMPLOYEE = 4;

    /** The rule of a problem about an enrolled key. */
    public static final String RULE = "DeviceKey";

    private final Map<Nip, List<PublicKey>> keys = new ConcurrentHashMap<>();

    InMemoryDeviceRegistry() {
    }

    /**
     * Enrols a device key for an employee; enrolling the same key again changes nothing.
     *
     * @param employee the employee
     * @param key the device's public key, ECDSA on P-256
     * @throws InvalidCheckInException when the key is not an ECDSA P-256 key, or the employee already
     *     holds {@value #MAX_KEYS_PER_EMPLOYEE} other keys
     */
    public void enrol(Nip employee, PublicKey key) {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(key, "key");
        if (!(key instanceof ECPublicKey ec) || ec.getParams().getCurve().getField().getFieldSize() != 256) {
            throw InvalidCheckInException.of("key", RULE, "a device key for " + employee + " is a " + key.getAlgorithm()
                    + " key; it must be an ECDSA key on P-256 (ES256)", key.getAlgorithm());
        }
        keys.compute(employee, (e, held) -> {
            List<PublicKey> next = held == null ? new ArrayList<>() : new ArrayList<>(held);
            if (!next.contains(key)) {
                if (next.size() >= MAX_KEYS_PER_EMPLOYEE) {
                    throw InvalidCheckInException.of("key", RULE, "employee " + e + " already holds " + next.size()
                            + " device keys; at most " + MAX_KEYS_PER_EMPLOYEE, Integer.toString(next.size()));
                }
                next.add(key);
            }
            return List.copyOf(next);
        });
    }

    /**
     * Removes all of an employee's device keys.
     *
     * @param employee the employee
     */
    public void revokeAll(Nip employee) {
        keys.remove(Objects.requireNonNull(employee, "employee"));
    }

    @Override
    public List<PublicKey> keysOf(Nip employee) {
        return keys.getOrDefault(Objects.requireNonNull(employee, "employee"), List.of());
    }

    /** The number of employees with keys; never a key. */
    @Override
    public String toString() {
        return "InMemoryDeviceRegistry[employees=" + keys.size() + "]";
    }
}
