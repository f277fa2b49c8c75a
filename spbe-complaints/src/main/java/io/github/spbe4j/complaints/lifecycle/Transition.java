package io.github.spbe4j.complaints.lifecycle;

import io.github.spbe4j.core.Problem;
import java.util.Objects;

/**
 * What applying a {@link Step} gave: {@link Applied} with the complaint's new lifecycle and the history
 * entry it added, or {@link Refused} with the problem, in which case nothing changed.
 *
 * @since 0.1.0
 */
public sealed interface Transition {

    /**
     * The step was applied.
     *
     * @param lifecycle the complaint's lifecycle after the step
     * @param entry the history entry the step added
     */
    record Applied(Lifecycle lifecycle, History.Entry entry) implements Transition {

        /**
         * Checks that nothing is missing.
         *
         * @param lifecycle the lifecycle after the step
         * @param entry the entry added
         */
        public Applied {
            Objects.requireNonNull(lifecycle, "lifecycle");
            Objects.requireNonNull(entry, "entry");
        }

        /**
         * Returns the state the step led to.
         *
         * @return the new state
         */
        public State state() {
            return lifecycle.state();
        }
    }

    /**
     * The step was refused; the lifecycle it was applied to is unchanged.
     *
     * @param problem why, naming the state, the action and what is allowed now
     */
    record Refused(Problem problem) implements Transition {

        /**
         * Checks that nothing is missing.
         *
         * @param problem why
         */
        public Refused {
            Objects.requireNonNull(problem, "problem");
        }

        /**
         * Returns the problem's message.
         *
         * @return the message
         */
        public String message() {
            return problem.message();
        }
    }
}
