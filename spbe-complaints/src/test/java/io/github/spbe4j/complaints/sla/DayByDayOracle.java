package io.github.spbe4j.complaints.sla;

import io.github.spbe4j.complaints.lifecycle.Action;
import io.github.spbe4j.complaints.lifecycle.History;
import io.github.spbe4j.complaints.lifecycle.Lifecycle;
import io.github.spbe4j.complaints.lifecycle.State;
import io.github.spbe4j.core.calendar.Holiday;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A slow, obviously right SLA clock for the property tests: it walks the calendar one day at a time. Each
 * count keeps the units it has left; on each day, before that day's events, every count that runs spends the
 * day if it counts (a working day, or any day for calendar days); the day its last unit is spent is its
 * deadline. Events then start, meet, freeze, thaw or restart counts as the rules say in words.
 */
final class DayByDayOracle {

    static final class Count {
        final boolean working;
        int full;
        boolean active;
        @Nullable Instant metAt;
        int left;
        boolean frozen;
        @Nullable LocalDate deadline;
        final List<LocalDate> walked = new ArrayList<>();

        Count(boolean working) {
            this.working = working;
        }
    }

    record Result(State state, boolean paused, Count[] counts) {
    }

    private final WorkingDayCalendar days;
    private final ZoneId zone;

    DayByDayOracle(WorkingDayCalendar calendar, ZoneId zone) {
        this.days = calendar.withEstimates(true);
        this.zone = zone;
    }

    private boolean counts(Count c, LocalDate d) {
        return !c.working || days.isWorkingDay(d);
    }

    /** Spends one day of a running count. */
    private void spend(Count c, LocalDate d) {
        if (!c.active || c.frozen || c.deadline != null) {
            return;
        }
        c.walked.add(d);
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

    /** Starts or restarts a count on a day, which is not spent. */
    private void begin(Count c, LocalDate d, int units, boolean paused) {
        c.active = true;
        c.full = units;
        c.left = units;
        c.deadline = null;
        c.frozen = paused;
        c.walked.clear();
    }

    private void thaw(Count c, LocalDate d) {
        c.frozen = false;
        if (c.left == 0) {
            // nothing left: due on that very day if it counts, else on the next day that does
            c.walked.add(d);
            if (counts(c, d)) {
                c.deadline = d;
            }
        }
    }

    private static void freeze(Count c, LocalDate d) {
        if (c.deadline != null && c.deadline.isBefore(d)) {
            return; // already over: stays overdue
        }
        c.deadline = null;
        c.frozen = true;
    }

    Result run(Lifecycle l, List<ClockEvent> clock, @Nullable Tier tier, SlaPolicy policy, Instant at) {
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
        State state = State.SUBMITTED;
        begin(verification, first, policy.verificationDays(), false);
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
                    state = h.to();
                    Action a = h.action();
                    if (a != Action.FOLLOW_UP) {
                        auto.active = false;
                    }
                    if (a == Action.VERIFY || a == Action.ARCHIVE || a == Action.MARK_DUPLICATE || a == Action.SPLIT) {
                        if (verification.metAt == null) {
                            verification.metAt = h.at();
                        }
                    }
                    if (a == Action.VERIFY && !settlement.active) {
                        begin(settlement, d, settlementDays, paused);
                    }
                    if ((a == Action.CLOSE || a == Action.ARCHIVE || a == Action.MARK_DUPLICATE || a == Action.SPLIT)
                            && settlement.active && settlement.metAt == null) {
                        settlement.metAt = h.at();
                    }
                    if (a == Action.DISPOSE || a == Action.REOPEN) {
                        followUp.metAt = null;
                        begin(followUp, d, policy.followUpDays(), paused);
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
                        begin(auto, d, policy.automaticCloseDays(), paused);
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
                            case RESET -> begin(n, d, n.full, false);
                        }
                    }
                    paused = c.kind() == ClockEvent.Kind.PAUSE;
                }
            }
        }
        // finish every count that runs: walk on until its last unit is spent
        for (Count c : all) {
            LocalDate d = last;
            while (c.active && !c.frozen && c.deadline == null) {
                d = d.plusDays(1);
                spend(c, d);
            }
        }
        return new Result(state, paused, all);
    }

    private LocalDate dayOf(Object e) {
        return LocalDate.ofInstant(e instanceof History.Entry h ? h.at() : ((ClockEvent) e).at(), zone);
    }

    /** The estimated holidays on weekdays among the days a count walked. */
    List<LocalDate> estimatedDays(Count c) {
        List<LocalDate> out = new ArrayList<>();
        if (!c.working) {
            return out;
        }
        for (LocalDate d : c.walked) {
            Optional<Holiday> h = days.holiday(d);
            if (h.isPresent() && h.get().estimated() && d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                out.add(d);
            }
        }
        return out;
    }

    boolean provisional(Count c) {
        if (!c.working) {
            return false; // calendar days do not depend on holidays
        }
        for (LocalDate d : c.walked) {
            if (days.isEstimated(java.time.Year.of(d.getYear()))) {
                return true;
            }
        }
        return false;
    }

    Instant endOf(LocalDate d) {
        return d.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
    }
}
