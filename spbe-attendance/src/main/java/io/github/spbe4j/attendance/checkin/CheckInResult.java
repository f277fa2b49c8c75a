package io.github.spbe4j.attendance.checkin;

import io.github.spbe4j.attendance.token.LocationToken;
import java.util.Objects;
import java.util.Set;

/**
 * The outcome of verifying a check-in: {@link Accepted} with the token and any marks, or
 * {@link Rejected} with a reason. Read it with {@code instanceof} patterns:
 *
 * <pre>{@code
 * if (verifier.verify(scan, "PTK-01") instanceof CheckInResult.Rejected rejected) {
 *     log(rejected.reason() + ": " + rejected.detail());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface CheckInResult permits CheckInResult.Accepted, CheckInResult.Rejected {

    /**
     * Whether the check-in was accepted.
     *
     * @return true for {@link Accepted}
     */
    boolean accepted();

    /**
     * The check-in passed every check, and the replay guard now remembers it.
     *
     * @param token the verified token
     * @param marks what the policy let pass but a reviewer may want to see; empty when nothing
     */
    record Accepted(LocationToken token, Set<CheckInMark> marks) implements CheckInResult {
        /**
         * Creates the outcome.
         *
         * @param token the token
         * @param marks the marks; copied
         */
        public Accepted {
            Objects.requireNonNull(token, "token");
            marks = Set.copyOf(marks);
        }

        @Override
        public boolean accepted() {
            return true;
        }
    }

    /**
     * The check-in was rejected; the replay guard was not asked unless the reason is
     * {@link CheckInReason#REPLAYED} or {@link CheckInReason#GUARD_FULL}.
     *
     * @param reason why
     * @param detail one sentence in plain words naming the rule; it never repeats the scanned text
     */
    record Rejected(CheckInReason reason, String detail) implements CheckInResult {
        /**
         * Creates the outcome.
         *
         * @param reason why
         * @param detail one sentence naming the rule
         */
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public boolean accepted() {
            return false;
        }
    }
}
