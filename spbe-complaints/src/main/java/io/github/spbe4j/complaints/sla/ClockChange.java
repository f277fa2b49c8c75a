package io.github.spbe4j.complaints.sla;

import io.github.spbe4j.core.Problem;
import java.util.Objects;

/**
 * What applying a {@link ClockEvent} to {@link ClockEvents} gave: {@link Applied} with the longer sequence,
 * or {@link Refused} with the problem, in which case nothing changed — as {@code Lifecycle.apply} answers
 * for a step.
 *
 * @since 0.1.0
 */
public sealed interface ClockChange {

    /**
     * The event was applied.
     *
     * @param events the sequence with the event
     */
    record Applied(ClockEvents events) implements ClockChange {

        /**
         * Checks that nothing is missing.
         *
         * @param events the sequence with the event
         */
        public Applied {
            Objects.requireNonNull(events, "events");
        }
    }

    /**
     * The event was refused; the sequence it was applied to is unchanged.
     *
     * @param problem why, naming the rule and the value
     */
    record Refused(Problem problem) implements ClockChange {

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
