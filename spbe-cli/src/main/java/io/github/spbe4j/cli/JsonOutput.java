package io.github.spbe4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.spbe4j.core.json.SpbeJson;
import java.io.UncheckedIOException;

/** Writes the JSON reports of the commands: indented, decimals plain, as spbe4j writes its own JSON. */
final class JsonOutput {

    private JsonOutput() {
    }

    /**
     * The text of a JSON tree.
     *
     * @param tree the report
     * @return indented JSON
     */
    static String text(JsonNode tree) {
        try {
            return SpbeJson.newMapper().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
