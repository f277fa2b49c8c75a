package io.github.spbe4j.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.assessment.InvalidAssessmentException;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.PredikatBand;
import io.github.spbe4j.core.framework.UnknownFrameworkException;
import io.github.spbe4j.core.internal.Fields;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.scoring.IndicatorScore;
import io.github.spbe4j.core.scoring.NodeScore;
import io.github.spbe4j.core.scoring.NotYetIndicatedPolicy;
import io.github.spbe4j.core.scoring.PredikatReading;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import io.github.spbe4j.core.scoring.ScoringOptions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of {@link ScoreCard}; see docs/assessment-format.md.
 *
 * <p>A card carries what rebuilds it exactly: the framework's id, the scoring options and the
 * assessment itself. Reading looks the framework up, scores the assessment again and checks that
 * every number the card records equals the number scoring gives now, so that a card whose framework
 * has changed, or that was edited, is refused rather than believed.
 */
final class ScoreCardCodec {

    /** The rule of a recorded number that scoring no longer gives. */
    static final String SAME_SCORE = "SameScore";

    private static final Set<String> TOP = Set.of("framework", "agency", "year", "stage", "index", "indexRounded", "predikat",
            "predikatLabel", "predikatReading", "notYetIndicatedPolicy", "complete", "notYetIndicated", "nodes", "indicators",
            "assessment");
    /** What follows from the assessment, framework and options; checked against scoring where present. */
    private static final List<String> DERIVED = List.of("agency", "year", "stage", "predikatLabel", "complete", "notYetIndicated",
            "nodes", "indicators");
    /** Differences listed before the rest are only counted. */
    private static final int MAX_DIFFERENCES = 20;
    /** Digits a recorded index may have: an index without a finite decimal is written to 34. */
    private static final int MAX_PRECISION = 40;
    private static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1e12");

    private ScoreCardCodec() {
    }

