package io.github.spbe4j.complaints.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.SpbeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TransitionTableTest {

    @Test
    void sp4nLapor_rules_areExactlyTheOracleTable() {
        Set<String> actual = TransitionTable.sp4nLapor().rules().stream()
                .map(r -> r.from().id() + " " + r.action().id() + " " + r.to().id() + " "
                        + r.roles().stream().map(Role::id).sorted().collect(Collectors.joining(",")))
                .collect(Collectors.toSet());
        Set<String> expected = Oracle.ROWS.values().stream()
                .map(r -> r.from() + " " + r.action() + " " + r.to() + " " + r.roles().stream().sorted().collect(Collectors.joining(",")))
                .collect(Collectors.toSet());
        assertThat(actual).isEqualTo(expected);
        assertThat(TransitionTable.sp4nLapor().reopenWindow()).isEqualTo(Oracle.REOPEN_WINDOW);
    }

    @Test
    void docs_complaintsMdTable_isExactlyTheDefaultTable() throws java.io.IOException {
        List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of("../docs/complaints.md"));
        Set<String> documented = lines.stream().filter(l -> l.startsWith("| `") && l.split("\\|").length == 5)
                .map(l -> l.split("\\|"))
                .filter(c -> c[2].strip().startsWith("`"))
                .map(c -> c[1].strip().replace("`", "") + " " + c[2].strip().replace("`", "") + " " + c[3].strip().replace("`", "") + " "
                        + c[4].replaceAll("\\(.*\\)", "").strip().replace(" ", ""))
                .collect(Collectors.toSet());
        Set<String> expected = TransitionTable.sp4nLapor().rules().stream()
                .map(r -> r.from().id() + " " + r.action().id() + " " + r.to().id() + " "
                        + r.roles().stream().map(Role::id).collect(Collectors.joining(",")))
                .collect(Collectors.toSet());
        assertThat(documented).isEqualTo(expected);
    }

    @Test
    void ids_fileFormatNames_existExactly() {
        for (String id : List.of("verify", "archive", "postpone", "dispose", "reroute", "start", "follow-up", "respond", "close",
                "reopen", "mark-duplicate", "split")) {
            assertThat(Action.ofId(id).id()).isEqualTo(id);
        }
        assertThat(Action.values()).hasSize(12);
        assertThat(State.ofId("followed-up")).isEqualTo(State.FOLLOWED_UP);
        assertThat(Role.ofId("liaison")).isEqualTo(Role.LIAISON);
        assertThat(CloseReason.ofId("not-resolved")).isEqualTo(CloseReason.NOT_RESOLVED);
        assertThatThrownBy(() -> Action.ofId("Verify")).isInstanceOf(SpbeException.class)
                .hasMessageContaining("action \"Verify\" is unknown; the known ones are verify, archive, postpone, dispose");
    }

    static Stream<Arguments> everyStateActionRole() {
        List<Arguments> all = new ArrayList<>();
        for (State s : State.values()) {
            for (Action a : Action.values()) {
                for (Role r : Role.values()) {
                    all.add(Arguments.of(s, a, r));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyStateActionRole")
    void apply_everyStateActionRole_appliedExactlyWhenTheOracleAllows(State state, Action action, Role role) {
        Lifecycle before = Oracle.reach(TransitionTable.sp4nLapor(), state.id());
        assertThat(before.state()).isEqualTo(state);
        Instant at = before.history().last().map(History.Entry::at).orElse(Oracle.T0).plus(Duration.ofHours(1));
        Step step = action == Action.CLOSE
                ? Step.close(role == Role.SYSTEM ? CloseReason.AUTOMATIC : CloseReason.RESOLVED, role, "Budi", at)
                : Step.of(action, role, "Budi", at).withNote("catatan").withTargets(Oracle.targets(action.id()));

        Transition t = before.apply(step);

        assertThat(before.allowedNow(role)).extracting(Action::id).containsExactlyElementsOf(Oracle.allowed(state.id(), role.id()));
        if (Oracle.allows(state.id(), action.id(), role.id())) {
            assertThat(t).isInstanceOf(Transition.Applied.class);
            Transition.Applied applied = (Transition.Applied) t;
            assertThat(applied.state().id()).isEqualTo(Oracle.row(state.id(), action.id()).to());
            assertThat(applied.entry()).isEqualTo(new History.Entry(state, action, applied.state(), role, "Budi", at,
                    action == Action.CLOSE ? "" : "catatan", step.closeReason(), Oracle.targets(action.id())));
            List<History.Entry> after = applied.lifecycle().history().entries();
            assertThat(after).hasSize(before.history().size() + 1).last().isEqualTo(applied.entry());
            assertThat(after.subList(0, before.history().size())).isEqualTo(before.history().entries());
        } else {
            assertThat(t).isInstanceOf(Transition.Refused.class);
            Transition.Refused refused = (Transition.Refused) t;
            assertThat(refused.message()).isEqualTo(Oracle.refusal(state.id(), action.id(), role.id()));
            assertThat(refused.problem().rule()).isEqualTo(Lifecycle.RULE);
            assertThat(refused.problem().path()).isEqualTo("action");
        }
        assertThat(before).isEqualTo(Oracle.reach(TransitionTable.sp4nLapor(), state.id()));
    }

    @Test
    void refusal_followUpWhenSubmitted_namesStateActionAndAllowedActions() {
        Transition t = Lifecycle.submitted(TransitionTable.sp4nLapor(), Oracle.T0)
                .apply(Step.of(Action.FOLLOW_UP, Role.ADMIN, "Budi", Oracle.T0));
        assertThat(((Transition.Refused) t).message())
                .isEqualTo("cannot follow-up a complaint that is submitted; allowed now for admin: verify, archive, postpone, mark-duplicate, split");
    }

    @Test
    void without_aTransition_removesOnlyIt() {
        TransitionTable t = TransitionTable.sp4nLapor().without(State.SUBMITTED, Action.POSTPONE);
        assertThat(t.rule(State.SUBMITTED, Action.POSTPONE)).isEmpty();
        assertThat(t.rules()).hasSize(TransitionTable.sp4nLapor().rules().size() - 1);
        assertThat(TransitionTable.sp4nLapor().rules()).containsAll(t.rules());
        Transition refused = Lifecycle.submitted(t, Oracle.T0).apply(Step.of(Action.POSTPONE, Role.ADMIN, "Budi", Oracle.T0));
        assertThat(((Transition.Refused) refused).message())
                .isEqualTo("cannot postpone a complaint that is submitted; allowed now for admin: verify, archive, mark-duplicate, split");
        assertThat(TransitionTable.sp4nLapor().rule(State.SUBMITTED, Action.POSTPONE)).isPresent();
    }

    @Test
    void without_aTransitionTheTableLacks_throwsNamingWhatItHas() {
        assertThatThrownBy(() -> TransitionTable.sp4nLapor().without(State.ARCHIVED, Action.REOPEN)).isInstanceOf(SpbeException.class)
                .hasMessageContaining("cannot remove reopen from archived: the table has no such transition; from archived it has nothing");
    }

    @Test
    void onlyBy_action_keepsOnlyThoseRolesEverywhere() {
        TransitionTable t = TransitionTable.sp4nLapor().onlyBy(Action.CLOSE, Role.ADMIN, Role.SYSTEM);
        assertThat(t.rule(State.FOLLOWED_UP, Action.CLOSE).orElseThrow().roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.SYSTEM);
        assertThat(t.rule(State.RESPONDED, Action.CLOSE).orElseThrow().roles()).containsExactly(Role.ADMIN);
        TransitionTable onlySystem = TransitionTable.sp4nLapor().onlyBy(Action.CLOSE, Role.SYSTEM);
        assertThat(onlySystem.rule(State.RESPONDED, Action.CLOSE)).isEmpty();
    }

    @Test
    void onlyBy_aRoleTheTableDoesNotAllow_throwsBecauseTablesOnlyTighten() {
        assertThatThrownBy(() -> TransitionTable.sp4nLapor().onlyBy(Action.CLOSE, Role.LIAISON)).isInstanceOf(SpbeException.class)
                .hasMessageContaining("cannot let liaison close: the table lets only citizen, admin, system do it, and a table can only be tightened");
        assertThatThrownBy(() -> TransitionTable.sp4nLapor().onlyBy(State.CLOSED, Action.REOPEN, Role.SYSTEM))
                .isInstanceOf(SpbeException.class).hasMessageContaining("cannot let system reopen from closed");
        assertThatThrownBy(() -> TransitionTable.sp4nLapor().onlyBy(State.SUBMITTED, Action.REOPEN, Role.ADMIN))
                .isInstanceOf(SpbeException.class).hasMessageContaining("cannot restrict reopen from submitted");
    }

    @Test
    void onlyBy_stateAction_narrowsThatTransitionOnly() {
        TransitionTable t = TransitionTable.sp4nLapor().onlyBy(State.CLOSED, Action.REOPEN, Role.ADMIN);
        assertThat(t.rule(State.CLOSED, Action.REOPEN).orElseThrow().roles()).containsExactly(Role.ADMIN);
        assertThat(t.allowed(State.CLOSED, Role.CITIZEN)).isEmpty();
        assertThat(t.onlyBy(State.CLOSED, Action.REOPEN).rule(State.CLOSED, Action.REOPEN)).isEmpty();
    }

    @Test
    void tightening_seededRandomSequences_onlyEverRemoves() {
        java.util.Random random = new java.util.Random(9_002);
        List<TransitionTable.Rule> base = TransitionTable.sp4nLapor().rules();
        for (int run = 0; run < 500; run++) {
            TransitionTable t = TransitionTable.sp4nLapor();
            for (int i = 0; i < 6; i++) {
                List<TransitionTable.Rule> rules = t.rules();
                if (rules.isEmpty()) {
                    break;
                }
                TransitionTable.Rule r = rules.get(random.nextInt(rules.size()));
                if (random.nextBoolean()) {
                    t = t.without(r.from(), r.action());
                } else {
                    List<Role> roles = new ArrayList<>(r.roles());
                    t = t.onlyBy(r.from(), r.action(), roles.subList(0, random.nextInt(roles.size() + 1)).toArray(Role[]::new));
                }
                for (TransitionTable.Rule now : t.rules()) {
                    TransitionTable.Rule original = base.stream()
                            .filter(b -> b.from() == now.from() && b.action() == now.action()).findFirst().orElseThrow();
                    assertThat(now.to()).isEqualTo(original.to());
                    assertThat(original.roles()).containsAll(now.roles());
                }
            }
        }
    }

    @Test
    void withReopenWindow_negative_throws() {
        assertThat(TransitionTable.sp4nLapor().withReopenWindow(Duration.ofDays(5)).reopenWindow()).isEqualTo(Duration.ofDays(5));
        assertThatThrownBy(() -> TransitionTable.sp4nLapor().withReopenWindow(Duration.ofDays(-1))).isInstanceOf(SpbeException.class)
                .hasMessageContaining("the reopen window PT-24H is negative");
    }

    @Test
    void rules_returned_areUnmodifiable() {
        TransitionTable.Rule r = TransitionTable.sp4nLapor().rules().get(0);
        assertThatThrownBy(() -> r.roles().add(Role.SYSTEM)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> TransitionTable.sp4nLapor().rules().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
