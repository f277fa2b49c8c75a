package io.github.spbe4j.attendance.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.internal.Fields;
import io.github.spbe4j.core.internal.StrictJson;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/** The JSON form of {@link LatenessRules}, {@code spbe-lateness-rules/1}: read strictly, every problem at once. */
final class RulesJson {

    static final String FORMAT = "spbe-lateness-rules/1";

    private static final JsonMapper MAPPER = StrictJson.mapperBuilder().build();
    private static final Set<String> TOP = Set.of("format", "name", "source", "seconds", "late", "earlyLeave", "absentDeduction");
    private static final Set<String> BAND = Set.of("code", "from", "to", "deduction");
    private static final BiFunction<String, List<Problem>, SpbeException> ERROR =
            (subject, problems) -> new InvalidLatenessRulesException(subject, problems, 0);

    private RulesJson() {
    }

    static LatenessRules read(InputStream in, String name) {
        String subject = "lateness rules " + name;
        return fromTree(StrictJson.readTree(MAPPER, in, subject, ERROR), subject);
    }

    static LatenessRules parse(String json) {
        return fromTree(StrictJson.readTree(MAPPER, json, "lateness rules", ERROR), "lateness rules");
    }

    private static LatenessRules fromTree(JsonNode root, String subject) {
        Fields f = new Fields();
        if (!f.isObject(root, "")) {
            throw new InvalidLatenessRulesException(subject, f.problems(), f.omitted());
        }
        f.onlyKnown(root, "", TOP);
        String format = f.text(root, "", "format", true);
        if (format != null && !format.equals(FORMAT)) {
            f.add("format", Fields.ONE_OF, "format is " + Text.quote(format) + "; this reader reads " + FORMAT, Text.quote(format));
        }
        String name = f.text(root, "", "name", true, TextPolicy.NAME);
        String source = f.text(root, "", "source", true, TextPolicy.LINE);
        SecondsRule seconds = f.enumValue(root, "", "seconds", true, SecondsRule.class, SecondsRule::id);
        List<Band> late = bands(root, "late", f);
        List<Band> early = bands(root, "earlyLeave", f);
        BigDecimal absent = f.decimal(root, "", "absentDeduction", true);
        if (!f.ok() || name == null || source == null || seconds == null || late == null || early == null || absent == null) {
            throw new InvalidLatenessRulesException(subject, f.problems(), f.omitted());
        }
        try {
            return LatenessRules.of(name, source, seconds, late, early, absent);
        } catch (InvalidLatenessRulesException e) {
            throw new InvalidLatenessRulesException(subject, e.problems(), e.omitted());
        }
    }

    /** Reads a list of bands; null when any band has a problem (all of them found), or the list is missing. */
    private static @Nullable List<Band> bands(JsonNode root, String field, Fields f) {
        JsonNode array = f.array(root, "", field, true);
        if (array == null) {
            return null;
        }
        if (array.size() > RulesCheck.MAX_BANDS) {
            f.add(field, RulesCheck.BANDS, field + " has " + array.size() + " bands; at most " + RulesCheck.MAX_BANDS, null);
            return null;
        }
        int before = f.count();
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode b = array.get(i);
            String at = field + "[" + i + "]";
            if (!f.isObject(b, at)) {
                continue;
            }
            f.onlyKnown(b, at, BAND);
            String code = f.text(b, at, "code", true, TextPolicy.NAME);
            Integer from = f.integer(b, at, "from", true, 1, Integer.MAX_VALUE - 1);
            Integer to = f.integer(b, at, "to", false, 1, Integer.MAX_VALUE - 1);
            BigDecimal deduction = f.decimal(b, at, "deduction", true);
            List<Problem> problems = new ArrayList<>();
            if (code != null) {
                RulesCheck.code(code, at, problems);
            }
            if (from != null && to != null) {
                RulesCheck.order(from, to, at, problems);
            }
            if (deduction != null) {
                RulesCheck.percent(deduction, Fields.where(at, "deduction"), problems);
            }
            f.addAll(problems);
            if (code == null || from == null || deduction == null || (b.hasNonNull("to") && to == null) || !problems.isEmpty()) {
                continue;
            }
            int last = to == null ? Integer.MAX_VALUE : to;
            bands.add(new Band(code, from, last, deduction));
        }
        if (f.count() != before) {
            return null;
        }
        List<Problem> problems = new ArrayList<>();
        RulesCheck.list(bands, field, problems);
        f.addAll(problems);
        return problems.isEmpty() ? bands : null;
    }

    static String write(LatenessRules rules) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("name", rules.name());
        root.put("source", rules.source());
        root.put("seconds", rules.seconds().id());
        root.set("late", write(rules.late()));
        root.set("earlyLeave", write(rules.earlyLeave()));
        root.put("absentDeduction", rules.absentDeduction());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SpbeException("cannot write lateness rules " + Text.quote(rules.name()) + ": " + Text.firstLine(e.getMessage()));
        }
    }

    private static ArrayNode write(List<Band> bands) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Band b : bands) {
            ObjectNode o = array.addObject();
            o.put("code", b.code());
            o.put("from", b.from());
            if (!b.isOpen()) {
                o.put("to", b.to());
            }
            o.put("deduction", b.deduction());
        }
        return array;
    }
}
