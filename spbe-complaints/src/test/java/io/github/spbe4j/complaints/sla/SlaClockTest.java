package io.github.spbe4j.complaints.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.complaints.lifecycle.Action;
import io.github.spbe4j.complaints.lifecycle.CloseReason;
import io.github.spbe4j.complaints.lifecycle.Lifecycle;
import io.github.spbe4j.complaints.lifecycle.Role;
import io.github.spbe4j.complaints.lifecycle.State;
import io.github.spbe4j.complaints.lifecycle.Step;
import io.github.spbe4j.complaints.lifecycle.Transition;
import io.github.spbe4j.complaints.lifecycle.TransitionTable;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.calendar.Holiday;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import io.github.spbe4j.core.calendar.Workforce;
import io.github.spbe4j.core.identifier.RegionCode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-written cases from Kota Contoh (Pontianak's region 61.71, WIB), a WITA city and a WIT city. */
class SlaClockTest {

    private static final SlaClock KOTA_CONTOH = SlaClock.forRegion(RegionCode.parse("61.71"));

    static Instant t(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    /** Applies steps "action role time" in order; every one must be applied. */
    static Lifecycle lifecycle(String submitted, String... steps) {
        Lifecycle l = Lifecycle.submitted(TransitionTable.sp4nLapor(), t(submitted));
        for (String s : steps) {
            String[] p = s.split(" ");
            Action a = Action.ofId(p[0]);
            Role role = Role.ofId(p[1]);
            Step step = a == Action.CLOSE ? Step.close(role == Role.SYSTEM ? CloseReason.AUTOMATIC : CloseReason.RESOLVED, role, "petugas", t(p[2]))
                    : Step.of(a, role, "petugas", t(p[2])).withTargets(targets(a)).withNote("catatan");
            Transition tr = l.apply(step);
            assertThat(tr).as(s).isInstanceOf(Transition.Applied.class);
            l = ((Transition.Applied) tr).lifecycle();
        }
        return l;
    }

    static SlaDeadline deadline(SlaStatus s, Stage stage) {
        return s.stage(stage).orElseThrow().deadline().orElseThrow();
    }

    @Test
    void status_verificationAcrossIdulFitri2026_skipsCutiBersamaForCivilServants() {
        // Tue 17 March 2026; 18 cuti bersama, 19 Nyepi, 20 cuti bersama, 21-22 Idul Fitri, 23-24 cuti bersama
        Lifecycle l = lifecycle("2026-03-17T09:15:00+07:00");
        SlaStatus s = KOTA_CONTOH.status(l, t("2026-03-20T10:00:00+07:00"));
        assertThat(deadline(s, Stage.VERIFICATION).date()).isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(deadline(s, Stage.VERIFICATION).end()).isEqualTo(t("2026-03-27T23:59:59.999999999+07:00"));
        assertThat(deadline(s, Stage.VERIFICATION).provisional()).isFalse();
        assertThat(s.stage(Stage.VERIFICATION).orElseThrow().outcome()).isEqualTo(StageStatus.Outcome.RUNNING);
        assertThat(s.stage(Stage.FOLLOW_UP)).isEmpty();
        assertThat(s.stage(Stage.SETTLEMENT)).isEmpty();
        assertThat(s.state()).isEqualTo(State.SUBMITTED);
    }

    @Test
    void status_privateSectorCalendar_countsCutiBersamaAsWorkingDays() {
        Lifecycle l = lifecycle("2026-03-17T09:15:00+07:00", "verify admin 2026-03-25T10:00:00+07:00");
        SlaStatus civil = KOTA_CONTOH.status(l, t("2026-03-26T10:00:00+07:00"));
        SlaStatus priv = KOTA_CONTOH.withCalendar(WorkingDayCalendar.indonesia(Workforce.PRIVATE_SECTOR))
                .status(l, t("2026-03-26T10:00:00+07:00"));
        assertThat(civil.stage(Stage.VERIFICATION).orElseThrow().outcome()).isEqualTo(StageStatus.Outcome.MET);
        // private sector: 18, 20 and 23 March are working days, so the third is Monday 23 March
        assertThat(deadline(priv, Stage.VERIFICATION).date()).isEqualTo(LocalDate.of(2026, 3, 23));
        StageStatus late = priv.stage(Stage.VERIFICATION).orElseThrow();
        assertThat(late.outcome()).isEqualTo(StageStatus.Outcome.MET_LATE);
        assertThat(late.overdue()).isFalse();
        assertThat(late.lateness()).contains(Duration.between(t("2026-03-23T23:59:59.999999999+07:00"), t("2026-03-25T10:00:00+07:00")));
        assertThat(priv.overdue()).isEmpty();
    }

    @Test
    void status_settlement_isSixtyCalendarDaysFromVerificationOrTheTiersWorkingDays() {
        Lifecycle l = lifecycle("2026-03-17T09:15:00+07:00", "verify admin 2026-03-25T10:00:00+07:00",
                "dispose admin 2026-03-26T08:00:00+07:00");
        SlaStatus s = KOTA_CONTOH.status(l, t("2026-03-26T09:00:00+07:00"));
        assertThat(deadline(s, Stage.SETTLEMENT).date()).isEqualTo(LocalDate.of(2026, 5, 24));
        assertThat(s.expectedCompletion()).contains(t("2026-05-24T23:59:59.999999999+07:00"));
        // follow-up: 5 working days after Thu 26 March: 27, 30, 31 March, 1, 2 April
        assertThat(deadline(s, Stage.FOLLOW_UP).date()).isEqualTo(LocalDate.of(2026, 4, 2));
        SlaStatus light = KOTA_CONTOH.status(l, ClockEvents.empty(), Optional.of(Tier.LIGHT), t("2026-03-26T09:00:00+07:00"));
        assertThat(deadline(light, Stage.SETTLEMENT).date()).isEqualTo(LocalDate.of(2026, 3, 27));
        SlaStatus normative = KOTA_CONTOH.status(l, ClockEvents.empty(), Optional.of(Tier.NORMATIVE), t("2026-03-26T09:00:00+07:00"));
        // 26, 27, 30, 31 March, 1 April; 3 April is Good Friday
        assertThat(deadline(normative, Stage.SETTLEMENT).date()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void status_beforeVerification_expectsCompletionFromTheVerificationDeadline() {
        Lifecycle l = lifecycle("2026-03-17T09:15:00+07:00");
        SlaStatus s = KOTA_CONTOH.status(l, t("2026-03-18T09:00:00+07:00"));
        // verification deadline 27 March, + 60 calendar days = 26 May
        assertThat(s.expectedCompletion()).contains(t("2026-05-26T23:59:59.999999999+07:00"));
        Lifecycle archived = lifecycle("2026-03-17T09:15:00+07:00", "archive admin 2026-03-18T09:00:00+07:00");
        assertThat(KOTA_CONTOH.status(archived, t("2026-03-19T09:00:00+07:00")).expectedCompletion()).isEmpty();
    }

    @Test
    void status_followUpAcrossNewYear2027_isProvisionalAndNamesTheEstimatedDay() {
        Lifecycle l = lifecycle("2026-12-21T09:00:00+07:00", "verify admin 2026-12-22T09:00:00+07:00",
                "dispose admin 2026-12-28T09:00:00+07:00");
        SlaStatus s = KOTA_CONTOH.status(l, t("2026-12-29T09:00:00+07:00"));
        SlaDeadline d = deadline(s, Stage.FOLLOW_UP);
        // 29, 30, 31 December; 1 January 2027 estimated Tahun Baru; 4 January; 5 January estimated Isra Mikraj; 6 January
        assertThat(d.date()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(d.provisional()).isTrue();
        assertThat(d.estimatedDays()).extracting(Holiday::date).containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 5));
        assertThat(d.estimatedDays()).allMatch(Holiday::estimated);
        assertThat(d.estimatedDays().get(1).name()).contains("Isra");
        assertThat(s.provisional()).isTrue();
        assertThat(deadline(s, Stage.VERIFICATION).provisional()).isFalse();
    }

    @Test
    void status_eventAt2330Local_fallsOnItsLocalDayNotTheUtcOne() {
        // 23:30 WIT on Monday 16 March 2026 is 14:30 UTC the same day; 00:30 WIB on Tue 17 March is Monday in UTC
        SlaClock jayapura = SlaClock.forRegion(RegionCode.parse("91.71"));
        assertThat(jayapura.zone()).isEqualTo(ZoneId.of("Asia/Jayapura"));
        SlaStatus late = jayapura.status(lifecycle("2026-03-16T23:30:00+09:00"), t("2026-03-17T00:00:00+09:00"));
        // Monday 16: the working days after are 17, 25, 26 March
        assertThat(deadline(late, Stage.VERIFICATION).date()).isEqualTo(LocalDate.of(2026, 3, 26));
        assertThat(deadline(late, Stage.VERIFICATION).end()).isEqualTo(Instant.parse("2026-03-26T14:59:59.999999999Z"));
        SlaStatus early = KOTA_CONTOH.status(lifecycle("2026-03-17T00:30:00+07:00"), t("2026-03-17T01:00:00+07:00"));
        assertThat(deadline(early, Stage.VERIFICATION).date()).isEqualTo(LocalDate.of(2026, 3, 27));
        // the same instant read in UTC would fall on Monday 16 March and give 26 March
        SlaStatus utc = KOTA_CONTOH.withZone(ZoneId.of("UTC")).status(lifecycle("2026-03-17T00:30:00+07:00"), t("2026-03-17T01:00:00+07:00"));
        assertThat(deadline(utc, Stage.VERIFICATION).date()).isEqualTo(LocalDate.of(2026, 3, 26));
    }

    @Test
    void status_metAtTheLastNanosecondLocal_isOnTimeAndOneNanosecondLaterIsLate() {
        SlaClock makassar = SlaClock.forRegion(RegionCode.parse("73.71"));
        assertThat(makassar.zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
        Lifecycle onTime = lifecycle("2026-03-17T09:15:00+08:00", "verify admin 2026-03-27T23:59:59.999999999+08:00");
        Lifecycle late = lifecycle("2026-03-17T09:15:00+08:00", "verify admin 2026-03-28T00:00:00+08:00");
        assertThat(makassar.status(onTime, t("2026-04-01T00:00:00+08:00")).stage(Stage.VERIFICATION).orElseThrow().outcome())
                .isEqualTo(StageStatus.Outcome.MET);
        StageStatus l = makassar.status(late, t("2026-04-01T00:00:00+08:00")).stage(Stage.VERIFICATION).orElseThrow();
        assertThat(l.outcome()).isEqualTo(StageStatus.Outcome.MET_LATE);
        assertThat(l.lateness()).contains(Duration.ofNanos(1));
        // the deadline ends at 15:59:59.999999999 UTC, not at the end of the UTC day
        assertThat(deadline(makassar.status(late, t("2026-03-18T00:00:00Z")), Stage.VERIFICATION).end())
                .isEqualTo(Instant.parse("2026-03-27T15:59:59.999999999Z"));
    }

    @Test
    void status_unmetAfterTheDeadline_isOverdueWithItsLateness() {
        Lifecycle l = lifecycle("2026-03-17T09:15:00+07:00");
        SlaStatus before = KOTA_CONTOH.status(l, t("2026-03-27T23:59:59.999999999+07:00"));
        assertThat(before.overdue()).isEmpty();
        SlaStatus after = KOTA_CONTOH.status(l, t("2026-03-28T08:00:00+07:00"));
        assertThat(after.overdue()).containsExactly(Stage.VERIFICATION);
        assertThat(after.stage(Stage.VERIFICATION).orElseThrow().lateness()).contains(Duration.ofHours(8).plusNanos(1));
    }

    @Test
    void status_historyAfterTheInstant_isNotSeen() {
        Lifecycle l = lifecycle("2026-03-17T09:15:00+07:00", "verify admin 2026-04-01T10:00:00+07:00");
        SlaStatus s = KOTA_CONTOH.status(l, t("2026-03-30T10:00:00+07:00"));
        assertThat(s.state()).isEqualTo(State.SUBMITTED);
        assertThat(s.overdue()).containsExactly(Stage.VERIFICATION);
        SlaStatus later = KOTA_CONTOH.status(l, t("2026-04-02T10:00:00+07:00"));
        assertThat(later.overdue()).isEmpty();
        assertThat(later.stage(Stage.VERIFICATION).orElseThrow().outcome()).isEqualTo(StageStatus.Outcome.MET_LATE);
    }

    @Test
    void status_pauseThenResume_countsTheFrozenDaysAfterTheResume() {
        // disposed Thu 2 April 2026; follow-up due Fri 10 April (3 April Good Friday): 6, 7, 8, 9, 10
        Lifecycle l = lifecycle("2026-03-30T09:00:00+07:00", "verify admin 2026-03-31T09:00:00+07:00",
                "dispose admin 2026-04-02T09:00:00+07:00");
        assertThat(deadline(KOTA_CONTOH.status(l, t("2026-04-02T10:00:00+07:00")), Stage.FOLLOW_UP).date())
                .isEqualTo(LocalDate.of(2026, 4, 10));
        // paused Tue 7 April (6 and 7 spent, 3 left), resumed Mon 13 April: 14, 15, 16 April
        ClockEvents events = ClockEvents.of(List.of(ClockEvent.pause(t("2026-04-07T15:00:00+07:00"), "admin"),
                ClockEvent.resume(t("2026-04-13T08:00:00+07:00"), "admin")));
        SlaStatus paused = KOTA_CONTOH.status(l, events, t("2026-04-10T10:00:00+07:00"));
        assertThat(paused.paused()).isTrue();
        assertThat(paused.stage(Stage.FOLLOW_UP).orElseThrow().outcome()).isEqualTo(StageStatus.Outcome.PAUSED);
        assertThat(paused.stage(Stage.FOLLOW_UP).orElseThrow().deadline()).isEmpty();
        assertThat(paused.expectedCompletion()).isEmpty();
        SlaStatus resumed = KOTA_CONTOH.status(l, events, t("2026-04-13T10:00:00+07:00"));
        assertThat(resumed.paused()).isFalse();
        assertThat(deadline(resumed, Stage.FOLLOW_UP).date()).isEqualTo(LocalDate.of(2026, 4, 16));
        // settlement, 60 calendar days from 31 March (30 May): paused on 7 April with 53 left, so 13 April + 53 = 5 June
        assertThat(deadline(resumed, Stage.SETTLEMENT).date()).isEqualTo(LocalDate.of(2026, 6, 5));
    }

    @Test
    void status_reset_restartsTheFullCountOfRunningStagesOnly() {
        Lifecycle l = lifecycle("2026-03-30T09:00:00+07:00", "verify admin 2026-03-31T09:00:00+07:00",
                "dispose admin 2026-04-02T09:00:00+07:00");
        ClockEvents events = ClockEvents.of(List.of(ClockEvent.reset(t("2026-04-08T11:00:00+07:00"), "admin")));
        SlaStatus s = KOTA_CONTOH.status(l, events, t("2026-04-08T12:00:00+07:00"));
        // follow-up again 5 working days after Wed 8 April: 9, 10, 13, 14, 15
        assertThat(deadline(s, Stage.FOLLOW_UP).date()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(deadline(s, Stage.SETTLEMENT).date()).isEqualTo(LocalDate.of(2026, 6, 7));
        // verification was met before the reset and keeps its deadline
        assertThat(deadline(s, Stage.VERIFICATION).date()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(s.stage(Stage.VERIFICATION).orElseThrow().outcome()).isEqualTo(StageStatus.Outcome.MET);
    }

    @Test
    void status_pauseAfterTheDeadline_leavesTheStageOverdue() {
        Lifecycle l = lifecycle("2026-03-17T09:15:00+07:00");
        ClockEvents events = ClockEvents.of(List.of(ClockEvent.pause(t("2026-03-30T09:00:00+07:00"), "admin")));
        SlaStatus s = KOTA_CONTOH.status(l, events, t("2026-04-01T09:00:00+07:00"));
        assertThat(s.paused()).isTrue();
        assertThat(s.overdue()).containsExactly(Stage.VERIFICATION);
        assertThat(deadline(s, Stage.VERIFICATION).date()).isEqualTo(LocalDate.of(2026, 3, 27));
    }

    @Test
    void status_rerouteAndSeveralHops_countFollowUpFromTheLatestDisposition() {
        Lifecycle l = lifecycle("2026-04-06T09:00:00+07:00", "verify admin 2026-04-06T10:00:00+07:00",
                "dispose admin 2026-04-06T11:00:00+07:00", "dispose liaison 2026-04-08T11:00:00+07:00");
        assertThat(deadline(KOTA_CONTOH.status(l, t("2026-04-08T12:00:00+07:00")), Stage.FOLLOW_UP).date())
                .isEqualTo(LocalDate.of(2026, 4, 15));
        Lifecycle rerouted = lifecycle("2026-04-06T09:00:00+07:00", "verify admin 2026-04-06T10:00:00+07:00",
                "dispose admin 2026-04-06T11:00:00+07:00", "reroute liaison 2026-04-20T11:00:00+07:00");
        SlaStatus s = KOTA_CONTOH.status(rerouted, t("2026-04-20T12:00:00+07:00"));
        assertThat(s.stage(Stage.FOLLOW_UP)).isEmpty();
        assertThat(s.overdue()).isEmpty();
    }

    @Test
    void status_reopen_countsAsADispositionAndTakesSettlementBack() {
        Lifecycle closed = lifecycle("2026-04-06T09:00:00+07:00", "verify admin 2026-04-06T10:00:00+07:00",
                "dispose admin 2026-04-06T11:00:00+07:00", "follow-up liaison 2026-04-07T11:00:00+07:00",
                "close citizen 2026-04-08T11:00:00+07:00");
        SlaStatus s = KOTA_CONTOH.status(closed, t("2026-04-09T12:00:00+07:00"));
        assertThat(s.stage(Stage.SETTLEMENT).orElseThrow().outcome()).isEqualTo(StageStatus.Outcome.MET);
        assertThat(s.expectedCompletion()).isEmpty();
        Lifecycle reopened = lifecycle("2026-04-06T09:00:00+07:00", "verify admin 2026-04-06T10:00:00+07:00",
                "dispose admin 2026-04-06T11:00:00+07:00", "follow-up liaison 2026-04-07T11:00:00+07:00",
                "close citizen 2026-04-08T11:00:00+07:00", "reopen citizen 2026-04-09T11:00:00+07:00");
        SlaStatus r = KOTA_CONTOH.status(reopened, t("2026-04-09T12:00:00+07:00"));
        assertThat(r.stage(Stage.SETTLEMENT).orElseThrow().outcome()).isEqualTo(StageStatus.Outcome.RUNNING);
        assertThat(deadline(r, Stage.SETTLEMENT).date()).isEqualTo(LocalDate.of(2026, 6, 5));
        assertThat(deadline(r, Stage.FOLLOW_UP).date()).isEqualTo(LocalDate.of(2026, 4, 16));
        assertThat(r.expectedCompletion()).contains(t("2026-06-05T23:59:59.999999999+07:00"));
    }

    @Test
    void automaticClose_tenWorkingDaysAfterAFollowUpWithoutReply_closesAutomatically() {
        // follow-up Wed 1 April 2026; 10 working days (3 April Good Friday): 2, 6..10, 13..16 April
        Lifecycle l = lifecycle("2026-03-30T09:00:00+07:00", "verify admin 2026-03-30T10:00:00+07:00",
                "dispose admin 2026-03-30T11:00:00+07:00", "follow-up liaison 2026-04-01T11:00:00+07:00");
        SlaStatus s = KOTA_CONTOH.status(l, t("2026-04-16T12:00:00+07:00"));
        assertThat(s.automaticClose().orElseThrow().date()).isEqualTo(LocalDate.of(2026, 4, 16));
        assertThat(s.automaticCloseDue()).isFalse();
        assertThat(KOTA_CONTOH.automaticClose(l, ClockEvents.empty(), t("2026-04-16T23:00:00+07:00"))).isEmpty();
        Step step = KOTA_CONTOH.automaticClose(l, ClockEvents.empty(), t("2026-04-17T08:00:00+07:00")).orElseThrow();
        assertThat(step.at()).isEqualTo(t("2026-04-17T00:00:00+07:00"));
        assertThat(step.role()).isEqualTo(Role.SYSTEM);
        assertThat(step.closeReason()).contains(CloseReason.AUTOMATIC);
        assertThat(step.note()).isEqualTo("no reply within 10 working days of the follow-up of 2026-04-01");
        Lifecycle closed = KOTA_CONTOH.closeIfDue(l, ClockEvents.empty(), t("2026-04-17T08:00:00+07:00"));
        assertThat(closed.state()).isEqualTo(State.CLOSED);
        assertThat(closed.closeReason()).contains(CloseReason.AUTOMATIC);
        assertThat(KOTA_CONTOH.closeIfDue(closed, ClockEvents.empty(), t("2026-05-17T08:00:00+07:00"))).isSameAs(closed);
    }

    @Test
    void automaticClose_respondAfterTheFollowUp_stopsIt() {
        Lifecycle l = lifecycle("2026-03-30T09:00:00+07:00", "verify admin 2026-03-30T10:00:00+07:00",
                "dispose admin 2026-03-30T11:00:00+07:00", "follow-up liaison 2026-04-01T11:00:00+07:00",
                "respond citizen 2026-04-02T11:00:00+07:00");
        assertThat(KOTA_CONTOH.status(l, t("2026-05-01T12:00:00+07:00")).automaticClose()).isEmpty();
        assertThat(KOTA_CONTOH.automaticClose(l, ClockEvents.empty(), t("2026-05-01T12:00:00+07:00"))).isEmpty();
        Lifecycle again = lifecycle("2026-03-30T09:00:00+07:00", "verify admin 2026-03-30T10:00:00+07:00",
                "dispose admin 2026-03-30T11:00:00+07:00", "follow-up liaison 2026-04-01T11:00:00+07:00",
                "respond citizen 2026-04-02T11:00:00+07:00", "follow-up liaison 2026-04-06T11:00:00+07:00");
        assertThat(KOTA_CONTOH.status(again, t("2026-04-07T12:00:00+07:00")).automaticClose().orElseThrow().date())
                .isEqualTo(LocalDate.of(2026, 4, 20));
    }

    @Test
    void automaticClose_tableWithoutSystemClose_isNeverDue() {
        TransitionTable table = TransitionTable.sp4nLapor().onlyBy(Action.CLOSE, Role.CITIZEN, Role.ADMIN);
        Lifecycle l = Lifecycle.submitted(table, t("2026-03-30T09:00:00+07:00"));
        for (Step s : List.of(Step.of(Action.VERIFY, Role.ADMIN, "a", t("2026-03-30T10:00:00+07:00")),
                Step.dispose(Role.ADMIN, "a", t("2026-03-30T11:00:00+07:00"), "Dinas PU"),
                Step.of(Action.FOLLOW_UP, Role.LIAISON, "a", t("2026-04-01T11:00:00+07:00")))) {
            l = ((Transition.Applied) l.apply(s)).lifecycle();
        }
        assertThat(KOTA_CONTOH.status(l, t("2026-05-01T12:00:00+07:00")).automaticClose()).isEmpty();
        assertThat(KOTA_CONTOH.closeIfDue(l, ClockEvents.empty(), t("2026-05-01T12:00:00+07:00"))).isSameAs(l);
    }

    @Test
    void status_clockEventBeforeSubmission_isRefused() {
        Lifecycle l = lifecycle("2026-03-17T09:15:00+07:00");
        ClockEvents events = ClockEvents.of(List.of(ClockEvent.pause(t("2026-03-17T09:00:00+07:00"), "admin")));
        assertThatThrownBy(() -> KOTA_CONTOH.status(l, events, t("2026-03-18T09:00:00+07:00"))).isInstanceOf(SpbeException.class)
                .hasMessageContaining("is earlier than the submission");
    }

    @Test
    void forRegion_unknownProvince_isRefusedNamingTheRegion() {
        assertThatThrownBy(() -> SlaClock.forRegion(RegionCode.parse("99.71"))).isInstanceOf(SpbeException.class)
                .hasMessageContaining("region 99.71 lies in no known province");
    }

    @Test
    void status_docsExample_pauseOnThursdayResumeOnMonday_leavesOneDay() {
        Lifecycle l = lifecycle("2026-03-17T09:15:00+07:00");
        ClockEvents events = ClockEvents.of(List.of(ClockEvent.pause(Instant.parse("2026-03-26T03:00:00Z"), "admin"),
                ClockEvent.resume(Instant.parse("2026-03-30T02:00:00Z"), "admin")));
        SlaStatus s = KOTA_CONTOH.status(l, events, Optional.of(Tier.LIGHT), Instant.parse("2026-03-30T03:00:00Z"));
        assertThat(deadline(s, Stage.VERIFICATION).date()).isEqualTo(LocalDate.of(2026, 3, 31));
        SlaStatus plain = KOTA_CONTOH.status(l, Instant.parse("2026-03-28T01:00:00Z"));
        assertThat(plain.overdue()).containsExactly(Stage.VERIFICATION);
        assertThat(plain.expectedCompletion()).contains(Instant.parse("2026-05-26T16:59:59.999999999Z"));
        assertThat(events.apply(ClockEvent.resume(Instant.parse("2026-03-30T03:00:00Z"), "admin"))).isInstanceOf(ClockChange.Refused.class);
    }

    @Test
    void status_zoneWithSummerTime_endsTheDayAtItsOwnMidnight() {
        // any ZoneId may be given; a zone that still changes its offset ends each day at its local midnight
        SlaClock amsterdam = KOTA_CONTOH.withZone(ZoneId.of("Europe/Amsterdam"));
        Lifecycle l = lifecycle("2026-03-24T09:00:00+01:00");
        SlaDeadline d = deadline(amsterdam.status(l, t("2026-03-24T10:00:00+01:00")), Stage.VERIFICATION);
        // 25, 26, 27 March; summer time starts on Sunday 29 March, after the deadline
        assertThat(d.date()).isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(d.end()).isEqualTo(t("2026-03-27T23:59:59.999999999+01:00"));
        Lifecycle later = lifecycle("2026-03-26T09:00:00+01:00");
        SlaDeadline e = deadline(amsterdam.status(later, t("2026-03-26T10:00:00+01:00")), Stage.VERIFICATION);
        assertThat(e.date()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(e.end()).isEqualTo(t("2026-03-31T23:59:59.999999999+02:00"));
    }

    /** What an action names in these tests: the agency of a dispose, the original of a duplicate, the parts of a split. */
    static java.util.List<String> targets(Action action) {
        return switch (action) {
            case DISPOSE -> java.util.List.of("Dinas PU");
            case MARK_DUPLICATE -> java.util.List.of("LPR-0");
            case SPLIT -> java.util.List.of("LPR-2", "LPR-3");
            default -> java.util.List.of();
        };
    }
}
