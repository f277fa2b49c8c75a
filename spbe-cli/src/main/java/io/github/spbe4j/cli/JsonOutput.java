package io.github.spbe4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.json.SpbeJson;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes the JSON reports of the commands: indented, decimals plain, as spbe4j writes its own JSON. */
final class JsonOutput {

    private static final ObjectMapper MAPPER = SpbeJson.newMapper();

    private JsonOutput() {
    }

    /**
     * Problems in their JSON form, as spbe-core's module writes them: {@code {path, rule, message, rejectedValue}}.
     *
     * @param problems the problems
     * @return a JSON array
     */
    static ArrayNode problems(List<Problem> problems) {
        return MAPPER.valueToTree(problems);
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
