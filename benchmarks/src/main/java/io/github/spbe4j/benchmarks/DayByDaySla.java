package io.github.spbe4j.benchmarks;

import io.github.spbe4j.complaints.lifecycle.Action;
import io.github.spbe4j.complaints.lifecycle.History;
import io.github.spbe4j.complaints.lifecycle.Lifecycle;
import io.github.spbe4j.complaints.sla.ClockEvent;
import io.github.spbe4j.complaints.sla.DayUnit;
import io.github.spbe4j.complaints.sla.SlaPolicy;
import io.github.spbe4j.complaints.sla.Tier;
import io.github.spbe4j.core.calendar.Holiday;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The naive SLA clock, the baseline of {@link SlaBenchmark}: it walks the calendar one day at a time from
 * the submission to the instant asked about (and on, until every running count has its deadline), asking
 * {@code isWorkingDay} of each day. Each count keeps the units it has left; on each day, before that day's
 * events, every running count spends the day if it counts; the day its last unit is spent is its deadline.
 * Events then start, meet, freeze, thaw or restart counts as {@code SlaClock}'s rules say. It gives the same
 * deadlines, outcomes and provisional flags as {@code SlaClock} (spbe-complaints' property test checks an
 * oracle of this design against the clock; {@code SlaBenchmarkTest} checks this copy on the generated
 * complaints).
 */
final class DayByDaySla {

    /** One count: verification, follow-up, settlement or the automatic close. */
    static final class Count {
        final boolean working;
        int full;
        boolean active;
        Instant metAt;
        int left;
        boolean frozen;
        LocalDate deadline;
        /** Whether a day it walked lies in a year of estimated holidays. */
        boolean provisional;
        /** The estimated holidays on weekdays among the days it walked; null for none. */
        List<LocalDate> estimated;

        Count(boolean working) {
            this.working = working;
        }
    }

    /** The counts after a walk: verification, follow-up, settlement, automatic close. */
    record Result(boolean paused, Count[] counts) {
    }

    private final WorkingDayCalendar days;
    private final ZoneId zone;
    private final SlaPolicy policy;

    DayByDaySla(SlaPolicy policy, WorkingDayCalendar calendar, ZoneId zone) {
        this.days = calendar.withEstimates(true);
        this.zone = zone;
        this.policy = policy;
    }

    private boolean counts(Count c, LocalDate d) {
        return !c.working || days.isWorkingDay(d);
    }

    private void walked(Count c, LocalDate d) {
        if (!c.working) {
            return;
        }
        if (days.isEstimated(Year.of(d.getYear()))) {
            c.provisional = true;
            Optional<Holiday> h = days.holiday(d);
            if (h.isPresent() && h.get().estimated() && d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                if (c.estimated == null) {
                    c.estimated = new ArrayList<>(2);
                }
                c.estimated.add(d);
            }
        }
    }

    private void spend(Count c, LocalDate d) {
        if (!c.active || c.frozen || c.deadline != null) {
            return;
        }
        walked(c, d);
        if (!counts(c, d)) {
            return;
        }
        if (c.left > 0) {
            c.left--;
        }
        if (c.left == 0) {
            c.deadline = d;
        }
    }

    private static void begin(Count c, int units, boolean paused) {
        c.active = true;
        c.full = units;
        c.left = units;
        c.deadline = null;
        c.frozen = paused;
        c.provisional = false;
        c.estimated = null;
    }

    private void thaw(Count c, LocalDate d) {
        c.frozen = false;
        if (c.left == 0) {
            walked(c, d);
            if (counts(c, d)) {
                c.deadline = d;
            }
        }
    }

    private static void freeze(Count c, LocalDate d) {
        if (c.deadline != null && c.deadline.isBefore(d)) {
            return;
        }
        c.deadline = null;
        c.frozen = true;
    }

