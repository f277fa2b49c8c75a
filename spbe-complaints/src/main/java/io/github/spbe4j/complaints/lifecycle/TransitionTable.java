package io.github.spbe4j.complaints.lifecycle;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The lifecycle of a complaint as data: for each {@link State} and {@link Action}, the state the action
 * leads to and the {@link Role roles} that may take it; and how long after closing a complaint may be
 * reopened.
 *
 * <p>{@link #sp4nLapor()} is the SP4N-LAPOR! flow. A deployment may only <em>tighten</em> it — remove a
 * transition ({@link #without}) or roles ({@link #onlyBy(Action, Role...)}) — never add a transition or
 * a role the default forbids: there is no way to build a table from scratch, so every table is the
 * national flow or stricter. The reopen window is not an official figure and may be set either way
 * ({@link #withReopenWindow}).
 *
 * @since 0.1.0
 */
public final class TransitionTable {

    /** The rule of a problem about tightening a table beyond what it allows. */
    public static final String RULE = "TransitionTable";

    /**
     * The default reopen window: 14 calendar days after closing, about 10 working days. This is not an
     * official figure (the SP4N-LAPOR! sources give none); set your own with {@link #withReopenWindow}.
     */
    public static final Duration DEFAULT_REOPEN_WINDOW = Duration.ofDays(14);

    /**
     * One transition: from a state, an action leads to a state, taken by some roles.
     *
     * @param from the state the complaint is in
     * @param action the action
     * @param to the state it leads to
     * @param roles who may take it, never empty
     */
    public record Rule(State from, Action action, State to, Set<Role> roles) {

        /**
         * Checks the rule.
         *
         * @param from the state the complaint is in
         * @param action the action
         * @param to the state it leads to
         * @param roles who may take it, never empty
         */
        public Rule {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(roles, "roles");
            if (roles.isEmpty()) {
                throw new SpbeException(Problem.of("roles", RULE, "the transition " + from + " --" + action + "-> " + to
                        + " has no role; a transition must allow at least one role", null));
            }
            roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
        }
    }

    private static final TransitionTable SP4N_LAPOR = buildDefault();

    private final Map<State, Map<Action, Rule>> rules;
    private final Duration reopenWindow;

    private TransitionTable(Map<State, Map<Action, Rule>> rules, Duration reopenWindow) {
        EnumMap<State, Map<Action, Rule>> copy = new EnumMap<>(State.class);
        for (State s : State.values()) {
            Map<Action, Rule> row = new EnumMap<>(Action.class);
            Map<Action, Rule> given = rules.get(s);
            if (given != null) {
                row.putAll(given);
            }
            copy.put(s, Collections.unmodifiableMap(row));
        }
        this.rules = Collections.unmodifiableMap(copy);
        this.reopenWindow = reopenWindow;
    }

    private static TransitionTable buildDefault() {
        Map<State, Map<Action, Rule>> m = new EnumMap<>(State.class);
        Set<Role> admin = EnumSet.of(Role.ADMIN);
        Set<Role> liaison = EnumSet.of(Role.LIAISON);
        for (State intake : List.of(State.SUBMITTED, State.POSTPONED, State.VERIFIED)) {
            if (intake == State.VERIFIED) {
                put(m, intake, Action.DISPOSE, State.DISPOSITIONED, admin);
            } else {
                put(m, intake, Action.VERIFY, State.VERIFIED, admin);
            }
            put(m, intake, Action.ARCHIVE, State.ARCHIVED, admin);
            if (intake == State.SUBMITTED) {
                put(m, intake, Action.POSTPONE, State.POSTPONED, admin);
            }
            put(m, intake, Action.MARK_DUPLICATE, State.DUPLICATE, admin);
            put(m, intake, Action.SPLIT, State.SPLIT, admin);
        }
        put(m, State.DISPOSITIONED, Action.DISPOSE, State.DISPOSITIONED, EnumSet.of(Role.ADMIN, Role.LIAISON));
        put(m, State.DISPOSITIONED, Action.REROUTE, State.VERIFIED, liaison);
        put(m, State.DISPOSITIONED, Action.START, State.IN_PROGRESS, liaison);
        put(m, State.DISPOSITIONED, Action.FOLLOW_UP, State.FOLLOWED_UP, liaison);
        put(m, State.IN_PROGRESS, Action.FOLLOW_UP, State.FOLLOWED_UP, liaison);
        put(m, State.FOLLOWED_UP, Action.FOLLOW_UP, State.FOLLOWED_UP, liaison);
        put(m, State.FOLLOWED_UP, Action.RESPOND, State.RESPONDED, EnumSet.of(Role.CITIZEN));
        put(m, State.FOLLOWED_UP, Action.CLOSE, State.CLOSED, EnumSet.of(Role.CITIZEN, Role.ADMIN, Role.SYSTEM));
        put(m, State.RESPONDED, Action.DISPOSE, State.DISPOSITIONED, admin);
        put(m, State.RESPONDED, Action.FOLLOW_UP, State.FOLLOWED_UP, liaison);
        put(m, State.RESPONDED, Action.CLOSE, State.CLOSED, EnumSet.of(Role.CITIZEN, Role.ADMIN));
        put(m, State.CLOSED, Action.REOPEN, State.DISPOSITIONED, EnumSet.of(Role.CITIZEN, Role.ADMIN));
        return new TransitionTable(m, DEFAULT_REOPEN_WINDOW);
    }

    private static void put(Map<State, Map<Action, Rule>> m, State from, Action action, State to, Set<Role> roles) {
        m.computeIfAbsent(from, k -> new EnumMap<>(Action.class)).put(action, new Rule(from, action, to, roles));
    }

    /**
     * Returns the SP4N-LAPOR! flow: submitted, verified (or archived, postponed, marked duplicate,
     * split), dispositioned to an agency (which may hop on, or hand it back as not its authority), in
     * progress, followed up, responded, closed, and reopened back to the agency; docs/complaints.md shows
     * it as a table.
     *
     * @return the default table
     */
    public static TransitionTable sp4nLapor() {
        return SP4N_LAPOR;
    }

    /**
     * Returns the transition of an action from a state.
     *
     * @param from the state
     * @param action the action
     * @return the transition, empty when the table has none
     */
    public Optional<Rule> rule(State from, Action action) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        return Optional.ofNullable(rules.get(from).get(action));
    }

    /**
     * Returns the actions a role may take in a state, in the order of {@link Action}.
     *
     * @param state the state
     * @param role the role
     * @return the actions, possibly none
     */
    public List<Action> allowed(State state, Role role) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(role, "role");
        return rules.get(state).values().stream().filter(r -> r.roles().contains(role)).map(Rule::action).toList();
    }

    /**
     * Returns every transition, by state then action, in the order of the enums.
     *
     * @return the transitions
     */
    public List<Rule> rules() {
        List<Rule> all = new ArrayList<>();
        rules.values().forEach(row -> all.addAll(row.values()));
        return List.copyOf(all);
    }

    /**
     * Returns how long after closing a complaint may be reopened.
     *
     * @return the window
     */
    public Duration reopenWindow() {
        return reopenWindow;
    }

    /**
     * Returns this table without the transition of an action from a state.
     *
     * @param from the state
     * @param action the action
     * @return the tightened table
     * @throws SpbeException if this table has no such transition (a misspelt tightening would otherwise
     *     pass unnoticed)
     */
    public TransitionTable without(State from, Action action) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        if (rules.get(from).get(action) == null) {
            throw new SpbeException(Problem.of("action", RULE, "cannot remove " + action + " from " + from
                    + ": the table has no such transition; from " + from + " it has " + names(rules.get(from).keySet()), action.id()));
        }
        Map<State, Map<Action, Rule>> m = mutableCopy();
        m.get(from).remove(action);
        return new TransitionTable(m, reopenWindow);
    }

    /**
     * Returns this table where an action, from every state, may be taken only by some roles: each
     * transition keeps the roles it had among those given, and a transition left with none is removed.
     *
     * @param action the action
     * @param roles the roles that may still take it
     * @return the tightened table
     * @throws SpbeException if a role given may not take the action anywhere in this table: a table can
     *     only be tightened
     */
    public TransitionTable onlyBy(Action action, Role... roles) {
        Objects.requireNonNull(action, "action");
        Set<Role> keep = roleSet(roles);
        Set<Role> present = EnumSet.noneOf(Role.class);
        rules.values().forEach(row -> {
            Rule r = row.get(action);
            if (r != null) {
                present.addAll(r.roles());
            }
        });
        refuseAdded(action.id(), keep, present);
        Map<State, Map<Action, Rule>> m = mutableCopy();
        for (State s : State.values()) {
            narrow(m, s, action, keep);
        }
        return new TransitionTable(m, reopenWindow);
    }

    /**
     * Returns this table where an action from one state may be taken only by some roles; the transition
     * is removed if none is left.
     *
     * @param from the state
     * @param action the action
     * @param roles the roles that may still take it
     * @return the tightened table
     * @throws SpbeException if the table has no such transition, or a role given may not take it: a
     *     table can only be tightened
     */
    public TransitionTable onlyBy(State from, Action action, Role... roles) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        Set<Role> keep = roleSet(roles);
        Rule r = rules.get(from).get(action);
        if (r == null) {
            throw new SpbeException(Problem.of("action", RULE, "cannot restrict " + action + " from " + from
                    + ": the table has no such transition; from " + from + " it has " + names(rules.get(from).keySet()), action.id()));
        }
        refuseAdded(action + " from " + from, keep, r.roles());
        Map<State, Map<Action, Rule>> m = mutableCopy();
        narrow(m, from, action, keep);
        return new TransitionTable(m, reopenWindow);
    }

    /**
     * Returns this table with another reopen window. The window is not an official figure, so it may be
     * longer or shorter than the default.
     *
     * @param window how long after closing a complaint may be reopened; zero forbids reopening in effect
     * @return the table
     * @throws SpbeException if the window is negative
     */
    public TransitionTable withReopenWindow(Duration window) {
        Objects.requireNonNull(window, "window");
        if (window.isNegative()) {
            throw new SpbeException(Problem.of("reopenWindow", RULE, "the reopen window " + window + " is negative; it must be zero or more", window.toString()));
        }
        return new TransitionTable(rules, window);
    }

    private static Set<Role> roleSet(Role... roles) {
        Objects.requireNonNull(roles, "roles");
        Set<Role> keep = EnumSet.noneOf(Role.class);
        for (Role role : roles) {
            keep.add(Objects.requireNonNull(role, "role"));
        }
        return keep;
    }

    private static void refuseAdded(String what, Set<Role> keep, Set<Role> present) {
        Set<Role> added = EnumSet.noneOf(Role.class);
        added.addAll(keep);
        added.removeAll(present);
        if (!added.isEmpty()) {
            throw new SpbeException(Problem.of("roles", RULE, "cannot let " + names(added) + " " + what
                    + ": the table lets only " + names(present) + " do it, and a table can only be tightened", names(added)));
        }
    }

    private static void narrow(Map<State, Map<Action, Rule>> m, State s, Action action, Set<Role> keep) {
        Rule r = m.get(s).get(action);
        if (r == null) {
            return;
        }
        Set<Role> left = EnumSet.copyOf(r.roles());
        left.retainAll(keep);
        if (left.isEmpty()) {
            m.get(s).remove(action);
        } else {
            m.get(s).put(action, new Rule(s, action, r.to(), left));
        }
    }

    private Map<State, Map<Action, Rule>> mutableCopy() {
        Map<State, Map<Action, Rule>> m = new EnumMap<>(State.class);
        rules.forEach((s, row) -> m.put(s, new EnumMap<>(Action.class)));
        rules.forEach((s, row) -> m.get(s).putAll(row));
        return m;
    }

    static String names(java.util.Collection<? extends Enum<?>> values) {
        if (values.isEmpty()) {
            return "nothing";
        }
        return values.stream().map(Object::toString).collect(Collectors.joining(", "));
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof TransitionTable t && t.rules.equals(rules) && t.reopenWindow.equals(reopenWindow);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rules, reopenWindow);
    }

    @Override
    public String toString() {
        return "TransitionTable" + Arrays.toString(rules().toArray()) + " reopen within " + reopenWindow;
    }
}
