package io.github.spbe4j.complaints.metrics;

import io.github.spbe4j.catalog.Share;
import io.github.spbe4j.complaints.InvalidComplaintException;
import io.github.spbe4j.complaints.lifecycle.State;
import io.github.spbe4j.complaints.sla.Stage;
import io.github.spbe4j.core.Problem;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of one group of complaints (all of them, one agency's or one topic's) at the instant of a
 * report; {@link ComplaintMetrics} says exactly how each is counted. Immutable and thread-safe.
 *
 * @param complaints how many complaints the group has
 * @param states how many are in each state at the instant, every state present (0 for none)
 * @param verification working days from submission to the first verifying action, of those verified
 * @param followUp working days from the disposition to the first follow-up, of those followed up
 * @param sla each SLA stage's counts, every stage present
 * @param resolved closed at the instant as resolved
 * @param notResolved closed at the instant as not resolved
 * @param closedAutomatically closed at the instant automatically (no reply after a follow-up)
 * @param everClosed closed at least once by the instant, closed now or reopened since
 * @param reopened reopened at least once by the instant
 * @param backlog the open complaints (not closed, archived, duplicate or split) by age, every bucket present
 * @since 0.1.0
 */
public record Figures(int complaints, Map<State, Integer> states, Durations verification, Durations followUp,
        Map<Stage, StageFigures> sla, int resolved, int notResolved, int closedAutomatically, int everClosed, int reopened,
        Map<AgeBucket, Integer> backlog) {

    /**
     * Checks that every state, stage and bucket is there and that the counts agree.
     *
     * @param complaints the count
     * @param states by state
     * @param verification time to verification
     * @param followUp time to follow-up
     * @param sla by stage
     * @param resolved closed as resolved
     * @param notResolved closed as not resolved
     * @param closedAutomatically closed automatically
     * @param everClosed ever closed
     * @param reopened ever reopened
     * @param backlog open, by age
     * @throws InvalidComplaintException if a key is missing or the counts disagree
     */
    public Figures {
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(followUp, "followUp");
        states = copy(State.class, states, "states");
        sla = copy(Stage.class, sla, "sla");
        backlog = copy(AgeBucket.class, backlog, "backlog");
        int inStates = states.values().stream().mapToInt(Integer::intValue).sum();
        int open = backlog.values().stream().mapToInt(Integer::intValue).sum();
        int closedNow = states.getOrDefault(State.CLOSED, 0);
        boolean ok = states.size() == State.values().length && sla.size() == Stage.values().length
                && backlog.size() == AgeBucket.values().length && inStates == complaints
                && states.values().stream().allMatch(v -> v >= 0) && backlog.values().stream().allMatch(v -> v >= 0)
                && resolved >= 0 && notResolved >= 0 && closedAutomatically >= 0 && resolved + notResolved + closedAutomatically == closedNow
                && everClosed >= closedNow && everClosed <= complaints && reopened >= 0 && reopened <= everClosed
                && open == complaints - closedNow - states.get(State.ARCHIVED) - states.get(State.DUPLICATE) - states.get(State.SPLIT)
                && verification.count() <= complaints && followUp.count() <= complaints;
        if (!ok) {
            throw new InvalidComplaintException(Problem.of("complaints", "Figures", "figures of " + complaints
                    + " complaints whose counts disagree: states " + states + ", closed " + resolved + "+" + notResolved + "+"
                    + closedAutomatically + ", ever closed " + everClosed + ", reopened " + reopened + ", backlog " + backlog,
                    String.valueOf(complaints)));
        }
    }

    private static <K extends Enum<K>, V> Map<K, V> copy(Class<K> type, Map<K, V> map, String name) {
        Objects.requireNonNull(map, name);
        EnumMap<K, V> copy = new EnumMap<>(type);
        map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, name), Objects.requireNonNull(v, name)));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Returns how many complaints are in a state at the instant.
     *
     * @param state the state
     * @return the count
     */
    public int count(State state) {
        return states.get(state);
    }

    /**
     * Returns how many complaints are closed at the instant.
     *
     * @return resolved + not resolved + closed automatically
     */
    public int closed() {
        return resolved + notResolved + closedAutomatically;
    }

    /**
     * Returns how many complaints are open at the instant: neither closed nor archived, a duplicate or split.
     *
     * @return the size of the backlog
     */
    public int open() {
        return backlog.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Returns the share of one SLA stage met on time, of those decided (see {@link StageFigures#withinSla()}).
     *
     * @param stage the stage
     * @return the share, empty when no complaint's stage is decided
     */
    public Optional<Share> withinSla(Stage stage) {
        return sla.get(stage).withinSla();
    }

    /**
     * Returns the resolution rate: closed as resolved, of the complaints closed at the instant. An automatic
     * close (no reply after the follow-up) is closed but not counted as resolved.
     *
     * @return resolved ÷ closed, empty when none is closed (rather than 0 of 0)
     */
    public Optional<Share> resolutionRate() {
        return closed() == 0 ? Optional.empty() : Optional.of(new Share(resolved, closed()));
    }

    /**
     * Returns the reopen rate: reopened at least once, of the complaints closed at least once by the instant.
     *
     * @return reopened ÷ ever closed, empty when none was ever closed (rather than 0 of 0)
     */
    public Optional<Share> reopenRate() {
        return everClosed == 0 ? Optional.empty() : Optional.of(new Share(reopened, everClosed));
    }
}
