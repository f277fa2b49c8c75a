package io.github.spbe4j.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.scoring.ScoreCard;
import java.io.IOException;

/**
 * The Jackson module holding the JSON forms of spbe-core's types — {@link Framework},
 * {@link Assessment} (both read and written) and {@link ScoreCard} (written) — so that a user's
 * {@code ObjectMapper} reads and writes them as spbe4j does:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new SpbeCoreModule());
 * Assessment a = mapper.readValue(json, Assessment.class);
 * }</pre>
 *
 * <p>Reading a bad document throws {@link io.github.spbe4j.core.SpbeException} subtypes listing
 * every problem. {@link SpbeJson} wraps a mapper configured with this module.
 */
public final class SpbeCoreModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public SpbeCoreModule() {
        super("spbe-core", Version.unknownVersion());
        addDeserializer(Framework.class, new JsonDeserializer<>() {
            @Override
            public Framework deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return FrameworkCodec.read(p.readValueAsTree(), "(JSON input)");
            }
        });
        addSerializer(Framework.class, new JsonSerializer<>() {
            @Override
            public void serialize(Framework value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeTree(FrameworkCodec.write(value));
            }
        });
        addDeserializer(Assessment.class, new JsonDeserializer<>() {
            @Override
            public Assessment deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonNode tree = p.readValueAsTree();
                return AssessmentCodec.read(tree, "(JSON input)");
            }
        });
        addSerializer(Assessment.class, new JsonSerializer<>() {
            @Override
            public void serialize(Assessment value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeTree(AssessmentCodec.write(value));
            }
        });
        addSerializer(ScoreCard.class, new JsonSerializer<>() {
            @Override
            public void serialize(ScoreCard value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeTree(ScoreCardCodec.write(value));
            }
        });
    }
}
