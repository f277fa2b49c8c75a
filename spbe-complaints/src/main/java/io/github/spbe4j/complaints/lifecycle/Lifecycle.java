package io.github.spbe4j.complaints.lifecycle;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a complaint is in its lifecycle: its {@link State}, its {@link History} and the
 * {@link TransitionTable} it follows. Immutable: {@link #apply(Step)} returns a new lifecycle inside
 * {@link Transition.Applied}, or {@link Transition.Refused} and this one stays as it was.
 *
 * @since 0.1.0
 */
public final class Lifecycle {

    /** The rule of a refusal: the table does not allow the action, in this state, for this role. */
    public static final String RULE = "Transition";

    /** The rule of a refusal of a close without a fitting outcome, or an outcome on another action. */
    public static final String CLOSE_RULE = "CloseReason";

    /** The rule of a refusal of a reopen after the table's reopen window. */
    public static final String REOPEN_RULE = "ReopenWindow";

    /** The rule of a refusal of a step earlier than the one before it. */
    public static final String TIME_RULE = "Chronology";

    /** The rule of a refusal of an actor or a note that is too long or empty. */
    public static final String LENGTH_RULE = "Length";

    /** The longest actor, in characters. */
    public static final int MAX_ACTOR = 200;

    /** The longest note, in characters. */
    public static final int MAX_NOTE = 4000;

    /** The rule of a refusal of what an action names: an agency, an original, the parts of a split. */
    public static final String TARGET_RULE = "Target";

    /** The rule of a refusal of an archive without its reason. */
    public static final String ARCHIVE_RULE = "ArchiveReason";

    /** The most complaints one is split into. */
    public static final int MAX_SPLIT = 50;

    private final TransitionTable table;
    private final Instant submitted;
    private final State state;
    private final History history;

    private Lifecycle(TransitionTable table, Instant submitted, State state, History history) {
        this.table = table;
        this.submitted = submitted;
        this.state = state;
        this.history = history;
    }

    /**
     * Returns the lifecycle of a complaint just submitted.
     *
     * @param table the table it follows, e.g. {@link TransitionTable#sp4nLapor()}
     * @param submitted when it was submitted; no step may be earlier
     * @return the lifecycle, in {@link State#SUBMITTED} with an empty history
     */
    public static Lifecycle submitted(TransitionTable table, Instant submitted) {
        return new Lifecycle(Objects.requireNonNull(table, "table"), Objects.requireNonNull(submitted, "submitted"),
                State.SUBMITTED, History.empty());
    }

    /**
     * Returns the state.
     *
     * @return the state
     */
    public State state() {
        return state;
    }

    /**
     * Returns the history.
     *
     * @return the history, oldest entry first
     */
    public History history() {
        return history;
    }

    /**
     * Returns the table this lifecycle follows.
     *
     * @return the table
     */
    public TransitionTable table() {
        return table;
    }

    /**
     * Returns when the complaint was submitted.
     *
     * @return the instant
     */
    public Instant submittedAt() {
        return submitted;
    }

    /**
     * Returns the actions a role may take now.
     *
     * @param role the role
     * @return the actions, possibly none
     */
    public List<Action> allowedNow(Role role) {
        return table.allowed(state, role);
    }

    /**
     * Returns how a closed complaint was closed.
     *
     * @return the outcome, empty unless the state is {@link State#CLOSED}
     */
    public Optional<CloseReason> closeReason() {
        return state == State.CLOSED ? history.last().flatMap(History.Entry::closeReason) : Optional.empty();
    }

    /**
     * Applies a step: checks its text, its time, that the table allows its action in this state for
     * its role, that a close carries a fitting outcome and that a reopen comes within the reopen window.
     *
     * @param step the step
     * @return {@link Transition.Applied} with the new lifecycle, or {@link Transition.Refused} naming
     *     the problem; this lifecycle never changes
     */
    public Transition apply(Step step) {
        Objects.requireNonNull(step, "step");
        Optional<Problem> problem = refusal(step);
        if (problem.isPresent()) {
            return new Transition.Refused(problem.get());
        }
        State next = table.rule(state, step.action()).orElseThrow().to();
        History.Entry entry = new History.Entry(state, step.action(), next, step.role(), step.actor(), step.at(), step.note(),
                step.closeReason(), step.targets());
        return new Transition.Applied(new Lifecycle(table, submitted, next, history.append(entry)), entry);
    }

    private Optional<Problem> refusal(Step step) {
        Optional<Problem> text = text(step);
        if (text.isPresent()) {
            return text;
        }
        Instant latest = history.last().map(History.Entry::at).orElse(submitted);
        if (step.at().isBefore(latest)) {
            String at = step.at().toString();
            return Optional.of(Problem.of("at", TIME_RULE, "cannot " + step.action() + " at " + at + ": the complaint's latest "
                    + (history.size() == 0 ? "event, its submission," : "action") + " was at " + latest + ", and steps must be in order", at));
        }
        Action action = step.action();
        Role role = step.role();
        Optional<TransitionTable.Rule> rule = table.rule(state, action);
        if (rule.isEmpty() || !rule.get().roles().contains(role)) {
            return Optional.of(Problem.of("action", RULE, "cannot " + action + " a complaint that is " + state
                    + "; allowed now for " + role + ": "
                    + TransitionTable.names(table.allowed(state, role)), action.id()));
        }
        Optional<Problem> close = closeReason(step);
        if (close.isPresent()) {
            return close;
        }
        Optional<Problem> targets = targets(step);
        if (targets.isPresent()) {
            return targets;
        }
        if (action == Action.ARCHIVE && step.note().isBlank()) {
            return Optional.of(Problem.of("note", ARCHIVE_RULE, "an archive needs its reason in the note, e.g. the wrong format,"
                    + " too general, not relevant to a public service", null));
        }
        if (action == Action.REOPEN) {
            Instant closed = history.last().map(History.Entry::at).orElse(submitted);
            Instant end = closed.plus(table.reopenWindow());
            if (step.at().isAfter(end)) {
                return Optional.of(Problem.of("at", REOPEN_RULE, "cannot reopen at " + step.at() + " a complaint closed at " + closed
                        + ": the reopen window of " + shown(table.reopenWindow()) + " ended at " + end, step.at().toString()));
            }
        }
        return Optional.empty();
    }

    private static String shown(java.time.Duration window) {
        return window.toSeconds() % 86_400 == 0 ? window.toDays() + " days" : window.toString();
    }

        private static Optional<Problem> closeReason(Step step) {
        @Nullable CloseReason reason = step.closeReason().orElse(null);
        if (step.action() != Action.CLOSE) {
            return reason == null ? Optional.empty()
                    : Optional.of(Problem.of("reason", CLOSE_RULE, "only a close carries an outcome; " + step.action()
                            + " was given " + reason, reason.id()));
        }
        if (reason == null) {
            return Optional.of(Problem.of("reason", CLOSE_RULE, "a close needs its outcome: resolved, not-resolved or automatic", null));
        }
        boolean system = step.role() == Role.SYSTEM;
        boolean automatic = reason == CloseReason.AUTOMATIC;
        if (system != automatic) {
            return Optional.of(Problem.of("reason", CLOSE_RULE, system
                    ? "the system closes only automatically, not " + reason
                    : "only the system closes automatically; " + step.role() + " closes resolved or not-resolved", reason.id()));
        }
        return Optional.empty();
    }

    private static Optional<Problem> targets(Step step) {
        List<String> targets = step.targets();
        int least;
        int most;
        String what;
        switch (step.action()) {
            case DISPOSE -> {
                least = 1;
                most = 1;
                what = "the one agency it is sent to";
            }
            case MARK_DUPLICATE -> {
                least = 1;
                most = 1;
                what = "the one tracking id of the original";
            }
            case SPLIT -> {
                least = 2;
                most = MAX_SPLIT;
                what = "the tracking ids of the new complaints, 2 to " + MAX_SPLIT;
            }
            default -> {
                least = 0;
                most = 0;
                what = "nothing";
            }
        }
        if (targets.size() < least || targets.size() > most) {
            return Optional.of(Problem.of("targets", TARGET_RULE, step.action() + " names " + what + "; it was given "
                    + targets.size(), String.valueOf(targets.size())));
        }
        for (int i = 0; i < targets.size(); i++) {
            String target = targets.get(i);
            String path = "targets[" + i + "]";
            Optional<Problem> text = TextPolicy.NAME.check(path, target);
            if (text.isPresent()) {
                return text;
            }
            if (target.isBlank() || target.length() > MAX_ACTOR) {
                String shown = Text.quote(target);
                return Optional.of(Problem.of(path, LENGTH_RULE, "target " + shown + " must be 1 to " + MAX_ACTOR
                        + " characters and not blank; it has " + target.length(), shown));
            }
            if (targets.subList(0, i).contains(target)) {
                String shown = Text.quote(target);
                return Optional.of(Problem.of(path, TARGET_RULE, "a complaint is split into different complaints; "
                        + shown + " is named twice", shown));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the agency (OPD) that holds the complaint: the one named by the latest
     * {@link Action#DISPOSE disposition}, unless it was handed back with {@link Action#REROUTE reroute}
     * since. A reopened complaint goes back to the agency that held it.
     *
     * @return the agency, empty before the first disposition and after a reroute
     */
    public Optional<String> agency() {
        List<History.Entry> entries = history.entries();
        for (int i = entries.size() - 1; i >= 0; i--) {
            History.Entry e = entries.get(i);
            if (e.action() == Action.REROUTE) {
                return Optional.empty();
            }
            if (e.action() == Action.DISPOSE) {
                return Optional.of(e.targets().get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the tracking id of the complaint this one duplicates.
     *
     * @return the original, empty unless the state is {@link State#DUPLICATE}
     */
    public Optional<String> duplicateOf() {
        return state == State.DUPLICATE ? history.last().map(e -> e.targets().get(0)) : Optional.empty();
    }

    /**
     * Returns the tracking ids of the complaints this one was split into.
     *
     * @return the parts, empty unless the state is {@link State#SPLIT}
     */
    public List<String> splitInto() {
        return state == State.SPLIT ? history.last().map(History.Entry::targets).orElse(List.of()) : List.of();
    }

    private static Optional<Problem> text(Step step) {
        Optional<Problem> actor = TextPolicy.NAME.check("actor", step.actor());
        if (actor.isPresent()) {
            return actor;
        }
        if (step.actor().isBlank() || step.actor().length() > MAX_ACTOR) {
            String shown = Text.quote(step.actor());
            return Optional.of(Problem.of("actor", LENGTH_RULE, "actor " + shown + " must be 1 to " + MAX_ACTOR
                    + " characters and not blank; it has " + step.actor().length(), shown));
        }
        Optional<Problem> note = TextPolicy.MULTI_LINE.check("note", step.note());
        if (note.isPresent()) {
            return note;
        }
        if (step.note().length() > MAX_NOTE) {
            String shown = Text.quote(step.note());
            return Optional.of(Problem.of("note", LENGTH_RULE, "note " + shown + " has " + step.note().length()
                    + " characters; the most is " + MAX_NOTE, shown));
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Lifecycle l && l.table.equals(table) && l.submitted.equals(submitted) && l.state == state
                && l.history.equals(history);
    }

    @Override
    public int hashCode() {
        return Objects.hash(table, submitted, state, history);
    }

    @Override
    public String toString() {
        return "Lifecycle[" + state + ", " + history.size() + " entries]";
    }
}
