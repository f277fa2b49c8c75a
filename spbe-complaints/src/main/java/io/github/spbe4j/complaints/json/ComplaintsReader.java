package io.github.spbe4j.complaints.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.spbe4j.catalog.internal.forms.FormBinder;
import io.github.spbe4j.catalog.internal.forms.FormViolation;
import io.github.spbe4j.complaints.Attachment;
import io.github.spbe4j.complaints.Channel;
import io.github.spbe4j.complaints.Complaint;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.ComplaintType;
import io.github.spbe4j.complaints.ComplaintUpdate;
import io.github.spbe4j.complaints.Coordinates;
import io.github.spbe4j.complaints.HandlingAgency;
import io.github.spbe4j.complaints.InvalidComplaintException;
import io.github.spbe4j.complaints.Location;
import io.github.spbe4j.complaints.Privacy;
import io.github.spbe4j.complaints.Reporter;
import io.github.spbe4j.complaints.Topic;
import io.github.spbe4j.complaints.TopicTree;
import io.github.spbe4j.complaints.TrackingId;
import io.github.spbe4j.complaints.lifecycle.Action;
import io.github.spbe4j.complaints.lifecycle.CloseReason;
import io.github.spbe4j.complaints.lifecycle.Role;
import io.github.spbe4j.complaints.lifecycle.Step;
import io.github.spbe4j.complaints.lifecycle.TransitionTable;
import io.github.spbe4j.complaints.sla.ClockEvent;
import io.github.spbe4j.complaints.sla.Tier;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import io.github.spbe4j.core.identifier.RegionCode;
import io.github.spbe4j.core.internal.Fields;
import io.github.spbe4j.core.internal.ProblemList;
import io.github.spbe4j.core.internal.Text;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a complaints file's tree, binding each part to its form, validating it, building the model and
 * replaying each complaint's privacy changes and events through its lifecycle; collects every problem
 * and throws them all at once. Each complaint is read on its own, so the cost grows with the file. A
 * complaint whose event is refused is reported at that event; its later events are not judged, since
 * they depend on the state the refused one would have left. Not thread-safe: one per read.
 */
final class ComplaintsReader {

    /** The most complaints in one file. */
    static final int MAX_COMPLAINTS = 1_000_000;

    private static final List<String> TOP = List.of("format", "agency", "topics", "complaints");

    private static final Pattern ELEMENT = Pattern.compile("complaints\\[(\\d{1,9})\\]");

    private final Locale locale;
    private final TransitionTable table;
    private final ProblemList problems = ProblemList.inDocumentOrder();

    ComplaintsReader(Locale locale, TransitionTable table) {
        this.locale = locale;
        this.table = table;
    }

    ComplaintRegister read(JsonNode root, String subject) {
        FormBinder.Format format = FormBinder.head(root, TOP, problems, p -> new InvalidComplaintException(subject, p));
        if (format.readable()) {
            add(ComplaintsFiles.validator().validate(new FileForm(format.text()), locale), "");
        }
        HandlingAgency agency = agency(root.get("agency"));
        TopicTree topics = topics(FormBinder.array(root, "topics", false, problems));
        JsonNode array = FormBinder.array(root, "complaints", true, problems);
        List<Complaint> complaints = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        if (array != null && array.size() > MAX_COMPLAINTS) {
            problems.add(Problem.ofField("complaints", Fields.RANGE, "has " + array.size() + " complaints; a file holds at most "
                    + MAX_COMPLAINTS, Text.show(array)));
        } else {
            for (int i = 0; array != null && i < array.size(); i++) {
                Complaint c = complaint(array.get(i), "complaints[" + i + "]");
                if (c != null) {
                    complaints.add(c);
                    index.add(i);
                }
            }
        }
        ComplaintRegister register = null;
        if (agency != null && topics != null) {
            try {
                register = ComplaintRegister.of(agency, topics, complaints);
            } catch (InvalidComplaintException e) {
                e.problems().forEach(p -> problems.add(inFile(p, index)));
                problems.omit(e.omitted());
            }
        }
        if (!problems.isEmpty() || register == null) {
            throw new InvalidComplaintException(subject, problems.list(), problems.omitted());
        }
        return register;
    }

