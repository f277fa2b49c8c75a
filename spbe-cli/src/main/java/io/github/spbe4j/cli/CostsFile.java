package io.github.spbe4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.internal.ProblemList;
import io.github.spbe4j.core.internal.StrictJson;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.plan.CostModel;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The costs file of {@code spbe plan --costs FILE}: a JSON object from indicator code to the cost of one
 * level step of that indicator, a whole number from 1 to {@link CostModel#MAX_COST}; codes not listed
 * cost 1. Read strictly: every problem (a code the framework lacks, a cost that is not a whole number
 * in range, duplicate keys, anything but an object) is reported at once, naming the code and the value.
 */
final class CostsFile {

    private static final ObjectMapper MAPPER = StrictJson.mapperBuilder().build();

    private CostsFile() {
    }

    /**
     * Reads a costs file against a framework.
     *
     * @param file the file
     * @param framework the framework whose indicator codes it may name
     * @return the cost of a level step by code
     * @throws SpbeException naming every problem
     */
    static Map<String, Long> read(Path file, Framework framework) {
        return StrictJson.readFile(file, "costs file", (in, name) -> parse(
                StrictJson.readTree(MAPPER, in, "costs file " + name, SpbeException::new), "costs file " + name, framework));
    }

    static Map<String, Long> parse(JsonNode root, String subject, Framework framework) {
        if (!root.isObject()) {
            throw new SpbeException(subject, java.util.List.of(Problem.of("", "Object",
                    "a costs file is a JSON object from indicator code to the cost of one level step, not " + Text.show(root), null)));
        }
        ProblemList problems = ProblemList.inOrderFound();
        Map<String, Long> costs = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            String code = e.getKey();
            JsonNode value = e.getValue();
            String shownCode = Text.quote(code);
            if (framework.indicator(code).isEmpty()) {
                problems.add(Problem.of(Text.clean(code), "KnownIndicator", "indicator " + shownCode + " is not one of " + framework.id()
                        + "'s indicators", Text.show(value)));
                continue;
            }
            BigInteger whole = value.isIntegralNumber() ? value.bigIntegerValue() : null;
            if (whole == null || whole.signum() <= 0 || whole.compareTo(BigInteger.valueOf(CostModel.MAX_COST)) > 0) {
                problems.add(Problem.of(Text.clean(code), "Cost", "the cost of indicator " + shownCode + " is " + Text.show(value)
                        + "; a cost per level step is a whole number from 1 to " + CostModel.MAX_COST, Text.show(value)));
                continue;
            }
            costs.put(code, whole.longValue());
        }
        if (!problems.isEmpty()) {
            throw new SpbeException(subject, problems.list(), problems.omitted());
        }
        return costs;
    }
}
