package io.github.spbe4j.complaints.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.catalog.Share;
import io.github.spbe4j.complaints.Complaint;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.ComplaintType;
import io.github.spbe4j.complaints.InvalidComplaintException;
import io.github.spbe4j.complaints.Topic;
import io.github.spbe4j.complaints.TopicTree;
import io.github.spbe4j.complaints.TrackingId;
import io.github.spbe4j.complaints.json.ComplaintsJson;
import io.github.spbe4j.complaints.lifecycle.Action;
import io.github.spbe4j.complaints.lifecycle.CloseReason;
import io.github.spbe4j.complaints.lifecycle.Role;
import io.github.spbe4j.complaints.lifecycle.State;
import io.github.spbe4j.complaints.lifecycle.Step;
import io.github.spbe4j.complaints.sla.Stage;
import io.github.spbe4j.complaints.sla.Tier;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Figures computed by hand from Kota Contoh's sample month (examples/data/kota-contoh-complaints.json), WIB, where
 * 18 to 24 March 2026 are days off (Nyepi, Idul Fitri and their cuti bersama). Working days in March numbered:
 * 2→1 … 6→5, 9→6 … 13→10, 16→11, 17→12, 25→13, 26→14, 27→15, 30→16, 31→17, 1 April→18.
 */
class ComplaintMetricsTest {

    private static final ComplaintRegister SAMPLE = ComplaintsJson.read(Path.of("../examples/data/kota-contoh-complaints.json"));
    private static final ReportingPeriod MARCH = ReportingPeriod.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
    private static final Instant APRIL_1 = wib("2026-04-01T00:00");

    private static Instant wib(String local) {
        return OffsetDateTime.parse(local + "+07:00").toInstant();
    }

    private static ComplaintMetrics march() {
        return ComplaintMetrics.of(SAMPLE, SAMPLE.slaClock(), MARCH, APRIL_1);
    }

