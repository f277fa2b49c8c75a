package io.github.spbe4j.attendance.checkin;

import io.github.spbe4j.attendance.token.LocationToken;
import java.time.Instant;

/**
 * Remembers which employee has used which location token, so that each employee checks in with a
 * token once while many employees scan the same token, each once. A check-in verifier asks it once
 * per scan whose token it has already accepted (signature, key and validity checked), and rejects the
 * scan as replayed unless the answer is {@link Use#FIRST}.
 *
 * <p>The token's window is its signed body: a rotating code's step on one display, or one printout.
 * An entry need only be kept while the token could still be accepted, until its validity ends plus
 * the verifier's clock skew; the caller says until when.
 *
 * <p>Implementations are thread-safe: of any number of concurrent calls for the same employee and
 * token, exactly one is answered {@link Use#FIRST}.
 *
 * <pre>{@code
 * ReplayGuard guard = ReplayGuard.inMemory(100_000);
 * ReplayGuard.Use use = guard.firstUse("196805071987121001", token, now, keepUntil);
 * }</pre>
 *
 * @since 0.1.0
 */
public interface ReplayGuard {

    /**
     * The answer to a use of a token.
     *
     * @since 0.1.0
     */
    enum Use {
        /** The first use of this token by this employee; it is now remembered. */
        FIRST,
        /** This employee has already used this token; the scan is a replay. */
        REPEATED,
        /**
         * The guard is full of entries that are still live and cannot remember another one; the scan
         * must be refused (it is not known to be a replay, but accepting it would let it be replayed).
         */
        FULL
    }

    /**
     * Records a use of a token by an employee, unless it was used before.
     *
     * @param employee the employee's id, e.g. a NIP's 18 digits; 1..64 characters, no control
     *     characters
     * @param token the token, already verified
     * @param now the instant of the scan, as the verifier's clock reads it
     * @param keepUntil the instant after which the verifier rejects this token anyway (the end of its
     *     validity plus the allowed clock skew); after {@code now}
     * @return whether this is the first use, a repeated one, or the guard is full
     * @throws InvalidCheckInException when the employee id is empty, too long or has control
     *     characters, or {@code keepUntil} is not after {@code now}
     */
    Use firstUse(String employee, LocationToken token, Instant now, Instant keepUntil);

    /**
     * A bounded, thread-safe guard in memory, holding at most {@code capacity} entries: see
     * {@link InMemoryReplayGuard}.
     *
     * @param capacity the most entries held, 1..{@value InMemoryReplayGuard#MAX_CAPACITY}
     * @return a new, empty guard
     * @throws InvalidCheckInException when the capacity is out of range
     */
    static ReplayGuard inMemory(int capacity) {
        return new InMemoryReplayGuard(capacity);
    }
}
