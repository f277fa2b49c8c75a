package io.github.spbe4j.complaints.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * 10,000 seeded random sequences of steps — any action, any role, any close reason, times that
 * sometimes go back or jump past the reopen window — checked step by step against {@link Oracle}.
 */
class RandomWalkTest {

    private static final Set<String> STATES_OF_THE_TABLE = Oracle.ROWS.values().stream()
            .flatMap(r -> java.util.stream.Stream.of(r.from(), r.to())).collect(Collectors.toSet());

    @Test
    void apply_tenThousandRandomSequences_followTheOracleAndNeverLoseHistory() {
        Random random = new Random(20_261_206L);
        Action[] actions = Action.values();
        Role[] roles = Role.values();
        CloseReason[] reasons = CloseReason.values();
        long applied = 0;
        long refused = 0;
        Set<State> visited = java.util.EnumSet.of(State.SUBMITTED);
        for (int run = 0; run < 10_000; run++) {
            Lifecycle l = Lifecycle.submitted(TransitionTable.sp4nLapor(), Oracle.T0);
            String state = "submitted";
            Instant last = Oracle.T0;
            Instant closedAt = Oracle.T0;
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                boolean likely = random.nextBoolean();
                Oracle.@Nullable Row row = likely ? pickRow(random, state) : null;
                Action action = row != null ? Action.ofId(row.action()) : actions[random.nextInt(actions.length)];
                Role role = row != null ? Role.ofId(row.roles().stream().sorted().toList().get(random.nextInt(row.roles().size())))
                        : roles[random.nextInt(roles.length)];
                int r = random.nextInt(10);
                Duration gap = row != null && r < 2 ? Duration.ofHours(1) : r == 0 ? Duration.ofMinutes(-5) : r == 1 ? Duration.ofDays(15) : Duration.ofHours(random.nextInt(30));
                Instant at = last.plus(gap);
                @Nullable CloseReason reason = action == Action.CLOSE || row == null && random.nextInt(20) == 0 ? reasons[random.nextInt(reasons.length)] : null;
                if (action == Action.CLOSE && (row != null || random.nextInt(4) == 0)) {
                    reason = role == Role.SYSTEM ? CloseReason.AUTOMATIC : CloseReason.RESOLVED;
                }
                List<String> targets = random.nextInt(8) > 0 ? Oracle.targets(action.id())
                        : List.<List<String>>of(List.of(), List.of("Dinas PU"), List.of("LPR-2", "LPR-2"), List.of("LPR-2", "LPR-3")).get(random.nextInt(4));
                String note = random.nextInt(6) == 0 ? "" : "catatan";
                Step step = new Step(action, role, "petugas-" + i, at, note, Optional.ofNullable(reason), targets);

                boolean expected = !at.isBefore(last)
                        && Oracle.allows(state, action.id(), role.id())
                        && (action == Action.CLOSE
                                ? reason != null && (role == Role.SYSTEM) == (reason == CloseReason.AUTOMATIC)
                                : reason == null)
                        && Oracle.targetsFit(action.id(), targets)
                        && (action != Action.ARCHIVE || !note.isEmpty())
                        && (action != Action.REOPEN || !at.isAfter(closedAt.plus(Oracle.REOPEN_WINDOW)));

                History before = l.history();
                State stateBefore = l.state();
                Transition t = l.apply(step);
                assertThat(l.history()).isSameAs(before);
                assertThat(l.state()).isSameAs(stateBefore);
                if (expected) {
                    assertThat(t).as("run %d step %d: %s", run, i, step).isInstanceOf(Transition.Applied.class);
                    Lifecycle next = ((Transition.Applied) t).lifecycle();
                    state = Oracle.row(state, action.id()).to();
                    assertThat(next.state().id()).isEqualTo(state);
                    assertThat(next.history().size()).isEqualTo(before.size() + 1);
                    assertThat(next.history().entries().subList(0, before.size())).isEqualTo(before.entries());
                    if (action == Action.CLOSE) {
                        closedAt = at;
                    }
                    last = at;
                    l = next;
                    applied++;
                    visited.add(next.state());
                } else {
                    refused++;
                    assertThat(t).as("run %d step %d: %s in %s", run, i, step, state).isInstanceOf(Transition.Refused.class);
                }
                assertThat(l.state().id()).isIn(STATES_OF_THE_TABLE);
            }
            assertThat(l.history().entries()).allSatisfy(e -> assertThat(Oracle.allows(e.from().id(), e.action().id(), e.role().id())).isTrue());
        }
        assertThat(applied).as("the walk must move, not only be refused").isGreaterThan(15_000);
        assertThat(visited).as("every state is reached").hasSize(State.values().length);
        assertThat(refused).as("the walk must try what is not allowed").isGreaterThan(50_000);
    }

    /** A transition of the oracle from a state, or null for a final state. */
    private static Oracle.@Nullable Row pickRow(Random random, String state) {
        List<Oracle.Row> rows = Oracle.ROWS.values().stream().filter(r -> r.from().equals(state))
                .sorted(java.util.Comparator.comparing(Oracle.Row::action)).toList();
        return rows.isEmpty() ? null : rows.get(random.nextInt(rows.size()));
    }
}
