package io.github.spbe4j.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.identifier.RegionCode;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.scoring.ScoreCard;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The Jackson module holding the JSON forms of spbe-core's types — {@link Framework},
 * {@link Assessment}, {@link Instansi}, {@link Unit}, {@link Agency} and {@link RegionCode} (all read
 * and written) and {@link ScoreCard} (written) — so that a user's {@code ObjectMapper} reads and
 * writes them as spbe4j does:
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

    /**
     * The name of a deserialization attribute giving the JSON path of the value read in a larger
     * document, such as {@code "agencies[0]"}, so that every problem names its full path:
     * {@code mapper.readerFor(Instansi.class).withAttribute(SpbeCoreModule.PATH_ATTRIBUTE, "agencies[0]").readValue(node)}.
     * Without it, the path is the parser's position in the document being read.
     */
    public static final String PATH_ATTRIBUTE = "io.github.spbe4j.path";

    private static final ObjectMapper TREES = new ObjectMapper();

    /** Creates the module. */
    public SpbeCoreModule() {
        super("spbe-core", Version.unknownVersion());
        addDeserializer(Framework.class, new JsonDeserializer<>() {
            @Override
            public Framework deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                // the framework file format belongs to the framework: read the value as that text
                return Framework.parse(p.readValueAsTree().toString());
            }
        });
        addSerializer(Framework.class, new JsonSerializer<>() {
            @Override
            public void serialize(Framework value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeTree(TREES.readTree(value.toJson()));
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
        addDeserializer(Instansi.class, new JsonDeserializer<>() {
            @Override
            public Instansi deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String path = path(p, ctxt);
                return AgencyCodec.readInstansi(p.readValueAsTree(), path, path.isEmpty() ? "instansi (JSON input)" : "instansi at " + path);
            }
        });
        addSerializer(Instansi.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instansi value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeTree(AgencyCodec.write(value));
            }
        });
        addDeserializer(Unit.class, new JsonDeserializer<>() {
            @Override
            public Unit deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return AgencyCodec.readUnit(p.readValueAsTree(), "", "unit (JSON input)");
            }
        });
        addSerializer(Unit.class, new JsonSerializer<>() {
            @Override
            public void serialize(Unit value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeTree(AgencyCodec.write(value));
            }
        });
        addDeserializer(Agency.class, new JsonDeserializer<>() {
            @Override
            public Agency deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return AgencyCodec.readAgency(p.readValueAsTree(), "", "agency (JSON input)");
            }
        });
        addSerializer(Agency.class, new JsonSerializer<>() {
            @Override
            public void serialize(Agency value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeTree(AgencyCodec.write(value));
            }
        });
        addDeserializer(RegionCode.class, new JsonDeserializer<>() {
            @Override
            public RegionCode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return AgencyCodec.readRegionCode(p.readValueAsTree(), "region code (JSON input)");
            }
        });
        addSerializer(RegionCode.class, new JsonSerializer<>() {
            @Override
            public void serialize(RegionCode value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.toString());
            }
        });
        addSerializer(ScoreCard.class, new JsonSerializer<>() {
            @Override
            public void serialize(ScoreCard value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeTree(ScoreCardCodec.write(value));
            }
        });
    }

    /** Returns the path of the value being read: the caller's attribute, else the parser's position as {@code a[0].b}. */
    static String path(JsonParser p, DeserializationContext ctxt) {
        Object given = ctxt.getAttribute(PATH_ATTRIBUTE);
        if (given instanceof String s) {
            return Text.oneLine(s);
        }
        // at the value's first token the context is the value's own; its parents name where it lies
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext at = p.getParsingContext().getParent(); at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                parts.push("[" + at.getCurrentIndex() + "]");
            } else if (at.getCurrentName() != null) {
                parts.push("." + Text.clean(at.getCurrentName()));
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
