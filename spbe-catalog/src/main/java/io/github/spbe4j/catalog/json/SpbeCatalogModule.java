package io.github.spbe4j.catalog.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.spbe4j.catalog.Authority;
import io.github.spbe4j.catalog.Availability;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.CatalogMetrics;
import io.github.spbe4j.catalog.CatalogQuery;
import io.github.spbe4j.catalog.Channel;
import io.github.spbe4j.catalog.ComplaintChannel;
import io.github.spbe4j.catalog.Cost;
import io.github.spbe4j.catalog.DigitalLevel;
import io.github.spbe4j.catalog.Document;
import io.github.spbe4j.catalog.EvidenceMapping;
import io.github.spbe4j.catalog.InternalComponents;
import io.github.spbe4j.catalog.InvalidCatalogException;
import io.github.spbe4j.catalog.InvalidServiceException;
import io.github.spbe4j.catalog.LegalReference;
import io.github.spbe4j.catalog.LifeEvent;
import io.github.spbe4j.catalog.Output;
import io.github.spbe4j.catalog.OutputType;
import io.github.spbe4j.catalog.ProcessingTime;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.Requirement;
import io.github.spbe4j.catalog.Rollout;
import io.github.spbe4j.catalog.ServiceConcept;
import io.github.spbe4j.catalog.ServiceStatus;
import io.github.spbe4j.catalog.Share;
import io.github.spbe4j.catalog.StandarComponent;
import io.github.spbe4j.catalog.linkeddata.CpsvAp;
import io.github.spbe4j.catalog.linkeddata.CpsvApImport;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.internal.StrictJson;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.json.SpbeCoreModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The Jackson module of spbe-catalog: gives every public type of the catalog a deliberate JSON form, so
 * that an application's {@code ObjectMapper} — a REST controller returning a service, a catalog or a
 * dashboard — writes what {@code docs/catalog-format.md} documents, never a bean's getters.
 *
 * <ul>
 *   <li>{@link PublicService}, {@link ServiceConcept} and {@link Catalog} in their catalog-file form,
 *       read back too, strictly and with every problem at once (an {@link InvalidServiceException} or
 *       {@link InvalidCatalogException}); a service is written in full, nothing inherited;</li>
 *   <li>their parts ({@link Authority}, {@link Channel}, {@link Cost}, {@link Requirement} …) as the
 *       catalog file writes them, a {@link ProcessingTime} as its text ({@code "5 hari kerja"}) and every
 *       enumeration as the kebab-case name of its constant ({@code "mal-pelayanan-publik"}), the last
 *       two read back too;</li>
 *   <li>the results of {@link CatalogMetrics} — {@link Share}, {@link Rollout}, the dashboard as a whole,
 *       completeness, evidence candidates — and a query as its matching services, written only; the
 *       exceptions are written by spbe-core's module, as every {@code SpbeException} is: their message
 *       and problems.</li>
 * </ul>
 *
 * <p>It depends on spbe-core's {@link SpbeCoreModule} (for instansi and region codes), which
 * registering this module registers too, and it is found by {@code ObjectMapper.findAndRegisterModules()}:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();   // or .registerModule(new SpbeCatalogModule())
 * String json = mapper.writeValueAsString(catalog.metrics().onlineShareByOpd());
 * PublicService service = mapper.readValue(body, PublicService.class);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SpbeCatalogModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The text of availability everywhere. */
    static final String EVERYWHERE = "everywhere";

    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(ServiceStatus.class, DigitalLevel.class,
            OutputType.class, StandarComponent.class, Channel.Kind.class, ComplaintChannel.Kind.class, ProcessingTime.Unit.class,
            EvidenceMapping.Role.class);

    /** Creates the module. */
    public SpbeCatalogModule() {
        super("spbe-catalog", Version.unknownVersion());
        writes(PublicService.class, v -> CatalogFiles.MAPPER.valueToTree(ServiceForm.from(v)));
        writes(ServiceConcept.class, v -> CatalogFiles.MAPPER.valueToTree(ConceptForm.from(v)));
        writes(Catalog.class, CatalogFiles::tree);
        writes(Authority.class, v -> CatalogFiles.MAPPER.valueToTree(AuthorityForm.from(v)));
        writes(Availability.class, v -> CatalogFiles.MAPPER.valueToTree(AvailabilityForm.from(v)));
        writes(Channel.class, v -> CatalogFiles.MAPPER.valueToTree(ChannelForm.from(v)));
        writes(ComplaintChannel.class, v -> CatalogFiles.MAPPER.valueToTree(ComplaintChannelForm.from(v)));
        writes(Cost.class, v -> CatalogFiles.MAPPER.valueToTree(CostForm.from(v)));
        writes(Document.class, v -> CatalogFiles.MAPPER.valueToTree(DocumentForm.from(v)));
        writes(Requirement.class, v -> CatalogFiles.MAPPER.valueToTree(RequirementForm.from(v)));
        writes(LegalReference.class, v -> CatalogFiles.MAPPER.valueToTree(LegalReferenceForm.from(v)));
        writes(LifeEvent.class, v -> CatalogFiles.MAPPER.valueToTree(LifeEventForm.from(v)));
        writes(Output.class, v -> CatalogFiles.MAPPER.valueToTree(OutputForm.from(v)));
        writes(InternalComponents.class, JsonForms::internal);
        writes(ProcessingTime.class, v -> TextNode.valueOf(v.toString()));
        writes(Share.class, JsonForms::share);
        writes(Rollout.class, JsonForms::rollout);
        writes(CatalogMetrics.class, JsonForms::metrics);
        writes(CatalogMetrics.Completeness.class, JsonForms::completeness);
        writes(CatalogMetrics.EvidenceCandidates.class, JsonForms::evidenceCandidates);
        writes(CatalogQuery.class, JsonForms::query);
        writes(EvidenceMapping.class, JsonForms::evidenceMapping);
        writes(EvidenceMapping.Entry.class, JsonForms::entry);
        writes(CpsvAp.class, JsonForms::cpsvAp);
        writes(CpsvApImport.class, JsonForms::cpsvApImport);
        for (Class<?> type : List.of(PublicService.class, ServiceConcept.class, Catalog.class, ProcessingTime.class)) {
            reader(type);
        }
        Keys keys = new Keys();
        addKeySerializer(Authority.class, keys);
        Constants constants = new Constants();
        for (Class<? extends Enum<?>> type : ENUMS) {
            addSerializer(type, constants);
            reader(type);
            addKeySerializer(type, keys);
        }
        addSerializer(AvailabilityForm.class, new AvailabilitySerializer());
        addDeserializer(AvailabilityForm.class, new AvailabilityDeserializer());
    }

    @SuppressWarnings("unchecked")
    private <T> void reader(Class<T> type) {
        addDeserializer(type, (JsonDeserializer<T>) (JsonDeserializer<?>) new Reader(type));
    }

    /**
     * Returns spbe-core's module, which the JSON forms of instansi and region codes come from.
     *
     * @return the modules this one needs
     */
    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new SpbeCoreModule());
    }

    private <T> void writes(Class<T> type, Function<? super T, ? extends JsonNode> form) {
        addSerializer(type, new StdSerializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeTree(form.apply(value));
            }
        });
    }

    /** Writes a constant as the kebab-case name of its constant, e.g. {@code "mal-pelayanan-publik"}. */
    static final class Constants extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;

        Constants() {
            super(Object.class);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(Names.of((Enum<?>) value));
        }
    }

    /** Writes a map key: an authority as its text form {@code instansi/unit}, a constant as its kebab name. */
    static final class Keys extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;

        Keys() {
            super(Object.class);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeFieldName(value instanceof Enum<?> e ? Names.of(e) : value.toString());
        }
    }

    /** Reads a service, a concept or a catalog in its catalog-file form, a processing time or a constant. */
    static final class Reader extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        Reader(Class<?> type) {
            super(type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Class<?> type = handledType();
            String at = path(p);
            JsonNode tree = ctxt.readTree(p);
            String where = at.isEmpty() ? " (JSON input)" : " at " + at;
            if (type == PublicService.class) {
                return new CatalogReader(Locale.ENGLISH).readOne(tree, ServiceForm.class, ServiceForm::toDomain, "service" + where, at);
            } else if (type == ServiceConcept.class) {
                return new CatalogReader(Locale.ENGLISH).readOne(tree, ConceptForm.class, ConceptForm::toDomain, "concept" + where, at);
            } else if (type == Catalog.class) {
                return new CatalogReader(Locale.ENGLISH).readCatalog(tree, "catalog" + where);
            }
            if (!tree.isTextual()) {
                throw new InvalidServiceException(Problem.ofField(at, "Type", "must be a string", Text.show(tree)));
            }
            if (type == ProcessingTime.class) {
                return ProcessingTime.parse(tree.textValue());
            }
            for (Object constant : type.getEnumConstants()) {
                if (Names.of((Enum<?>) constant).equals(tree.textValue())) {
                    return constant;
                }
            }
            @SuppressWarnings("unchecked")
            Class<? extends Enum<?>> enumType = (Class<? extends Enum<?>>) type;
            throw new InvalidServiceException(Problem.ofField(at, "OneOf", "must be one of " + Names.allowed(enumType), Text.show(tree)));
        }
    }

    /** Returns the path of the value being read: its place in the document, as {@code a[0].b}; empty at the root. */
    static String path(JsonParser p) {
        return StrictJson.pathOf(p);
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
