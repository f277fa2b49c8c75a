package io.github.spbe4j.attendance.token;

import java.util.Objects;

/**
 * The outcome of verifying a location token: {@link Accepted} with the token, or {@link Rejected}
 * with a reason. Read it with {@code instanceof} patterns:
 *
 * <pre>{@code
 * if (verifier.verify(text, "PTK-01", now) instanceof Verification.Accepted accepted) {
 *     int display = accepted.token().body().displayId();
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface Verification permits Verification.Accepted, Verification.Rejected {

    /**
     * Whether the token was accepted.
     *
     * @return true for {@link Accepted}
     */
    boolean accepted();

    /**
     * The token was genuine, for the expected location, and valid at the instant.
     *
     * @param token the decoded token
     */
    record Accepted(LocationToken token) implements Verification {
        /**
         * Creates the outcome.
         *
         * @param token the decoded token
         */
        public Accepted {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public boolean accepted() {
            return true;
        }
    }

    /**
     * The token was rejected.
     *
     * @param reason why
     * @param detail one sentence in plain words naming the rule and, for a genuine token, the value;
     *     it never repeats the hostile text itself
     */
    record Rejected(RejectReason reason, String detail) implements Verification {
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
