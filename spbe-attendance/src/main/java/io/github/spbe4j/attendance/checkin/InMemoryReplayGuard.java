package io.github.spbe4j.attendance.checkin;

import io.github.spbe4j.attendance.token.LocationToken;
import io.github.spbe4j.attendance.token.TokenBody;
import io.github.spbe4j.core.internal.Text;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A {@link ReplayGuard} in memory, bounded and thread-safe, for one server process.
 *
 * <ul>
 *   <li>An entry (employee, token body) is kept until its {@code keepUntil}, rounded up to the whole
 *       second, and forgotten by the first call at or after that instant.</li>
 *   <li>At most {@code capacity} entries are held. Only expired entries are ever evicted, oldest
 *       expiry first. When the guard is full of live entries it answers {@link ReplayGuard.Use#FULL}
 *       and remembers nothing new: it refuses a scan rather than forget a live entry, because
 *       forgetting would let that entry's token be replayed. Size the capacity for the employees who
 *       may check in within one validity window (with printed codes, their whole validity).</li>
 *   <li>One lock guards the state; a call costs a hash look-up and insertion plus O(log k) for the
 *       expiry index, where k is the number of distinct expiry seconds held (few in practice: one per
 *       rotating step and one per printout), and each expired entry is removed once.</li>
 * </ul>
 *
 * <p>Entries live in this process only: a restart forgets them, and several processes need a shared
 * guard (a database table with a unique key on employee and token) instead.
 *
 * @since 0.1.0
 */
public final class InMemoryReplayGuard implements ReplayGuard {

    /** The largest capacity: 10 million entries. */
    public static final int MAX_CAPACITY = 10_000_000;

    /** The longest employee id, in characters. */
    public static final int MAX_EMPLOYEE_LENGTH = 64;

    private record Key(String employee, TokenBody body) {
    }

    private final int capacity;
    private final Object lock = new Object();
    /** Each held entry and its expiry, in epoch seconds. */
    private final Map<Key, Long> entries = new HashMap<>();
    /** The held entries by expiry second, earliest first. */
    private final TreeMap<Long, ArrayDeque<Key>> byExpiry = new TreeMap<>();

    /**
     * Creates an empty guard.
     *
     * @param capacity the most entries held, 1..{@value #MAX_CAPACITY}
     * @throws InvalidCheckInException when the capacity is out of range
     */
    public InMemoryReplayGuard(int capacity) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw InvalidCheckInException.of("capacity", "ReplayGuardCapacity", "a replay guard's capacity is " + capacity
                    + "; it must be 1.." + MAX_CAPACITY, Integer.toString(capacity));
        }
        this.capacity = capacity;
    }

    @Override
    public Use firstUse(String employee, LocationToken token, Instant now, Instant keepUntil) {
        checkEmployee(Objects.requireNonNull(employee, "employee"));
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(keepUntil, "keepUntil");
        if (!keepUntil.isAfter(now)) {
            throw InvalidCheckInException.of("keepUntil", "ReplayGuardExpiry", "a replay guard entry is to be kept until "
                    + keepUntil + ", which is not after the scan at " + now, keepUntil.toString());
        }
        long expiry = keepUntil.getEpochSecond() + (keepUntil.getNano() > 0 ? 1 : 0);
        Key key = new Key(employee, token.body());
        synchronized (lock) {
            evictExpired(now);
            if (entries.containsKey(key)) {
                return Use.REPEATED;
            }
            if (entries.size() >= capacity) {
                return Use.FULL;
            }
            entries.put(key, expiry);
            byExpiry.computeIfAbsent(expiry, e -> new ArrayDeque<>()).add(key);
            return Use.FIRST;
        }
    }

    /**
     * How many entries are held, expired ones not yet evicted included.
     *
     * @return the number of entries
     */
    public int size() {
        synchronized (lock) {
            return entries.size();
        }
    }

    /**
     * The most entries this guard holds.
     *
     * @return the capacity
     */
    public int capacity() {
        return capacity;
    }

    private void evictExpired(Instant now) {
        long nowSecond = now.getEpochSecond();
        Map.Entry<Long, ArrayDeque<Key>> first;
        // an entry whose expiry second is at or before now's second has expired (expiry is rounded up)
        while ((first = byExpiry.firstEntry()) != null && first.getKey() <= nowSecond) {
            for (Key k : first.getValue()) {
                entries.remove(k);
            }
            byExpiry.pollFirstEntry();
        }
    }

    private static void checkEmployee(String employee) {
        int n = employee.length();
        boolean ok = n >= 1 && n <= MAX_EMPLOYEE_LENGTH;
        for (int i = 0; ok && i < n; i++) {
            ok = !Character.isISOControl(employee.charAt(i));
        }
        if (!ok) {
            String shown = Text.quote(employee);
            throw InvalidCheckInException.of("employee", "ReplayGuardEmployee", "an employee id is " + shown
                    + "; it must be 1.." + MAX_EMPLOYEE_LENGTH + " characters without control characters", shown);
        }
    }

    /** The guard's capacity and current size; never an entry. */
    @Override
    public String toString() {
        return "InMemoryReplayGuard[capacity=" + capacity + ", size=" + size() + "]";
    }
}
