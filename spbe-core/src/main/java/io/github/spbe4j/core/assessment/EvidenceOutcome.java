package io.github.spbe4j.core.assessment;

import io.github.spbe4j.core.Problem;

/**
 * What a set of evidence items proves for an indicator: a level, or nothing yet.
 *
 * <pre>{@code
 * if (EvidenceRule.evaluate(items, 5) instanceof EvidenceOutcome.Indicated i) {
 *     System.out.println("level " + i.level());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface EvidenceOutcome {

    /**
     * The evidence proves a level.
     *
     * @param level the highest level whose required items, and those of every level below, are all accepted
     */
    record Indicated(int level) implements EvidenceOutcome {
        /**
         * Checks the level is positive.
         *
         * @throws InvalidAssessmentException if the level is below 1
         */
        public Indicated {
            if (level < 1) {
                throw new InvalidAssessmentException(Problem.of("level", "Range", "an indicated level is at least 1, was " + level,
                        Integer.toString(level)));
            }
        }
    }

    /**
     * The evidence proves no level: level 1 has no accepted required item, or one of its required
     * items is not accepted. Below the scale, which is neither 0 nor 1.
     *
     * @param reason why, e.g. {@code "level 1 item 'SK Tim' is in-review"}
     */
    record NotYetIndicated(String reason) implements EvidenceOutcome {
        /** Checks for null. */
        public NotYetIndicated {
            java.util.Objects.requireNonNull(reason, "reason");
        }
    }
}
