package io.github.spbe4j.complaints.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one stage of a complaint stands against its deadline at an instant.
 *
 * @param stage the stage
 * @param outcome running, paused, overdue, met or met late
 * @param deadline the deadline; empty while the clock is paused (the days left are frozen, the date is not
 *     known until it resumes), and for a stage met while paused
 * @param metAt when the stage was met; empty if it is not
 * @param lateness for {@link Outcome#OVERDUE} the time from the deadline's end to the instant asked about,
 *     for {@link Outcome#MET_LATE} the time from the deadline's end to the meeting; otherwise empty
 * @since 0.1.0
 */
public record StageStatus(Stage stage, Outcome outcome, Optional<SlaDeadline> deadline, Optional<Instant> metAt,
        Optional<Duration> lateness) {

    /** Where a stage stands. */
    public enum Outcome {
        /** Not met, deadline not passed. */
        RUNNING("running"),
        /** Not met, the clock is paused. */
        PAUSED("paused"),
        /** Not met, deadline passed. */
        OVERDUE("overdue"),
        /** Met by its deadline (or while the clock was paused). */
        MET("met"),
        /** Met after its deadline: late, but no longer overdue. */
        MET_LATE("met-late");

        private final String id;

        Outcome(String id) {
            this.id = id;
        }

        /**
         * Returns the word a report writes for this outcome.
         *
         * @return the id
         */
        public String id() {
            return id;
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /**
     * Checks that nothing is missing.
     *
     * @param stage the stage
     * @param outcome the outcome
     * @param deadline the deadline, or empty
     * @param metAt when met, or empty
     * @param lateness how late, or empty
     */
    public StageStatus {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(metAt, "metAt");
        Objects.requireNonNull(lateness, "lateness");
    }

    /**
     * Tells whether the stage is overdue: not met and its deadline passed.
     *
     * @return true for {@link Outcome#OVERDUE}
     */
    public boolean overdue() {
        return outcome == Outcome.OVERDUE;
    }

    /**
     * Tells whether the stage was met, on time or late.
     *
     * @return true for {@link Outcome#MET} and {@link Outcome#MET_LATE}
     */
    public boolean met() {
        return metAt.isPresent();
    }

    /**
     * Tells whether the deadline rests on estimated holidays.
     *
     * @return true if the deadline is present and provisional
     */
    public boolean provisional() {
        return deadline.isPresent() && deadline.get().provisional();
    }
}
