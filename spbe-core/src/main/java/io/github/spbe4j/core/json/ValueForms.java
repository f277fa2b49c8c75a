package io.github.spbe4j.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.assessment.EvidenceItem;
import io.github.spbe4j.core.assessment.EvidenceOutcome;
import io.github.spbe4j.core.assessment.IndicatorInput;
import io.github.spbe4j.core.calendar.Deadline;
import io.github.spbe4j.core.calendar.Holiday;
import io.github.spbe4j.core.calendar.HolidayKind;
import io.github.spbe4j.core.framework.Conversion;
import io.github.spbe4j.core.framework.ConversionBand;
import io.github.spbe4j.core.framework.Group;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.framework.Ladder;
import io.github.spbe4j.core.framework.LevelScale;
import io.github.spbe4j.core.framework.Node;
import io.github.spbe4j.core.framework.PredikatBand;
import io.github.spbe4j.core.framework.Provenance;
import io.github.spbe4j.core.framework.ProvenanceNote;
import io.github.spbe4j.core.framework.Weight;
import io.github.spbe4j.core.framework.YearRange;
import io.github.spbe4j.core.identifier.IdentifierCheck;
import io.github.spbe4j.core.internal.NodeForm;
import io.github.spbe4j.core.scoring.IndicatorScore;
import io.github.spbe4j.core.scoring.NodeScore;
import io.github.spbe4j.core.scoring.ScoringOptions;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The JSON forms of spbe-core's smaller API values, as {@link SpbeCoreModule} writes them; see the
 * section "JSON forms of the API types" of docs/assessment-format.md. A framework's parts have their
 * form in the framework file (a node through the writer that file uses, {@link NodeForm}); an
 * assessment's parts and a score card's rows have theirs in the assessment and score-card files.
 */
final class ValueForms {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ValueForms() {
    }

