package io.github.spbe4j.complaints.sla;

import io.github.spbe4j.complaints.lifecycle.State;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The SLA clock of one complaint read at an instant: the state it was in, each applicable stage against its
 * deadline, whether the clock is paused, when the system may close it automatically, and when it is
 * expected to be completed. Made by {@link SlaClock#status}; immutable.
 *
 * @param at the instant the status is read at
 * @param state the complaint's state at that instant (its history up to the instant)
 * @param stages the applicable stages, in the order of {@link Stage}: verification always, follow-up after a
 *     disposition (until a reroute), settlement after the verification
 * @param paused whether the clock is paused at the instant
 * @param automaticClose the automatic close: the system may close the complaint once this deadline has
 *     passed; empty unless the complaint waits for a reply to a follow-up and the clock runs
 * @param expectedCompletion Open311's {@code expected_datetime}: the end of the settlement deadline, or,
 *     before verification, of the settlement counted from the verification deadline; empty once closed,
 *     archived, duplicate or split, and while paused
 * @since 0.1.0
 */
public record SlaStatus(Instant at, State state, Map<Stage, StageStatus> stages, boolean paused,
        Optional<SlaDeadline> automaticClose, Optional<Instant> expectedCompletion) {

    /**
     * Checks that nothing is missing and that each stage is filed under its own key.
     *
     * @param at the instant
     * @param state the state
     * @param stages the applicable stages
     * @param paused whether paused
     * @param automaticClose the automatic close, or empty
     * @param expectedCompletion the expected completion, or empty
     */
    public SlaStatus {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(automaticClose, "automaticClose");
        Objects.requireNonNull(expectedCompletion, "expectedCompletion");
        EnumMap<Stage, StageStatus> copy = new EnumMap<>(Stage.class);
        stages.forEach((k, v) -> {
            if (v.stage() != k) {
                throw new IllegalArgumentException("stage " + v.stage() + " filed under " + k);
            }
            copy.put(k, v);
        });
        stages = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns one stage.
     *
     * @param stage the stage
     * @return its status, empty when it does not apply (yet)
     */
    public Optional<StageStatus> stage(Stage stage) {
        return Optional.ofNullable(stages.get(Objects.requireNonNull(stage, "stage")));
    }

    /**
     * Returns the stages overdue at the instant: not met, deadline passed. A stage met late is not overdue.
     *
     * @return the overdue stages, possibly none
     */
    public Set<Stage> overdue() {
        Set<Stage> out = EnumSet.noneOf(Stage.class);
        for (StageStatus s : stages.values()) {
            if (s.overdue()) {
                out.add(s.stage());
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * Tells whether any deadline of this status (the stages' and the automatic close) rests on estimated
     * holidays.
     *
     * @return true if one is provisional
     */
    public boolean provisional() {
        for (StageStatus s : stages.values()) {
            if (s.provisional()) {
                return true;
            }
        }
        return automaticClose.isPresent() && automaticClose.get().provisional();
    }

    /**
     * Tells whether the system may close the complaint automatically at the instant: the automatic close's
     * deadline has passed.
     *
     * @return true if due
     */
    public boolean automaticCloseDue() {
        return automaticClose.isPresent() && automaticClose.get().passedAt(at);
    }
}
