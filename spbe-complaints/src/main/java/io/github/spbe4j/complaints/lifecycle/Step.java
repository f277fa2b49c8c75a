package io.github.spbe4j.complaints.lifecycle;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An action someone asks to take on a complaint: what, by whom, in which role, when, with a note, and
 * for a {@link Action#CLOSE close} the outcome. {@link Lifecycle#apply(Step)} decides whether it is
 * allowed; the text is checked there too, so that a bad step is refused like any other.
 *
 * @param action the action
 * @param role the role of whoever takes it
 * @param actor who takes it: a name or an account id (text policy NAME)
 * @param at when
 * @param note a note, e.g. the reason for archiving; empty for none (text policy MULTI_LINE)
 * @param closeReason the outcome of a close; empty for any other action
 * @since 0.1.0
 */
public record Step(Action action, Role role, String actor, Instant at, String note, Optional<CloseReason> closeReason) {

    /**
     * Checks that nothing is missing.
     *
     * @param action the action
     * @param role the role
     * @param actor who takes it
     * @param at when
     * @param note a note, empty for none
     * @param closeReason the outcome of a close, or empty
     */
    public Step {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(closeReason, "closeReason");
    }

    /**
     * Returns a step without note or close reason.
     *
     * @param action the action
     * @param role the role
     * @param actor who takes it
     * @param at when
     * @return the step
     */
    public static Step of(Action action, Role role, String actor, Instant at) {
        return new Step(action, role, actor, at, "", Optional.empty());
    }

    /**
     * Returns a close with its outcome.
     *
     * @param reason how the complaint is closed
     * @param role the role; only {@link Role#SYSTEM} closes {@link CloseReason#AUTOMATIC automatically}
     * @param actor who closes it
     * @param at when
     * @return the step
     */
    public static Step close(CloseReason reason, Role role, String actor, Instant at) {
        return new Step(Action.CLOSE, role, actor, at, "", Optional.of(reason));
    }

    /**
     * Returns this step with a note.
     *
     * @param text the note
     * @return the step
     */
    public Step withNote(String text) {
        return new Step(action, role, actor, at, text, closeReason);
    }
}