    /**
     * Returns the JSON id of an enum constant: its name in lower case with {@code -} for {@code _}
     * ({@code self-assessment}, {@code regency-city}); a holiday kind is named as the holiday file
     * names it ({@code libur nasional}).
     */
    static String id(Enum<?> constant) {
        if (constant instanceof HolidayKind kind) {
            return kind.label();
        }
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Returns a problem: {@code path}, {@code rule}, {@code message} and, when there is one, {@code rejectedValue}. */
    static ObjectNode problem(Problem p) {
        ObjectNode o = NODES.objectNode().put("path", p.path()).put("rule", p.rule()).put("message", p.message());
        p.rejectedValue().ifPresent(v -> o.put("rejectedValue", v));
        return o;
    }

    /**
     * Returns an exception of the family as an application's error response shows it:
     * {@code {"message": "...", "problems": [problem, ...]}}, with {@code "omitted": n} when more
     * problems were found than kept.
     */
    static ObjectNode exception(SpbeException e) {
        ObjectNode o = NODES.objectNode().put("message", e.getMessage());
        o.set("problems", problems(e.problems()));
        if (e.omitted() > 0) {
            o.put("omitted", e.omitted());
        }
        return o;
    }

    static ArrayNode problems(List<Problem> problems) {
        ArrayNode a = NODES.arrayNode();
        problems.forEach(p -> a.add(problem(p)));
        return a;
    }

    // ---------------------------------------------------------------- framework parts, as in the framework file

    static JsonNode weight(Weight w) {
        return NodeForm.weight(w.toString());
    }

    static ObjectNode node(Node node) {
        if (node instanceof Group g) {
            return NodeForm.group(g.code(), g.kind(), g.name(), g.weight().toString(), g.description(),
                    g.children().stream().map(ValueForms::node).toList());
        }
        Indicator i = (Indicator) node;
        return NodeForm.indicator(i.code(), i.name(), i.weight().toString(), i.ladder(), i.description());
    }

    static ObjectNode scale(LevelScale s) {
        return NODES.objectNode().put("min", s.min()).put("max", s.max()).put("decimals", s.decimals());
    }

    static ObjectNode predikat(PredikatBand b) {
        ObjectNode o = NODES.objectNode().put("name", b.name());
        if (b.label().isPresent()) {
            o.put("label", b.label().get());
        } else {
            o.putNull("label");
        }
        return o.put("lower", b.lower()).put("upper", b.upper());
    }

    static ObjectNode ladder(Ladder l) {
        ObjectNode o = NODES.objectNode().put("id", l.id()).put("name", l.name());
        ObjectNode levels = o.putObject("levels");
        l.levels().forEach((level, name) -> levels.put(Integer.toString(level), name));
        return o;
    }

    static ObjectNode years(YearRange y) {
        ObjectNode o = NODES.objectNode().put("from", y.from());
        if (y.to().isPresent()) {
            o.put("to", y.to().getAsInt());
        } else {
            o.putNull("to");
        }
        return o;
    }

    static ObjectNode provenance(Provenance p) {
        ObjectNode o = NODES.objectNode().put("status", id(p.status())).put("confidence", id(p.confidence()));
        ArrayNode sources = o.putArray("sources");
        p.sources().forEach(sources::add);
        ArrayNode notes = o.putArray("notes");
        p.notes().forEach(n -> notes.add(note(n)));
        return o;
    }

    static ObjectNode note(ProvenanceNote n) {
        return NODES.objectNode().put("subject", n.subject()).put("confidence", id(n.confidence())).put("text", n.text());
    }

    static ObjectNode conversion(Conversion c) {
        ObjectNode o = NODES.objectNode().put("indicator", c.indicator()).put("source", c.source())
                .put("sourceMin", c.sourceMin()).put("sourceMax", c.sourceMax()).put("decimals", c.decimals())
                .put("confidence", id(c.confidence()));
        c.note().ifPresent(n -> o.put("note", n));
        ArrayNode bands = o.putArray("bands");
        c.bands().forEach(b -> bands.add(band(b)));
        return o;
    }

    static ObjectNode band(ConversionBand b) {
        return NODES.objectNode().put("from", b.from()).put("to", b.to()).put("valueFrom", b.valueFrom()).put("valueTo", b.valueTo());
    }

    // ---------------------------------------------------------------- assessment parts, as in the assessment file

    static ObjectNode evidenceItem(EvidenceItem item) {
        ObjectNode o = NODES.objectNode().put("level", item.level()).put("title", item.title()).put("status", id(item.status()))
                .put("required", item.required());
        item.reference().ifPresent(r -> o.put("reference", r));
        return o;
    }

    static ArrayNode evidence(List<EvidenceItem> items) {
        ArrayNode a = NODES.arrayNode();
        items.forEach(i -> a.add(evidenceItem(i)));
        return a;
    }

    /** Returns an input as the one field of the assessment file's section it goes in: {@code value}, {@code evidence} or {@code external}. */
    static ObjectNode input(IndicatorInput input) {
        ObjectNode o = NODES.objectNode();
        if (input instanceof IndicatorInput.Value v) {
            o.put("value", v.value());
        } else if (input instanceof IndicatorInput.Evidence e) {
            o.set("evidence", evidence(e.items()));
        } else {
            o.put("external", ((IndicatorInput.External) input).raw());
        }
        return o;
    }

    static ObjectNode outcome(EvidenceOutcome outcome) {
        if (outcome instanceof EvidenceOutcome.Indicated i) {
            return NODES.objectNode().put("indicated", true).put("level", i.level());
        }
        return NODES.objectNode().put("indicated", false).put("reason", ((EvidenceOutcome.NotYetIndicated) outcome).reason());
    }

    // ---------------------------------------------------------------- score-card rows

    /** Returns a group's row of the score card; {@code code} first when it stands alone. */
    static ObjectNode nodeScore(NodeScore n, boolean withCode) {
        ObjectNode o = NODES.objectNode();
        if (withCode) {
            o.put("code", n.code());
        }
        o.put("kind", n.group().kind()).put("name", n.group().name());
        o.set("weight", weight(n.group().weight()));
        return o.put("index", plain(n.index())).put("indexRounded", n.indexRounded()).put("contribution", plain(n.contribution()));
    }

    /** Returns an indicator's row of the score card; {@code code} first when it stands alone. */
    static ObjectNode indicatorScore(IndicatorScore s, boolean withCode) {
        ObjectNode o = NODES.objectNode();
        if (withCode) {
            o.put("code", s.code());
        }
        o.put("name", s.indicator().name());
        o.set("weight", weight(s.indicator().weight()));
        if (s.value().isPresent()) {
            o.put("value", plain(s.value().get()));
        } else {
            o.putNull("value");
        }
        o.put("origin", id(s.origin()));
        s.levelName().ifPresent(l -> o.put("level", l));
        return o.put("contribution", plain(s.contribution())).put("headroom", plain(s.headroom()));
    }

    static ObjectNode options(ScoringOptions o) {
        return NODES.objectNode().put("predikatReading", id(o.predikatReading())).put("notYetIndicated", id(o.notYetIndicated()));
    }

    // ---------------------------------------------------------------- calendar and identifiers

    /**
     * Returns a holiday as the holiday file lists it: {@code date}, {@code kind}, {@code name}, {@code decree}, {@code region};
     * an estimated day also has {@code "estimated": true} (and its decree field names the basis of the estimate).
     */
    static ObjectNode holiday(Holiday h) {
        ObjectNode o = NODES.objectNode().put("date", h.date().toString()).put("kind", id(h.kind())).put("name", h.name())
                .put("decree", h.decree());
        h.region().ifPresent(r -> o.put("region", r));
        if (h.estimated()) {
            o.put("estimated", true);
        }
        return o;
    }

    /** Returns {@code {"date": ..., "provisional": ..., "estimatedDays": [holiday, ...]}}. */
    static ObjectNode deadline(Deadline d) {
        ObjectNode o = NODES.objectNode().put("date", d.date().toString()).put("provisional", d.provisional());
        ArrayNode days = o.putArray("estimatedDays");
        d.estimatedDays().forEach(h -> days.add(holiday(h)));
        return o;
    }

    /** Returns {@code {"valid": true, "value": text, "warnings": [...]}} or {@code {"valid": false, "problems": [...]}}. */
    static ObjectNode check(IdentifierCheck<?> check) {
        if (check instanceof IdentifierCheck.Valid<?> v) {
            ObjectNode o = NODES.objectNode().put("valid", true).put("value", v.value().toString());
            o.set("warnings", problems(v.warnings()));
            return o;
        }
        ObjectNode o = NODES.objectNode().put("valid", false);
        o.set("problems", problems(((IdentifierCheck.Invalid<?>) check).problems()));
        return o;
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
