package io.github.spbe4j.complaints.metrics;

import io.github.spbe4j.complaints.Complaint;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.Topic;
import io.github.spbe4j.complaints.lifecycle.Action;
import io.github.spbe4j.complaints.lifecycle.CloseReason;
import io.github.spbe4j.complaints.lifecycle.History;
import io.github.spbe4j.complaints.lifecycle.State;
import io.github.spbe4j.complaints.sla.SlaClock;
import io.github.spbe4j.complaints.sla.SlaStatus;
import io.github.spbe4j.complaints.sla.Stage;
import io.github.spbe4j.complaints.sla.StageStatus;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A second, deliberately plain computation of the metrics: lists of complaints per group, durations by walking the
 * calendar one day at a time, percentiles by sorting.
 */
final class NaiveMetrics {

    /** One complaint as the oracle reads it. */
    record Reading(State state, @Nullable String agency, @Nullable Integer verification, @Nullable Integer followUp,
            Map<Stage, StageStatus.Outcome> outcomes, @Nullable CloseReason closeReason, boolean everClosed, boolean reopened,
            @Nullable Integer age) {
    }

    /** The oracle's figures: the groups as the real ones name them. */
    record Result(Figures overall, Map<String, Figures> byAgency, Figures notDispositioned, Map<String, Figures> byTopic,
            Figures withoutTopic, Map<YearMonth, Figures> byMonth) {
    }

    private static final Set<Action> VERIFYING = Set.of(Action.VERIFY, Action.ARCHIVE, Action.MARK_DUPLICATE, Action.SPLIT);
    private static final Set<State> ENDED = Set.of(State.CLOSED, State.ARCHIVED, State.DUPLICATE, State.SPLIT);

    private NaiveMetrics() {
    }

    static Result compute(ComplaintRegister register, SlaClock sla, ReportingPeriod period, Instant at) {
        WorkingDayCalendar calendar = sla.calendar().withEstimates(true);
        List<Reading> all = new ArrayList<>();
        Map<String, List<Reading>> agencies = new TreeMap<>();
        List<Reading> none = new ArrayList<>();
        Map<String, List<Reading>> topics = new TreeMap<>();
        List<Reading> noTopic = new ArrayList<>();
        Map<YearMonth, List<Reading>> months = new TreeMap<>();
        for (Complaint c : register.complaints()) {
            LocalDate day = c.submitted().atZone(sla.zone()).toLocalDate();
            boolean inPeriod = period.from().map(f -> !day.isBefore(f)).orElse(true) && period.to().map(t -> !day.isAfter(t)).orElse(true);
            if (c.submitted().isAfter(at) || !inPeriod) {
                continue;
            }
            Reading r = read(c, register.slaStatus(c, sla, at), calendar, sla, at);
            all.add(r);
            months.computeIfAbsent(YearMonth.of(day.getYear(), day.getMonth()), k -> new ArrayList<>()).add(r);
            if (r.agency() == null) {
                none.add(r);
            } else {
                agencies.computeIfAbsent(r.agency(), k -> new ArrayList<>()).add(r);
            }
            if (c.topic().isEmpty()) {
                noTopic.add(r);
            } else {
                Optional<String> code = c.topic();
                while (code.isPresent()) {
                    topics.computeIfAbsent(code.get(), k -> new ArrayList<>()).add(r);
                    code = register.topics().topic(code.get()).flatMap(Topic::parent);
                }
            }
        }
        Map<String, Figures> byAgency = new LinkedHashMap<>();
        agencies.forEach((k, v) -> byAgency.put(k, figures(v)));
        Map<String, Figures> byTopic = new LinkedHashMap<>();
        for (Topic t : register.topics().topics()) {
            if (topics.containsKey(t.code())) {
                byTopic.put(t.code(), figures(topics.remove(t.code())));
            }
        }
        topics.forEach((k, v) -> byTopic.put(k, figures(v)));
        Map<YearMonth, Figures> byMonth = new LinkedHashMap<>();
        months.forEach((k, v) -> byMonth.put(k, figures(v)));
        return new Result(figures(all), byAgency, figures(none), byTopic, figures(noTopic), byMonth);
    }

