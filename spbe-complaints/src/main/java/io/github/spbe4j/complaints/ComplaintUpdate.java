package io.github.spbe4j.complaints;

import io.github.spbe4j.core.Problem;
import java.util.Objects;

/**
 * The outcome of asking a {@link Complaint} to change: the changed complaint, or a refusal naming the
 * problem. The complaint asked never changes either way.
 *
 * @since 0.1.0
 */
public sealed interface ComplaintUpdate {

    /**
     * The change was made.
     *
     * @param complaint the complaint after it
     */
    record Applied(Complaint complaint) implements ComplaintUpdate {

        /**
         * Checks that nothing is missing.
         *
         * @param complaint the complaint after the change
         */
        public Applied {
            Objects.requireNonNull(complaint, "complaint");
        }
    }

    /**
     * The change was refused.
     *
     * @param problem why, naming the rule and the value
     */
    record Refused(Problem problem) implements ComplaintUpdate {

        /**
         * Checks that nothing is missing.
         *
         * @param problem why
         */
        public Refused {
            Objects.requireNonNull(problem, "problem");
        }

        /**
         * Returns the refusal's message.
         *
         * @return the message
         */
        public String message() {
            return problem.message();
        }
    }

    /**
     * Returns the changed complaint, or throws the refusal.
     *
     * @return the complaint after the change
     * @throws InvalidComplaintException if the change was refused
     */
    default Complaint orElseThrow() {
        if (this instanceof Applied a) {
            return a.complaint();
        }
        throw new InvalidComplaintException(((Refused) this).problem());
    }
}
