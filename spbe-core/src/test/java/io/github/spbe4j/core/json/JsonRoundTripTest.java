package io.github.spbe4j.core.json;

import static io.github.spbe4j.core.testing.Checks.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.assessment.EvidenceItem;
import io.github.spbe4j.core.assessment.EvidenceStatus;
import io.github.spbe4j.core.assessment.IndicatorInput;
import io.github.spbe4j.core.assessment.InvalidAssessmentException;
import io.github.spbe4j.core.assessment.Stage;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.Group;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.scoring.IndicatorScore;
import io.github.spbe4j.core.scoring.NodeScore;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import io.github.spbe4j.core.testing.Generators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Frameworks, assessments and score cards in JSON: what is written reads back equal, through SpbeJson and a plain ObjectMapper. */
class JsonRoundTripTest {

    /** A user's own mapper with nothing but the module: no exact-decimal settings. */
    private static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new SpbeCoreModule());
    /** Reads written JSON back as a tree with exact decimals, to inspect it. */
    private static final ObjectMapper TREE = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static Stream<Framework> builtIns() {
        return Generators.builtIns().stream();
    }

    static Stream<Long> customSeeds() {
        return Generators.seeds(23, 40).boxed();
    }

    static Stream<Arguments> assessmentCases() {
        List<Arguments> out = new ArrayList<>();
        Generators.builtInsWithSeeds(29, 5).forEach(out::add);
        Generators.seeds(31, 20).forEach(s -> out.add(Arguments.of("custom", s)));
        return out.stream();
    }

    private static Framework framework(String id, long seed) {
        return id.equals("custom") ? Generators.framework(seed) : FrameworkRegistry.builtIn().get(id);
    }

    // ------------------------------------------------------------------ frameworks

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    void writeFramework_builtIn_readsBackEqualAndWritesTheSameText(Framework f) throws Exception {
        String json = f.toJson();
        Framework back = Framework.parse(json);
        assertThat(back).isEqualTo(f).hasSameHashCodeAs(f);
        assertThat(back.toJson()).isEqualTo(json);
        assertThat(PLAIN.readValue(PLAIN.writeValueAsString(f), Framework.class)).isEqualTo(f);
        assertThat(PLAIN.readValue(json, Framework.class)).isEqualTo(f);
    }

    @ParameterizedTest(name = "custom seed {0}")
    @MethodSource("customSeeds")
    void writeFramework_randomCustom_readsBackEqual(long seed) throws Exception {
        Framework f = Generators.framework(seed);
        String json = f.toJson();
        Framework back = Framework.parse(json);
        assertThat(back).isEqualTo(f);
        assertThat(back.indicators()).isEqualTo(f.indicators());
        assertThat(back.groups()).isEqualTo(f.groups());
        assertThat(back.toJson()).isEqualTo(json);
        assertThat(PLAIN.readValue(PLAIN.writeValueAsString(f), Framework.class)).as("plain ObjectMapper").isEqualTo(f);
    }

    @Test
    void writeFramework_fractionWeight_isWrittenAsFractionText() throws Exception {
        Framework f = FrameworkRegistry.builtIn().get("spbe-2018");
        JsonNode tree = TREE.readTree(f.toJson());
        JsonNode a7 = tree.get("tree").get(2).get("children").get(1);
        assertThat(a7.get("code").asText()).isEqualTo("A7");
        assertThat(a7.get("weight").isNumber()).isTrue();
        assertThat(a7.get("children").get(0).get("weight").asText()).isEqualTo("10/3");
    }

    // ------------------------------------------------------------------ assessments

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("assessmentCases")
    void writeAssessment_randomWithEveryKindOfInput_readsBackEqual(String id, long seed) throws Exception {
        Framework f = framework(id, seed);
        Random r = new Random(seed);
        for (int k = 0; k < 10; k++) {
            Assessment a = Generators.richAssessment(f, r);
            String json = SpbeJson.write(a);
            Assessment back = SpbeJson.readAssessment(json);
            assertThat(back).as("%s seed %d #%d:%n%s", id, seed, k, json).isEqualTo(a).hasSameHashCodeAs(a);
            assertThat(SpbeJson.write(back)).isEqualTo(json);
            assertThat(PLAIN.readValue(PLAIN.writeValueAsString(a), Assessment.class)).as("plain ObjectMapper %s seed %d #%d", id, seed, k)
                    .isEqualTo(a);
            // scoring the copy gives the same card
            assertThat(Scorer.of(f).score(back).index()).isEqualByComparingTo(Scorer.of(f).score(a).index());
        }
    }

    @Test
    void readAssessment_minimalFormFromTheIssue_isAccepted() {
        StringBuilder values = new StringBuilder();
        for (int i = 1; i <= 47; i++) {
            values.append(i == 1 ? "" : ",").append('"').append(i).append("\":").append(1 + i % 5);
        }
        String json = "{\"framework\":\"spbe-2020\",\"agency\":{\"name\":\"Kota Contoh\"},\"year\":2025,\"values\":{" + values + "}}";
        Assessment a = SpbeJson.readAssessment(json);
        assertThat(a.frameworkId()).isEqualTo("spbe-2020");
        assertThat(a.agency()).isEqualTo(Agency.named("Kota Contoh"));
        assertThat(a.year()).isEqualTo(2025);
        assertThat(a.stage()).isEqualTo(Stage.SELF_ASSESSMENT);
        assertThat(a.inputs()).hasSize(47).containsEntry("7", IndicatorInput.value(3));
        assertThat(a.notes()).isEmpty();
        ScoreCard card = Scorer.of(FrameworkRegistry.builtIn().get("spbe-2020")).score(a);
        assertThat(card.complete()).isTrue();
    }

    @Test
    void writeAssessment_evidenceAndExternal_useTheDocumentedFields() throws Exception {
        Assessment a = Assessment.builder("pemdi-2026", Agency.of("Kota Contoh", "kota-contoh"), 2026).stage(Stage.DOCUMENT_REVIEW)
                .value("I1", new BigDecimal("3.25"))
                .evidence("I19", List.of(new EvidenceItem(1, "Kanal helpdesk", EvidenceStatus.IN_REVIEW, true, Optional.of("https://contoh.go.id/x")),
                        new EvidenceItem(2, "SOP", EvidenceStatus.ACCEPTED, false, Optional.empty())))
                .external("I5", new BigDecimal("68.75")).note("I5", "SDI 2025").build();
        JsonNode tree = TREE.readTree(SpbeJson.write(a));
        assertThat(tree.get("stage").asText()).isEqualTo("document-review");
        assertThat(tree.get("agency").get("code").asText()).isEqualTo("kota-contoh");
        assertThat(tree.get("values").get("I1").decimalValue()).isEqualByComparingTo("3.25");
        assertThat(tree.get("external").get("I5").decimalValue()).isEqualByComparingTo("68.75");
        JsonNode item = tree.get("evidence").get("I19").get(0);
        assertThat(item.get("status").asText()).isEqualTo("in-review");
        assertThat(item.get("required").asBoolean()).isTrue();
        assertThat(item.get("reference").asText()).isEqualTo("https://contoh.go.id/x");
        assertThat(tree.get("evidence").get("I19").get(1).has("reference")).isFalse();
        assertThat(tree.get("notes").get("I5").asText()).isEqualTo("SDI 2025");
    }

    @Test
    void readAssessment_badDocument_listsEveryProblemWithPathAndValue() {
        String json = """
                {"framework": "spbe-2020", "agency": {"name": "Kota Contoh", "kode": "x"}, "year": 1800, "stage": "final-ish",
                 "values": {"1": "tiga", "2": 3}, "evidence": {"2": [{"level": 0, "title": "SK", "status": "ok"}]},
                 "warna": "biru"}
                """;
        InvalidAssessmentException e = catchThrowableOfType(InvalidAssessmentException.class, () -> SpbeJson.readAssessment(json));
        assertThat(texts(e.problems())).hasSize(7);
        assertThat(e.getMessage()).contains("warna", "agency.kode", "year", "1800", "stage", "final-ish", "values.1", "\"tiga\"",
                "evidence.2[0].level", "evidence.2[0].status", "'ok'");
    }

    // ------------------------------------------------------------------ score cards

    @Test
    void writeScoreCard_sample_hasUnroundedIndexRoundedIndexPredikatAndEveryNodeAndIndicator() throws Exception {
        Framework f = FrameworkRegistry.builtIn().get("spbe-2020");
        Assessment a = SpbeJson.readAssessment(java.nio.file.Path.of("..", "examples", "data", "kota-contoh-2025-spbe-2020.json"));
        ScoreCard card = Scorer.of(f).score(a);
        for (String json : List.of(SpbeJson.write(card), PLAIN.writeValueAsString(card))) {
            JsonNode tree = TREE.readTree(json);
            assertThat(tree.get("framework").asText()).isEqualTo("spbe-2020");
            assertThat(tree.get("index").decimalValue()).isEqualByComparingTo("2.372");
            assertThat(tree.get("indexRounded").decimalValue()).isEqualByComparingTo("2.37");
            assertThat(tree.get("indexRounded").asText()).isEqualTo("2.37");
            assertThat(tree.get("predikat").asText()).isEqualTo("Cukup");
            assertThat(tree.get("complete").asBoolean()).isTrue();
            List<String> nodeCodes = new ArrayList<>();
            tree.get("nodes").fieldNames().forEachRemaining(nodeCodes::add);
            assertThat(nodeCodes).containsExactlyElementsOf(f.groups().stream().map(Group::code).toList());
            for (NodeScore n : card.nodes()) {
                assertThat(tree.get("nodes").get(n.code()).get("index").decimalValue()).as(n.code()).isEqualByComparingTo(n.index());
                assertThat(tree.get("nodes").get(n.code()).get("indexRounded").decimalValue()).isEqualByComparingTo(n.indexRounded());
            }
            List<String> indicatorCodes = new ArrayList<>();
            tree.get("indicators").fieldNames().forEachRemaining(indicatorCodes::add);
            assertThat(indicatorCodes).containsExactlyElementsOf(f.indicators().stream().map(Indicator::code).toList());
            for (IndicatorScore s : card.indicators()) {
                JsonNode o = tree.get("indicators").get(s.code());
                assertThat(o.get("value").decimalValue()).isEqualByComparingTo(s.value().orElseThrow());
                assertThat(o.get("contribution").decimalValue()).isEqualByComparingTo(s.contribution());
                assertThat(o.get("headroom").decimalValue()).isEqualByComparingTo(s.headroom());
                assertThat(o.get("origin").asText()).isEqualTo("value");
            }
            assertThat(tree.get("indicators").get("1").get("level").asText()).isEqualTo("Terdefinisi");
        }
    }

    @Test
    void writeScoreCard_notYetIndicatedAndNonTerminatingIndex_areWrittenFaithfully() throws Exception {
        Framework f = FrameworkRegistry.builtIn().get("spbe-2018");
        Assessment.Builder b = Assessment.builder(f.id(), Agency.named("Kota Contoh"), 2019);
        f.indicators().forEach(i -> b.value(i.code(), 2));
        b.value("35.2", 3);
        ScoreCard card = Scorer.of(f).score(b.build().with("1", new IndicatorInput.Evidence(List.of(EvidenceItem.of(1, "SK", EvidenceStatus.MISSING)))));
        JsonNode tree = TREE.readTree(SpbeJson.write(card));
        assertThat(tree.get("index").decimalValue()).isEqualTo(card.index());
        assertThat(tree.get("index").decimalValue().precision()).isEqualTo(34);
        assertThat(tree.get("complete").asBoolean()).isFalse();
        assertThat(tree.get("notYetIndicated").get(0).asText()).isEqualTo("1");
        assertThat(tree.get("indicators").get("1").get("value").isNull()).isTrue();
        assertThat(tree.get("indicators").get("1").get("origin").asText()).isEqualTo("evidence");
        assertThat(tree.get("indicators").get("35.2").get("weight").asText()).isEqualTo("10/3");
    }

    @Test
    void writeScoreCard_pemdi_carriesThePredikatLabel() throws Exception {
        Framework f = FrameworkRegistry.builtIn().get("pemdi-2026");
        ScoreCard card = Scorer.of(f).score(Generators.uniform(f, new BigDecimal("4.25")));
        JsonNode tree = TREE.readTree(SpbeJson.write(card));
        assertThat(tree.get("predikat").asText()).isEqualTo("Memuaskan");
        assertThat(tree.get("predikatLabel").asText()).isEqualTo("Unggul (Leading)");
        assertThat(tree.get("predikatReading").asText()).isEqualTo("rounded");
        TreeSet<String> keys = new TreeSet<>();
        tree.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).contains("index", "indexRounded", "predikat", "nodes", "indicators");
    }
}