    private static Reading read(Complaint c, SlaStatus status, WorkingDayCalendar calendar, SlaClock sla, Instant at) {
        List<History.Entry> entries = c.lifecycle().history().entries().stream().filter(e -> !e.at().isAfter(at)).toList();
        State state = entries.isEmpty() ? State.SUBMITTED : entries.get(entries.size() - 1).to();
        String agency = null;
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).action() == Action.REROUTE) {
                break;
            }
            if (entries.get(i).action() == Action.DISPOSE) {
                agency = entries.get(i).targets().get(0);
                break;
            }
        }
        LocalDate submitted = c.submitted().atZone(sla.zone()).toLocalDate();
        Integer verification = entries.stream().filter(e -> VERIFYING.contains(e.action())).findFirst()
                .map(e -> walk(calendar, submitted, e.at().atZone(sla.zone()).toLocalDate())).orElse(null);
        Integer followUp = null;
        for (int i = 0; i < entries.size() && followUp == null; i++) {
            if (entries.get(i).action() == Action.FOLLOW_UP) {
                for (int j = i - 1; j >= 0; j--) {
                    if (entries.get(j).action() == Action.DISPOSE) {
                        followUp = walk(calendar, entries.get(j).at().atZone(sla.zone()).toLocalDate(),
                                entries.get(i).at().atZone(sla.zone()).toLocalDate());
                        break;
                    }
                }
            }
        }
        CloseReason reason = null;
        if (state == State.CLOSED) {
            reason = entries.get(entries.size() - 1).closeReason().orElseThrow();
        }
        Map<Stage, StageStatus.Outcome> outcomes = new EnumMap<>(Stage.class);
        status.stages().forEach((k, v) -> outcomes.put(k, v.outcome()));
        Integer age = ENDED.contains(state) ? null : walk(calendar, submitted, at.atZone(sla.zone()).toLocalDate());
        return new Reading(state, agency, verification, followUp, outcomes, reason,
                entries.stream().anyMatch(e -> e.action() == Action.CLOSE), entries.stream().anyMatch(e -> e.action() == Action.REOPEN),
                age);
    }

    /** Working days after one date up to and including another, one day at a time. */
    static int walk(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    private static Figures figures(List<Reading> rs) {
        Map<State, Integer> states = new EnumMap<>(State.class);
        for (State s : State.values()) {
            states.put(s, (int) rs.stream().filter(r -> r.state() == s).count());
        }
        Map<Stage, StageFigures> sla = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            sla.put(s, new StageFigures(outcomes(rs, s, StageStatus.Outcome.MET), outcomes(rs, s, StageStatus.Outcome.MET_LATE),
                    outcomes(rs, s, StageStatus.Outcome.OVERDUE), outcomes(rs, s, StageStatus.Outcome.RUNNING),
                    outcomes(rs, s, StageStatus.Outcome.PAUSED)));
        }
        Map<AgeBucket, Integer> backlog = new EnumMap<>(AgeBucket.class);
        for (AgeBucket b : AgeBucket.values()) {
            backlog.put(b, (int) rs.stream().filter(r -> r.age() != null && r.age() >= b.low()
                    && (b.high().isEmpty() || r.age() <= b.high().getAsInt())).count());
        }
        return new Figures(rs.size(), states,
                durations(rs.stream().map(Reading::verification).filter(x -> x != null).collect(Collectors.toList())),
                durations(rs.stream().map(Reading::followUp).filter(x -> x != null).collect(Collectors.toList())), sla,
                count(rs, CloseReason.RESOLVED), count(rs, CloseReason.NOT_RESOLVED), count(rs, CloseReason.AUTOMATIC),
                (int) rs.stream().filter(Reading::everClosed).count(), (int) rs.stream().filter(Reading::reopened).count(), backlog);
    }

    private static int outcomes(List<Reading> rs, Stage s, StageStatus.Outcome o) {
        return (int) rs.stream().filter(r -> r.outcomes().get(s) == o).count();
    }

    private static int count(List<Reading> rs, CloseReason reason) {
        return (int) rs.stream().filter(r -> r.closeReason() == reason).count();
    }

    /** Nearest rank: the smallest k with k × 100 ≥ p × n, the k-th of the sorted values. */
    private static Durations durations(List<Integer> values) {
        if (values.isEmpty()) {
            return Durations.none();
        }
        List<Integer> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return new Durations(sorted.size(), Optional.of(rank(sorted, 50)), Optional.of(rank(sorted, 90)));
    }

    private static int rank(List<Integer> sorted, int p) {
        int k = 1;
        while (k * 100 < p * sorted.size()) {
            k++;
        }
        return sorted.get(k - 1);
    }
}
