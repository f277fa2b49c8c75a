package io.github.spbe4j.complaints.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.SpbeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LifecycleTest {

    private static final TransitionTable TABLE = TransitionTable.sp4nLapor();

    private static Lifecycle followedUp() {
        return Oracle.reach(TABLE, "followed-up");
    }

    private static Instant later(Lifecycle l, Duration d) {
        return l.history().last().orElseThrow().at().plus(d);
    }

    private static String refusal(Transition t) {
        assertThat(t).isInstanceOf(Transition.Refused.class);
        return ((Transition.Refused) t).message();
    }

    @ParameterizedTest
    @CsvSource({
        "citizen, resolved, ",
        "citizen, not-resolved, ",
        "admin, resolved, ",
        "system, automatic, ",
        "citizen, automatic, 'only the system closes automatically; citizen closes resolved or not-resolved'",
        "admin, automatic, 'only the system closes automatically; admin closes resolved or not-resolved'",
        "system, resolved, 'the system closes only automatically, not resolved'",
        "system, not-resolved, 'the system closes only automatically, not not-resolved'",
    })
    void close_reasonAndRole_onlySystemClosesAutomatically(String role, String reason, String refusal) {
        Lifecycle l = followedUp();
        Transition t = l.apply(Step.close(CloseReason.ofId(reason), Role.ofId(role), "Siti", later(l, Duration.ofDays(1))));
        if (refusal == null) {
            Lifecycle closed = ((Transition.Applied) t).lifecycle();
            assertThat(closed.state()).isEqualTo(State.CLOSED);
            assertThat(closed.closeReason()).contains(CloseReason.ofId(reason));
        } else {
            assertThat(refusal(t)).isEqualTo(refusal);
            assertThat(((Transition.Refused) t).problem().rule()).isEqualTo(Lifecycle.CLOSE_RULE);
        }
    }

    @Test
    void close_withoutReason_isRefused() {
        Lifecycle l = followedUp();
        assertThat(refusal(l.apply(Step.of(Action.CLOSE, Role.ADMIN, "Siti", later(l, Duration.ofHours(1))))))
                .isEqualTo("a close needs its outcome: resolved, not-resolved or automatic");
    }

    @Test
    void reasonOnAnotherAction_isRefused() {
        Lifecycle l = followedUp();
        Step respond = new Step(Action.RESPOND, Role.CITIZEN, "Siti", later(l, Duration.ofHours(1)), "", Optional.of(CloseReason.RESOLVED));
        assertThat(refusal(l.apply(respond))).isEqualTo("only a close carries an outcome; respond was given resolved");
    }

    @Test
    void reopen_withinWindow_goesBackToTheAgency_andIsCounted() {
        Lifecycle closed = Oracle.reach(TABLE, "closed");
        Transition t = closed.apply(Step.of(Action.REOPEN, Role.CITIZEN, "Siti", later(closed, Duration.ofDays(14))));
        Lifecycle reopened = ((Transition.Applied) t).lifecycle();
        assertThat(reopened.state()).isEqualTo(State.DISPOSITIONED);
        assertThat(reopened.closeReason()).isEmpty();
        assertThat(reopened.history().count(Action.REOPEN)).isEqualTo(1);
    }

    @Test
    void reopen_afterWindow_isRefusedNamingTheWindow() {
        Lifecycle closed = Oracle.reach(TABLE, "closed");
        Instant closedAt = closed.history().last().orElseThrow().at();
        Transition t = closed.apply(Step.of(Action.REOPEN, Role.ADMIN, "Budi", closedAt.plus(Duration.ofDays(14)).plusSeconds(1)));
        assertThat(refusal(t)).isEqualTo("cannot reopen at 2026-03-31T06:15:01Z a complaint closed at 2026-03-17T06:15:00Z:"
                + " the reopen window of 14 days ended at 2026-03-31T06:15:00Z");
        Lifecycle strict = Oracle.reach(TABLE.withReopenWindow(Duration.ofHours(36)), "closed");
        assertThat(refusal(strict.apply(Step.of(Action.REOPEN, Role.ADMIN, "Budi", closedAt.plus(Duration.ofDays(2))))))
                .endsWith("the reopen window of PT36H ended at 2026-03-18T18:15:00Z");
        assertThat(strict.apply(Step.of(Action.REOPEN, Role.ADMIN, "Budi", closedAt.plus(Duration.ofHours(36)))))
                .isInstanceOf(Transition.Applied.class);
    }

    @Test
    void apply_stepEarlierThanTheLastOne_isRefused() {
        Lifecycle l = followedUp();
        Transition t = l.apply(Step.of(Action.RESPOND, Role.CITIZEN, "Siti", Oracle.T0));
        assertThat(refusal(t)).isEqualTo("cannot respond at 2026-03-17T02:15:00Z: the complaint's latest action was at"
                + " 2026-03-17T05:15:00Z, and steps must be in order");
        Transition beforeSubmission = Lifecycle.submitted(TABLE, Oracle.T0)
                .apply(Step.of(Action.VERIFY, Role.ADMIN, "Budi", Oracle.T0.minusSeconds(1)));
        assertThat(refusal(beforeSubmission)).contains("latest event, its submission, was at 2026-03-17T02:15:00Z");
    }

    @Test
    void apply_actorOrNoteAgainstTheTextPolicy_isRefusedAndNamesTheField() {
        Lifecycle l = Lifecycle.submitted(TABLE, Oracle.T0);
        Transition control = l.apply(Step.of(Action.VERIFY, Role.ADMIN, "Budi\u001b[2J", Oracle.T0));
        assertThat(((Transition.Refused) control).problem().path()).isEqualTo("actor");
        assertThat(refusal(control)).startsWith("actor \"Budi").contains("control character U+001B");
        Transition invisible = l.apply(Step.of(Action.VERIFY, Role.ADMIN, "Bu\u200bdi", Oracle.T0));
        assertThat(refusal(invisible)).contains("invisible character U+200B");
        Transition blank = l.apply(Step.of(Action.VERIFY, Role.ADMIN, " ", Oracle.T0));
        assertThat(refusal(blank)).contains("must be 1 to 200 characters and not blank");
        Transition bidi = l.apply(Step.of(Action.ARCHIVE, Role.ADMIN, "Budi", Oracle.T0).withNote("format salah\u202e"));
        assertThat(((Transition.Refused) bidi).problem().path()).isEqualTo("note");
        Transition longNote = l.apply(Step.of(Action.ARCHIVE, Role.ADMIN, "Budi", Oracle.T0).withNote("x".repeat(4001)));
        assertThat(refusal(longNote)).contains("has 4001 characters; the most is 4000");
        Transition multiLine = l.apply(Step.of(Action.ARCHIVE, Role.ADMIN, "Budi", Oracle.T0).withNote("Terlalu umum.\n\tLihat panduan."));
        assertThat(multiLine).isInstanceOf(Transition.Applied.class);
        assertThat(l.state()).isEqualTo(State.SUBMITTED);
        assertThat(l.history().size()).isZero();
    }

    @Test
    void dispose_severalHopsAndReroute_areAllRecorded() {
        Lifecycle l = Oracle.reach(TABLE, "dispositioned");
        Instant at = later(l, Duration.ofHours(1));
        assertThat(l.agency()).contains("Dinas PU");
        l = ((Transition.Applied) l.apply(Step.dispose(Role.LIAISON, "Dinas PU", at, "Dinas Perkim").withNote("ke Dinas Perkim"))).lifecycle();
        assertThat(l.agency()).contains("Dinas Perkim");
        l = ((Transition.Applied) l.apply(Step.of(Action.REROUTE, Role.LIAISON, "Dinas Perkim", at).withNote("bukan wewenang"))).lifecycle();
        assertThat(l.state()).isEqualTo(State.VERIFIED);
        assertThat(l.agency()).isEmpty();
        l = ((Transition.Applied) l.apply(Step.dispose(Role.ADMIN, "Admin Kota", at, "Dinas Lingkungan Hidup"))).lifecycle();
        assertThat(l.state()).isEqualTo(State.DISPOSITIONED);
        assertThat(l.agency()).contains("Dinas Lingkungan Hidup");
        assertThat(l.history().count(Action.DISPOSE)).isEqualTo(3);
        assertThat(l.history().entries()).filteredOn(e -> e.action() == Action.DISPOSE).extracting(e -> e.targets().get(0))
                .containsExactly("Dinas PU", "Dinas Perkim", "Dinas Lingkungan Hidup");
        assertThat(l.history().entries()).extracting(History.Entry::note).contains("ke Dinas Perkim", "bukan wewenang");
    }

    @Test
    void targets_wrongCountOrUnsafe_areRefusedNamingTheRule() {
        Lifecycle verified = Oracle.reach(TABLE, "verified");
        Instant at = later(verified, Duration.ofHours(1));
        assertThat(refusal(verified.apply(Step.of(Action.DISPOSE, Role.ADMIN, "Budi", at))))
                .isEqualTo("dispose names the one agency it is sent to; it was given 0");
        assertThat(refusal(verified.apply(Step.dispose(Role.ADMIN, "Budi", at, "Dinas\u202ePU"))))
                .startsWith("targets[0] ");
        assertThat(refusal(verified.apply(Step.of(Action.SPLIT, Role.ADMIN, "Budi", at).withTargets(List.of("LPR-2")))))
                .isEqualTo("split names the tracking ids of the new complaints, 2 to 50; it was given 1");
        assertThat(refusal(verified.apply(Step.of(Action.SPLIT, Role.ADMIN, "Budi", at).withTargets(List.of("LPR-2", "LPR-2")))))
                .isEqualTo("a complaint is split into different complaints; \"LPR-2\" is named twice");
        assertThat(refusal(verified.apply(Step.of(Action.ARCHIVE, Role.ADMIN, "Budi", at).withTargets(List.of("LPR-2")))))
                .isEqualTo("archive names nothing; it was given 1");
    }

    @Test
    void archive_withoutItsReason_isRefused_withOneApplied() {
        Lifecycle submitted = Lifecycle.submitted(TABLE, Oracle.T0);

        Transition bare = submitted.apply(Step.of(Action.ARCHIVE, Role.ADMIN, "Budi", Oracle.T0));
        assertThat(refusal(bare)).isEqualTo("an archive needs its reason in the note, e.g. the wrong format, too general,"
                + " not relevant to a public service");
        assertThat(((Transition.Refused) bare).problem().rule()).isEqualTo(Lifecycle.ARCHIVE_RULE);
        assertThat(refusal(submitted.apply(Step.of(Action.ARCHIVE, Role.ADMIN, "Budi", Oracle.T0).withNote("  ")))).startsWith("an archive needs");
        Transition withReason = submitted.apply(Step.of(Action.ARCHIVE, Role.ADMIN, "Budi", Oracle.T0).withNote("Terlalu umum."));
        assertThat(withReason).isInstanceOfSatisfying(Transition.Applied.class, a -> {
            assertThat(a.state()).isEqualTo(State.ARCHIVED);
            assertThat(a.entry().note()).isEqualTo("Terlalu umum.");
        });
    }

    @Test
    void duplicateAndSplit_nameTheirTargets() {
        Lifecycle verified = Oracle.reach(TABLE, "verified");
        Instant at = later(verified, Duration.ofHours(1));
        Lifecycle duplicate = ((Transition.Applied) verified.apply(Step.of(Action.MARK_DUPLICATE, Role.ADMIN, "Budi", at)
                .withTargets(List.of("LPR-7")))).lifecycle();
        assertThat(duplicate.duplicateOf()).contains("LPR-7");
        assertThat(duplicate.splitInto()).isEmpty();
        Lifecycle split = ((Transition.Applied) verified.apply(Step.of(Action.SPLIT, Role.ADMIN, "Budi", at)
                .withTargets(List.of("LPR-8", "LPR-9")))).lifecycle();
        assertThat(split.splitInto()).containsExactly("LPR-8", "LPR-9");
        assertThat(split.duplicateOf()).isEmpty();
        assertThat(verified.duplicateOf()).isEmpty();
    }

    @Test
    void history_isAppendOnlyAndImmutable() {
        Lifecycle l = followedUp();
        History h = l.history();
        assertThatThrownBy(() -> h.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
        History.Entry last = h.last().orElseThrow();
        History.Entry next = new History.Entry(State.FOLLOWED_UP, Action.RESPOND, State.RESPONDED, Role.CITIZEN, "Siti",
                last.at().plusSeconds(60), "terima kasih", Optional.empty());
        History longer = h.append(next);
        assertThat(longer.size()).isEqualTo(h.size() + 1);
        assertThat(h.size()).isEqualTo(3);
        assertThat(longer.entries().subList(0, 3)).isEqualTo(h.entries());
        assertThatThrownBy(() -> h.append(new History.Entry(State.CLOSED, Action.REOPEN, State.DISPOSITIONED, Role.CITIZEN, "Siti",
                last.at().plusSeconds(60), "", Optional.empty()))).isInstanceOf(SpbeException.class)
                .hasMessageContaining("the entry reopen starts from closed but the history ends in followed-up");
        assertThatThrownBy(() -> h.append(new History.Entry(State.FOLLOWED_UP, Action.RESPOND, State.RESPONDED, Role.CITIZEN, "Siti",
                last.at().minusSeconds(1), "", Optional.empty()))).isInstanceOf(SpbeException.class).hasMessageContaining("is earlier than the last one");
        assertThatThrownBy(() -> new History.Entry(State.FOLLOWED_UP, Action.CLOSE, State.CLOSED, Role.CITIZEN, "Siti", last.at(), "", Optional.empty()))
                .isInstanceOf(SpbeException.class).hasMessageContaining("a close must carry its outcome");
    }
}
