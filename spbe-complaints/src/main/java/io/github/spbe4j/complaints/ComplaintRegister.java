package io.github.spbe4j.complaints;

import io.github.spbe4j.complaints.sla.SlaClock;
import io.github.spbe4j.complaints.sla.SlaPolicy;
import io.github.spbe4j.complaints.sla.SlaStatus;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import java.time.Instant;
import io.github.spbe4j.core.internal.ProblemList;
import io.github.spbe4j.core.internal.Text;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The complaints one agency handles, with its topic tree: what a complaints file holds
 * ({@code spbe-complaints/1}, see docs/complaints-format.md). Tracking ids are unique, and when the tree
 * has topics every complaint's topic is one of them.
 *
 * @since 0.1.0
 */
public final class ComplaintRegister {

    /** The rule of a problem between the complaints: a repeated tracking id, a topic not in the tree. */
    public static final String RULE = "ComplaintRegister";

    private final HandlingAgency agency;
    private final TopicTree topics;
    private final Map<TrackingId, Complaint> complaints;
    private final List<Complaint> list;

    private ComplaintRegister(HandlingAgency agency, TopicTree topics, Map<TrackingId, Complaint> complaints) {
        this.agency = agency;
        this.topics = topics;
        this.complaints = complaints;
        this.list = List.copyOf(complaints.values());
    }

    /**
     * Returns the register of an agency's complaints.
     *
     * @param agency the agency
     * @param topics its topic tree, possibly {@link TopicTree#empty() empty} (then topics are not checked)
     * @param complaints the complaints
     * @return the register, its complaints in the order given
     * @throws InvalidComplaintException naming each repeated tracking id and each topic not in a non-empty tree
     */
    public static ComplaintRegister of(HandlingAgency agency, TopicTree topics, List<Complaint> complaints) {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(topics, "topics");
        ProblemList problems = ProblemList.inDocumentOrder();
        Map<TrackingId, Complaint> byId = new LinkedHashMap<>();
        Map<TrackingId, Integer> first = new HashMap<>();
        for (int i = 0; i < complaints.size(); i++) {
            Complaint c = Objects.requireNonNull(complaints.get(i), "complaint");
            Integer before = first.putIfAbsent(c.id(), i);
            if (before != null) {
                problems.add(Problem.of("complaints[" + i + "].id", RULE, "tracking id " + c.id() + " is used twice: complaints["
                        + before + "] and complaints[" + i + "]", c.id().value()));
                continue;
            }
            byId.put(c.id(), c);
            Optional<String> topic = c.topic();
            if (topic.isPresent() && topics.size() > 0 && topics.topic(topic.get()).isEmpty()) {
                problems.add(Problem.of("complaints[" + i + "].topic", RULE, "complaint " + c.id() + " names topic "
                        + Text.quote(topic.get()) + ", which is not in the topic tree", Text.quote(topic.get())));
            }
        }
        Rules.throwIfAny(problems, "complaints of " + agency.name());
        return new ComplaintRegister(agency, topics, java.util.Collections.unmodifiableMap(byId));
    }

    /**
     * Returns the agency.
     *
     * @return the agency
     */
    public HandlingAgency agency() {
        return agency;
    }

    /**
     * Returns the topic tree.
     *
     * @return the tree
     */
    public TopicTree topics() {
        return topics;
    }

    /**
     * Returns the complaints, in the order given.
     *
     * @return the complaints
     */
    public List<Complaint> complaints() {
        return list;
    }

    /**
     * Returns the complaint with a tracking id.
     *
     * @param id the id
     * @return the complaint, empty when none has it
     */
    public Optional<Complaint> complaint(TrackingId id) {
        return Optional.ofNullable(complaints.get(id));
    }

    /**
     * Returns the SLA clock of this register's agency: the SP4N-LAPOR! defaults, the civil-service
     * calendar, the agency's zone.
     *
     * @return the clock
     */
    public SlaClock slaClock() {
        return SlaClock.of(SlaPolicy.sp4nLapor(), WorkingDayCalendar.indonesia(), agency.zone());
    }

    /**
     * Returns a complaint's deadlines at an instant, with the tier of its topic in this register's tree.
     *
     * @param complaint the complaint
     * @param sla the clock, e.g. {@link #slaClock()}
     * @param at the instant
     * @return the status
     */
    public SlaStatus slaStatus(Complaint complaint, SlaClock sla, Instant at) {
        return complaint.slaStatus(sla, complaint.topic().flatMap(topics::tier), at);
    }

    /**
     * Returns the number of complaints.
     *
     * @return the size
     */
    public int size() {
        return complaints.size();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ComplaintRegister r && r.agency.equals(agency) && r.topics.equals(topics)
                && r.list.equals(list);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agency, topics, list);
    }

    @Override
    public String toString() {
        return "ComplaintRegister[" + agency.name() + ", " + complaints.size() + " complaints]";
    }
}