    /** Walks a complaint's history and clock events up to an instant. */
    Result run(Lifecycle l, List<ClockEvent> clock, Tier tier, Instant at) {
        boolean settlementWorking = tier != null || policy.settlementUnit() == DayUnit.WORKING_DAYS;
        int settlementDays = tier != null ? tier.workingDays() : policy.settlementDays();
        Count verification = new Count(true);
        Count followUp = new Count(true);
        Count settlement = new Count(settlementWorking);
        Count auto = new Count(true);
        Count[] all = {verification, followUp, settlement, auto};
        List<Object> events = new ArrayList<>();
        List<History.Entry> entries = l.history().entries();
        int i = 0;
        int j = 0;
        while (i < entries.size() || j < clock.size()) {
            boolean takeEntry = j >= clock.size() || i < entries.size() && !entries.get(i).at().isAfter(clock.get(j).at());
            Object e = takeEntry ? entries.get(i++) : clock.get(j++);
            Instant when = e instanceof History.Entry h ? h.at() : ((ClockEvent) e).at();
            if (!when.isAfter(at)) {
                events.add(e);
            }
        }
        LocalDate first = LocalDate.ofInstant(l.submittedAt(), zone);
        LocalDate last = LocalDate.ofInstant(at, zone);
        boolean paused = false;
        begin(verification, policy.verificationDays(), false);
        int k = 0;
        for (LocalDate d = first; !d.isAfter(last) || k < events.size(); d = d.plusDays(1)) {
            if (d.isAfter(first)) {
                for (Count c : all) {
                    spend(c, d);
                }
            }
            while (k < events.size() && dayOf(events.get(k)).equals(d)) {
                Object e = events.get(k++);
                if (e instanceof History.Entry h) {
                    Action a = h.action();
                    if (a != Action.FOLLOW_UP) {
                        auto.active = false;
                    }
                    if ((a == Action.VERIFY || a == Action.ARCHIVE || a == Action.MARK_DUPLICATE || a == Action.SPLIT)
                            && verification.metAt == null) {
                        verification.metAt = h.at();
                    }
                    if (a == Action.VERIFY && !settlement.active) {
                        begin(settlement, settlementDays, paused);
                    }
                    if ((a == Action.CLOSE || a == Action.ARCHIVE || a == Action.MARK_DUPLICATE || a == Action.SPLIT)
                            && settlement.active && settlement.metAt == null) {
                        settlement.metAt = h.at();
                    }
                    if (a == Action.DISPOSE || a == Action.REOPEN) {
                        followUp.metAt = null;
                        begin(followUp, policy.followUpDays(), paused);
                    }
                    if (a == Action.REOPEN && settlement.active && settlement.metAt != null) {
                        settlement.metAt = null;
                        if (paused && !settlement.frozen) {
                            freeze(settlement, d);
                        } else if (!paused && settlement.frozen) {
                            thaw(settlement, d);
                        }
                    }
                    if (a == Action.REROUTE) {
                        followUp.active = false;
                    }
                    if (a == Action.FOLLOW_UP) {
                        if (followUp.active && followUp.metAt == null) {
                            followUp.metAt = h.at();
                        }
                        auto.metAt = null;
                        begin(auto, policy.automaticCloseDays(), paused);
                    }
                } else {
                    ClockEvent c = (ClockEvent) e;
                    for (Count n : all) {
                        if (!n.active || n.metAt != null) {
                            continue;
                        }
                        switch (c.kind()) {
                            case PAUSE -> {
                                if (!n.frozen) {
                                    freeze(n, d);
                                }
                            }
                            case RESUME -> {
                                if (n.frozen) {
                                    thaw(n, d);
                                }
                            }
                            case RESET -> begin(n, n.full, false);
                        }
                    }
                    paused = c.kind() == ClockEvent.Kind.PAUSE;
                }
            }
        }
        // every count that runs walks on until its last unit is spent
        for (Count c : all) {
            LocalDate d = last;
            while (c.active && !c.frozen && c.deadline == null) {
                d = d.plusDays(1);
                spend(c, d);
            }
        }
        return new Result(paused, all);
    }

    private LocalDate dayOf(Object e) {
        return LocalDate.ofInstant(e instanceof History.Entry h ? h.at() : ((ClockEvent) e).at(), zone);
    }

    /** The end of a deadline day in the zone: the last nanosecond before the next day starts. */
    Instant endOf(LocalDate d) {
        return d.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
    }

    /** Whether a stage count (not the automatic close) is overdue at an instant: running, not met, its day over. */
    boolean overdue(Count c, Instant at) {
        return c.active && !c.frozen && c.metAt == null && c.deadline != null && at.isAfter(endOf(c.deadline));
    }
}
