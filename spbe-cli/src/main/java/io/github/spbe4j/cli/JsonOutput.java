package io.github.spbe4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.io.PrintWriter;
import io.github.spbe4j.core.json.SpbeJson;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes the JSON reports of the commands: indented, decimals plain, as spbe4j writes its own JSON. */
final class JsonOutput {

    private static final ObjectMapper MAPPER = SpbeJson.newMapper();

    private JsonOutput() {
    }

    /**
     * Puts the problems of an exception into a report: {@code problems}, the problems kept in document
     * order in their JSON form as spbe-core's module writes them ({@code {path, rule, message,
     * rejectedValue}}), and {@code omitted}, how many more were found and left out.
     *
     * @param report the report
     * @param e the exception
     * @return the report
     */
    static ObjectNode problems(ObjectNode report, SpbeException e) {
        return problems(report, e.problems(), e.omitted());
    }

    /**
     * Puts an empty list of problems into a report: {@code problems} empty, {@code omitted} 0.
     *
     * @param report the report
     * @return the report
     */
    static ObjectNode noProblems(ObjectNode report) {
        return problems(report, List.of(), 0);
    }

    private static ObjectNode problems(ObjectNode report, List<Problem> problems, int omitted) {
        ArrayNode array = MAPPER.valueToTree(problems);
        report.set("problems", array);
        return report.put("omitted", omitted);
    }

    /**
     * Prints the problems of an exception as text: one indented line each, in document order, then
     * {@code and N more} when some were left out.
     *
     * @param out where to print
     * @param e the exception
     */
    static void printProblems(PrintWriter out, SpbeException e) {
        e.problems().forEach(p -> out.println("  " + p));
        if (e.omitted() > 0) {
            out.println("  and " + e.omitted() + " more");
        }
    }

    /**
     * How many problems an exception found in all: those kept and those left out.
     *
     * @param e the exception
     * @return the count
     */
    static long count(SpbeException e) {
        return (long) e.problems().size() + e.omitted();
    }

    /**
     * The JSON form of a value as spbe-core's module writes it.
     *
     * @param value the value
     * @return its tree
     */
    static ObjectNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /**
     * The text of a JSON tree.
     *
     * @param tree the report
     * @return indented JSON
     */
    static String text(JsonNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
