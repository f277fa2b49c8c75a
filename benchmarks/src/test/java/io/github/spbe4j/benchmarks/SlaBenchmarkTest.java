package io.github.spbe4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.complaints.Complaint;
import io.github.spbe4j.complaints.lifecycle.Action;
import io.github.spbe4j.complaints.lifecycle.CloseReason;
import io.github.spbe4j.complaints.lifecycle.History;
import io.github.spbe4j.complaints.lifecycle.State;
import io.github.spbe4j.complaints.sla.ClockEvent;
import io.github.spbe4j.complaints.sla.SlaDeadline;
import io.github.spbe4j.complaints.sla.SlaStatus;
import io.github.spbe4j.complaints.sla.Stage;
import io.github.spbe4j.complaints.sla.StageStatus;
import io.github.spbe4j.complaints.sla.Tier;
import io.github.spbe4j.core.calendar.Holiday;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SLA benchmark's bodies, each run once on 20,000 generated complaints: the clock and the day-by-day
 * walk compare equal work (the same deadlines, outcomes and counts), and the generator reaches the cases the
 * benchmark claims.
 */
class SlaBenchmarkTest {

    private static final int SIZE = 20_000;
    private static MillionComplaints complaints;
    private static SlaBenchmark.Naive naive;

    @BeforeAll
    static void generate() {
        complaints = new MillionComplaints();
        complaints.size = SIZE;
        complaints.generate();
        naive = new SlaBenchmark.Naive();
        naive.setUp(complaints);
    }

    @Test
    void slaStatus_andDayByDay_countTheSameOverdueAndProvisionalComplaints() {
        SlaBenchmark bench = new SlaBenchmark();

        long counts = bench.slaStatus(complaints);

        assertThat(counts).isEqualTo(bench.dayByDay(complaints, naive));
        long overdue = counts >>> 32;
        long provisional = counts & 0xffff_ffffL;
        assertThat(overdue).as("complaints with an overdue stage").isBetween(SIZE / 100L, SIZE / 2L);
        assertThat(provisional).as("complaints with a deadline in 2027").isBetween(SIZE / 200L, SIZE / 5L);
    }

    @Test
    void dayByDay_givesEachStageTheClocksDeadline() {
        DayByDaySla walk = naive.walk;
        Stage[] stages = Stage.values();
        for (Complaint c : complaints.complaints) {
            SlaStatus s = complaints.register.slaStatus(c, complaints.clock, complaints.at);
            Tier tier = c.topic().flatMap(complaints.register.topics()::tier).orElse(null);
            DayByDaySla.Count[] n = walk.run(c.lifecycle(), c.clock().events(), tier, complaints.at).counts();
            String what = c.id() + " " + c.lifecycle().history().entries() + " " + c.clock().events();
            for (int i = 0; i < stages.length; i++) {
                Optional<StageStatus> got = s.stage(stages[i]);
                assertThat(got.isPresent()).as(what + " " + stages[i]).isEqualTo(n[i].active);
                if (got.isPresent()) {
                    Optional<SlaDeadline> d = got.get().deadline();
                    assertThat(d.map(SlaDeadline::date)).as(what + " " + stages[i]).isEqualTo(n[i].frozen ? Optional.empty() : Optional.of(n[i].deadline));
                    assertThat(got.get().overdue()).as(what + " " + stages[i]).isEqualTo(walk.overdue(n[i], complaints.at));
                    if (d.isPresent()) {
                        assertThat(d.get().provisional()).as(what + " " + stages[i]).isEqualTo(n[i].provisional);
                        assertThat(d.get().estimatedDays()).extracting(Holiday::date).as(what + " " + stages[i])
                                .isEqualTo(n[i].estimated == null ? List.of() : n[i].estimated);
                    }
                }
            }
            DayByDaySla.Count auto = n[3];
            assertThat(s.automaticClose().map(SlaDeadline::date)).as(what + " automatic close")
                    .isEqualTo(auto.active && !auto.frozen ? Optional.of(auto.deadline) : Optional.empty());
        }
    }

    @Test
    void generator_givesARealisticYear_theSameForTheSameSeed() {
        Map<State, Integer> states = new EnumMap<>(State.class);
        int paused = 0;
        int reset = 0;
        int reopened = 0;
        int rerouted = 0;
        int automatic = 0;
        int aroundIdulFitri = 0;
        ZoneId zone = complaints.register.agency().zone();
        for (Complaint c : complaints.complaints) {
            states.merge(c.state(), 1, Integer::sum);
            List<ClockEvent> clock = c.clock().events();
            paused += clock.stream().anyMatch(e -> e.kind() == ClockEvent.Kind.PAUSE) ? 1 : 0;
            reset += clock.stream().anyMatch(e -> e.kind() == ClockEvent.Kind.RESET) ? 1 : 0;
            List<History.Entry> entries = c.lifecycle().history().entries();
            reopened += entries.stream().anyMatch(e -> e.action() == Action.REOPEN) ? 1 : 0;
            rerouted += entries.stream().anyMatch(e -> e.action() == Action.REROUTE) ? 1 : 0;
            automatic += entries.stream().anyMatch(e -> e.closeReason().equals(Optional.of(CloseReason.AUTOMATIC))) ? 1 : 0;
            LocalDate day = LocalDate.ofInstant(c.submitted(), zone);
            aroundIdulFitri += !day.isBefore(LocalDate.of(2026, 3, 18)) && !day.isAfter(LocalDate.of(2026, 3, 24)) ? 1 : 0;
            assertThat(c.updated()).isBeforeOrEqualTo(SyntheticComplaints.NOW);
        }
        assertThat(states.getOrDefault(State.CLOSED, 0)).isGreaterThan(SIZE / 2);
        for (State s : List.of(State.ARCHIVED, State.DUPLICATE, State.VERIFIED, State.DISPOSITIONED, State.IN_PROGRESS,
                State.FOLLOWED_UP, State.RESPONDED)) {
            assertThat(states.getOrDefault(s, 0)).as("%s in %s", s, states).isGreaterThan(SIZE / 1000);
        }
        assertThat(paused).isGreaterThan(SIZE / 20);
        assertThat(reset).isGreaterThan(SIZE / 200);
        assertThat(reopened).isGreaterThan(SIZE / 100);
        assertThat(rerouted).isGreaterThan(SIZE / 50);
        assertThat(automatic).isGreaterThan(SIZE / 20);
        assertThat(aroundIdulFitri).isGreaterThan(SIZE / 100);
        assertThat(SyntheticComplaints.register(2_000, SyntheticComplaints.SEED))
                .isEqualTo(SyntheticComplaints.register(2_000, SyntheticComplaints.SEED));
    }

    @Test
    void lastEntry_readsEveryComplaint() {
        long sum = new SlaBenchmark().lastEntry(complaints);

        assertThat(sum).isGreaterThan(SIZE * SyntheticComplaints.NOW.minusSeconds(366L * 86_400).getEpochSecond());
    }
}
