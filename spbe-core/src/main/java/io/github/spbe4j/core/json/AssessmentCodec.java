package io.github.spbe4j.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.internal.Fields;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.assessment.EvidenceItem;
import io.github.spbe4j.core.assessment.EvidenceStatus;
import io.github.spbe4j.core.assessment.IndicatorInput;
import io.github.spbe4j.core.assessment.InvalidAssessmentException;
import io.github.spbe4j.core.assessment.Stage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The JSON form of {@link Assessment}; see docs/assessment-format.md. */
final class AssessmentCodec {

    private static final Set<String> TOP = Set.of("framework", "agency", "year", "stage", "values", "evidence", "external", "notes");
    private static final Set<String> ITEM = Set.of("level", "title", "status", "required", "reference");

    private AssessmentCodec() {
    }

    static Assessment read(JsonNode root, String source) {
        Fields f = new Fields();
        String subject = "assessment " + Text.oneLine(source);
        if (!f.isObject(root, "")) {
            throw new InvalidAssessmentException(subject, f.problems(), f.omitted());
        }
        f.onlyKnown(root, "", TOP);
        String framework = f.name(root, "", "framework", true);
        Agency agency = null;
        JsonNode agencyNode = f.object(root, "", "agency", true);
        if (agencyNode != null) {
            f.onlyKnown(agencyNode, "agency", Set.of("name", "code"));
            String name = f.name(agencyNode, "agency", "name", true);
            String code = f.name(agencyNode, "agency", "code", false);
            if (code != null && code.isBlank()) {
                f.add("agency.code", Fields.NOT_BLANK, "agency.code is blank; leave it out or give a value", Text.quote(code));
            } else if (name != null) {
                agency = new Agency(name, Optional.ofNullable(code));
            }
        }
        Integer year = f.integer(root, "", "year", true, 1900, 9999);
        Stage stage = f.enumValue(root, "", "stage", false, Stage.class, Stage::id);
        Map<String, IndicatorInput> inputs = new java.util.LinkedHashMap<>();
        Map<String, String> origin = new HashMap<>();
        JsonNode values = f.object(root, "", "values", false);
        if (values != null) {
            for (Map.Entry<String, JsonNode> e : values.properties()) {
                BigDecimal v = f.decimal(e.getValue(), "values." + Text.clean(e.getKey()));
                if (v != null) {
                    put(f, inputs, origin, e.getKey(), new IndicatorInput.Value(v), "values");
                }
            }
        }
        JsonNode evidence = f.object(root, "", "evidence", false);
        if (evidence != null) {
            for (Map.Entry<String, JsonNode> e : evidence.properties()) {
                String path = "evidence." + Text.clean(e.getKey());
                if (!e.getValue().isArray()) {
                    f.add(path, Fields.TYPE, path + " must be an array of evidence items, was " + Text.show(e.getValue()),
                            Text.show(e.getValue()));
                    continue;
                }
                List<EvidenceItem> items = new ArrayList<>();
                boolean allRead = true;
                for (int i = 0; i < e.getValue().size(); i++) {
                    EvidenceItem item = readItem(f, e.getValue().get(i), path + "[" + i + "]");
                    if (item == null) {
                        allRead = false;
                    } else {
                        items.add(item);
                    }
                }
                if (allRead) {
                    put(f, inputs, origin, e.getKey(), new IndicatorInput.Evidence(items), "evidence");
                }
            }
        }
        JsonNode external = f.object(root, "", "external", false);
        if (external != null) {
            for (Map.Entry<String, JsonNode> e : external.properties()) {
                BigDecimal v = f.decimal(e.getValue(), "external." + Text.clean(e.getKey()));
                if (v != null) {
                    put(f, inputs, origin, e.getKey(), new IndicatorInput.External(v), "external");
                }
            }
        }
        Map<String, String> notes = new java.util.LinkedHashMap<>();
        JsonNode notesNode = f.object(root, "", "notes", false);
        if (notesNode != null) {
            for (Map.Entry<String, JsonNode> e : notesNode.properties()) {
                if (!f.check(e.getKey(), "notes key", TextPolicy.NAME)) {
                    continue;
                }
                if (e.getValue().isTextual()) {
                    if (f.check(e.getValue().asText(), "notes." + Text.clean(e.getKey()), TextPolicy.MULTI_LINE)) {
                        notes.put(e.getKey(), e.getValue().asText());
                    }
                } else {
                    String at = "notes." + Text.clean(e.getKey());
                    f.add(at, Fields.TYPE, at + " must be a string, was " + Text.show(e.getValue()), Text.show(e.getValue()));
                }
            }
        }
        if (!f.ok() || framework == null || agency == null || year == null) {
            throw new InvalidAssessmentException(subject, f.problems(), f.omitted());
        }
        Assessment.Builder b = Assessment.builder(framework, agency, year);
        if (stage != null) {
            b.stage(stage);
        }
        inputs.forEach(b::input);
        notes.forEach(b::note);
        return b.build();
    }

    private static void put(Fields f, Map<String, IndicatorInput> inputs, Map<String, String> origin, String code,
            IndicatorInput input, String where) {
        if (code.isBlank()) {
            f.add(where, Fields.NOT_BLANK, where + " has a blank indicator code", Text.quote(code));
            return;
        }
        if (!f.check(code, where + " key", TextPolicy.NAME)) {
            return;
        }
        String earlier = origin.putIfAbsent(code, where);
        if (earlier != null) {
            f.add(where + "." + code, "OneInput", "indicator " + code + " is given in both " + earlier + " and " + where + "; give it once",
                    null);
            return;
        }
        inputs.put(code, input);
    }

    private static EvidenceItem readItem(Fields f, JsonNode node, String path) {
        if (!f.isObject(node, path)) {
            return null;
        }
        f.onlyKnown(node, path, ITEM);
        Integer level = f.integer(node, path, "level", true, 1, 100);
        String title = f.name(node, path, "title", true);
        EvidenceStatus status = f.enumValue(node, path, "status", true, EvidenceStatus.class, EvidenceStatus::id);
        Boolean required = f.bool(node, path, "required");
        String reference = f.text(node, path, "reference", false);
        if (level == null || title == null || status == null) {
            return null;
        }
        return new EvidenceItem(level, title, status, required == null || required, Optional.ofNullable(reference));
    }

    static ObjectNode write(Assessment a) {
        JsonNodeFactory nf = JsonNodeFactory.instance;
        ObjectNode root = nf.objectNode();
        root.put("framework", a.frameworkId());
        ObjectNode agency = root.putObject("agency").put("name", a.agency().name());
        a.agency().code().ifPresent(c -> agency.put("code", c));
        root.put("year", a.year());
        root.put("stage", a.stage().id());
        ObjectNode values = nf.objectNode();
        ObjectNode evidence = nf.objectNode();
        ObjectNode external = nf.objectNode();
        a.inputs().forEach((code, input) -> {
            if (input instanceof IndicatorInput.Value v) {
                values.put(code, v.value());
            } else if (input instanceof IndicatorInput.Evidence e) {
                evidence.set(code, ValueForms.evidence(e.items()));
            } else if (input instanceof IndicatorInput.External x) {
                external.put(code, x.raw());
            }
        });
        root.set("values", values);
        if (!evidence.isEmpty()) {
            root.set("evidence", evidence);
        }
        if (!external.isEmpty()) {
            root.set("external", external);
        }
        if (!a.notes().isEmpty()) {
            ObjectNode notes = root.putObject("notes");
            a.notes().forEach(notes::put);
        }
        return root;
    }
}
