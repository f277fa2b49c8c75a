package io.github.spbe4j.complaints.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.complaints.lifecycle.Action;
import io.github.spbe4j.complaints.lifecycle.CloseReason;
import io.github.spbe4j.complaints.lifecycle.Lifecycle;
import io.github.spbe4j.complaints.lifecycle.Role;
import io.github.spbe4j.complaints.lifecycle.State;
import io.github.spbe4j.complaints.lifecycle.Step;
import io.github.spbe4j.complaints.lifecycle.Transition;
import io.github.spbe4j.complaints.lifecycle.TransitionTable;
import io.github.spbe4j.core.calendar.Holiday;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import io.github.spbe4j.core.calendar.Workforce;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random lifecycles — valid walks through {@link TransitionTable#sp4nLapor()} at random times, with
 * random pauses, resumes and resets, in the three zones, for both workforces, with and without a tier, many of
 * them across Idul Fitri 2026 or New Year 2027 — read at a random instant and checked against
 * {@link DayByDayOracle}, which walks the calendar one day at a time.
 */
class SlaClockPropertyTest {

    private static final ZoneId[] ZONES = {ZoneId.of("Asia/Jakarta"), ZoneId.of("Asia/Makassar"), ZoneId.of("Asia/Jayapura")};
    private static final LocalDate[] STARTS = {LocalDate.of(2026, 3, 5), LocalDate.of(2026, 5, 10), LocalDate.of(2026, 8, 10),
        LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 15)};
    private static final List<TransitionTable.Rule> RULES = TransitionTable.sp4nLapor().rules();

    /** How often the interesting outcomes came up, so that the generator cannot quietly stop reaching them. */
    private static final java.util.Map<String, Integer> SEEN = new java.util.TreeMap<>();

    @AfterAll
    static void generator_reachesEveryOutcome_manyTimes() {
        for (String k : List.of("paused", "provisional", "overdue", "met-late", "met", "automatic-close", "reset", "resumed", "tier")) {
            assertThat(SEEN.getOrDefault(k, 0)).as(k + " in " + SEEN).isGreaterThan(20);
        }
    }

    private static void seen(String what) {
        SEEN.merge(what, 1, Integer::sum);
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 60).mapToObj(i -> 20_261_206L + i * 7919L);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void status_randomLifecyclesAndClockEvents_agreeWithTheDayByDayOracle(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 50; n++) {
            check(random, seed, n);
        }
    }

    private static void check(Random random, long seed, int n) {
        ZoneId zone = ZONES[random.nextInt(ZONES.length)];
        WorkingDayCalendar calendar = WorkingDayCalendar.indonesia(random.nextBoolean() ? Workforce.CIVIL_SERVICE : Workforce.PRIVATE_SECTOR);
        SlaPolicy policy = SlaPolicy.sp4nLapor();
        if (random.nextInt(4) == 0) {
            policy = policy.withVerificationDays(1 + random.nextInt(5)).withFollowUpDays(1 + random.nextInt(8))
                    .withSettlement(1 + random.nextInt(40), random.nextBoolean() ? DayUnit.WORKING_DAYS : DayUnit.CALENDAR_DAYS)
                    .withAutomaticCloseDays(1 + random.nextInt(12));
        }
        @Nullable Tier tier = random.nextInt(3) == 0 ? Tier.values()[random.nextInt(Tier.values().length)] : null;
        LocalDate startDay = STARTS[random.nextInt(STARTS.length)].plusDays(random.nextInt(20));
        Instant submitted = startDay.atStartOfDay(zone).toInstant().plusSeconds(random.nextInt(86_400));

        Lifecycle l = Lifecycle.submitted(TransitionTable.sp4nLapor(), submitted);
        Instant last = submitted;
        int steps = random.nextInt(14);
        for (int i = 0; i < steps; i++) {
            State from = l.state();
            List<TransitionTable.Rule> now = RULES.stream().filter(r -> r.from() == from).toList();
            if (now.isEmpty()) {
                break;
            }
            TransitionTable.Rule rule = now.get(random.nextInt(now.size()));
            List<Role> roles = List.copyOf(rule.roles());
            Role role = roles.get(random.nextInt(roles.size()));
            Instant at = last.plusSeconds(gap(random));
            Step step = rule.action() == Action.CLOSE
                    ? Step.close(role == Role.SYSTEM ? CloseReason.AUTOMATIC : CloseReason.RESOLVED, role, "petugas", at)
                    : Step.of(rule.action(), role, "petugas", at).withTargets(SlaClockTest.targets(rule.action())).withNote("catatan");
            Transition t = l.apply(step);
            if (t instanceof Transition.Applied a) {
                l = a.lifecycle();
                last = at;
                if (rule.action() == Action.FOLLOW_UP && random.nextInt(3) == 0) {
                    break; // leave some waiting for a reply, for the automatic close
                }
            }
        }
        Instant end = last.plusSeconds(86_400L * random.nextInt(25));
        List<ClockEvent> clock = new ArrayList<>();
        int count = random.nextInt(3) == 0 ? 0 : random.nextInt(5);
        Instant c = submitted;
        boolean paused = false;
        for (int i = 0; i < count; i++) {
            c = c.plusSeconds(gap(random));
            ClockEvent.Kind kind = paused ? (random.nextInt(4) == 0 ? ClockEvent.Kind.RESET : ClockEvent.Kind.RESUME)
                    : (random.nextInt(4) == 0 ? ClockEvent.Kind.RESET : ClockEvent.Kind.PAUSE);
            clock.add(new ClockEvent(kind, c, "admin", ""));
            paused = kind == ClockEvent.Kind.PAUSE;
        }
        long span = Math.max(1, end.getEpochSecond() - submitted.getEpochSecond());
        Instant at = random.nextInt(10) == 0 && !l.history().entries().isEmpty()
                ? l.history().entries().get(random.nextInt(l.history().size())).at()
                : submitted.plusSeconds((long) (random.nextDouble() * span));

        SlaClock sla = SlaClock.of(policy, calendar, zone);
        SlaStatus s = sla.status(l, ClockEvents.of(clock), Optional.ofNullable(tier), at);
        DayByDayOracle oracle = new DayByDayOracle(calendar, zone);
        DayByDayOracle.Result o = oracle.run(l, clock, tier, policy, at);
        String what = "seed " + seed + " case " + n + ": " + l.history().entries() + " clock " + clock + " tier " + tier + " " + policy
                + " " + zone + " " + calendar.workforce() + " at " + at;

        assertThat(s.state()).as(what).isEqualTo(o.state());
        // the outcomes alone, as metrics count them, are the status's
        StageStatus.Outcome[] outcomes = sla.outcomes(l, ClockEvents.of(clock), Optional.ofNullable(tier), at);
        for (Stage stage : Stage.values()) {
            assertThat(outcomes[stage.ordinal()]).as(what + " " + stage).isEqualTo(s.stage(stage).map(StageStatus::outcome).orElse(null));
        }
        if (s.paused()) {
            seen("paused");
        }
        if (s.provisional()) {
            seen("provisional");
        }
        if (!s.overdue().isEmpty()) {
            seen("overdue");
        }
        if (s.automaticClose().isPresent()) {
            seen("automatic-close");
        }
        if (tier != null) {
            seen("tier");
        }
        for (ClockEvent e : clock) {
            if (!e.at().isAfter(at) && e.kind() != ClockEvent.Kind.PAUSE) {
                seen(e.kind() == ClockEvent.Kind.RESET ? "reset" : "resumed");
            }
        }
        s.stages().values().forEach(st -> seen(st.outcome().id()));
        assertThat(s.paused()).as(what).isEqualTo(o.paused());
        Stage[] stages = Stage.values();
        for (int i = 0; i < stages.length; i++) {
            DayByDayOracle.Count e = o.counts()[i];
            Optional<StageStatus> got = s.stage(stages[i]);
            assertThat(got.isPresent()).as(what + " " + stages[i]).isEqualTo(e.active);
            if (!e.active) {
                continue;
            }
            StageStatus g = got.get();
            assertThat(g.metAt()).as(what + " " + stages[i]).isEqualTo(Optional.ofNullable(e.metAt));
            if (e.frozen) {
                assertThat(g.deadline()).as(what + " " + stages[i]).isEmpty();
                assertThat(g.outcome()).as(what + " " + stages[i]).isEqualTo(e.metAt != null ? StageStatus.Outcome.MET : StageStatus.Outcome.PAUSED);
                continue;
            }
            LocalDate dd = e.deadline;
            assertThat(dd).isNotNull();
            SlaDeadline d = g.deadline().orElseThrow();
            assertThat(d.date()).as(what + " " + stages[i]).isEqualTo(dd);
            assertThat(d.end()).isEqualTo(oracle.endOf(dd));
            assertThat(d.provisional()).as(what + " " + stages[i] + " provisional").isEqualTo(oracle.provisional(e));
            assertThat(d.estimatedDays()).extracting(Holiday::date).as(what + " " + stages[i]).isEqualTo(oracle.estimatedDays(e));
            StageStatus.Outcome expected = e.metAt != null
                    ? (e.metAt.isAfter(oracle.endOf(dd)) ? StageStatus.Outcome.MET_LATE : StageStatus.Outcome.MET)
                    : (at.isAfter(oracle.endOf(dd)) ? StageStatus.Outcome.OVERDUE : StageStatus.Outcome.RUNNING);
            assertThat(g.outcome()).as(what + " " + stages[i]).isEqualTo(expected);
            assertThat(s.overdue().contains(stages[i])).isEqualTo(expected == StageStatus.Outcome.OVERDUE);
        }
        DayByDayOracle.Count auto = o.counts()[3];
        if (auto.active && !auto.frozen) {
            assertThat(s.automaticClose().map(SlaDeadline::date)).as(what + " automatic close").contains(auto.deadline);
        } else {
            assertThat(s.automaticClose()).as(what + " automatic close").isEmpty();
        }
        assertThat(s.expectedCompletion()).as(what + " expected completion").isEqualTo(expectedCompletion(o, oracle, calendar, policy, tier));
    }

    private static Optional<Instant> expectedCompletion(DayByDayOracle.Result o, DayByDayOracle oracle, WorkingDayCalendar calendar,
            SlaPolicy policy, @Nullable Tier tier) {
        State st = o.state();
        if (st == State.CLOSED || st == State.ARCHIVED || st == State.DUPLICATE || st == State.SPLIT) {
            return Optional.empty();
        }
        DayByDayOracle.Count settlement = o.counts()[2];
        if (settlement.active) {
            return settlement.frozen ? Optional.empty() : Optional.of(oracle.endOf(settlement.deadline));
        }
        DayByDayOracle.Count verification = o.counts()[0];
        if (verification.frozen) {
            return Optional.empty();
        }
        LocalDate d = verification.deadline;
        boolean working = tier != null || policy.settlementUnit() == DayUnit.WORKING_DAYS;
        int left = tier != null ? tier.workingDays() : policy.settlementDays();
        WorkingDayCalendar e = calendar.withEstimates(true);
        while (left > 0) {
            d = d.plusDays(1);
            if (!working || e.isWorkingDay(d)) {
                left--;
            }
        }
        return Optional.of(oracle.endOf(d));
    }

    private static long gap(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> random.nextInt(3_600);
            default -> random.nextInt(6 * 86_400);
        };
    }
}