    private @Nullable HandlingAgency agency(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            problems.add(Problem.ofField("agency", Fields.REQUIRED, "is required: the agency that handles the complaints, "
                    + "e.g. {\"name\": \"Kota Contoh\", \"region\": \"61.71\"}", null));
            return null;
        }
        AgencyForm form = valid(node, "agency", AgencyForm.class);
        if (form == null) {
            return null;
        }
        return convert("agency", () -> {
            Optional<RegionCode> region = Optional.ofNullable(form.region()).map(RegionCode::parse);
            String name = form.name();
            String zone = form.timeZone();
            if (zone != null) {
                return new HandlingAgency(name, region, zone(zone));
            }
            if (region.isEmpty()) {
                throw new InvalidComplaintException(Problem.of("timeZone", HandlingAgency.ZONE_RULE,
                        "the agency needs a region or a timeZone, so that its deadlines know their zone", null));
            }
            return HandlingAgency.of(name, region.get());
        });
    }

    private static ZoneId zone(String text) {
        for (IndonesiaTimeZone z : IndonesiaTimeZone.values()) {
            if (z.name().equals(text)) {
                return z.zoneId();
            }
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            String shown = Text.quote(text);
            throw new InvalidComplaintException(Problem.of("timeZone", HandlingAgency.ZONE_RULE, "time zone " + shown
                    + " is not known; write WIB, WITA, WIT or a zone id such as Asia/Jakarta", shown));
        }
    }

    private @Nullable TopicTree topics(@Nullable JsonNode array) {
        if (array == null) {
            return TopicTree.empty();
        }
        if (array.size() > TopicTree.MAX_TOPICS) {
            problems.add(Problem.ofField("topics", Fields.RANGE, "has " + array.size() + " topics; a tree has at most "
                    + TopicTree.MAX_TOPICS, Text.show(array)));
            return null;
        }
        List<Topic> topics = new ArrayList<>();
        boolean broken = false;
        for (int i = 0; i < array.size(); i++) {
            String at = "topics[" + i + "]";
            TopicForm form = valid(array.get(i), at, TopicForm.class);
            Topic topic = form == null ? null : convert(at, () -> new Topic(form.code(), form.name(), Optional.ofNullable(form.parent()),
                    Optional.ofNullable(form.tier()).map(Tier::ofId)));
            if (topic == null) {
                broken = true;
            } else {
                topics.add(topic);
            }
        }
        if (broken) {
            return null;
        }
        return convert("", () -> TopicTree.of(topics));
    }

    private @Nullable Complaint complaint(JsonNode node, String at) {
        ComplaintForm form = valid(node, at, ComplaintForm.class);
        if (form == null) {
            return null;
        }
        int before = problems.count();
        Instant submitted = time(at + ".submitted", form.submitted());
        Optional<Location> location = form.location() == null ? Optional.empty()
                : Optional.ofNullable(convert(at + ".location", () -> location(form.location())));
        Optional<Reporter> reporter = form.reporter() == null ? Optional.empty()
                : Optional.ofNullable(convert(at + ".reporter", () -> reporter(form.reporter())));
        List<Attachment> attachments = new ArrayList<>();
        List<AttachmentForm> attachmentForms = form.attachments() == null ? List.of() : form.attachments();
        for (int i = 0; i < attachmentForms.size(); i++) {
            AttachmentForm a = attachmentForms.get(i);
            Attachment read = convert(at + ".attachments[" + i + "]",
                    () -> new Attachment(a.reference(), a.mediaType() == null ? "" : a.mediaType()));
            if (read != null) {
                attachments.add(read);
            }
        }
        if (problems.count() > before || submitted == null) {
            return null;
        }
        Complaint complaint = convert(at, () -> {
            Complaint.Builder b = Complaint.builder(TrackingId.of(form.id()), ComplaintType.ofCode(form.type()), form.title(), submitted)
                    .table(table)
                    .text(form.text() == null ? "" : form.text())
                    .channel(form.channel() == null ? Channel.WEB : Channel.ofCode(form.channel()))
                    .privacy(Privacy.of(Boolean.TRUE.equals(form.anonymous()), Boolean.TRUE.equals(form.confidential())));
            if (form.topic() != null) {
                b.topic(form.topic());
            }
            if (form.service() != null) {
                b.service(form.service());
            }
            location.ifPresent(b::location);
            reporter.ifPresent(b::reporter);
            attachments.forEach(b::attach);
            return b.build();
        });
        if (complaint == null) {
            return null;
        }
        List<PrivacyChangeForm> changes = form.privacyChanges() == null ? List.of() : form.privacyChanges();
        for (int i = 0; i < changes.size(); i++) {
            complaint = privacyChange(complaint, changes.get(i), at + ".privacyChanges[" + i + "]");
            if (complaint == null) {
                return null;
            }
        }
        List<EventForm> events = form.events() == null ? List.of() : form.events();
        for (int i = 0; i < events.size(); i++) {
            complaint = event(complaint, events.get(i), at + ".events[" + i + "]");
            if (complaint == null) {
                return null;
            }
        }
        return complaint;
    }

    private static Location location(LocationForm form) {
        Optional<RegionCode> region = Optional.ofNullable(form.region()).map(RegionCode::parse);
        Optional<Coordinates> point = Optional.empty();
        if (form.latitude() != null || form.longitude() != null) {
            if (form.latitude() == null || form.longitude() == null) {
                throw new InvalidComplaintException(Problem.of(form.latitude() == null ? "latitude" : "longitude", Coordinates.RULE,
                        "a point needs both latitude and longitude", null));
            }
            point = Optional.of(new Coordinates(form.latitude(), form.longitude()));
        }
        return new Location(region, point, form.address() == null ? "" : form.address());
    }

    private static Reporter reporter(ReporterForm form) {
        return new Reporter(form.name(), Optional.ofNullable(form.phone()), Optional.ofNullable(form.email()));
    }

    private @Nullable Complaint privacyChange(Complaint complaint, PrivacyChangeForm form, String at) {
        Instant when = time(at + ".at", form.at());
        if (when == null) {
            return null;
        }
        Privacy now = complaint.privacy();
        Privacy to = Privacy.of(form.anonymous() == null ? now.anonymous() : form.anonymous(),
                form.confidential() == null ? now.confidential() : form.confidential());
        return applied(complaint.changePrivacy(to, form.by(), when, form.note() == null ? "" : form.note()), at);
    }

    private @Nullable Complaint event(Complaint complaint, EventForm form, String at) {
        Instant when = time(at + ".at", form.at());
        if (when == null) {
            return null;
        }
        Optional<ClockEvent.Kind> kind = clockKind(form.action());
        if (kind.isPresent()) {
            return clockEvent(complaint, form, kind.get(), when, at);
        }
        Action action = Action.ofId(form.action());
        Optional<CloseReason> reason = Optional.ofNullable(form.reason()).map(CloseReason::ofId);
        Role role = role(complaint, form, action, reason, at);
        if (role == null) {
            return null;
        }
        List<String> targets = new ArrayList<>();
        if (form.to() != null) {
            targets.add(form.to());
        }
        if (form.of() != null) {
            targets.add(form.of());
        }
        if (form.into() != null) {
            targets.addAll(form.into());
        }
        Step step = new Step(action, role, form.by(), when, form.note() == null ? "" : form.note(), reason, targets);
        return applied(complaint.apply(step), at);
    }

    private static Optional<ClockEvent.Kind> clockKind(String action) {
        for (ClockEvent.Kind k : ClockEvent.Kind.values()) {
            if (k.id().equals(action)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** A pause, resume or reset of the SLA clock: it names no role, outcome or target. */
    private @Nullable Complaint clockEvent(Complaint complaint, EventForm form, ClockEvent.Kind kind, Instant when, String at) {
        List<String> extra = new ArrayList<>();
        if (form.reason() != null) {
            extra.add("reason");
        }
        if (form.to() != null) {
            extra.add("to");
        }
        if (form.of() != null) {
            extra.add("of");
        }
        if (form.into() != null) {
            extra.add("into");
        }
        if (!extra.isEmpty()) {
            problems.add(Problem.ofField(at + "." + extra.get(0), Fields.UNKNOWN, "must be left out: a " + kind.id()
                    + " of the clock names no outcome or target", null));
            return null;
        }
        ClockEvent event = convert(at, () -> new ClockEvent(kind, when, form.by(), form.note() == null ? "" : form.note()));
        return event == null ? null : applied(complaint.apply(event), at);
    }

    /** The role of an event: as written, else {@code by} when it names a role, else the one role the table allows, else a problem. */
    private @Nullable Role role(Complaint complaint, EventForm form, Action action, Optional<CloseReason> reason, String at) {
        if (form.role() != null) {
            return Role.ofId(form.role());
        }
        for (Role r : Role.values()) {
            if (r.id().equals(form.by())) {
                return r;
            }
        }
        Optional<TransitionTable.Rule> rule = complaint.lifecycle().table().rule(complaint.state(), action);
        if (rule.isEmpty()) {
            return Role.ADMIN; // the lifecycle refuses the action itself, naming the state
        }
        Set<Role> roles = rule.get().roles();
        if (roles.size() == 1) {
            return roles.iterator().next();
        }
        if (reason.filter(r -> r == CloseReason.AUTOMATIC).isPresent() && roles.contains(Role.SYSTEM)) {
            return Role.SYSTEM;
        }
        problems.add(Problem.ofField(at + ".role", Fields.REQUIRED, "is required: " + action + " of a complaint that is "
                + complaint.state() + " may be taken by " + roles.stream().map(Role::id).sorted().reduce((a, b) -> a + ", " + b).orElse(""),
                null));
        return null;
    }

    private @Nullable Complaint applied(ComplaintUpdate update, String at) {
        if (update instanceof ComplaintUpdate.Applied a) {
            return a.complaint();
        }
        Problem p = ((ComplaintUpdate.Refused) update).problem();
        problems.add(Problem.of(p.path().isEmpty() ? at : at + "." + p.path(), p.rule(), at + ": " + p.message(),
                p.rejectedValue().orElse(null)));
        return null;
    }

    /** Reads a time stamp its form's constraint has checked; null only when absent. */
    private static @Nullable Instant time(String at, @Nullable String text) {
        return text == null ? null : DateTime.Validator.parse(text);
    }

    /** Binds and validates an element; null when it does not bind or breaks a constraint, its problems recorded. */
    private <T> @Nullable T valid(JsonNode node, String at, Class<T> type) {
        if (!node.isObject()) {
            problems.add(Problem.ofField(at, Fields.TYPE, "must be a JSON object", Text.show(node)));
            return null;
        }
        T form = ComplaintsFiles.BINDER.bind(node, at, type, problems);
        if (form == null) {
            return null;
        }
        List<FormViolation> violations = ComplaintsFiles.validator().validate(form, locale);
        add(violations, at);
        return violations.isEmpty() ? form : null;
    }

    private void add(List<FormViolation> violations, String at) {
        for (FormViolation v : violations) {
            problems.add(Problem.ofField(v.path().isEmpty() ? at : Fields.where(at, v.path()), v.rule(), v.message(), v.value()));
        }
    }

    /** Converts valid forms to the model; a rule of the model it breaks becomes a problem at the element's path. */
    private <T> @Nullable T convert(String at, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (SpbeException e) {
            for (Problem p : e.problems()) {
                problems.add(at.isEmpty() ? p : Problem.of(p.path().isEmpty() ? at : at + "." + p.path(), p.rule(),
                        at + ": " + p.message(), p.rejectedValue().orElse(null)));
            }
            problems.omit(e.omitted());
        }
        return null;
    }

    /** Returns a register's problem with the paths of its complaints in the file: the complaints that could not be read are not in the register. */
    private static Problem inFile(Problem p, List<Integer> index) {
        return Problem.of(renumber(p.path(), index), p.rule(), renumber(p.message(), index), p.rejectedValue().orElse(null));
    }

    private static String renumber(String text, List<Integer> index) {
        Matcher m = ELEMENT.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            m.appendReplacement(sb, "complaints[" + (i < index.size() ? index.get(i) : i) + "]");
        }
        return m.appendTail(sb).toString();
    }
}