    @Test
    void of_sampleMonth_countsEveryComplaintByItsStateAtTheInstant() {
        Figures all = march().overall();

        assertThat(all.complaints()).isEqualTo(9);
        assertThat(all.states()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry(State.SUBMITTED, 2),
                Map.entry(State.VERIFIED, 0), Map.entry(State.ARCHIVED, 0), Map.entry(State.POSTPONED, 1),
                Map.entry(State.DISPOSITIONED, 2), Map.entry(State.IN_PROGRESS, 0), Map.entry(State.FOLLOWED_UP, 2),
                Map.entry(State.RESPONDED, 0), Map.entry(State.CLOSED, 1), Map.entry(State.DUPLICATE, 1), Map.entry(State.SPLIT, 0)));
    }

    @Test
    void of_sampleMonth_timeToVerificationAndFollowUpAreNearestRankWorkingDays() {
        Figures all = march().overall();

        // verification: 0001 1, 0002 2 (Thu 5 → Mon 9), 0003 1, 0004 1, 0007 1 (18 March is a day off), 0008 1 (17 → 25 March)
        assertThat(all.verification()).isEqualTo(new Durations(6, Optional.of(1), Optional.of(2)));
        // follow-up: 0001 3 (3 → 6 March), 0002 8 (9 → 26 March, across the holidays), 0008 2 (25 → 27 March)
        assertThat(all.followUp()).isEqualTo(new Durations(3, Optional.of(3), Optional.of(8)));
    }

    @Test
    void of_sampleMonth_shareWithinSlaIsMetOnTimeOfTheDecided() {
        Figures all = march().overall();

        // 0005 (due 26 March) and 0006 (postponed, due 27 March) overdue; 0009 still running
        assertThat(all.sla().get(Stage.VERIFICATION)).isEqualTo(new StageFigures(6, 0, 2, 1, 0));
        assertThat(all.withinSla(Stage.VERIFICATION)).contains(new Share(6, 8));
        // 0002 met late (due 16 March); 0003 (due 26 March) and 0004 (due 27 March) overdue
        assertThat(all.sla().get(Stage.FOLLOW_UP)).isEqualTo(new StageFigures(2, 1, 2, 0, 0));
        assertThat(all.withinSla(Stage.FOLLOW_UP)).contains(new Share(2, 5));
        assertThat(all.withinSla(Stage.FOLLOW_UP).orElseThrow().percent()).isEqualByComparingTo("40.0");
    }

    @Test
    void of_sampleMonth_ratesAndBacklog() {
        Figures all = march().overall();

        assertThat(all.resolutionRate()).contains(new Share(1, 1));
        assertThat(all.reopenRate()).contains(new Share(0, 1));
        assertThat(all.open()).isEqualTo(7);
        // ages on 1 April: 0002 14, 0003 11, 0004 9, 0005 7, 0006 6, 0008 6; 0009 2
        assertThat(all.backlog()).containsExactlyInAnyOrderEntriesOf(Map.of(AgeBucket.UP_TO_3, 1, AgeBucket.UP_TO_5, 0,
                AgeBucket.UP_TO_14, 6, AgeBucket.UP_TO_60, 0, AgeBucket.OVER_60, 0));
    }

    @Test
    void of_sampleMonth_groupsByTheAgencyThatHoldsOrLastHeldTheComplaint() {
        ComplaintMetrics m = march();

        // 0003 went to dinas-pupr, was rerouted and went to disdukcapil: it counts there only
        assertThat(m.byAgency().keySet()).containsExactly("dinas-pupr", "disdukcapil", "inspektorat");
        Figures pupr = m.byAgency().get("dinas-pupr");
        assertThat(pupr.complaints()).isEqualTo(3);
        assertThat(pupr.followUp()).isEqualTo(new Durations(3, Optional.of(3), Optional.of(8)));
        assertThat(pupr.withinSla(Stage.FOLLOW_UP)).contains(new Share(2, 3));
        assertThat(m.byAgency().get("disdukcapil").sla().get(Stage.FOLLOW_UP)).isEqualTo(new StageFigures(0, 0, 1, 0, 0));
        assertThat(m.notDispositioned().complaints()).isEqualTo(4);
        assertThat(m.notDispositioned().resolutionRate()).isEmpty();
        assertThat(m.notDispositioned().reopenRate()).isEmpty();
    }

    @Test
    void of_sampleMonth_topicsIncludeTheirDescendantsInTreeOrder() {
        ComplaintMetrics m = march();

        assertThat(m.byTopic().keySet()).containsExactly("infrastruktur", "infrastruktur.jalan", "infrastruktur.penerangan",
                "kependudukan", "kependudukan.ktp-el", "sosial");
        assertThat(m.byTopic().get("infrastruktur").complaints()).isEqualTo(5);
        assertThat(m.byTopic().get("infrastruktur.penerangan").complaints()).isEqualTo(3);
        assertThat(m.byTopic().get("kependudukan").complaints()).isEqualTo(2);
        assertThat(m.byTopic().get("kependudukan")).isEqualTo(m.byTopic().get("kependudukan.ktp-el"));
        assertThat(m.withoutTopic().complaints()).isEqualTo(1);
    }

    @Test
    void of_sample_groupsByMonthOfSubmission() {
        ComplaintMetrics m = ComplaintMetrics.of(SAMPLE, SAMPLE.slaClock(), ReportingPeriod.all(), APRIL_1);

        assertThat(m.byMonth().keySet()).containsExactly(YearMonth.of(2026, 3));
        assertThat(m.byMonth().get(YearMonth.of(2026, 3))).isEqualTo(m.overall());
    }

    @Test
    void of_oneDayPeriod_countsTheSubmissionsOfThatLocalDate() {
        ComplaintMetrics m = ComplaintMetrics.of(SAMPLE, SAMPLE.slaClock(), ReportingPeriod.of(LocalDate.of(2026, 3, 17),
                LocalDate.of(2026, 3, 17)), APRIL_1);

        // 0006 at 11:30 and 0008 at 20:15 WIB (13:15 UTC)
        assertThat(m.overall().complaints()).isEqualTo(2);
    }

    @Test
    void of_earlierInstant_countsOnlyWhatHadHappenedThen() {
        ComplaintMetrics m = ComplaintMetrics.of(SAMPLE, SAMPLE.slaClock(), MARCH, wib("2026-03-10T00:00"));

        // only 0001 (closed on 7 March) and 0002 (verified and disposed on 9 March, followed up only on 26 March)
        assertThat(m.overall().complaints()).isEqualTo(2);
        assertThat(m.overall().count(State.DISPOSITIONED)).isEqualTo(1);
        assertThat(m.overall().followUp().count()).isEqualTo(1);
    }

    @Test
    void of_emptyPeriod_hasZeroCountsAndNoRatesRatherThanZeroOfZero() {
        ComplaintMetrics m = ComplaintMetrics.of(SAMPLE, SAMPLE.slaClock(),
                ReportingPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)), APRIL_1);

        Figures all = m.overall();
        assertThat(all.complaints()).isZero();
        assertThat(all.states().values()).containsOnly(0);
        assertThat(all.verification()).isEqualTo(Durations.none());
        assertThat(all.followUp().median()).isEmpty();
        assertThat(all.withinSla(Stage.VERIFICATION)).isEmpty();
        assertThat(all.resolutionRate()).isEmpty();
        assertThat(all.reopenRate()).isEmpty();
        assertThat(all.backlog().values()).containsOnly(0);
        assertThat(m.byAgency()).isEmpty();
        assertThat(m.byTopic()).isEmpty();
    }

    @Test
    void of_submissionJustAfterLocalMidnight_countsOnTheLocalDateNotTheUtcOne() {
        // 17 March 17:30 UTC is 18 March 00:30 WIB
        Complaint late = Complaint.builder(new TrackingId("LPR-1"), ComplaintType.COMPLAINT, "Lampu mati",
                Instant.parse("2026-03-17T17:30:00Z")).build();
        ComplaintRegister r = ComplaintRegister.of(SAMPLE.agency(), TopicTree.empty(),
                List.of(late));

        assertThat(ComplaintMetrics.of(r, r.slaClock(), ReportingPeriod.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 17)),
                APRIL_1).overall().complaints()).isZero();
        assertThat(ComplaintMetrics.of(r, r.slaClock(), ReportingPeriod.of(LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 18)),
                APRIL_1).overall().complaints()).isOne();
    }

    @Test
    void of_reopenedAndClosedAgain_countsOnceInTheReopenRateAndByItsLatestClose() {
        Instant t = wib("2026-04-06T09:00");
        Complaint c = Complaint.builder(new TrackingId("LPR-2"), ComplaintType.COMPLAINT, "Sampah menumpuk", t).topic("kebersihan")
                .build();
        c = c.apply(Step.of(Action.VERIFY, Role.ADMIN, "Admin", t.plusSeconds(3_600))).orElseThrow();
        c = c.apply(Step.dispose(Role.ADMIN, "Admin", t.plusSeconds(7_200), "dlh")).orElseThrow();
        c = c.apply(Step.of(Action.FOLLOW_UP, Role.LIAISON, "Petugas DLH", wib("2026-04-08T09:00"))).orElseThrow();
        c = c.apply(Step.close(CloseReason.RESOLVED, Role.CITIZEN, "Warga", wib("2026-04-08T12:00"))).orElseThrow();
        c = c.apply(Step.of(Action.REOPEN, Role.CITIZEN, "Warga", wib("2026-04-09T12:00"))).orElseThrow();
        c = c.apply(Step.of(Action.FOLLOW_UP, Role.LIAISON, "Petugas DLH", wib("2026-04-13T09:00"))).orElseThrow();
        c = c.apply(Step.close(CloseReason.NOT_RESOLVED, Role.CITIZEN, "Warga", wib("2026-04-14T09:00"))).orElseThrow();
        Complaint auto = Complaint.builder(new TrackingId("LPR-3"), ComplaintType.COMPLAINT, "Got mampet", t).topic("kebersihan")
                .build();
        auto = auto.apply(Step.of(Action.VERIFY, Role.ADMIN, "Admin", t)).orElseThrow();
        auto = auto.apply(Step.dispose(Role.ADMIN, "Admin", t, "dlh")).orElseThrow();
        auto = auto.apply(Step.of(Action.FOLLOW_UP, Role.LIAISON, "Petugas DLH", t)).orElseThrow();
        TopicTree topics = TopicTree.of(List.of(Topic.root("kebersihan", "Kebersihan").withTier(Tier.NORMATIVE)));
        ComplaintRegister r = ComplaintRegister.of(SAMPLE.agency(), topics,
                List.of(c, auto));
        auto = auto.closeIfDue(r.slaClock(), wib("2026-05-01T00:00"));
        r = ComplaintRegister.of(r.agency(), topics, List.of(c, auto));

        Figures dlh = ComplaintMetrics.of(r, r.slaClock(), ReportingPeriod.all(), wib("2026-05-01T00:00")).byAgency().get("dlh");

        assertThat(dlh.notResolved()).isOne();
        assertThat(dlh.closedAutomatically()).isOne();
        assertThat(dlh.resolutionRate()).contains(new Share(0, 2));
        assertThat(dlh.reopenRate()).contains(new Share(1, 2));
        // the first follow-up counts: 6 → 8 April, 2 working days; and 0 for the one followed up the day it was disposed
        assertThat(dlh.followUp()).isEqualTo(new Durations(2, Optional.of(0), Optional.of(2)));
        // settlement under the normative tier, 5 working days after 6 April: 13 April; the reopened one closed on 14 April,
        // the other automatically 10 working days after its follow-up on 6 April (on 21 April): both late
        assertThat(dlh.sla().get(Stage.SETTLEMENT)).isEqualTo(new StageFigures(0, 2, 0, 0, 0));
        assertThat(dlh.withinSla(Stage.SETTLEMENT)).contains(new Share(0, 2));
    }

    @Test
    void of_collectionWithTopicsTheTreeDoesNotKnow_groupsThemByTheirOwnCode() {
        Complaint c = Complaint.builder(new TrackingId("LPR-4"), ComplaintType.COMPLAINT, "Banjir", APRIL_1).topic("banjir").build();

        ComplaintMetrics m = ComplaintMetrics.of(List.of(c), TopicTree.empty(), SAMPLE.slaClock().withZone(ZoneId.of("Asia/Makassar")),
                ReportingPeriod.all(), APRIL_1);

        assertThat(m.byTopic().keySet()).containsExactly("banjir");
        assertThat(m.zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
    }

    @Test
    void reportingPeriod_endBeforeStart_isRefusedNamingBothDays() {
        assertThatThrownBy(() -> ReportingPeriod.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(InvalidComplaintException.class)
                .hasMessageContaining("a reporting period ends 2026-03-01, before it starts 2026-03-31");
        assertThat(ReportingPeriod.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))).hasToString("2026-03-01..2026-03-31");
        assertThat(ReportingPeriod.all()).hasToString("..");
    }

    @Test
    void durations_nearestRank_isAlwaysOneOfTheValues() {
        assertThat(Durations.of(1, 2, 3, 4)).isEqualTo(new Durations(4, Optional.of(2), Optional.of(4)));
        assertThat(Durations.of(7)).isEqualTo(new Durations(1, Optional.of(7), Optional.of(7)));
        // 10 values: rank 5 and rank 9 (0.9 × 10 exactly, no floating-point rounding up to rank 10)
        assertThat(Durations.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)).isEqualTo(new Durations(10, Optional.of(4), Optional.of(8)));
        assertThat(Durations.of(500, 0)).isEqualTo(new Durations(2, Optional.of(0), Optional.of(500)));
        assertThat(Durations.of()).isEqualTo(Durations.none());
    }

    @Test
    void ageBucket_bounds_followTheSlaFigures() {
        assertThat(List.of(0, 3, 4, 5, 6, 14, 15, 60, 61, 4000)).extracting(AgeBucket::of).containsExactly(AgeBucket.UP_TO_3,
                AgeBucket.UP_TO_3, AgeBucket.UP_TO_5, AgeBucket.UP_TO_5, AgeBucket.UP_TO_14, AgeBucket.UP_TO_14, AgeBucket.UP_TO_60,
                AgeBucket.UP_TO_60, AgeBucket.OVER_60, AgeBucket.OVER_60);
        for (AgeBucket b : AgeBucket.values()) {
            assertThat(AgeBucket.of(b.low())).isEqualTo(b);
            b.high().ifPresent(h -> assertThat(AgeBucket.of(h)).isEqualTo(b));
        }
    }

    @Test
    void figures_countsThatDisagree_areRefused() {
        Figures f = march().overall();

        assertThatThrownBy(() -> new Figures(f.complaints() + 1, f.states(), f.verification(), f.followUp(), f.sla(), f.resolved(),
                f.notResolved(), f.closedAutomatically(), f.everClosed(), f.reopened(), f.backlog()))
                .isInstanceOf(InvalidComplaintException.class).hasMessageContaining("figures of 10 complaints whose counts disagree");
        assertThatThrownBy(() -> new Figures(f.complaints(), Map.of(), f.verification(), f.followUp(), f.sla(), f.resolved(),
                f.notResolved(), f.closedAutomatically(), f.everClosed(), f.reopened(), f.backlog()))
                .isInstanceOf(InvalidComplaintException.class);
        assertThatThrownBy(() -> new Figures(f.complaints(), f.states(), f.verification(), f.followUp(), f.sla(), f.resolved(),
                f.notResolved(), f.closedAutomatically(), f.everClosed(), f.everClosed() + 1, f.backlog()))
                .isInstanceOf(InvalidComplaintException.class);
    }

    @Test
    void reportingPeriod_contains_bothEndsIncludedAndOpenEndsUnbounded() {
        ReportingPeriod march = MARCH;

        assertThat(march.contains(LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(march.contains(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(march.contains(LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(march.contains(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(new ReportingPeriod(Optional.empty(), Optional.of(LocalDate.of(2026, 3, 31))).contains(LocalDate.of(1990, 1, 1)))
                .isTrue();
        assertThat(ReportingPeriod.all().contains(LocalDate.of(2100, 1, 1))).isTrue();
    }

    @Test
    void durations_inconsistent_areRefused() {
        assertThatThrownBy(() -> new Durations(2, Optional.of(5), Optional.of(3))).isInstanceOf(InvalidComplaintException.class)
                .hasMessageContaining("0 <= median <= p90");
        assertThatThrownBy(() -> new Durations(0, Optional.of(0), Optional.of(0))).isInstanceOf(InvalidComplaintException.class);
        assertThatThrownBy(() -> Durations.of(-1)).isInstanceOf(InvalidComplaintException.class)
                .hasMessageContaining("a duration of -1 working days");
    }

    @Test
    void of_exampleOfTheJavadoc_runs() {
        ComplaintMetrics m = ComplaintMetrics.of(SAMPLE, SAMPLE.slaClock(), MARCH, Instant.parse("2026-03-31T17:00:00Z"));

        assertThat(m.overall().withinSla(Stage.VERIFICATION)).hasValueSatisfying(s -> assertThat(s).hasToString("6/8 (75.0%)"));
        assertThat(m.overall().verification()).hasToString("6 complaints, median 1, p90 2");
        assertThat(m.byAgency().get("dinas-pupr").verification().median()).contains(1);
        assertThat(m).hasToString("ComplaintMetrics[2026-03-01..2026-03-31 at 2026-03-31T17:00:00Z, 9 complaints]");
        assertThat(m.provisional()).isFalse();
    }
}
