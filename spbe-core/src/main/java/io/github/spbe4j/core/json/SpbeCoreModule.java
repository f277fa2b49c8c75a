package io.github.spbe4j.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.analysis.Comparison;
import io.github.spbe4j.core.analysis.Direction;
import io.github.spbe4j.core.analysis.RankingMethod;
import io.github.spbe4j.core.agency.GovernmentKind;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.agency.UnitKind;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.assessment.EvidenceItem;
import io.github.spbe4j.core.assessment.EvidenceOutcome;
import io.github.spbe4j.core.assessment.EvidenceStatus;
import io.github.spbe4j.core.assessment.IndicatorInput;
import io.github.spbe4j.core.assessment.InvalidAssessmentException;
import io.github.spbe4j.core.assessment.Stage;
import io.github.spbe4j.core.calendar.Deadline;
import io.github.spbe4j.core.calendar.Holiday;
import io.github.spbe4j.core.calendar.HolidayKind;
import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import io.github.spbe4j.core.calendar.Workforce;
import io.github.spbe4j.core.framework.Confidence;
import io.github.spbe4j.core.framework.Conversion;
import io.github.spbe4j.core.framework.ConversionBand;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.Group;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.framework.InvalidFrameworkException;
import io.github.spbe4j.core.framework.Ladder;
import io.github.spbe4j.core.framework.LevelScale;
import io.github.spbe4j.core.framework.PredikatBand;
import io.github.spbe4j.core.framework.Provenance;
import io.github.spbe4j.core.framework.ProvenanceNote;
import io.github.spbe4j.core.framework.Weight;
import io.github.spbe4j.core.framework.YearRange;
import io.github.spbe4j.core.identifier.IdentifierCheck;
import io.github.spbe4j.core.identifier.InvalidIdentifierException;
import io.github.spbe4j.core.identifier.Kbli;
import io.github.spbe4j.core.identifier.Nib;
import io.github.spbe4j.core.identifier.Nik;
import io.github.spbe4j.core.identifier.Nip;
import io.github.spbe4j.core.identifier.Npwp;
import io.github.spbe4j.core.identifier.RegionCode;
import io.github.spbe4j.core.identifier.Sex;
import io.github.spbe4j.core.internal.Fields;
import io.github.spbe4j.core.internal.StrictJson;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.plan.Change;
import io.github.spbe4j.core.plan.CostModel;
import io.github.spbe4j.core.plan.Plan;
import io.github.spbe4j.core.plan.PlanOutcome;
import io.github.spbe4j.core.plan.Planner;
import io.github.spbe4j.core.plan.Roadmap;
import io.github.spbe4j.core.plan.Target;
import io.github.spbe4j.core.scoring.IndicatorScore;
import io.github.spbe4j.core.scoring.NodeScore;
import io.github.spbe4j.core.scoring.NotYetIndicatedPolicy;
import io.github.spbe4j.core.scoring.PredikatReading;
import io.github.spbe4j.core.scoring.ResolvedAssessment;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import io.github.spbe4j.core.scoring.ScoringOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The Jackson module holding the JSON form of every public value of spbe-core, so that a user's
 * {@code ObjectMapper} reads and writes them as spbe4j does and an application's REST controller can
 * return them:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules(); // or .registerModule(new SpbeCoreModule())
 * Assessment a = mapper.readValue(json, Assessment.class);
 * String card = mapper.writeValueAsString(Scorer.score(a, FrameworkRegistry.builtIn()));
 * }</pre>
 *
 * <p>{@link Framework}, {@link Assessment}, {@link ScoreCard}, {@link Instansi}, {@link Unit},
 * {@link Agency} and {@link RegionCode} are read and written in their file formats (a score card is
 * read by scoring its assessment again; see {@link #REGISTRY_ATTRIBUTE}). {@link Weight}, the
 * identifiers ({@link Nik}, {@link Nip}, {@link Nib}, {@link Npwp}, {@link Kbli}), {@link ScoringOptions}
 * and every enum (by its lower-case id, such as {@code self-assessment}) are read and written too.
 * The other values — {@link io.github.spbe4j.core.Problem}, a framework's parts, an assessment's
 * parts, a score card's rows, {@link Holiday}, {@link Deadline}, {@link IdentifierCheck} — are written in the forms
 * listed in docs/assessment-format.md; the planner's answers ({@link PlanOutcome}, {@link Plan}, {@link Roadmap},
 * their parts, {@link CostModel}, {@link Target}) in the forms listed in docs/planning.md. What is not a value ({@link Scorer},
 * {@link ResolvedAssessment}, {@link FrameworkRegistry}, {@link WorkingDayCalendar}, builders,
 * exceptions) is refused with a {@link JsonMappingException} naming what to write instead, rather
 * than written as its getters.
 *
 * <p>The module is registered for discovery: {@code ObjectMapper.findAndRegisterModules()} finds it on
 * the class path and on the module path. Reading a bad document throws
 * {@link io.github.spbe4j.core.SpbeException} subtypes listing every problem. {@link SpbeJson} wraps
 * a mapper configured with this module.
 *
 * @since 0.1.0
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

    /**
     * The name of a deserialization attribute giving the {@link FrameworkRegistry} in which a score
     * card's framework is looked up when the card is read:
     * {@code mapper.readerFor(ScoreCard.class).withAttribute(SpbeCoreModule.REGISTRY_ATTRIBUTE, registry).readValue(json)}.
     * Without it, the built-in frameworks are used.
     */
    public static final String REGISTRY_ATTRIBUTE = "io.github.spbe4j.registry";

    /** Reads a value's tree with exact decimals, whatever the user's mapper is set to. */
    private static final ObjectMapper EXACT = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** Creates the module. */
    public SpbeCoreModule() {
        super("spbe-core", Version.unknownVersion());
        fileForms();
        valueForms();
        scalars();
        enums();
        refusals();
    }

    /** The types with a file format of their own, read and written. */
    private void fileForms() {
        reads(Framework.class, (tree, path, ctxt) -> Framework.parse(tree.toString()));
        writes(Framework.class, f -> tree(f.toJson()));
        reads(Assessment.class, (tree, path, ctxt) -> AssessmentCodec.read(tree, path.isEmpty() ? "(JSON input)" : "at " + path));
        writes(Assessment.class, AssessmentCodec::write);
        reads(ScoreCard.class, SpbeCoreModule::readScoreCard);
        writes(ScoreCard.class, ScoreCardCodec::write);
        reads(Instansi.class, (tree, path, ctxt) -> AgencyCodec.readInstansi(tree, path, path.isEmpty() ? "instansi (JSON input)" : "instansi at " + path));
        writes(Instansi.class, AgencyCodec::write);
        reads(Unit.class, (tree, path, ctxt) -> AgencyCodec.readUnit(tree, "", "unit (JSON input)"));
        writes(Unit.class, AgencyCodec::write);
        reads(Agency.class, (tree, path, ctxt) -> AgencyCodec.readAgency(tree, "", "agency (JSON input)"));
        writes(Agency.class, AgencyCodec::write);
    }

    /** The values written in the form of the file they appear in. */
    private void valueForms() {
        writes(Problem.class, ValueForms::problem);
        writes(SpbeException.class, ValueForms::exception);
        writes(LevelScale.class, ValueForms::scale);
        writes(PredikatBand.class, ValueForms::predikat);
        writes(Indicator.class, ValueForms::node);
        writes(Group.class, ValueForms::node);
        writes(Ladder.class, ValueForms::ladder);
        writes(YearRange.class, ValueForms::years);
        writes(Provenance.class, ValueForms::provenance);
        writes(ProvenanceNote.class, ValueForms::note);
        writes(Conversion.class, ValueForms::conversion);
        writes(ConversionBand.class, ValueForms::band);
        writes(EvidenceItem.class, ValueForms::evidenceItem);
        writes(IndicatorInput.class, ValueForms::input);
        writes(EvidenceOutcome.class, ValueForms::outcome);
        writes(IndicatorScore.class, s -> ValueForms.indicatorScore(s, true));
        writes(NodeScore.class, n -> ValueForms.nodeScore(n, true));
        writes(ScoringOptions.class, ValueForms::options);
        reads(ScoringOptions.class, (tree, path, ctxt) -> readOptions(tree, path));
        writes(Holiday.class, ValueForms::holiday);
        writes(Deadline.class, ValueForms::deadline);
        writes(IdentifierCheck.class, ValueForms::check);
        // the planner's answers, written only
        writes(Change.class, PlanForms::change);
        writes(Plan.class, PlanForms::plan);
        writes(PlanOutcome.class, PlanForms::outcome);
        writes(Roadmap.class, PlanForms::roadmap);
        writes(CostModel.class, PlanForms::costModel);
        addSerializer(Target.class, new JsonSerializer<>() {
            @Override
            public void serialize(Target value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.toString());
            }
        });
    }

    /** The values whose JSON form is one string (or, for a weight, a number). */
    private void scalars() {
        text(RegionCode.class, "region code", "\"62.71\"", RegionCode::parse);
        text(Nik.class, "NIK", "\"3171011505900001\"", Nik::parse);
        text(Nip.class, "NIP", "\"196805071987121001\"", Nip::parse);
        text(Nib.class, "NIB", "\"1234567890123\"", Nib::parse);
        text(Npwp.class, "NPWP", "\"012345678901234\"", Npwp::parse);
        text(Kbli.class, "KBLI code", "\"62019\"", Kbli::parse);
        addSerializer(Weight.class, new JsonSerializer<>() {
            @Override
            public void serialize(Weight value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                ValueForms.weight(value).serialize(gen, serializers);
            }
        });
        addDeserializer(Weight.class, new JsonDeserializer<>() {
            @Override
            public Weight deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String path = path(p, ctxt);
                JsonNode tree = EXACT.readTree(p);
                try {
                    if (tree.isNumber()) {
                        return Weight.of(tree.decimalValue());
                    }
                    if (tree.isTextual()) {
                        return Weight.parse(tree.textValue());
                    }
                } catch (InvalidFrameworkException e) {
                    throw new InvalidFrameworkException(subject("weight", path), at(path, e.problems()), e.omitted());
                }
                throw new InvalidFrameworkException(subject("weight", path), List.of(Problem.of(path, Fields.TYPE,
                        "a weight must be a number or a fraction such as \"10/3\", was " + Text.show(tree), Text.show(tree))));
            }
        });
    }

    private void enums() {
        byId(Stage.class);
        byId(EvidenceStatus.class);
        byId(Confidence.class);
        byId(Provenance.Status.class);
        byId(GovernmentKind.class);
        byId(UnitKind.class);
        byId(HolidayKind.class);
        byId(Workforce.class);
        byId(IndonesiaTimeZone.class);
        byId(Sex.class);
        byId(Nip.Kind.class);
        byId(RegionCode.Scheme.class);
        byId(RegionCode.Level.class);
        byId(RegionCode.Kind.class);
        byId(ResolvedAssessment.Origin.class);
        byId(PredikatReading.class);
        byId(NotYetIndicatedPolicy.class);
        byId(Direction.class);
        byId(Comparison.Kind.class);
        byId(RankingMethod.class);
    }

    private void refusals() {
        refuse(Scorer.class, "it is the engine, not a value; write its framework() and options() instead");
        refuse(ResolvedAssessment.class, "write its assessment(), or the ScoreCard of scoring it, instead");
        refuse(FrameworkRegistry.class, "write its frameworks, all(), instead");
        refuse(WorkingDayCalendar.class, "write the holidays it holds, holidays(year) or holidays(start, end), instead");
        refuse(Assessment.Builder.class, "build() it and write the Assessment instead");
        refuse(Framework.Builder.class, "build() it and write the Framework instead");
        refuse(Planner.class, "it answers questions, not a value; write its plans (PlanOutcome, Plan, Roadmap) instead");
        refuse(SpbeCoreModule.class, "it is a Jackson module, not a value; register it with the mapper instead");
        refuse(io.github.spbe4j.core.table.Table.class, "write toCsv(), or its columns() and each row's cells(), instead");
        refuse(io.github.spbe4j.core.table.Table.Row.class, "write its cells() instead");
    }

    // ---------------------------------------------------------------- helpers

    private <T> void writes(Class<T> type, Function<? super T, ? extends JsonNode> form) {
        addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                form.apply(value).serialize(gen, serializers);
            }
        });
    }

    /** Reads a value from its tree. */
    @FunctionalInterface
    private interface Reader<T> {
        /**
         * Reads a value.
         *
         * @param tree the value's tree, read with exact decimals
         * @param path where the value lies in the document, empty at its root
         * @param ctxt the context, for its attributes
         * @return the value
         */
        T read(JsonNode tree, String path, DeserializationContext ctxt);
    }

    private <T> void reads(Class<T> type, Reader<T> reader) {
        addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String path = path(p, ctxt);
                return reader.read(EXACT.readTree(p), path, ctxt);
            }
        });
    }

    private static ScoreCard readScoreCard(JsonNode tree, String path, DeserializationContext ctxt) {
        Object given = ctxt.getAttribute(REGISTRY_ATTRIBUTE);
        FrameworkRegistry registry;
        if (given == null) {
            registry = FrameworkRegistry.builtIn();
        } else if (given instanceof FrameworkRegistry r) {
            registry = r;
        } else {
            throw new SpbeException(Problem.of("", "Registry", "the deserialization attribute " + REGISTRY_ATTRIBUTE
                    + " must be a FrameworkRegistry, was a " + given.getClass().getName(), null));
        }
        String source = path.isEmpty() ? "(JSON input)" : "at " + path;
        if (path.isEmpty()) {
            return ScoreCardCodec.read(tree, source, registry);
        }
        try {
            return ScoreCardCodec.read(tree, source, registry);
        } catch (InvalidAssessmentException e) {
            throw new InvalidAssessmentException("score card " + source,
                    ScoreCardCodec.placed(path, e.problems()), e.omitted());
        }
    }

    private static ScoringOptions readOptions(JsonNode tree, String path) {
        Fields f = new Fields();
        String subject = subject("scoring options", path);
        if (f.isObject(tree, path)) {
            f.onlyKnown(tree, path, Set.of("predikatReading", "notYetIndicated"));
        }
        if (!f.ok()) {
            throw new SpbeException(subject, f.problems(), f.omitted());
        }
        PredikatReading reading = f.enumValue(tree, path, "predikatReading", false, PredikatReading.class, ValueForms::id);
        NotYetIndicatedPolicy policy = f.enumValue(tree, path, "notYetIndicated", false, NotYetIndicatedPolicy.class, ValueForms::id);
        if (!f.ok()) {
            throw new SpbeException(subject, f.problems(), f.omitted());
        }
        ScoringOptions o = ScoringOptions.DEFAULTS;
        return new ScoringOptions(reading == null ? o.predikatReading() : reading, policy == null ? o.notYetIndicated() : policy);
    }

    /** Writes a value as its text form ({@code toString()}) and reads it back with its parser, also as a map key. */
    private <T> void text(Class<T> type, String what, String example, Function<String, T> parse) {
        addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.toString());
            }
        });
        addKeySerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeFieldName(value.toString());
            }
        });
        addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String path = path(p, ctxt);
                String subject = subject(what, path);
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    String shown = Text.show(EXACT.readTree(p));
                    throw new InvalidIdentifierException(subject, List.of(Problem.of(path, Fields.TYPE,
                            "a " + what + " must be a string such as " + example + ", was " + shown, shown)));
                }
                return parseAt(p.getText(), path, subject, parse);
            }
        });
        addKeyDeserializer(type, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) {
                return parse.apply(key);
            }
        });
    }

    private static <T> T parseAt(String text, String path, String subject, Function<String, T> parse) {
        try {
            return parse.apply(text);
        } catch (InvalidIdentifierException e) {
            if (path.isEmpty()) {
                throw e;
            }
            throw new InvalidIdentifierException(subject, at(path, e.problems()));
        }
    }

    /** Writes an enum constant as its id ({@link ValueForms#id}) and reads it back, also as a map key. */
    private <E extends Enum<E>> void byId(Class<E> type) {
        addSerializer(type, new JsonSerializer<E>() {
            @Override
            public void serialize(E value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(ValueForms.id(value));
            }
        });
        addKeySerializer(type, new JsonSerializer<E>() {
            @Override
            public void serialize(E value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeFieldName(ValueForms.id(value));
            }
        });
        addDeserializer(type, new JsonDeserializer<E>() {
            @Override
            public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String path = path(p, ctxt);
                JsonNode tree = EXACT.readTree(p);
                return constant(type, tree, path);
            }
        });
        addKeyDeserializer(type, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) {
                return constant(type, ctxt.getNodeFactory().textNode(key), "");
            }
        });
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonNode tree, String path) {
        List<String> ids = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            if (tree.isTextual() && ValueForms.id(e).equals(tree.textValue())) {
                return e;
            }
            ids.add(ValueForms.id(e));
        }
        String what = type.getSimpleName();
        String shown = Text.show(tree);
        String message = (tree.isTextual() ? what + " is " + shown : what + " must be a string, was " + shown) + "; allowed are "
                + String.join(", ", ids);
        throw new SpbeException(subject(what, path), List.of(Problem.of(path, tree.isTextual() ? Fields.ONE_OF : Fields.TYPE,
                message, shown)));
    }

    private void refuse(Class<?> type, String instead) {
        addSerializer(type, new JsonSerializer<Object>() {
            @Override
            public void serialize(Object value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                throw JsonMappingException.from(gen, "spbe4j gives " + type.getSimpleName() + " no JSON form: " + instead);
            }
        });
    }

    private static JsonNode tree(String json) {
        try {
            return EXACT.readTree(json);
        } catch (IOException e) {
            // a text of our own making always parses
            throw new IllegalStateException(e);
        }
    }

    private static String subject(String what, String path) {
        return path.isEmpty() ? what + " (JSON input)" : what + " at " + path;
    }

    /** Returns the problems of a scalar value read at a path, placed there. */
    private static List<Problem> at(String path, List<Problem> problems) {
        return problems.stream().map(p -> p.under(path)).toList();
    }

    /** Returns the path of the value being read: the caller's attribute, else the parser's position as {@code a[0].b}. */
    static String path(JsonParser p, DeserializationContext ctxt) {
        Object given = ctxt.getAttribute(PATH_ATTRIBUTE);
        if (given instanceof String s) {
            return Text.oneLine(s);
        }
        return StrictJson.pathOf(p);
    }
}
