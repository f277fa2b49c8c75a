package io.github.spbe4j.complaints.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.complaints.Attachment;
import io.github.spbe4j.complaints.Complaint;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.HandlingAgency;
import io.github.spbe4j.complaints.Location;
import io.github.spbe4j.complaints.PrivacyChange;
import io.github.spbe4j.complaints.Reporter;
import io.github.spbe4j.complaints.Topic;
import io.github.spbe4j.complaints.lifecycle.Action;
import io.github.spbe4j.complaints.lifecycle.History;
import io.github.spbe4j.complaints.sla.ClockEvent;
import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes a register as a complaints file's tree: fields in a fixed order, absent and empty values left out, times in the agency's zone. */
final class ComplaintsWriter {

    private final ZoneId zone;

    private ComplaintsWriter(ZoneId zone) {
        this.zone = zone;
    }

    static ObjectNode tree(ComplaintRegister register) {
        return new ComplaintsWriter(register.agency().zone()).write(register);
    }

    private ObjectNode write(ComplaintRegister register) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FormRules.FORMAT);
        HandlingAgency agency = register.agency();
        ObjectNode a = root.putObject("agency");
        a.put("name", agency.name());
        agency.region().ifPresent(r -> a.put("region", r.toString()));
        boolean provinceZone = agency.region().flatMap(IndonesiaTimeZone::of).map(IndonesiaTimeZone::zoneId)
                .filter(agency.zone()::equals).isPresent();
        if (!provinceZone) {
            a.put("timeZone", agency.zone().getId());
        }
        if (register.topics().size() > 0) {
            ArrayNode topics = root.putArray("topics");
            for (Topic t : register.topics().topics()) {
                ObjectNode n = topics.addObject();
                n.put("code", t.code());
                n.put("name", t.name());
                t.parent().ifPresent(p -> n.put("parent", p));
                t.tier().ifPresent(p -> n.put("tier", p.id()));
            }
        }
        ArrayNode complaints = root.putArray("complaints");
        register.complaints().forEach(c -> complaints.add(complaint(c)));
        return root;
    }

    private ObjectNode complaint(Complaint c) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("id", c.id().value());
        n.put("type", c.type().code());
        n.put("submitted", time(c.submitted()));
        n.put("title", c.title());
        if (!c.text().isEmpty()) {
            n.put("text", c.text());
        }
        c.topic().ifPresent(t -> n.put("topic", t));
        c.service().ifPresent(s -> n.put("service", s));
        n.put("channel", c.channel().code());
        c.location().ifPresent(l -> location(n.putObject("location"), l));
        if (!c.attachments().isEmpty()) {
            ArrayNode list = n.putArray("attachments");
            for (Attachment a : c.attachments()) {
                ObjectNode o = list.addObject();
                o.put("reference", a.reference());
                if (!a.mediaType().isEmpty()) {
                    o.put("mediaType", a.mediaType());
                }
            }
        }
        n.put("anonymous", c.submittedPrivacy().anonymous());
        n.put("confidential", c.submittedPrivacy().confidential());
        c.reporter().ifPresent(r -> reporter(n.putObject("reporter"), r));
        if (!c.privacyChanges().isEmpty()) {
            ArrayNode list = n.putArray("privacyChanges");
            for (PrivacyChange p : c.privacyChanges()) {
                ObjectNode o = list.addObject();
                o.put("anonymous", p.to().anonymous());
                o.put("confidential", p.to().confidential());
                o.put("at", time(p.at()));
                o.put("by", p.actor());
                if (!p.note().isEmpty()) {
                    o.put("note", p.note());
                }
            }
        }
        if (c.lifecycle().history().size() > 0 || !c.clock().events().isEmpty()) {
            ArrayNode events = n.putArray("events");
            List<ClockEvent> clock = c.clock().events();
            int k = 0;
            for (History.Entry e : c.lifecycle().history().entries()) {
                // clock events in their place among the actions; an action and a clock event at one instant: the action first
                while (k < clock.size() && clock.get(k).at().isBefore(e.at())) {
                    clockEvent(events.addObject(), clock.get(k++));
                }
                ObjectNode o = events.addObject();
                o.put("action", e.action().id());
                o.put("at", time(e.at()));
                o.put("by", e.actor());
                o.put("role", e.role().id());
                if (!e.note().isEmpty()) {
                    o.put("note", e.note());
                }
                e.closeReason().ifPresent(r -> o.put("reason", r.id()));
                if (e.action() == Action.DISPOSE) {
                    o.put("to", e.targets().get(0));
                } else if (e.action() == Action.MARK_DUPLICATE) {
                    o.put("of", e.targets().get(0));
                } else if (e.action() == Action.SPLIT) {
                    ArrayNode into = o.putArray("into");
                    e.targets().forEach(into::add);
                }
            }
            while (k < clock.size()) {
                clockEvent(events.addObject(), clock.get(k++));
            }
        }
        return n;
    }

    private void clockEvent(ObjectNode o, ClockEvent e) {
        o.put("action", e.kind().id());
        o.put("at", time(e.at()));
        o.put("by", e.actor());
        if (!e.note().isEmpty()) {
            o.put("note", e.note());
        }
    }

    private static void location(ObjectNode n, Location l) {
        l.region().ifPresent(r -> n.put("region", r.toString()));
        l.coordinates().ifPresent(p -> {
            n.put("latitude", p.latitude());
            n.put("longitude", p.longitude());
        });
        if (!l.address().isEmpty()) {
            n.put("address", l.address());
        }
    }

    private static void reporter(ObjectNode n, Reporter r) {
        n.put("name", r.name());
        r.phone().ifPresent(p -> n.put("phone", p));
        r.email().ifPresent(e -> n.put("email", e));
    }

    private String time(Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone).toOffsetDateTime());
    }
}
