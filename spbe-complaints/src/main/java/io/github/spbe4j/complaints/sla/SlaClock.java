package io.github.spbe4j.complaints.sla;

import io.github.spbe4j.complaints.lifecycle.Action;
import io.github.spbe4j.complaints.lifecycle.CloseReason;
import io.github.spbe4j.complaints.lifecycle.History;
import io.github.spbe4j.complaints.lifecycle.Lifecycle;
import io.github.spbe4j.complaints.lifecycle.Role;
import io.github.spbe4j.complaints.lifecycle.State;
import io.github.spbe4j.complaints.lifecycle.Step;
import io.github.spbe4j.complaints.lifecycle.Transition;
import io.github.spbe4j.complaints.lifecycle.TransitionTable;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.calendar.Deadline;
import io.github.spbe4j.core.calendar.Holiday;
import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import io.github.spbe4j.core.identifier.RegionCode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The SLA clock of complaints: an {@link SlaPolicy}, a {@link WorkingDayCalendar} and the agency's time zone,
 * which read a complaint's {@link Lifecycle} and {@link ClockEvents} at any instant as an {@link SlaStatus}.
 * Immutable and thread-safe.
 *
 * <p><b>The counting rule</b>, used for every deadline: "N working days after an event" is the N-th working
 * day of the calendar after the event's local date in the clock's zone, the event's day not counted
 * ({@link WorkingDayCalendar#deadline(LocalDate, int)}); "N calendar days after an event" is the N-th day
 * after that date. The deadline holds until the end of that day in the zone: a stage met at 23:59:59 local on
 * its deadline day is met on time. Counting never stops at a year without a holiday decree: such a year is
 * counted on estimated holidays and the deadline is {@linkplain SlaDeadline#provisional() provisional},
 * naming the estimated days it relied on.
 *
 * <p><b>The stages</b> ({@link Stage}): verification counts from the submission and is met by the first
 * {@code verify}, {@code archive}, {@code mark-duplicate} or {@code split}; follow-up counts from the latest
 * {@code dispose} or {@code reopen} and is met by a {@code follow-up} after it, while a {@code reroute} ends it
 * until the next disposition; settlement counts from the first {@code verify} — the policy's figure, or the
 * {@link Tier}'s working days when the complaint has one — and is met by the {@code close}, {@code archive},
 * {@code mark-duplicate} or {@code split} that ends the complaint, a {@code reopen} taking that meeting back.
 * The <b>automatic close</b> counts from the latest {@code follow-up}; any other action after it (a
 * {@code respond} above all) stops it.
 *
 * <p><b>Clock events</b> act on the counts running at their instant (a history entry and a clock event at the
 * same instant: the entry first): a pause freezes the days each running count has left after the pause's
 * local date (a count whose deadline day is already over stays overdue); a resume counts the frozen days
 * after the resume's local date; a reset restarts each running count in full after the reset's local date.
 * A count that starts while the clock is paused waits, in full, for the resume. Only the history and clock
 * events up to the instant asked about count.
 *
 * <p>Each status costs O(history length + clock events) with O(1) calendar look-ups.
 *
 * <pre>{@code
 * SlaClock clock = SlaClock.forRegion(RegionCode.parse("61.71"));  // Kota Contoh, WIB
 * SlaStatus s = clock.status(lifecycle, Instant.parse("2026-03-25T03:00:00Z"));
 * s.overdue();   // e.g. [verification]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SlaClock {

    /** The rule of a problem about a clock event before the complaint's submission. */
    public static final String BEFORE_SUBMISSION_RULE = "ClockBeforeSubmission";

    /** The rule of a problem about a region whose time zone is not known. */
    public static final String ZONE_RULE = "TimeZone";

    /** The actor of an automatic close. */
    public static final String SYSTEM_ACTOR = "system";

    private static final int VERIFICATION = 0;
    private static final int FOLLOW_UP = 1;
    private static final int SETTLEMENT = 2;
    private static final int AUTO_CLOSE = 3;
    private static final Stage[] STAGES = {Stage.VERIFICATION, Stage.FOLLOW_UP, Stage.SETTLEMENT};

    private final SlaPolicy policy;
    private final WorkingDayCalendar calendar;
    /** The calendar with estimates: never stops at a year without a decree. */
    private final WorkingDayCalendar counting;
    private final ZoneId zone;

    /** The years whose holidays the counting calendar estimates, by year - FIRST_YEAR. */
    private final boolean[] estimatedYears;
    /** From this instant on the zone keeps one offset (Indonesia has kept its offsets since the 1960s). */
    private final long fixedFromSecond;
    /** ... and from this local day on. */
    private final long fixedFromDay;
    private final int fixedOffset;

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    private SlaClock(SlaPolicy policy, WorkingDayCalendar calendar, ZoneId zone) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.counting = calendar.withEstimates(true);
        this.estimatedYears = new boolean[LAST_YEAR - FIRST_YEAR + 1];
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            estimatedYears[y - FIRST_YEAR] = counting.isEstimated(Year.of(y));
        }
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransition> transitions = rules.getTransitions();
        if (!rules.getTransitionRules().isEmpty()) {
            this.fixedFromSecond = Long.MAX_VALUE;
            this.fixedFromDay = Long.MAX_VALUE;
            this.fixedOffset = 0;
        } else {
            Instant from = transitions.isEmpty() ? Instant.MIN : transitions.get(transitions.size() - 1).getInstant();
            ZoneOffset offset = rules.getOffset(from.equals(Instant.MIN) ? Instant.EPOCH : from);
            this.fixedFromSecond = transitions.isEmpty() ? Long.MIN_VALUE : from.getEpochSecond();
            // a local day wholly after the last transition
            this.fixedFromDay = transitions.isEmpty() ? Long.MIN_VALUE : LocalDate.ofInstant(from, offset).toEpochDay() + 2;
            this.fixedOffset = offset.getTotalSeconds();
        }
    }

    /**
     * Returns the local date of an instant in this clock's zone: the day events are counted from. In a
     * zone without daylight saving (WIB, WITA, WIT) it is plain arithmetic, so it costs less than
     * {@code LocalDate.ofInstant}.
     *
     * @param at the instant
     * @return its local date in the zone
     */
    public LocalDate localDate(Instant at) {
        long s = at.getEpochSecond();
        if (s >= fixedFromSecond) {
            return LocalDate.ofEpochDay(Math.floorDiv(s + fixedOffset, 86_400L));
        }
        return LocalDate.ofInstant(at, zone);
    }

    /**
     * Returns a clock.
     *
     * @param policy the figures
     * @param calendar whose working days are counted, e.g. {@link WorkingDayCalendar#indonesia()} (civil
     *     servants, collective leave off)
     * @param zone the agency's time zone, in which events fall on days and days end
     * @return the clock
     */
    public static SlaClock of(SlaPolicy policy, WorkingDayCalendar calendar, ZoneId zone) {
        return new SlaClock(policy, calendar, zone);
    }

    /**
     * Returns the clock of an agency of a region: the SP4N-LAPOR! figures, the civil-service calendar
     * (collective leave off) and the time zone of the region's province ({@link IndonesiaTimeZone}).
     *
     * @param region the agency's region code, of any level
     * @return the clock
     * @throws SpbeException if the region's province has no known time zone
     */
    public static SlaClock forRegion(RegionCode region) {
        Objects.requireNonNull(region, "region");
        Optional<IndonesiaTimeZone> z = IndonesiaTimeZone.of(region);
        if (z.isEmpty()) {
            throw new SpbeException(Problem.of("region", ZONE_RULE, "region " + region + " lies in no known province, so its time zone"
                    + " (WIB, WITA or WIT) is not known; give the zone explicitly", region.toString()));
        }
        return new SlaClock(SlaPolicy.sp4nLapor(), WorkingDayCalendar.indonesia(), z.get().zoneId());
    }

    /**
     * Returns this clock with other figures.
     *
     * @param p the policy
     * @return the clock
     */
    public SlaClock withPolicy(SlaPolicy p) {
        return new SlaClock(p, calendar, zone);
    }

    /**
     * Returns this clock with another calendar, e.g. the private sector's or one with next year's decree.
     *
     * @param c the calendar
     * @return the clock
     */
    public SlaClock withCalendar(WorkingDayCalendar c) {
        return new SlaClock(policy, c, zone);
    }

    /**
     * Returns this clock in another time zone.
     *
     * @param z the zone
     * @return the clock
     */
    public SlaClock withZone(ZoneId z) {
        return new SlaClock(policy, calendar, z);
    }

    /**
     * Returns the figures.
     *
     * @return the policy
     */
    public SlaPolicy policy() {
        return policy;
    }

    /**
     * Returns the calendar whose working days are counted.
     *
     * @return the calendar
     */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /**
     * Returns the agency's time zone.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the status of a complaint whose clock was never stopped and which has no tier.
     *
     * @param lifecycle the complaint's lifecycle
     * @param at the instant
     * @return the status at the instant
     */
    public SlaStatus status(Lifecycle lifecycle, Instant at) {
        return status(lifecycle, ClockEvents.empty(), Optional.empty(), at);
    }

    /**
     * Returns the status of a complaint without a tier.
     *
     * @param lifecycle the complaint's lifecycle
     * @param events its clock events
     * @param at the instant
     * @return the status at the instant
     * @throws SpbeException if a clock event is earlier than the submission
     */
    public SlaStatus status(Lifecycle lifecycle, ClockEvents events, Instant at) {
        return status(lifecycle, events, Optional.empty(), at);
    }

    /**
     * Returns the status of a complaint at an instant: only its history entries and clock events up to the
     * instant count.
     *
     * @param lifecycle the complaint's lifecycle
     * @param events its clock events
     * @param tier the tier of its topic, whose working days replace the policy's settlement figure; empty for none
     * @param at the instant
     * @return the status at the instant
     * @throws SpbeException if a clock event is earlier than the submission
     */
    public SlaStatus status(Lifecycle lifecycle, ClockEvents events, Optional<Tier> tier, Instant at) {
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(at, "at");
        Walk w = walk(lifecycle, events, tier.orElse(null), at);
        EnumMap<Stage, StageStatus> stages = new EnumMap<>(Stage.class);
        for (int i = 0; i < STAGES.length; i++) {
            Run r = w.runs[i];
            if (r.active) {
                stages.put(STAGES[i], stageStatus(STAGES[i], r, at));
            }
        }
        Run auto = w.runs[AUTO_CLOSE];
        Optional<SlaDeadline> automatic = auto.active && !auto.frozen && systemMayClose(lifecycle.table())
                ? Optional.of(deadline(auto)) : Optional.empty();
        return new SlaStatus(at, w.state, stages, w.paused, automatic, expectedCompletion(w, stages, tier.orElse(null)));
    }

    /**
     * Returns the automatic close of a complaint when it is due at an instant: the complaint's latest action is
     * a follow-up no later than the instant, the table lets the system close, and the automatic close's
     * deadline has passed. The step's instant is the first instant after that deadline, so the history says
     * when the close became due.
     *
     * @param lifecycle the complaint's lifecycle
     * @param events its clock events
     * @param at the instant
     * @return {@code Step.close(AUTOMATIC, SYSTEM, "system", due)} with a note naming the follow-up's day, or
     *     empty when not due
     */
    public Optional<Step> automaticClose(Lifecycle lifecycle, ClockEvents events, Instant at) {
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(at, "at");
        Optional<History.Entry> last = lifecycle.history().last();
        if (lifecycle.state() != State.FOLLOWED_UP || last.isEmpty() || last.get().at().isAfter(at)) {
            return Optional.empty();
        }
        SlaStatus s = status(lifecycle, events, Optional.empty(), at);
        if (!s.automaticCloseDue()) {
            return Optional.empty();
        }
        Instant due = s.automaticClose().orElseThrow().end().plusNanos(1);
        LocalDate followedUp = localDate(last.get().at());
        return Optional.of(Step.close(CloseReason.AUTOMATIC, Role.SYSTEM, SYSTEM_ACTOR, due)
                .withNote("no reply within " + policy.automaticCloseDays() + " working days of the follow-up of " + followedUp));
    }

    /**
     * Applies the automatic close of a complaint if it is due at an instant ({@link #automaticClose}).
     *
     * @param lifecycle the complaint's lifecycle
     * @param events its clock events
     * @param at the instant
     * @return the closed lifecycle, or the one given when no close is due
     */
    public Lifecycle closeIfDue(Lifecycle lifecycle, ClockEvents events, Instant at) {
        Optional<Step> step = automaticClose(lifecycle, events, at);
        if (step.isEmpty()) {
            return lifecycle;
        }
        Transition t = lifecycle.apply(step.get());
        return t instanceof Transition.Applied a ? a.lifecycle() : lifecycle;
    }

    private static boolean systemMayClose(TransitionTable table) {
        return table.rule(State.FOLLOWED_UP, Action.CLOSE).map(r -> r.roles().contains(Role.SYSTEM)).orElse(false);
    }

    // ---- the walk -------------------------------------------------------------------------------

    /** One count: a stage's, or the automatic close's. Mutable, local to one walk. */
    private static final class Run {
        final boolean working;
        int full;
        boolean active;
        @Nullable Instant metAt;
        /** The day after which the days left are counted. */
        LocalDate anchor = LocalDate.MIN;
        int left;
        boolean frozen;
        boolean spentProvisional;
        @Nullable List<Holiday> spentEstimated;

        Run(boolean working) {
            this.working = working;
        }
    }

    private static final class Walk {
        final Run[] runs;
        State state = State.SUBMITTED;
        boolean paused;

        Walk(Run[] runs) {
            this.runs = runs;
        }
    }

    private Walk walk(Lifecycle lifecycle, ClockEvents events, @Nullable Tier tier, Instant at) {
        boolean settlementWorking = tier != null || policy.settlementUnit() == DayUnit.WORKING_DAYS;
        Run[] runs = {new Run(true), new Run(true), new Run(settlementWorking), new Run(true)};
        Walk w = new Walk(runs);
        Instant submitted = lifecycle.submittedAt();
        List<ClockEvent> clock = events.events();
        if (!clock.isEmpty() && clock.get(0).at().isBefore(submitted)) {
            ClockEvent first = clock.get(0);
            throw new SpbeException(Problem.of("clock[0].at", BEFORE_SUBMISSION_RULE, "the clock event " + first.kind() + " at "
                    + first.at() + " is earlier than the submission, at " + submitted, first.at().toString()));
        }
        start(w, runs[VERIFICATION], localDate(submitted), policy.verificationDays());
        List<History.Entry> entries = lifecycle.history().entries();
        int settlementDays = tier != null ? tier.workingDays() : policy.settlementDays();
        int i = 0;
        int j = 0;
        while (true) {
            History.@Nullable Entry e = i < entries.size() && !entries.get(i).at().isAfter(at) ? entries.get(i) : null;
            @Nullable ClockEvent c = j < clock.size() && !clock.get(j).at().isAfter(at) ? clock.get(j) : null;
            if (e == null && c == null) {
                break;
            }
            if (e != null && (c == null || !c.at().isBefore(e.at()))) {
                entry(w, e, settlementDays);
                i++;
            } else if (c != null) {
                clockEvent(w, c);
                j++;
            }
        }
        return w;
    }

    private void entry(Walk w, History.Entry e, int settlementDays) {
        Run[] runs = w.runs;
        LocalDate day = localDate(e.at());
        Action a = e.action();
        w.state = e.to();
        if (a != Action.FOLLOW_UP) {
            runs[AUTO_CLOSE].active = false;
        }
        switch (a) {
            case VERIFY -> {
                meet(runs[VERIFICATION], e.at());
                if (!runs[SETTLEMENT].active) {
                    start(w, runs[SETTLEMENT], day, settlementDays);
                }
            }
            case ARCHIVE, MARK_DUPLICATE, SPLIT -> {
                meet(runs[VERIFICATION], e.at());
                meet(runs[SETTLEMENT], e.at());
            }
            case CLOSE -> meet(runs[SETTLEMENT], e.at());
            case DISPOSE -> start(w, runs[FOLLOW_UP], day, policy.followUpDays());
            case REOPEN -> {
                start(w, runs[FOLLOW_UP], day, policy.followUpDays());
                Run s = runs[SETTLEMENT];
                if (s.active && s.metAt != null) {
                    s.metAt = null;
                    if (w.paused && !s.frozen) {
                        freeze(s, day);
                    } else if (!w.paused && s.frozen) {
                        s.frozen = false;
                        s.anchor = day;
                    }
                }
            }
            case REROUTE -> runs[FOLLOW_UP].active = false;
            case FOLLOW_UP -> {
                meet(runs[FOLLOW_UP], e.at());
                start(w, runs[AUTO_CLOSE], day, policy.automaticCloseDays());
            }
            default -> {
                // postpone, start, respond: no stage starts or ends
            }
        }
    }

    private static void meet(Run r, Instant at) {
        if (r.active && r.metAt == null) {
            r.metAt = at;
        }
    }

    private void start(Walk w, Run r, LocalDate day, int full) {
        r.active = true;
        r.full = full;
        r.metAt = null;
        r.anchor = day;
        r.left = full;
        r.frozen = false;
        r.spentProvisional = false;
        r.spentEstimated = null;
        if (w.paused) {
            freeze(r, day);
        }
    }

    private void clockEvent(Walk w, ClockEvent c) {
        LocalDate day = localDate(c.at());
        for (Run r : w.runs) {
            if (!r.active || r.metAt != null) {
                continue;
            }
            switch (c.kind()) {
                case PAUSE -> {
                    if (!r.frozen) {
                        freeze(r, day);
                    }
                }
                case RESUME -> {
                    if (r.frozen) {
                        r.frozen = false;
                        r.anchor = day;
                    }
                }
                case RESET -> {
                    r.frozen = false;
                    r.anchor = day;
                    r.left = r.full;
                    r.spentProvisional = false;
                    r.spentEstimated = null;
                }
            }
        }
        w.paused = c.kind() == ClockEvent.Kind.PAUSE;
    }

    /** Freezes the days a count has left after a day, unless its deadline day is before that day. */
    private void freeze(Run r, LocalDate day) {
        if (r.working) {
            LocalDate due = counting.plusWorkingDays(r.anchor, r.left);
            if (due.isBefore(day)) {
                return;
            }
            int spent = day.isAfter(r.anchor) ? counting.workingDaysBetween(r.anchor.plusDays(1), day.plusDays(1)) : 0;
            if (day.isAfter(r.anchor) && touchesEstimated(r.anchor.plusDays(1).getYear(), day.getYear())) {
                // the days spent rest on estimates: keep what they relied on, as Deadline would name it
                r.spentProvisional = true;
                for (Holiday h : counting.holidays(r.anchor.plusDays(1), day.plusDays(1))) {
                    if (h.estimated() && !counting.weekend().contains(h.date().getDayOfWeek())) {
                        if (r.spentEstimated == null) {
                            r.spentEstimated = new ArrayList<>();
                        }
                        r.spentEstimated.add(h);
                    }
                }
            }
            r.left = Math.max(0, r.left - spent);
        } else {
            LocalDate due = r.anchor.plusDays(r.left);
            if (due.isBefore(day)) {
                return;
            }
            r.left = (int) Math.max(0, r.left - (day.toEpochDay() - r.anchor.toEpochDay()));
        }
        r.frozen = true;
    }

    private boolean touchesEstimated(int fromYear, int toYear) {
        for (int y = fromYear; y <= toYear; y++) {
            if (y >= FIRST_YEAR && y <= LAST_YEAR ? estimatedYears[y - FIRST_YEAR] : counting.isEstimated(Year.of(y))) {
                return true;
            }
        }
        return false;
    }

    // ---- reading the walk -------------------------------------------------------------------------

    private SlaDeadline deadline(Run r) {
        LocalDate date = due(r);
        if (!r.working) {
            return new SlaDeadline(date, endOf(date), false, List.of());
        }
        @Nullable Deadline d = provisionalDeadline(r.anchor, r.left, date);
        if (d == null && !r.spentProvisional) {
            return new SlaDeadline(date, endOf(date), false, List.of());
        }
        List<Holiday> estimated = d == null ? List.of() : d.estimatedDays();
        if (r.spentEstimated != null) {
            List<Holiday> all = new ArrayList<>(r.spentEstimated);
            all.addAll(estimated);
            estimated = all;
        }
        return new SlaDeadline(date, endOf(date), true, estimated);
    }

    private StageStatus stageStatus(Stage stage, Run r, Instant at) {
        Instant met = r.metAt;
        if (r.frozen) {
            return new StageStatus(stage, outcome(r, null, at), Optional.empty(), Optional.ofNullable(met), Optional.empty());
        }
        SlaDeadline d = deadline(r);
        StageStatus.Outcome outcome = outcome(r, d.end(), at);
        Optional<Duration> lateness = switch (outcome) {
            case MET_LATE -> Optional.of(Duration.between(d.end(), Objects.requireNonNull(met)));
            case OVERDUE -> Optional.of(Duration.between(d.end(), at));
            default -> Optional.empty();
        };
        return new StageStatus(stage, outcome, Optional.of(d), Optional.ofNullable(met), lateness);
    }

    /** The outcome of a count at an instant, given the end of its deadline (none while frozen). */
    private static StageStatus.Outcome outcome(Run r, @Nullable Instant end, Instant at) {
        Instant met = r.metAt;
        if (r.frozen || end == null) {
            return met != null ? StageStatus.Outcome.MET : StageStatus.Outcome.PAUSED;
        }
        if (met != null) {
            return met.isAfter(end) ? StageStatus.Outcome.MET_LATE : StageStatus.Outcome.MET;
        }
        return at.isAfter(end) ? StageStatus.Outcome.OVERDUE : StageStatus.Outcome.RUNNING;
    }

    /**
     * Returns only the outcome of each stage of a complaint at an instant — met, met late, overdue, running
     * or paused — the same as {@link #status(Lifecycle, ClockEvents, Optional, Instant)} gives, without
     * building deadlines: for counting over many complaints, as metrics do.
     *
     * @param lifecycle the complaint's lifecycle
     * @param events its clock events
     * @param tier the tier of its topic, or empty
     * @param at the instant
     * @return the outcomes, indexed by {@link Stage#ordinal()}; null for a stage that does not apply
     * @throws SpbeException if a clock event is earlier than the submission
     */
    public StageStatus.@Nullable Outcome[] outcomes(Lifecycle lifecycle, ClockEvents events, Optional<Tier> tier, Instant at) {
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(at, "at");
        Walk w = walk(lifecycle, events, tier.orElse(null), at);
        StageStatus.@Nullable Outcome[] outcomes = new StageStatus.Outcome[STAGES.length];
        for (int i = 0; i < STAGES.length; i++) {
            Run r = w.runs[i];
            if (r.active) {
                outcomes[STAGES[i].ordinal()] = outcome(r, r.frozen ? null : endOf(due(r)), at);
            }
        }
        return outcomes;
    }

    /** The day a count that is not frozen is due: its days left after its anchor. */
    private LocalDate due(Run r) {
        return r.working ? counting.plusWorkingDays(r.anchor, r.left) : r.anchor.plusDays(r.left);
    }

    private Optional<Instant> expectedCompletion(Walk w, EnumMap<Stage, StageStatus> stages, @Nullable Tier tier) {
        State s = w.state;
        if (s == State.CLOSED || s == State.ARCHIVED || s == State.DUPLICATE || s == State.SPLIT) {
            return Optional.empty();
        }
        StageStatus settlement = stages.get(Stage.SETTLEMENT);
        if (settlement != null) {
            return settlement.deadline().map(SlaDeadline::end);
        }
        StageStatus verification = stages.get(Stage.VERIFICATION);
        if (verification == null || verification.deadline().isEmpty()) {
            return Optional.empty();
        }
        LocalDate from = verification.deadline().get().date();
        LocalDate date;
        if (tier != null) {
            date = counting.plusWorkingDays(from, tier.workingDays());
        } else if (policy.settlementUnit() == DayUnit.WORKING_DAYS) {
            date = counting.plusWorkingDays(from, policy.settlementDays());
        } else {
            date = from.plusDays(policy.settlementDays());
        }
        return Optional.of(endOf(date));
    }

    /** The last instant of a day in the zone: the instant before the next day starts. */
    private Instant endOf(LocalDate date) {
        long next = date.toEpochDay() + 1;
        if (next >= fixedFromDay) {
            return Instant.ofEpochSecond(next * 86_400L - fixedOffset - 1, 999_999_999L);
        }
        return date.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
    }

    /**
     * Returns {@link WorkingDayCalendar#deadline} of a count that reached {@code date} (the array look-up of
     * {@code plusWorkingDays}) when a year counted is estimated, so that it names the estimated days; null when
     * none is, the common case, which then costs no more than the look-up. The years counted are those
     * {@code deadline} checks: from the day after the start (the start itself for n = 0) to the date.
     */
    private @Nullable Deadline provisionalDeadline(LocalDate start, int n, LocalDate date) {
        int fromYear = n > 0 && start.getDayOfYear() == start.lengthOfYear() ? start.getYear() + 1 : start.getYear();
        return touchesEstimated(fromYear, date.getYear()) ? counting.deadline(start, n) : null;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof SlaClock c && c.policy.equals(policy) && c.calendar.equals(calendar) && c.zone.equals(zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(policy, calendar, zone);
    }

    @Override
    public String toString() {
        return "SlaClock[" + policy + ", " + calendar + ", " + zone + "]";
    }
}
