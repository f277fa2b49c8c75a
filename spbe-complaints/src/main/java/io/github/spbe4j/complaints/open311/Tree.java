package io.github.spbe4j.complaints.open311;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The shape of an Open311 response, before it is written as JSON or XML: records of named fields in
 * order, whose values are texts, booleans, numbers, nothing, or a list of records that XML writes as a
 * container of repeated elements and JSON as an array (the Spark convention the specification follows).
 */
final class Tree {

    /** The W3C profile of ISO 8601 the specification names, to the second, with the offset. */
    static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private Tree() {
    }

    /** A named field; its value is null, a String, a Boolean, an Integer, a BigDecimal or {@link Items}. */
    record Field(String name, @Nullable Object value) {
    }

    /** A record: fields in order. */
    record Rec(List<Field> fields) {
    }

    /** A list of records, each written as an element of the given name in XML. */
    record Items(String element, List<Rec> records) {
    }

    /** A document: its root element's name in XML, and its content, a {@link Rec} or {@link Items}. */
    record Doc(String root, Object content) {
    }

    /** Builds a record field by field. */
    static final class RecBuilder {
        private final List<Field> fields = new ArrayList<>();

        RecBuilder put(String name, @Nullable Object value) {
            fields.add(new Field(name, value));
            return this;
        }

        RecBuilder put(String name, Optional<?> value) {
            return put(name, value.orElse(null));
        }

        RecBuilder putIfPresent(String name, Optional<?> value) {
            value.ifPresent(v -> put(name, v));
            return this;
        }

        RecBuilder time(String name, Optional<OffsetDateTime> value) {
            return put(name, value.map(Tree::time).orElse(null));
        }

        Rec build() {
            return new Rec(List.copyOf(fields));
        }
    }

    static RecBuilder rec() {
        return new RecBuilder();
    }

    static <T> Items items(String element, List<T> list, Function<T, Rec> each) {
        return new Items(element, list.stream().map(each).toList());
    }

    static String time(OffsetDateTime t) {
        return W3C.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    static Rec service(Open311Service s) {
        return rec().put("service_code", s.code()).put("service_name", s.name()).put("description", s.description())
                .put("metadata", s.metadata()).put("type", s.type().word()).put("keywords", s.keywordsText()).put("group", s.group())
                .build();
    }

    static Rec definition(ServiceDefinition d) {
        return rec().put("service_code", d.serviceCode()).put("attributes", items("attribute", d.attributes(), Tree::attribute)).build();
    }

    static Rec attribute(Attribute a) {
        return rec().put("variable", a.variable()).put("code", a.code()).put("datatype", a.datatype().word()).put("required", a.required())
                .put("datatype_description", a.datatypeDescription()).put("order", a.order()).put("description", a.description())
                .put("values", items("value", a.values(), v -> rec().put("key", v.key()).put("name", v.name()).build())).build();
    }

    static Rec request(ServiceRequest r) {
        RecBuilder b = rec().put("service_request_id", r.id()).put("status", r.status().word()).put("status_notes", r.statusNotes())
                .put("service_name", r.serviceName()).put("service_code", r.serviceCode()).put("description", r.description())
                .put("agency_responsible", r.agencyResponsible()).put("service_notice", r.serviceNotice())
                .put("requested_datetime", time(r.requested())).time("updated_datetime", r.updated())
                .time("expected_datetime", r.expected()).put("address", r.address()).put("address_id", r.addressId())
                .put("zipcode", r.zipcode()).put("lat", r.position().map(Position::latitude))
                .put("long", r.position().map(Position::longitude)).put("media_url", r.mediaUrl());
        if (!r.notes().isEmpty()) {
            b.put("notes", items("note", r.notes(), Tree::note));
        }
        return b.build();
    }

    static Rec note(Note n) {
        return rec().put("datetime", time(n.datetime())).putIfPresent("summary", n.summary())
                .putIfPresent("description", n.description()).put("type", n.type()).build();
    }

    static Rec posted(PostResponse p) {
        RecBuilder b = rec();
        if (p.token().isPresent()) {
            b.put("token", p.token());
        } else {
            b.put("service_request_id", p.serviceRequestId());
        }
        return b.put("service_notice", p.serviceNotice()).put("account_id", p.accountId()).build();
    }

    static Rec error(Open311Error e) {
        return rec().put("code", e.code()).put("description", e.description()).build();
    }

    static boolean isNumber(@Nullable Object value) {
        return value instanceof Integer || value instanceof BigDecimal;
    }
}
