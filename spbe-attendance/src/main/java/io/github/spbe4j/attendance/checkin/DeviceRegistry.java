package io.github.spbe4j.attendance.checkin;

import io.github.spbe4j.core.identifier.Nip;
import java.security.PublicKey;
import java.util.List;

/**
 * The device keys registered at enrolment: for each employee, the public ES256 keys (ECDSA on P-256)
 * of the phones they may check in with. A {@link CheckInVerifier} asks it once per signed scan.
 * Implementations are thread-safe.
 *
 * <pre>{@code
 * InMemoryDeviceRegistry devices = DeviceRegistry.inMemory();
 * devices.enrol(Nip.parse("196805071987121001"), phonePublicKey);
 * }</pre>
 *
 * @since 0.1.0
 */
public interface DeviceRegistry {

    /**
     * The employee's enrolled device keys.
     *
     * @param employee the employee
     * @return the keys, empty when the employee has enrolled no device; never null
     */
    List<PublicKey> keysOf(Nip employee);

    /**
     * An empty, thread-safe registry in memory: see {@link InMemoryDeviceRegistry}.
     *
     * @return a new registry
     */
    static InMemoryDeviceRegistry inMemory() {
        return new InMemoryDeviceRegistry();
    }
}
