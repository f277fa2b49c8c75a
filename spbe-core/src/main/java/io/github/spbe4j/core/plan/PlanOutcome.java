package io.github.spbe4j.core.plan;

import java.util.Objects;

/**
 * What {@link Planner#plan(Target)} answers: the cheapest plan that reaches the target, or, when no
 * plan can under the cost model's constraints, that it is out of reach together with the plan to the
 * highest index that can be reached.
 *
 * <pre>{@code
 * PlanOutcome outcome = planner.plan(Target.predikat("Memuaskan"));
 * if (outcome instanceof PlanOutcome.Reached r) {
 *     r.plan().changes();   // the cheapest changes
 * } else if (outcome instanceof PlanOutcome.OutOfReach o) {
 *     o.highest().index();  // the most that can be reached
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface PlanOutcome {

    /**
     * Returns the target planned for.
     *
     * @return the target
     */
    Target target();

    /**
     * Returns the plan: the cheapest that reaches the target, or the one to the highest reachable index.
     *
     * @return the plan
     */
    Plan plan();

    /**
     * Tells whether the target is reached.
     *
     * @return true for {@link Reached}
     */
    boolean reachable();

    /**
     * The target can be reached; the plan is the cheapest that reaches it (of those, one with the highest index).
     *
     * @param target the target
     * @param plan the cheapest plan, empty when the target is already met
     * @since 0.1.0
     */
    record Reached(Target target, Plan plan) implements PlanOutcome {

        /** Checks for nulls. */
        public Reached {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(plan, "plan");
        }

        @Override
        public boolean reachable() {
            return true;
        }
    }

    /**
     * No plan reaches the target under the cost model's constraints.
     *
     * @param target the target
     * @param highest the plan to the highest reachable index: every plannable indicator at the highest level allowed
     * @since 0.1.0
     */
    record OutOfReach(Target target, Plan highest) implements PlanOutcome {

        /** Checks for nulls. */
        public OutOfReach {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(highest, "highest");
        }

        @Override
        public Plan plan() {
            return highest;
        }

        @Override
        public boolean reachable() {
            return false;
        }
    }
}
