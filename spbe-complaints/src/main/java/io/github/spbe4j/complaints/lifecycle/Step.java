package io.github.spbe4j.complaints.lifecycle;

import java.time.Instant;
import java.util.List;
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
 * @param targets what the action names: for {@link Action#DISPOSE dispose} the one agency (OPD) it
 *     sends the complaint to, for {@link Action#MARK_DUPLICATE mark-duplicate} the one tracking id of
 *     the original, for {@link Action#SPLIT split} the tracking ids of the new complaints (two or
 *     more); empty for every other action
 * @since 0.1.0
 */
public record Step(Action action, Role role, String actor, Instant at, String note, Optional<CloseReason> closeReason,
        List<String> targets) {

    /**
     * Checks that nothing is missing.
     *
     * @param action the action
     * @param role the role
     * @param actor who takes it
     * @param at when
     * @param note a note, empty for none
     * @param closeReason the outcome of a close, or empty
     * @param targets what the action names, or empty
     */
    public Step {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(closeReason, "closeReason");
        targets = List.copyOf(targets);
    }

    /**
     * Returns a step that names nothing.
     *
     * @param action the action
     * @param role the role
     * @param actor who takes it
     * @param at when
     * @param note a note, empty for none
     * @param closeReason the outcome of a close, or empty
     */
    public Step(Action action, Role role, String actor, Instant at, String note, Optional<CloseReason> closeReason) {
        this(action, role, actor, at, note, closeReason, List.of());
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
        return new Step(action, role, actor, at, text, closeReason, targets);
    }

    /**
     * Returns a disposition: the complaint is sent to an agency (OPD), by an administrator or, for a
     * further hop, by the liaison officer who holds it.
     *
     * @param role the role
     * @param actor who sends it
     * @param at when
     * @param agency the agency it goes to: its unit id or name (text policy NAME)
     * @return the step
     */
    public static Step dispose(Role role, String actor, Instant at, String agency) {
        return new Step(Action.DISPOSE, role, actor, at, "", Optional.empty(), List.of(agency));
    }

    /**
     * Returns this step naming its targets, e.g. the original of a duplicate or the parts of a split.
     *
     * @param ids what the action names (see {@link #targets()})
     * @return the step
     */
    public Step withTargets(List<String> ids) {
        return new Step(action, role, actor, at, note, closeReason, ids);
    }
}
