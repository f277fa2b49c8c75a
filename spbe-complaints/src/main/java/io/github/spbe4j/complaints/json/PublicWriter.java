package io.github.spbe4j.complaints.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.complaints.privacy.PublicComplaint;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;

/** Writes public complaints as JSON for a portal: fields in a fixed order, absent values left out, times in the agency's zone. */
final class PublicWriter {

    private PublicWriter() {
    }

    static ArrayNode tree(Collection<PublicComplaint> complaints, ZoneId zone) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (PublicComplaint c : complaints) {
            ObjectNode n = list.addObject();
            n.put("id", c.id());
            n.put("type", c.type().code());
            n.put("title", c.title());
            n.put("text", c.text());
            c.topic().ifPresent(t -> n.put("topic", t));
            c.service().ifPresent(s -> n.put("service", s));
            c.region().ifPresent(r -> n.put("region", r.toString()));
            c.coordinates().ifPresent(p -> {
                n.put("latitude", p.latitude());
                n.put("longitude", p.longitude());
            });
            if (!c.address().isEmpty()) {
                n.put("address", c.address());
            }
            n.put("channel", c.channel().code());
            c.reporter().ifPresent(r -> n.put("reporter", r));
            n.put("state", c.state().id());
            c.closeReason().ifPresent(r -> n.put("closeReason", r.id()));
            c.agency().ifPresent(a -> n.put("agency", a));
            n.put("submitted", time(c.submitted(), zone));
            n.put("updated", time(c.updated(), zone));
            ArrayNode events = n.putArray("events");
            for (PublicComplaint.Event e : c.events()) {
                ObjectNode o = events.addObject();
                o.put("action", e.action().id());
                o.put("state", e.state().id());
                o.put("role", e.role().id());
                o.put("at", time(e.at(), zone));
                if (!e.note().isEmpty()) {
                    o.put("note", e.note());
                }
            }
            n.put("redacted", c.redacted());
        }
        return list;
    }

    private static String time(Instant at, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone).toOffsetDateTime());
    }
}
