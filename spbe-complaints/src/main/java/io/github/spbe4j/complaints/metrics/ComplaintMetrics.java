package io.github.spbe4j.complaints.metrics;

import io.github.spbe4j.complaints.Complaint;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.Topic;
import io.github.spbe4j.complaints.TopicTree;
import io.github.spbe4j.complaints.lifecycle.History;
import io.github.spbe4j.complaints.lifecycle.State;
import io.github.spbe4j.complaints.sla.SlaClock;
import io.github.spbe4j.complaints.sla.Stage;
import io.github.spbe4j.complaints.sla.StageStatus;
import io.github.spbe4j.complaints.sla.Tier;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The figures an agency reports about its complaints — the evidence a city shows for its complaint service
 * (SPBE 2020 indicator 42, the Pemdi complaint-service scoring) — for the complaints submitted in a
 * {@link ReportingPeriod}, read at one instant: overall, per agency (OPD), per topic and per month. Immutable and
 * thread-safe.
 *
 * <p><b>What counts.</b> A complaint counts when its submission's local date (in the clock's zone) is in
 * the period and it was submitted no later than the instant. Only its history entries and clock events up
 * to the instant count, as for the {@link SlaClock}: a report at an earlier instant says what was true then.
 *
 * <p><b>Groups.</b> {@link #overall()} holds every complaint counted. {@link #byAgency()}: the agency (OPD)
 * named by the complaint's latest {@code dispose} up to the instant, unless a {@code reroute} ("not our
 * authority") came after it — the agency that holds it, or held it when it was followed up and closed; the
 * others (never dispositioned, or handed back) are in {@link #notDispositioned()}. Each complaint is in
 * exactly one of these. {@link #byTopic()}: each complaint counts in its topic <em>and in each ancestor</em>,
 * so a parent topic's figures include its children's and topic groups overlap; complaints without a topic
 * are in {@link #withoutTopic()}. {@link #byMonth()}: the month of the submission's local date; each
 * complaint is in exactly one.
 *
 * <p><b>Figures</b> ({@link Figures}), all exact integers or {@link io.github.spbe4j.catalog.Share shares}:
 * <ul>
 * <li>counts by state at the instant;
 * <li>time to verification: the working days from the submission's local date to the local date of its
 * first verifying action ({@code verify}, {@code archive}, {@code mark-duplicate} or {@code split}, the
 * actions that meet the SLA's verification stage), the submission's day not counted, as
 * {@link WorkingDayCalendar#workingDaysBetween} counts {@code (submitted + 1 day, verified + 1 day)}: verified
 * on the day of submission is 0, on the next working day 1; pauses of the clock are not taken off; a year
 * without a decree is counted on estimated holidays, as the clock's deadlines are, and the figures are then
 * {@link #provisional()};
 * <li>time to follow-up: likewise from the local date of the disposition the first {@code follow-up}
 * answers (the latest {@code dispose} before it) to that follow-up's local date — the agency's time to
 * answer, as the SLA's follow-up stage measures it;
 * <li>their median and 90th percentile by nearest rank ({@link Durations});
 * <li>for each SLA stage, the counts of its outcomes from {@link SlaClock#status} at the instant (with the
 * tier of the complaint's topic), and the share within the SLA: met on time ÷ (met + met late + overdue);
 * <li>resolution rate: closed as {@code resolved} ÷ closed, of the complaints closed at the instant (an
 * automatic close counts as closed, not resolved);
 * <li>reopen rate: complaints reopened at least once ÷ complaints closed at least once by the instant;
 * <li>backlog: the complaints open at the instant (not closed, archived, a duplicate or split) by their age
 * in working days from the submission's local date to the instant's ({@link AgeBucket}).
 * </ul>
 * A rate whose whole is 0 is empty, never 0 of 0.
 *
 * <p><b>Cost.</b> One pass over the complaints and their histories; working days from the calendar's index
 * (constant time per count); percentiles from counting histograms, no sorting.
 *
 * <pre>{@code
 * ComplaintRegister register = ComplaintsJson.read(Path.of("kota-contoh-complaints.json"));
 * ComplaintMetrics m = ComplaintMetrics.of(register, register.slaClock(),
 *         ReportingPeriod.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)), Instant.parse("2026-03-31T17:00:00Z"));
 * m.overall().withinSla(Stage.VERIFICATION); // Optional[6/8 (75.0%)]
 * m.byAgency().get("dinas-pupr").verification().median();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ComplaintMetrics {

    private static final Stage[] STAGES = Stage.values();

    private final Instant at;
    private final ReportingPeriod period;
    private final ZoneId zone;
    private final boolean provisional;
    private final Figures overall;
    private final Map<String, Figures> byAgency;
    private final Figures notDispositioned;
    private final Map<String, Figures> byTopic;
    private final Figures withoutTopic;
    private final Map<YearMonth, Figures> byMonth;

    private ComplaintMetrics(Instant at, ReportingPeriod period, ZoneId zone, boolean provisional, Figures overall, Map<String, Figures> byAgency,
            Figures notDispositioned, Map<String, Figures> byTopic, Figures withoutTopic, Map<YearMonth, Figures> byMonth) {
        this.at = at;
        this.period = period;
        this.zone = zone;
        this.provisional = provisional;
        this.overall = overall;
        this.byAgency = byAgency;
        this.notDispositioned = notDispositioned;
        this.byTopic = byTopic;
        this.withoutTopic = withoutTopic;
        this.byMonth = byMonth;
    }

    /**
     * Returns the figures of a register's complaints.
     *
     * @param register the complaints and their topic tree
     * @param sla the clock: policy, calendar and zone, e.g. {@link ComplaintRegister#slaClock()}
     * @param period the submission dates counted
     * @param at the instant the figures are read at
     * @return the figures
     * @throws io.github.spbe4j.core.calendar.UncoveredYearException if a count leaves the years with a decree and
     *     the years estimated
     */
    public static ComplaintMetrics of(ComplaintRegister register, SlaClock sla, ReportingPeriod period, Instant at) {
        Objects.requireNonNull(register, "register");
        return of(register.complaints(), register.topics(), sla, period, at);
    }

    /**
     * Returns the figures of some complaints.
     *
     * @param complaints the complaints
     * @param topics the topic tree their topics are in (a topic it does not know is a group of its own, without
     *     ancestors or tier)
     * @param sla the clock: policy, calendar and zone
     * @param period the submission dates counted
     * @param at the instant the figures are read at
     * @return the figures
     * @throws io.github.spbe4j.core.calendar.UncoveredYearException if a count leaves the years with a decree and
     *     the years estimated
     */
    public static ComplaintMetrics of(Collection<Complaint> complaints, TopicTree topics, SlaClock sla, ReportingPeriod period,
            Instant at) {
        Objects.requireNonNull(complaints, "complaints");
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(sla, "sla");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(at, "at");
        ZoneId zone = sla.zone();
        // as the clock's deadlines do, never stop at a year without a decree: count it on estimated holidays
        WorkingDayCalendar calendar = sla.calendar().withEstimates(true);
        LocalDate today = LocalDate.ofInstant(at, zone);

        Accumulator overall = new Accumulator();
        Accumulator noAgency = new Accumulator();
        Accumulator noTopic = new Accumulator();
        Map<String, Accumulator> agencies = new HashMap<>();
        Map<String, Accumulator> topicGroups = new HashMap<>();
        Map<YearMonth, Accumulator> months = new TreeMap<>();
        @Nullable YearMonth month = null;
        @Nullable Accumulator monthGroup = null;
        Map<String, TopicInfo> topicInfo = new HashMap<>();
        Accumulator.Reading r = new Accumulator.Reading();
        int firstYear = today.getYear();

        for (Complaint c : complaints) {
            Objects.requireNonNull(c, "complaint");
            Instant submitted = c.submitted();
            if (submitted.isAfter(at)) {
                continue;
            }
            LocalDate day = sla.localDate(submitted);
            if (!period.contains(day)) {
                continue;
            }
            firstYear = Math.min(firstYear, day.getYear());
            r.clear();
            read(c.lifecycle().history(), at, sla, calendar, day, r);
            @Nullable TopicInfo topic = null;
            Optional<String> code = c.topic();
            if (code.isPresent()) {
                topic = topicInfo.computeIfAbsent(code.get(), k -> TopicInfo.of(k, topics, topicGroups));
            }
            StageStatus.@Nullable Outcome[] outcomes = sla.outcomes(c.lifecycle(), c.clock(), topic == null ? Optional.empty() : topic.tier, at);
            for (int i = 0; i < STAGES.length; i++) {
                r.outcomes[i] = outcomes[STAGES[i].ordinal()];
            }
            if (open(r.state)) {
                r.ageBucket = AgeBucket.of(workingDays(calendar, day, today));
            }
            overall.add(r);
            if (month == null || day.getYear() != month.getYear() || day.getMonthValue() != month.getMonthValue()) {
                month = YearMonth.from(day);
                monthGroup = months.computeIfAbsent(month, k -> new Accumulator());
            }
            Objects.requireNonNull(monthGroup).add(r);
            (r.agency == null ? noAgency : agencies.computeIfAbsent(r.agency, k -> new Accumulator())).add(r);
            if (topic == null) {
                noTopic.add(r);
            } else {
                for (Accumulator a : topic.chain) {
                    a.add(r);
                }
            }
        }

        Map<String, Figures> byAgency = new LinkedHashMap<>();
        new TreeMap<>(agencies).forEach((k, v) -> byAgency.put(k, v.figures()));
        Map<String, Figures> byTopic = new LinkedHashMap<>();
        for (Topic t : topics.topics()) {
            Accumulator a = topicGroups.remove(t.code());
            if (a != null) {
                byTopic.put(t.code(), a.figures());
            }
        }
        new TreeMap<>(topicGroups).forEach((k, v) -> byTopic.put(k, v.figures()));
        Map<YearMonth, Figures> byMonth = new LinkedHashMap<>();
        months.forEach((k, v) -> byMonth.put(k, v.figures()));
        boolean provisional = false;
        for (int y = firstYear; y <= today.getYear() && overall.size() > 0; y++) {
            provisional |= calendar.isEstimated(Year.of(y));
        }
        return new ComplaintMetrics(at, period, zone, provisional, overall.figures(), Collections.unmodifiableMap(byAgency), noAgency.figures(),
                Collections.unmodifiableMap(byTopic), noTopic.figures(), Collections.unmodifiableMap(byMonth));
    }

    /** Walks a history up to the instant: state, agency, first verification and follow-up, closes and reopens. */
    private static void read(History history, Instant at, SlaClock sla, WorkingDayCalendar calendar, LocalDate submitted,
            Accumulator.Reading r) {
        @Nullable LocalDate disposed = null;
        List<History.Entry> entries = history.entries();
        for (int i = 0, n = entries.size(); i < n; i++) {
            History.Entry e = entries.get(i);
            if (e.at().isAfter(at)) {
                break;
            }
            r.state = e.to();
            switch (e.action()) {
                case VERIFY, ARCHIVE, MARK_DUPLICATE, SPLIT -> {
                    if (r.verificationDays < 0) {
                        r.verificationDays = workingDays(calendar, submitted, sla.localDate(e.at()));
                    }
                }
                case DISPOSE -> {
                    r.agency = e.targets().get(0);
                    disposed = sla.localDate(e.at());
                }
                case REROUTE -> r.agency = null;
                case FOLLOW_UP -> {
                    if (r.followUpDays < 0 && disposed != null) {
                        r.followUpDays = workingDays(calendar, disposed, sla.localDate(e.at()));
                    }
                }
                case CLOSE -> {
                    r.everClosed = true;
                    r.closeReason = e.closeReason().orElse(null);
                }
                case REOPEN -> r.reopened = true;
                default -> {
                    // postpone, start, respond: nothing to count
                }
            }
        }
    }

    /** The working days after one local date up to and including another: the counting rule's N. */
    private static int workingDays(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from.plusDays(1), to.plusDays(1));
    }

    private static boolean open(State s) {
        return s != State.CLOSED && s != State.ARCHIVED && s != State.DUPLICATE && s != State.SPLIT;
    }

    /** A topic's groups, its own and its ancestors', and its tier. */
    private static final class TopicInfo {
        final Accumulator[] chain;
        final Optional<Tier> tier;

        private TopicInfo(Accumulator[] chain, Optional<Tier> tier) {
            this.chain = chain;
            this.tier = tier;
        }

        static TopicInfo of(String code, TopicTree topics, Map<String, Accumulator> groups) {
            List<String> codes = new ArrayList<>();
            if (topics.topic(code).isPresent()) {
                topics.path(code).forEach(t -> codes.add(t.code()));
            } else {
                codes.add(code);
            }
            Accumulator[] chain = new Accumulator[codes.size()];
            for (int i = 0; i < chain.length; i++) {
                chain[i] = groups.computeIfAbsent(codes.get(i), k -> new Accumulator());
            }
            return new TopicInfo(chain, topics.topic(code).isPresent() ? topics.tier(code) : Optional.empty());
        }
    }

    /**
     * Returns the instant the figures were read at.
     *
     * @return the instant
     */
    public Instant at() {
        return at;
    }

    /**
     * Returns the submission dates counted.
     *
     * @return the period
     */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * Returns the zone whose local dates were counted: the clock's.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Tells whether some working days were counted on estimated holidays: the complaints counted reach a
     * year whose holiday decree the clock's calendar does not hold (as a provisional {@link
     * io.github.spbe4j.complaints.sla.SlaDeadline} does); the figures may change when the decree is added.
     *
     * @return true when a year from the first submission counted to the instant is estimated
     */
    public boolean provisional() {
        return provisional;
    }

    /**
     * Returns the figures of every complaint counted.
     *
     * @return the figures
     */
    public Figures overall() {
        return overall;
    }

    /**
     * Returns the figures of each agency (OPD) that holds or last held complaints, by the agency's id as the
     * {@code dispose} named it, in the ids' order.
     *
     * @return agency id to figures; agencies without complaints are absent
     */
    public Map<String, Figures> byAgency() {
        return byAgency;
    }

    /**
     * Returns the figures of the complaints no agency holds: never dispositioned by the instant, or handed
     * back with {@code reroute} since.
     *
     * @return the figures
     */
    public Figures notDispositioned() {
        return notDispositioned;
    }

    /**
     * Returns the figures of each topic, its descendants' complaints included, in the tree's order (topics the
     * tree does not know after, in their codes' order).
     *
     * @return topic code to figures; topics without complaints are absent
     */
    public Map<String, Figures> byTopic() {
        return byTopic;
    }

    /**
     * Returns the figures of the complaints without a topic.
     *
     * @return the figures
     */
    public Figures withoutTopic() {
        return withoutTopic;
    }

    /**
     * Returns the figures of each month of submission (local dates in the clock's zone), in time order.
     *
     * @return month to figures; months without complaints are absent
     */
    public Map<YearMonth, Figures> byMonth() {
        return byMonth;
    }

    /** Returns e.g. {@code ComplaintMetrics[2026-03-01..2026-03-31 at 2026-04-01T00:00:00Z, 12 complaints]}. */
    @Override
    public String toString() {
        return "ComplaintMetrics[" + period + " at " + at + ", " + overall.complaints() + " complaints]";
    }
}