    static ObjectNode write(ScoreCard card) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        Assessment a = card.assessment();
        root.put("framework", card.framework().id());
        root.set("agency", AgencyCodec.write(a.agency()));
        root.put("year", a.year());
        root.put("stage", ValueForms.id(a.stage()));
        root.put("index", ValueForms.plain(card.index()));
        root.put("indexRounded", card.indexRounded());
        PredikatBand predikat = card.predikat();
        root.put("predikat", predikat.name());
        predikat.label().ifPresent(l -> root.put("predikatLabel", l));
        root.put("predikatReading", ValueForms.id(card.options().predikatReading()));
        root.put("notYetIndicatedPolicy", ValueForms.id(card.options().notYetIndicated()));
        root.put("complete", card.complete());
        ArrayNode notYet = root.putArray("notYetIndicated");
        card.notYetIndicated().forEach(notYet::add);
        ObjectNode nodes = root.putObject("nodes");
        for (NodeScore n : card.nodes()) {
            nodes.set(n.code(), ValueForms.nodeScore(n, false));
        }
        ObjectNode indicators = root.putObject("indicators");
        for (IndicatorScore s : card.indicators()) {
            indicators.set(s.code(), ValueForms.indicatorScore(s, false));
        }
        root.set("assessment", AssessmentCodec.write(a));
        return root;
    }

    /**
     * Reads a score card: its assessment scored again with the framework of its id in the registry and
     * the recorded options, every recorded number checked against the new score.
     *
     * @throws InvalidAssessmentException listing every problem, each with its path
     */
    static ScoreCard read(JsonNode root, String source, FrameworkRegistry registry) {
        String subject = "score card " + Text.oneLine(source);
        Fields f = new Fields();
        if (!f.isObject(root, "")) {
            throw new InvalidAssessmentException(subject, f.problems(), f.omitted());
        }
        f.onlyKnown(root, "", TOP);
        String id = f.name(root, "", "framework", true);
        BigDecimal index = number(f, root, "index");
        BigDecimal rounded = number(f, root, "indexRounded");
        String predikat = f.text(root, "", "predikat", true);
        PredikatReading reading = f.enumValue(root, "", "predikatReading", false, PredikatReading.class, ValueForms::id);
        NotYetIndicatedPolicy policy = f.enumValue(root, "", "notYetIndicatedPolicy", false, NotYetIndicatedPolicy.class,
                ValueForms::id);
        Assessment assessment = null;
        JsonNode assessmentNode = f.object(root, "", "assessment", true);
        if (assessmentNode != null) {
            try {
                assessment = AssessmentCodec.read(assessmentNode, source);
            } catch (InvalidAssessmentException e) {
                f.addAll(placed("assessment", e.problems()), e.omitted());
            }
        }
        Framework framework = null;
        if (id != null) {
            try {
                framework = registry.get(id);
            } catch (UnknownFrameworkException e) {
                f.addAll(e);
            }
        }
        if (!f.ok() || framework == null || assessment == null || index == null || rounded == null || predikat == null) {
            throw new InvalidAssessmentException(subject, f.problems(), f.omitted());
        }
        ScoringOptions options = new ScoringOptions(reading == null ? PredikatReading.ROUNDED : reading,
                policy == null ? NotYetIndicatedPolicy.CONTRIBUTE_NOTHING : policy);
        ScoreCard card;
        try {
            card = Scorer.of(framework, options).score(assessment);
        } catch (InvalidAssessmentException e) {
            throw new InvalidAssessmentException(subject, placed("assessment", e.problems()), e.omitted());
        }
        if (index.compareTo(card.index()) != 0 || rounded.compareTo(card.indexRounded()) != 0 || !predikat.equals(card.predikat().name())) {
            // one problem: when the headline differs, every group differs too, and saying so adds nothing
            throw new InvalidAssessmentException(subject, List.of(Problem.of("index", SAME_SCORE, "the card records index "
                    + index.toPlainString() + " (rounded " + rounded.toPlainString() + ", " + Text.quote(predikat)
                    + ") but scoring its assessment with framework " + Text.clean(framework.id()) + " gives "
                    + ValueForms.plain(card.index()).toPlainString() + " (rounded " + card.indexRounded().toPlainString() + ", "
                    + Text.quote(card.predikat().name()) + "); the framework has changed or the card was edited",
                    index.toPlainString())));
        }
        ObjectNode expected = write(card);
        Differences d = new Differences();
        for (String field : DERIVED) {
            JsonNode given = root.get(field);
            if (given != null) {
                d.compare(field, given, expected.get(field));
            }
        }
        if (!d.problems.isEmpty()) {
            if (d.more > 0) {
                d.problems.add(Problem.of("", SAME_SCORE, d.more + " more fields differ from what scoring gives", null));
            }
            throw new InvalidAssessmentException(subject, d.problems);
        }
        return card;
    }

    /** Reads a required number of up to 40 digits, as an exact index may have. */
    private static @Nullable BigDecimal number(Fields f, JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            f.add(field, Fields.REQUIRED, field + " is missing; it must be a number", null);
            return null;
        }
        if (!v.isNumber()) {
            f.add(field, Fields.TYPE, field + " must be a number, was " + Text.show(v), Text.show(v));
            return null;
        }
        BigDecimal d = v.decimalValue();
        if (d.precision() > MAX_PRECISION || d.scale() > MAX_PRECISION || d.abs().compareTo(MAX_MAGNITUDE) > 0) {
            f.add(field, Fields.RANGE, field + " is " + Text.show(v) + "; an index has at most " + MAX_PRECISION
                    + " digits and magnitude up to 10^12", Text.show(v));
            return null;
        }
        return d;
    }

    /** Returns problems found inside a field, placed at the field's path. */
    static List<Problem> placed(String path, List<Problem> problems) {
        return problems.stream().map(p -> p.under(path)).toList();
    }

    /** Compares a recorded JSON value with the one scoring gives: numbers by value, objects by their fields in any order. */
    private static final class Differences {

        final List<Problem> problems = new ArrayList<>();
        int more;

        void compare(String path, JsonNode given, @Nullable JsonNode expected) {
            if (expected == null) {
                differ(path, path + " is " + Text.show(given) + " but scoring its assessment gives no " + path, given);
            } else if (given.isNumber() && expected.isNumber()) {
                if (given.decimalValue().compareTo(expected.decimalValue()) != 0) {
                    differ(path, path + " is " + Text.show(given) + " but scoring its assessment gives " + Text.show(expected), given);
                }
            } else if (given.isObject() && expected.isObject()) {
                Set<String> names = new TreeSet<>();
                given.properties().forEach(e -> names.add(e.getKey()));
                for (Map.Entry<String, JsonNode> e : expected.properties()) {
                    String at = path + "." + Text.clean(e.getKey());
                    if (given.has(e.getKey())) {
                        compare(at, given.get(e.getKey()), e.getValue());
                    } else {
                        differ(at, at + " is missing; scoring its assessment gives " + Text.show(e.getValue()), null);
                    }
                    names.remove(e.getKey());
                }
                for (String name : names) {
                    String at = path + "." + Text.clean(name);
                    differ(at, at + " is " + Text.show(given.get(name)) + " but scoring its assessment gives no " + at, given.get(name));
                }
            } else if (given.isArray() && expected.isArray() && given.size() == expected.size()) {
                for (int i = 0; i < given.size(); i++) {
                    compare(path + "[" + i + "]", given.get(i), expected.get(i));
                }
            } else if (!given.equals(expected)) {
                differ(path, path + " is " + Text.show(given) + " but scoring its assessment gives " + Text.show(expected), given);
            }
        }

        private void differ(String path, String message, @Nullable JsonNode given) {
            if (problems.size() < MAX_DIFFERENCES) {
                problems.add(Problem.of(path, SAME_SCORE, message, given == null ? null : Text.show(given)));
            } else {
                more++;
            }
        }
    }
}
