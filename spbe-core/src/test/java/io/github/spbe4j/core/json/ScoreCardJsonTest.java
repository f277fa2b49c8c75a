package io.github.spbe4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.testing.EqualsTester;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.assessment.EvidenceItem;
import io.github.spbe4j.core.assessment.EvidenceStatus;
import io.github.spbe4j.core.assessment.IndicatorInput;
import io.github.spbe4j.core.assessment.InvalidAssessmentException;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.framework.LevelScale;
import io.github.spbe4j.core.framework.PredikatBand;
import io.github.spbe4j.core.framework.Weight;
import io.github.spbe4j.core.scoring.NotYetIndicatedPolicy;
import io.github.spbe4j.core.scoring.PredikatReading;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import io.github.spbe4j.core.scoring.ScoringOptions;
import io.github.spbe4j.core.testing.Generators;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A score card reads back from its JSON: the card carries its assessment and options, reading scores
 * the assessment again and refuses a card whose recorded numbers scoring no longer gives.
 */
class ScoreCardJsonTest {

    /** A user's own mapper, found modules only: no exact-decimal settings. */
    private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();
    private static final ObjectMapper TREE = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Path SAMPLE = Path.of("..", "examples", "data", "kota-contoh-2025-spbe-2020.json");

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        Generators.builtInsWithSeeds(41, 6).forEach(out::add);
        Generators.seeds(43, 40).forEach(s -> out.add(Arguments.of("custom", s)));
        return out.stream();
    }

    private static ScoreCard sample() {
        return Scorer.score(SpbeJson.readAssessment(SAMPLE), FrameworkRegistry.builtIn());
    }

    /** Asserts what a user relies on: the card read back is equal, number for number and row for row. */
    private static void assertSameCard(ScoreCard back, ScoreCard card, String what) {
        assertThat(back).as(what).isEqualTo(card).hasSameHashCodeAs(card);
        assertThat(back.index()).as(what).isEqualTo(card.index());
        assertThat(back.indexRounded()).as(what).isEqualTo(card.indexRounded());
        assertThat(back.predikat()).as(what).isEqualTo(card.predikat());
        assertThat(back.options()).as(what).isEqualTo(card.options());
        assertThat(back.notYetIndicated()).as(what).isEqualTo(card.notYetIndicated());
        assertThat(back.nodes()).as(what).isEqualTo(card.nodes());
        assertThat(back.indicators()).as(what).isEqualTo(card.indicators());
        assertThat(back.assessment()).as(what).isEqualTo(card.assessment());
    }

    // ------------------------------------------------------------------ round trips

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void readScoreCard_writtenCardOfARandomAssessment_isEqualInEveryNumber(String id, long seed) throws Exception {
        Random r = new Random(seed);
        Framework f = id.equals("custom") ? Generators.framework(seed) : FrameworkRegistry.builtIn().get(id);
        FrameworkRegistry registry = id.equals("custom") ? FrameworkRegistry.of(List.of(f)) : FrameworkRegistry.builtIn();
        for (int k = 0; k < 5; k++) {
            Assessment a = Generators.richAssessment(f, r);
            ScoringOptions options = new ScoringOptions(PredikatReading.values()[r.nextInt(2)],
                    NotYetIndicatedPolicy.values()[r.nextInt(2)]);
            ScoreCard card;
            try {
                card = Scorer.of(f, options).score(a);
            } catch (InvalidAssessmentException e) {
                // REJECT refuses evidence that proves no level: score as the default does
                card = Scorer.of(f, options.withNotYetIndicated(NotYetIndicatedPolicy.CONTRIBUTE_NOTHING)).score(a);
            }
            String what = id + " seed " + seed + " #" + k;
            String json = SpbeJson.write(card);
            ScoreCard back = SpbeJson.readScoreCard(json, registry);
            assertSameCard(back, card, what);
            assertThat(SpbeJson.write(back)).as(what).isEqualTo(json);
            ScoreCard plain = PLAIN.readerFor(ScoreCard.class).withAttribute(SpbeCoreModule.REGISTRY_ATTRIBUTE, registry)
                    .readValue(PLAIN.writeValueAsString(card));
            assertSameCard(plain, card, what + " through a plain ObjectMapper");
        }
    }

    @Test
    void readScoreCard_sampleFromFileAndStream_isEqual(@TempDir Path dir) throws Exception {
        ScoreCard card = sample();
        Path file = dir.resolve("card.json");
        Files.writeString(file, SpbeJson.write(card));
        assertSameCard(SpbeJson.readScoreCard(file, FrameworkRegistry.builtIn()), card, "file");
        assertSameCard(SpbeJson.readScoreCard(new ByteArrayInputStream(Files.readAllBytes(file)), "card.json",
                FrameworkRegistry.builtIn()), card, "stream");
        assertSameCard(PLAIN.readValue(file.toFile(), ScoreCard.class), card, "ObjectMapper, built-in registry by default");
    }

    @Test
    void readScoreCard_whatIfCard_readsBackWithTheChangedValue() {
        Framework f = FrameworkRegistry.builtIn().get("spbe-2020");
        Scorer scorer = Scorer.of(f);
        ScoreCard whatIf = scorer.score(scorer.resolve(SpbeJson.readAssessment(SAMPLE)).with("12", BigDecimal.valueOf(5)));
        ScoreCard back = SpbeJson.readScoreCard(SpbeJson.write(whatIf), FrameworkRegistry.builtIn());
        assertSameCard(back, whatIf, "what-if");
        assertThat(back.indicator("12").orElseThrow().value()).contains(new BigDecimal("5"));
    }

    @Test
    void readScoreCard_assessmentNamingAnAlias_readsBack() {
        Framework f = FrameworkRegistry.builtIn().get("spbe-2018");
        Assessment.Builder b = Assessment.builder("spbe-2018-35x3", Agency.named("Kota Contoh"), 2019);
        f.indicators().forEach(i -> b.value(i.code(), 3));
        ScoreCard card = Scorer.score(b.build(), FrameworkRegistry.builtIn());
        ScoreCard back = SpbeJson.readScoreCard(SpbeJson.write(card), FrameworkRegistry.builtIn());
        assertSameCard(back, card, "alias");
        assertThat(back.assessment().frameworkId()).isEqualTo("spbe-2018-35x3");
        assertThat(back.framework().id()).isEqualTo("spbe-2018");
    }

    @Test
    void writeScoreCard_sample_carriesTheAssessmentAndBothOptions() throws Exception {
        ScoreCard card = Scorer.of(FrameworkRegistry.builtIn().get("spbe-2020"),
                new ScoringOptions(PredikatReading.UNROUNDED, NotYetIndicatedPolicy.REJECT)).score(SpbeJson.readAssessment(SAMPLE));
        JsonNode tree = TREE.readTree(SpbeJson.write(card));
        assertThat(tree.get("predikatReading").asText()).isEqualTo("unrounded");
        assertThat(tree.get("notYetIndicatedPolicy").asText()).isEqualTo("reject");
        assertThat(tree.get("assessment")).isEqualTo(TREE.readTree(SpbeJson.write(card.assessment())));
    }

    @Test
    void readValue_cardsInAList_readThroughTheModuleWithTheirPaths() throws Exception {
        ScoreCard card = sample();
        String two = "[" + PLAIN.writeValueAsString(card) + "," + PLAIN.writeValueAsString(card).replace("\"index\":2.372", "\"index\":2.5") + "]";
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
                () -> PLAIN.readValue(two, new TypeReference<List<ScoreCard>>() { }));
        assertThat(e.getCause()).isInstanceOf(InvalidAssessmentException.class);
        assertThat(((SpbeException) e.getCause()).problems()).singleElement().extracting(Problem::path).isEqualTo("[1].index");
        assertThat(PLAIN.readValue("[" + PLAIN.writeValueAsString(card) + "]", new TypeReference<List<ScoreCard>>() { }))
                .containsExactly(card);
    }

    // ------------------------------------------------------------------ a card that scoring no longer gives

    @Test
    void readScoreCard_editedIndex_isOneProblemNamingBothValues() throws Exception {
        ObjectNode tree = (ObjectNode) TREE.readTree(SpbeJson.write(sample()));
        tree.put("index", new BigDecimal("3.1"));
        InvalidAssessmentException e = catchThrowableOfType(InvalidAssessmentException.class,
                () -> SpbeJson.readScoreCard(tree.toString(), FrameworkRegistry.builtIn()));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("index");
            assertThat(p.rule()).isEqualTo("SameScore");
            assertThat(p.rejectedValue()).contains("3.1");
            assertThat(p.message()).contains("3.1", "2.372", "2.37", "\"Cukup\"", "spbe-2020");
        });
    }

    @Test
    void readScoreCard_frameworkChangedSinceWriting_isOneProblemNamingBothValues() {
        Framework before = twoIndicators(60, 40);
        Framework after = twoIndicators(40, 60);
        Assessment a = Assessment.builder("kota-contoh-opd", Agency.named("Dinas Contoh"), 2026).value("1", 5).value("2", 1).build();
        String json = SpbeJson.write(Scorer.of(before).score(a));
        InvalidAssessmentException e = catchThrowableOfType(InvalidAssessmentException.class,
                () -> SpbeJson.readScoreCard(json, FrameworkRegistry.of(List.of(after))));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("index");
            assertThat(p.message()).contains("records index 3.4", "gives 2.6", "kota-contoh-opd", "changed");
        });
        assertThat(e.getMessage()).startsWith("score card (JSON text): ");
    }

    @Test
    void readScoreCard_editedRows_listsEveryDifferenceByPath() throws Exception {
        ObjectNode tree = (ObjectNode) TREE.readTree(SpbeJson.write(sample()));
        ((ObjectNode) tree.get("nodes").get("D1")).put("index", new BigDecimal("4"));
        ((ObjectNode) tree.get("indicators").get("1")).put("level", "Optimum");
        ((ObjectNode) tree.get("indicators").get("2")).remove("headroom");
        ((ObjectNode) tree.get("indicators").get("3")).put("bonus", 1);
        tree.put("year", 2024);
        InvalidAssessmentException e = catchThrowableOfType(InvalidAssessmentException.class,
                () -> SpbeJson.readScoreCard(tree.toString(), FrameworkRegistry.builtIn()));
        assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder("year", "nodes.D1.index", "indicators.1.level",
                "indicators.2.headroom", "indicators.3.bonus");
        assertThat(e.problems()).extracting(Problem::rule).containsOnly("SameScore");
        assertThat(e.getMessage()).contains("nodes.D1.index is 4 but scoring its assessment gives 2.4", "year is 2024");
    }

    @Test
    void readScoreCard_shortCardWithoutRows_isCheckedOnWhatItRecords() throws Exception {
        ScoreCard card = sample();
        ObjectNode tree = (ObjectNode) TREE.readTree(SpbeJson.write(card));
        tree.remove(List.of("agency", "year", "stage", "complete", "notYetIndicated", "nodes", "indicators", "predikatReading",
                "notYetIndicatedPolicy"));
        assertSameCard(SpbeJson.readScoreCard(tree.toString(), FrameworkRegistry.builtIn()), card, "short");
    }

    // ------------------------------------------------------------------ bad cards

    @Test
    void readScoreCard_unknownFramework_isAProblemAtFramework() throws Exception {
        ObjectNode tree = (ObjectNode) TREE.readTree(SpbeJson.write(sample()));
        tree.put("framework", "spbe-2030");
        InvalidAssessmentException e = catchThrowableOfType(InvalidAssessmentException.class,
                () -> SpbeJson.readScoreCard(tree.toString(), FrameworkRegistry.builtIn()));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("framework");
            assertThat(p.rule()).isEqualTo("KnownFramework");
            assertThat(p.message()).contains("spbe-2030");
        });
    }

    @Test
    void readScoreCard_badAssessmentAndFields_listsEveryProblemWithItsPath() throws Exception {
        ObjectNode tree = (ObjectNode) TREE.readTree(SpbeJson.write(sample()));
        ((ObjectNode) tree.get("assessment").get("values")).put("1", "tiga");
        tree.put("predikatReading", "rounded-down");
        tree.put("indexRounded", "2.37");
        tree.put("warna", "biru");
        InvalidAssessmentException e = catchThrowableOfType(InvalidAssessmentException.class,
                () -> SpbeJson.readScoreCard(tree.toString(), FrameworkRegistry.builtIn()));
        assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder("warna", "indexRounded", "predikatReading",
                "assessment.values.1");
    }

    @Test
    void readScoreCard_assessmentThatDoesNotFitItsFramework_isPlacedUnderAssessment() throws Exception {
        ObjectNode tree = (ObjectNode) TREE.readTree(SpbeJson.write(sample()));
        ((ObjectNode) tree.get("assessment").get("values")).put("1", 7);
        InvalidAssessmentException e = catchThrowableOfType(InvalidAssessmentException.class,
                () -> SpbeJson.readScoreCard(tree.toString(), FrameworkRegistry.builtIn()));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("assessment.values.1");
            assertThat(p.rule()).isEqualTo("Scale");
        });
    }

    @Test
    void readScoreCard_cardWrittenBeforeItCarriedItsAssessment_saysTheAssessmentIsMissing() throws Exception {
        ObjectNode tree = (ObjectNode) TREE.readTree(SpbeJson.write(sample()));
        tree.remove("assessment");
        InvalidAssessmentException e = catchThrowableOfType(InvalidAssessmentException.class,
                () -> SpbeJson.readScoreCard(tree.toString(), FrameworkRegistry.builtIn()));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("assessment");
            assertThat(p.rule()).isEqualTo("Required");
        });
    }

    @Test
    void readScoreCard_malformedJsonAndNotAnObject_areOneProblemEach() {
        assertThatThrownBy(() -> SpbeJson.readScoreCard("{\"framework\":", FrameworkRegistry.builtIn()))
                .isInstanceOf(InvalidAssessmentException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> SpbeJson.readScoreCard("[1]", FrameworkRegistry.builtIn()))
                .isInstanceOf(InvalidAssessmentException.class).hasMessageContaining("must be a JSON object");
        assertThatThrownBy(() -> SpbeJson.readScoreCard(new ByteArrayInputStream("".getBytes(StandardCharsets.UTF_8)), "kosong.json",
                FrameworkRegistry.builtIn())).isInstanceOf(InvalidAssessmentException.class).hasMessageContaining("kosong.json");
    }

    @Test
    void readValue_registryAttributeOfAnotherType_isRefused() {
        assertThatThrownBy(() -> PLAIN.readerFor(ScoreCard.class).withAttribute(SpbeCoreModule.REGISTRY_ATTRIBUTE, "spbe-2020")
                .readValue(SpbeJson.write(sample()))).isInstanceOf(SpbeException.class).hasMessageContaining("must be a FrameworkRegistry");
    }

    // ------------------------------------------------------------------ equality

    @Test
    void equals_sameFrameworkOptionsAndAssessment_isEqual() {
        Framework f = FrameworkRegistry.builtIn().get("spbe-2020");
        Assessment a = SpbeJson.readAssessment(SAMPLE);
        Assessment other = a.with("1", new IndicatorInput.Evidence(List.of(EvidenceItem.of(1, "SK", EvidenceStatus.MISSING))));
        ScoringOptions unrounded = ScoringOptions.DEFAULTS.withPredikatReading(PredikatReading.UNROUNDED);
        new EqualsTester()
                .addEqualityGroup(Scorer.of(f).score(a), Scorer.of(f).score(a), Scorer.of(Framework.parse(f.toJson())).score(a),
                        SpbeJson.readScoreCard(SpbeJson.write(Scorer.of(f).score(a)), FrameworkRegistry.builtIn()))
                .addEqualityGroup(Scorer.of(f, unrounded).score(a))
                .addEqualityGroup(Scorer.of(f).score(other))
                .addEqualityGroup(Scorer.of(f.toBuilder().title("Indeks SPBE (salinan)").build()).score(a))
                .testEquals();
    }

    private static Framework twoIndicators(long first, long second) {
        LevelScale scale = LevelScale.ofLevels(1, 5);
        return Framework.builder("kota-contoh-opd").title("Evaluasi OPD Kota Contoh").scale(scale)
                .predikat(List.of(PredikatBand.of("Kurang", BigDecimal.ONE, new BigDecimal("3")),
                        PredikatBand.of("Baik", new BigDecimal("3"), new BigDecimal("5"))))
                .tree(List.of(Indicator.of("1", "Satu", Weight.of(first)), Indicator.of("2", "Dua", Weight.of(second)))).build();
    }
}
