package io.github.spbe4j.catalog.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.spbe4j.catalog.form.AvailabilityForm;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Jackson module for the catalog's forms ({@link io.github.spbe4j.catalog.form}): with it, an
 * {@code ObjectMapper} reads and writes {@link io.github.spbe4j.catalog.form.ServiceForm},
 * {@link io.github.spbe4j.catalog.form.ConceptForm} and their parts in the JSON form of a catalog
 * file — availability as {@code "everywhere"} or {@code {"villages": [...]}}.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new SpbeCatalogModule()).build();
 * ServiceForm form = mapper.readValue(json, ServiceForm.class);
 * }</pre>
 *
 * <p>{@link CatalogJson#newMapper()} returns a mapper with this module and the strict settings
 * catalog files are read with.
 *
 * @since 0.1.0
 */
public final class SpbeCatalogModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The text of availability everywhere. */
    static final String EVERYWHERE = "everywhere";

    /** Creates the module. */
    public SpbeCatalogModule() {
        super("SpbeCatalogModule", Version.unknownVersion());
        addSerializer(AvailabilityForm.class, new AvailabilitySerializer());
        addDeserializer(AvailabilityForm.class, new AvailabilityDeserializer());
    }

    /** Writes availability as {@code "everywhere"} or {@code {"villages": [...]}}. */
    static final class AvailabilitySerializer extends StdSerializer<AvailabilityForm> {
        private static final long serialVersionUID = 1L;

        AvailabilitySerializer() {
            super(AvailabilityForm.class);
        }

        @Override
        public void serialize(AvailabilityForm value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            List<String> villages = value.villages();
            if (villages == null) {
                gen.writeString(EVERYWHERE);
                return;
            }
            gen.writeStartObject();
            gen.writeArrayFieldStart("villages");
            for (String v : villages) {
                gen.writeString(v);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }

    /** Reads availability from {@code "everywhere"} or {@code {"villages": [...]}}. */
    static final class AvailabilityDeserializer extends StdDeserializer<AvailabilityForm> {
        private static final long serialVersionUID = 1L;

        AvailabilityDeserializer() {
            super(AvailabilityForm.class);
        }

        @Override
        public AvailabilityForm deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING && EVERYWHERE.equals(p.getText())) {
                return AvailabilityForm.everywhere();
            }
            if (p.currentToken() == JsonToken.START_OBJECT) {
                JsonNode node = ctxt.readTree(p);
                List<@Nullable String> villages = villages(node);
                if (villages != null) {
                    return new AvailabilityForm(villages);
                }
            }
            throw MismatchedInputException.from(p, AvailabilityForm.class,
                    "must be \"everywhere\" or an object {\"villages\": [village codes]}");
        }

        private static @Nullable List<@Nullable String> villages(JsonNode node) {
            if (node.size() != 1 || !node.has("villages") || !node.get("villages").isArray()) {
                return null;
            }
            List<@Nullable String> list = new ArrayList<>();
            for (JsonNode v : node.get("villages")) {
                if (v.isNull()) {
                    list.add(null);
                } else if (v.isTextual()) {
                    list.add(v.textValue());
                } else {
                    return null;
                }
            }
            return list;
        }
    }
}
