package io.github.spbe4j.complaints.lifecycle;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The append-only history of a complaint: every action applied to it, in order. A history is
 * immutable; {@link #append(Entry)} returns a new one, and no operation removes or changes an entry.
 *
 * @since 0.1.0
 */
public final class History {

    /** The rule of a problem about an entry that does not follow the one before. */
    public static final String RULE = "History";

    private static final History EMPTY = new History(List.of());

    /**
     * One applied action.
     *
     * @param from the state before
     * @param action the action
     * @param to the state after
     * @param role the role of whoever took it
     * @param actor who took it
     * @param at when
     * @param note the note, empty for none
     * @param closeReason the outcome of a close; empty for any other action
     * @param targets what the action named (see {@link Step#targets()}); empty for most actions
     */
    public record Entry(State from, Action action, State to, Role role, String actor, Instant at, String note,
            Optional<CloseReason> closeReason, List<String> targets) {

        /**
         * Checks that nothing is missing and that a close, and only a close, carries its outcome.
         *
         * @param from the state before
         * @param action the action
         * @param to the state after
         * @param role the role
         * @param actor who took it
         * @param at when
         * @param note the note
         * @param closeReason the outcome of a close, or empty
         * @param targets what the action named, or empty
         */
        public Entry {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(closeReason, "closeReason");
            targets = List.copyOf(targets);
            if ((action == Action.CLOSE) != closeReason.isPresent()) {
                throw new SpbeException(Problem.of("reason", RULE, action == Action.CLOSE
                        ? "a close must carry its outcome (resolved, not-resolved or automatic)"
                        : "only a close carries an outcome, not " + action, closeReason.map(CloseReason::id).orElse(null)));
            }
        }

        /**
         * Returns an entry that names nothing.
         *
         * @param from the state before
         * @param action the action
         * @param to the state after
         * @param role the role
         * @param actor who took it
         * @param at when
         * @param note the note
         * @param closeReason the outcome of a close, or empty
         */
        public Entry(State from, Action action, State to, Role role, String actor, Instant at, String note,
                Optional<CloseReason> closeReason) {
            this(from, action, to, role, actor, at, note, closeReason, List.of());
        }
    }

    private final List<Entry> entries;

    private History(List<Entry> entries) {
        this.entries = entries;
    }

    /**
     * Returns the history of a complaint nothing has happened to yet.
     *
     * @return the empty history
     */
    public static History empty() {
        return EMPTY;
    }

    /**
     * Returns this history with one more entry; this history is unchanged.
     *
     * @param entry the entry, which must start in the state the last entry ended in and not be earlier
     * @return the longer history
     * @throws SpbeException if the entry does not follow the last one
     */
    public History append(Entry entry) {
        Objects.requireNonNull(entry, "entry");
        Optional<Entry> last = last();
        if (last.isPresent()) {
            if (last.get().to() != entry.from()) {
                throw new SpbeException(Problem.of("from", RULE, "the entry " + entry.action() + " starts from " + entry.from()
                        + " but the history ends in " + last.get().to(), entry.from().id()));
            }
            if (entry.at().isBefore(last.get().at())) {
                throw new SpbeException(Problem.of("at", RULE, "the entry " + entry.action() + " at " + entry.at()
                        + " is earlier than the last one, at " + last.get().at(), entry.at().toString()));
            }
        }
        List<Entry> longer = new ArrayList<>(entries.size() + 1);
        longer.addAll(entries);
        longer.add(entry);
        return new History(List.copyOf(longer));
    }

    /**
     * Returns the entries, oldest first.
     *
     * @return an unmodifiable list
     */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Returns the number of entries.
     *
     * @return the size
     */
    public int size() {
        return entries.size();
    }

    /**
     * Returns the latest entry.
     *
     * @return the entry, empty for an empty history
     */
    public Optional<Entry> last() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }

    /**
     * Returns how many times an action was taken, e.g. how often the complaint was reopened.
     *
     * @param action the action
     * @return the count
     */
    public long count(Action action) {
        Objects.requireNonNull(action, "action");
        return entries.stream().filter(e -> e.action() == action).count();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof History h && h.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "History" + entries;
    }
}
