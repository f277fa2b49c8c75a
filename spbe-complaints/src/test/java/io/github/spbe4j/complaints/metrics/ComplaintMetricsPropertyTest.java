package io.github.spbe4j.complaints.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.complaints.Complaint;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.lifecycle.State;
import io.github.spbe4j.complaints.sla.SlaClock;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import io.github.spbe4j.core.calendar.Workforce;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random registers read at random instants and periods, checked group by group against {@link NaiveMetrics}. */
class ComplaintMetricsPropertyTest {

    /** How often the interesting cases came up, so that the generator cannot quietly stop reaching them. */
    private static final Map<String, Integer> SEEN = new TreeMap<>();

    static LongStream seeds() {
        return LongStream.range(0, 30).map(i -> 0x5EED_0000L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void of_randomRegisters_equalsTheNaiveOracleInEveryGroup(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 10; n++) {
            check(random, "seed " + seed + " case " + n);
        }
    }

    private static void check(Random random, String what) {
        ComplaintRegister register = RandomRegisters.register(random);
        SlaClock sla = register.slaClock().withCalendar(WorkingDayCalendar.indonesia(
                random.nextBoolean() ? Workforce.CIVIL_SERVICE : Workforce.PRIVATE_SECTOR));
        Instant first = register.complaints().stream().map(Complaint::submitted).min(Comparator.naturalOrder())
                .orElse(Instant.parse("2026-03-01T00:00:00Z"));
        Instant at = first.plusSeconds((long) random.nextInt(120) * 86_400 + random.nextInt(86_400));
        LocalDate day = LocalDate.ofInstant(first, sla.zone());
        ReportingPeriod period = switch (random.nextInt(4)) {
            case 0 -> ReportingPeriod.all();
            case 1 -> new ReportingPeriod(Optional.of(day.plusDays(random.nextInt(30))), Optional.empty());
            case 2 -> new ReportingPeriod(Optional.empty(), Optional.of(day.plusDays(random.nextInt(30))));
            default -> {
                LocalDate from = day.plusDays(random.nextInt(30));
                yield ReportingPeriod.of(from, from.plusDays(random.nextInt(20)));
            }
        };

        ComplaintMetrics m = ComplaintMetrics.of(register, sla, period, at);
        NaiveMetrics.Result o = NaiveMetrics.compute(register, sla, period, at);
        String as = what + ": " + period + " at " + at + " in " + sla.zone();

        assertThat(m.overall()).as(as).isEqualTo(o.overall());
        assertThat(m.byAgency()).as(as).containsExactlyEntriesOf(o.byAgency());
        assertThat(m.notDispositioned()).as(as).isEqualTo(o.notDispositioned());
        assertThat(m.byTopic()).as(as).containsExactlyEntriesOf(o.byTopic());
        assertThat(m.withoutTopic()).as(as).isEqualTo(o.withoutTopic());
        assertThat(m.byMonth()).as(as).containsExactlyEntriesOf(o.byMonth());
        Figures all = m.overall();
        seen("complaints", all.complaints());
        seen("reopened", all.reopened());
        seen("closed automatically", all.closedAutomatically());
        seen("rerouted then held by none", all.count(State.VERIFIED));
        seen("follow-ups", all.followUp().count());
        seen("overdue", all.sla().values().stream().mapToInt(StageFigures::overdue).sum());
        seen("paused", all.sla().values().stream().mapToInt(StageFigures::paused).sum());
        seen("backlog over 14", all.backlog().get(AgeBucket.UP_TO_60) + all.backlog().get(AgeBucket.OVER_60));
        seen("empty", all.complaints() == 0 ? 1 : 0);
        seen("several months", m.byMonth().size() > 1 ? 1 : 0);
    }

    private static synchronized void seen(String what, int n) {
        SEEN.merge(what, n > 0 ? 1 : 0, Integer::sum);
    }

    @AfterAll
    static void generator_reachesTheInterestingCases() {
        assertThat(SEEN).allSatisfy((k, v) -> assertThat(v).as(k).isGreaterThan(5));
    }
}
