package io.github.spbe4j.complaints;

import io.github.spbe4j.complaints.lifecycle.Lifecycle;
import io.github.spbe4j.complaints.lifecycle.State;
import io.github.spbe4j.complaints.lifecycle.Step;
import io.github.spbe4j.complaints.lifecycle.Transition;
import io.github.spbe4j.complaints.lifecycle.TransitionTable;
import io.github.spbe4j.complaints.sla.ClockChange;
import io.github.spbe4j.complaints.sla.ClockEvent;
import io.github.spbe4j.complaints.sla.ClockEvents;
import io.github.spbe4j.complaints.sla.SlaClock;
import io.github.spbe4j.complaints.sla.SlaStatus;
import io.github.spbe4j.complaints.sla.Tier;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.ProblemList;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A complaint (pengaduan) as a city handles it: what the resident sent — its type, title and text, the
 * topic, the public service concerned, where, the attachments, the channel, who sent it and the privacy
 * flags — and what has happened to it since, its {@link Lifecycle}.
 *
 * <p>A complaint is immutable. {@link #apply(Step)} takes an action of the lifecycle and
 * {@link #changePrivacy} records an administrator's change of the flags; both return a
 * {@link ComplaintUpdate}: the new complaint, or a refusal that changed nothing.
 *
 * <p>Limits: title one line, 1 to {@value #MAX_TITLE} characters; text multi-line, at most
 * {@value #MAX_TEXT} characters (the Open311 limit of a description); at most {@value #MAX_ATTACHMENTS}
 * attachments.
 *
 * @since 0.1.0
 */
public final class Complaint {

    /** The longest title, in characters. */
    public static final int MAX_TITLE = 200;

    /** The longest text, in characters. */
    public static final int MAX_TEXT = 4000;

    /** The most attachments. */
    public static final int MAX_ATTACHMENTS = 20;

    /** The rule of a refused privacy change. */
    public static final String PRIVACY_RULE = "PrivacyChange";

    /** The rule of a refused clock event: one before the submission. */
    public static final String CLOCK_RULE = "ClockBeforeSubmission";

    private final TrackingId id;
    private final ComplaintType type;
    private final String title;
    private final String text;
    private final Optional<String> topic;
    private final Optional<String> service;
    private final Optional<Location> location;
    private final List<Attachment> attachments;
    private final Channel channel;
    private final Optional<Reporter> reporter;
    private final Privacy submittedPrivacy;
    private final List<PrivacyChange> privacyChanges;
    private final Lifecycle lifecycle;
    private final ClockEvents clock;

    private Complaint(Builder b, List<PrivacyChange> privacyChanges, Lifecycle lifecycle, ClockEvents clock) {
        this.id = b.id;
        this.type = b.type;
        this.title = b.title;
        this.text = b.text;
        this.topic = b.topic;
        this.service = b.service;
        this.location = b.location;
        this.attachments = List.copyOf(b.attachments);
        this.channel = b.channel;
        this.reporter = b.reporter;
        this.submittedPrivacy = b.privacy;
        this.privacyChanges = List.copyOf(privacyChanges);
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /**
     * Starts a complaint just submitted.
     *
     * @param id its tracking id
     * @param type its type
     * @param title its title, one line
     * @param submitted when it was submitted
     * @return a builder; {@link Builder#build()} checks everything at once
     */
    public static Builder builder(TrackingId id, ComplaintType type, String title, Instant submitted) {
        return new Builder(id, type, title, submitted);
    }

    /**
     * Returns the tracking id.
     *
     * @return the id
     */
    public TrackingId id() {
        return id;
    }

    /**
     * Returns the type of report.
     *
     * @return the type
     */
    public ComplaintType type() {
        return type;
    }

    /**
     * Returns the title as the resident wrote it.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * Returns the text as the resident wrote it, personal data included; a public portal shows it only
     * redacted (see the public projection).
     *
     * @return the text, possibly empty
     */
    public String text() {
        return text;
    }

    /**
     * Returns the code of the topic, in the city's {@link TopicTree}.
     *
     * @return the topic's code, empty when not sorted yet
     */
    public Optional<String> topic() {
        return topic;
    }

    /**
     * Returns the id of the catalog's public service the complaint is about.
     *
     * @return the service id (see spbe-catalog's {@code PublicService.id()}), empty when none is named
     */
    public Optional<String> service() {
        return service;
    }

    /**
     * Returns where the matter is.
     *
     * @return the location, empty when not given
     */
    public Optional<Location> location() {
        return location;
    }

    /**
     * Returns the attachments, in the order sent.
     *
     * @return the attachments
     */
    public List<Attachment> attachments() {
        return attachments;
    }

    /**
     * Returns how the complaint reached the city.
     *
     * @return the channel
     */
    public Channel channel() {
        return channel;
    }

    /**
     * Returns who sent it, personal data a public portal shows only as {@link Privacy} allows.
     *
     * @return the reporter, empty when the report came without a name
     */
    public Optional<Reporter> reporter() {
        return reporter;
    }

    /**
     * Returns the privacy flags now: those submitted, with every administrator's change applied.
     *
     * @return the flags
     */
    public Privacy privacy() {
        return privacyChanges.isEmpty() ? submittedPrivacy : privacyChanges.get(privacyChanges.size() - 1).to();
    }

    /**
     * Returns the privacy flags the resident submitted.
     *
     * @return the flags at submission
     */
    public Privacy submittedPrivacy() {
        return submittedPrivacy;
    }

    /**
     * Returns every change of the privacy flags since submission, oldest first.
     *
     * @return the changes
     */
    public List<PrivacyChange> privacyChanges() {
        return privacyChanges;
    }

    /**
     * Returns the lifecycle: the state and the history of every action.
     *
     * @return the lifecycle
     */
    public Lifecycle lifecycle() {
        return lifecycle;
    }

    /**
     * Returns the events of its SLA clock: the pauses, resumes and resets of its deadlines.
     *
     * @return the clock events
     */
    public ClockEvents clock() {
        return clock;
    }

    /**
     * Returns the state now.
     *
     * @return the state
     */
    public State state() {
        return lifecycle.state();
    }

    /**
     * Returns when the complaint was submitted.
     *
     * @return the instant
     */
    public Instant submitted() {
        return lifecycle.submittedAt();
    }

    /**
     * Returns the latest instant anything happened to the complaint: its submission, an action or a
     * privacy change (Open311's {@code updated_datetime}).
     *
     * @return the instant
     */
    public Instant updated() {
        Instant latest = lifecycle.history().last().map(e -> e.at()).orElse(submitted());
        if (!privacyChanges.isEmpty()) {
            Instant p = privacyChanges.get(privacyChanges.size() - 1).at();
            latest = p.isAfter(latest) ? p : latest;
        }
        List<ClockEvent> events = clock.events();
        if (!events.isEmpty()) {
            Instant c = events.get(events.size() - 1).at();
            latest = c.isAfter(latest) ? c : latest;
        }
        return latest;
    }

    /**
     * Takes an action of the lifecycle (see {@link Lifecycle#apply(Step)}).
     *
     * @param step the action
     * @return the complaint after it, or the refusal; this complaint never changes
     */
    public ComplaintUpdate apply(Step step) {
        Transition t = lifecycle.apply(step);
        if (t instanceof Transition.Applied applied) {
            return new ComplaintUpdate.Applied(new Complaint(toBuilder(), privacyChanges, applied.lifecycle(), clock));
        }
        return new ComplaintUpdate.Refused(((Transition.Refused) t).problem());
    }

    /**
     * Pauses, resumes or resets the complaint's SLA clock (see {@link ClockEvents#apply(ClockEvent)}).
     *
     * @param event the clock event; no earlier than the submission
     * @return the complaint after it, or the refusal; this complaint never changes
     */
    public ComplaintUpdate apply(ClockEvent event) {
        Objects.requireNonNull(event, "event");
        if (event.at().isBefore(submitted())) {
            return new ComplaintUpdate.Refused(Problem.of("at", CLOCK_RULE, "cannot " + event.kind().id() + " the clock of complaint " + id
                    + " at " + event.at() + ", before its submission at " + submitted(), event.at().toString()));
        }
        ClockChange change = clock.apply(event);
        if (change instanceof ClockChange.Applied applied) {
            return new ComplaintUpdate.Applied(new Complaint(toBuilder(), privacyChanges, lifecycle, applied.events()));
        }
        return new ComplaintUpdate.Refused(((ClockChange.Refused) change).problem());
    }

    /**
     * Returns the complaint's deadlines at an instant: each stage's deadline, what is overdue, the
     * automatic close and the expected completion (see {@link SlaClock}).
     *
     * @param sla the clock: policy, calendar and the agency's zone
     * @param tier the tier of the complaint's topic, e.g. from {@link TopicTree#tier(String)}; empty for none
     * @param at the instant
     * @return the status
     */
    public SlaStatus slaStatus(SlaClock sla, Optional<Tier> tier, Instant at) {
        return sla.status(lifecycle, clock, tier, at);
    }

    /**
     * Closes the complaint automatically if that is due at an instant: 10 working days (by default)
     * after a follow-up without reply.
     *
     * @param sla the clock
     * @param at the instant
     * @return the complaint closed by the system, or this complaint when no close is due
     */
    public Complaint closeIfDue(SlaClock sla, Instant at) {
        Optional<Step> close = sla.automaticClose(lifecycle, clock, at);
        return close.isEmpty() ? this : apply(close.get()).orElseThrow();
    }

    /**
     * Records an administrator's change of the privacy flags. A change only sets flags: it may make a
     * complaint Anonim or Rahasia, never take either away, for a reporter trusted the flags they set
     * and an administrator's earlier choice may have protected them. It must change something and
     * come no earlier than the submission and the last change.
     *
     * @param to the flags after the change
     * @param actor who changes them (text policy NAME, 1 to 200 characters)
     * @param at when
     * @param note why, empty for no note (text policy MULTI_LINE, at most 4000 characters)
     * @return the complaint with the change recorded, or the refusal
     */
    public ComplaintUpdate changePrivacy(Privacy to, String actor, Instant at, String note) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(note, "note");
        ProblemList problems = ProblemList.inOrderFound();
        Rules.text(problems, "actor", actor, TextPolicy.NAME, 1, Lifecycle.MAX_ACTOR);
        Rules.text(problems, "note", note, TextPolicy.MULTI_LINE, 0, Lifecycle.MAX_NOTE);
        if (!problems.isEmpty()) {
            return new ComplaintUpdate.Refused(problems.list().get(0));
        }
        Privacy now = privacy();
        Instant latest = privacyChanges.isEmpty() ? submitted() : privacyChanges.get(privacyChanges.size() - 1).at();
        if (at.isBefore(latest)) {
            return new ComplaintUpdate.Refused(Problem.of("at", PRIVACY_RULE, "cannot change the privacy of complaint " + id + " at " + at
                    + ": its " + (privacyChanges.isEmpty() ? "submission" : "last privacy change") + " was at " + latest, at.toString()));
        }
        if (now.anonymous() && !to.anonymous() || now.confidential() && !to.confidential()) {
            return new ComplaintUpdate.Refused(Problem.of("privacy", PRIVACY_RULE, "cannot clear a privacy flag of complaint " + id
                    + ": it is " + now.describe() + "; a change may only set Anonim or Rahasia, never clear one", to.describe()));
        }
        if (now.equals(to)) {
            return new ComplaintUpdate.Refused(Problem.of("privacy", PRIVACY_RULE, "complaint " + id + " is already " + now.describe()
                    + "; the change changes nothing", to.describe()));
        }
        List<PrivacyChange> changes = new ArrayList<>(privacyChanges);
        changes.add(new PrivacyChange(now, to, actor, at, note));
        return new ComplaintUpdate.Applied(new Complaint(toBuilder(), changes, lifecycle, clock));
    }

    private Builder toBuilder() {
        Builder b = new Builder(id, type, title, submitted());
        b.text = text;
        b.topic = topic;
        b.service = service;
        b.location = location;
        b.attachments = new ArrayList<>(attachments);
        b.channel = channel;
        b.reporter = reporter;
        b.privacy = submittedPrivacy;
        b.table = lifecycle.table();
        return b;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Complaint c && c.id.equals(id) && c.type == type && c.title.equals(title) && c.text.equals(text)
                && c.topic.equals(topic) && c.service.equals(service) && c.location.equals(location)
                && c.attachments.equals(attachments) && c.channel == channel && c.reporter.equals(reporter)
                && c.submittedPrivacy.equals(submittedPrivacy) && c.privacyChanges.equals(privacyChanges)
                && c.lifecycle.equals(lifecycle) && c.clock.equals(clock);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, title, text, topic, service, location, attachments, channel, reporter, submittedPrivacy,
                privacyChanges, lifecycle, clock);
    }

    /** Names the complaint without its text or reporter, which are personal data and stay out of logs. */
    @Override
    public String toString() {
        return "Complaint[" + id + ", " + type.code() + ", " + lifecycle.state() + "]";
    }

    /**
     * Builds a complaint just submitted; {@link #build()} checks every part at once.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final TrackingId id;
        private final ComplaintType type;
        private final String title;
        private final Instant submitted;
        private String text = "";
        private Optional<String> topic = Optional.empty();
        private Optional<String> service = Optional.empty();
        private Optional<Location> location = Optional.empty();
        private List<Attachment> attachments = new ArrayList<>();
        private Channel channel = Channel.WEB;
        private Optional<Reporter> reporter = Optional.empty();
        private Privacy privacy = Privacy.OPEN;
        private TransitionTable table = TransitionTable.sp4nLapor();

        private Builder(TrackingId id, ComplaintType type, String title, Instant submitted) {
            this.id = Objects.requireNonNull(id, "id");
            this.type = Objects.requireNonNull(type, "type");
            this.title = Objects.requireNonNull(title, "title");
            this.submitted = Objects.requireNonNull(submitted, "submitted");
        }

        /**
         * Sets the text.
         *
         * @param value the text, multi-line
         * @return this builder
         */
        public Builder text(String value) {
            this.text = Objects.requireNonNull(value, "text");
            return this;
        }

        /**
         * Sets the topic.
         *
         * @param code the topic's code
         * @return this builder
         */
        public Builder topic(String code) {
            this.topic = Optional.of(code);
            return this;
        }

        /**
         * Sets the catalog service concerned.
         *
         * @param serviceId the service's id in the catalog
         * @return this builder
         */
        public Builder service(String serviceId) {
            this.service = Optional.of(serviceId);
            return this;
        }

        /**
         * Sets the location.
         *
         * @param value the location
         * @return this builder
         */
        public Builder location(Location value) {
            this.location = Optional.of(value);
            return this;
        }

        /**
         * Adds an attachment.
         *
         * @param value the attachment
         * @return this builder
         */
        public Builder attach(Attachment value) {
            this.attachments.add(Objects.requireNonNull(value, "attachment"));
            return this;
        }

        /**
         * Sets the channel; {@link Channel#WEB} unless set.
         *
         * @param value the channel
         * @return this builder
         */
        public Builder channel(Channel value) {
            this.channel = Objects.requireNonNull(value, "channel");
            return this;
        }

        /**
         * Sets the reporter.
         *
         * @param value the reporter
         * @return this builder
         */
        public Builder reporter(Reporter value) {
            this.reporter = Optional.of(value);
            return this;
        }

        /**
         * Sets the privacy flags the resident chose; {@link Privacy#OPEN} unless set.
         *
         * @param value the flags
         * @return this builder
         */
        public Builder privacy(Privacy value) {
            this.privacy = Objects.requireNonNull(value, "privacy");
            return this;
        }

        /**
         * Sets the transition table the complaint follows; {@link TransitionTable#sp4nLapor()} unless set.
         *
         * @param value the table
         * @return this builder
         */
        public Builder table(TransitionTable value) {
            this.table = Objects.requireNonNull(value, "table");
            return this;
        }

        /**
         * Checks every part and returns the complaint, submitted and with an empty history.
         *
         * @return the complaint
         * @throws InvalidComplaintException naming every problem found
         */
        public Complaint build() {
            ProblemList problems = ProblemList.inOrderFound();
            Rules.text(problems, "title", title, TextPolicy.LINE, 1, MAX_TITLE);
            Rules.text(problems, "text", text, TextPolicy.MULTI_LINE, 0, MAX_TEXT);
            topic.ifPresent(t -> {
                if (!Topic.wellFormed(t)) {
                    String shown = Text.quote(t);
                    problems.add(Problem.of("topic", Topic.CODE_RULE, "topic code " + shown + " must be 1 to " + Topic.MAX_CODE
                            + " ASCII letters, digits, - _ or .", shown));
                }
            });
            service.ifPresent(s -> Rules.text(problems, "service", s, TextPolicy.NAME, 1, 200));
            if (attachments.size() > MAX_ATTACHMENTS) {
                problems.add(Problem.of("attachments", Rules.LENGTH, "a complaint has at most " + MAX_ATTACHMENTS
                        + " attachments; this one has " + attachments.size(), String.valueOf(attachments.size())));
            }
            Rules.throwIfAny(problems, "complaint " + id);
            return new Complaint(this, List.of(), Lifecycle.submitted(table, submitted), ClockEvents.empty());
        }
    }
}
