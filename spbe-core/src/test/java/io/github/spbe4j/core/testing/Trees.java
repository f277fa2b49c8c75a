package io.github.spbe4j.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.json.SpbeCoreModule;
import io.github.spbe4j.core.json.SpbeJson;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads and writes instansi as JSON trees through the Jackson module, as a larger document's reader does. */
public final class Trees {

    private static final ObjectMapper MAPPER = SpbeJson.newMapper();

    private Trees() {
    }

    /** Reads an instansi from a part of a larger document, every problem named by its path below {@code path}. */
    public static Instansi readInstansi(JsonNode node, String path) {
        try {
            return MAPPER.readerFor(Instansi.class).withAttribute(SpbeCoreModule.PATH_ATTRIBUTE, path).readValue(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns an instansi's JSON form as a tree. */
    public static ObjectNode toTree(Instansi instansi) {
        return MAPPER.valueToTree(instansi);
    }
}
