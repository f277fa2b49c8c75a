package io.github.spbe4j.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.assessment.EvidenceItem;
import io.github.spbe4j.core.assessment.EvidenceStatus;
import io.github.spbe4j.core.assessment.IndicatorInput;
import io.github.spbe4j.core.assessment.InvalidAssessmentException;
import io.github.spbe4j.core.assessment.Stage;
import io.github.spbe4j.core.framework.Confidence;
import io.github.spbe4j.core.framework.Conversion;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.Group;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.framework.Node;
import io.github.spbe4j.core.framework.Weight;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.testing.Generators;
import io.github.spbe4j.core.testing.Oracle;
import io.github.spbe4j.core.testing.Rational;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The worked examples and tables of the reference (shared/reference/evaluation-frameworks.md),
 * reproduced through the library: weights, conversions, predikat bands, rounding, the evidence
 * rule, and the sample assessments shipped in examples/data.
 */
class WorkedExamplesTest {

    private static final FrameworkRegistry REGISTRY = FrameworkRegistry.builtIn();
    private static final Framework SPBE_2020 = REGISTRY.get("spbe-2020");
    private static final Framework SPBE_2018 = REGISTRY.get("spbe-2018");
    private static final Framework PEMDI_2026 = REGISTRY.get("pemdi-2026");

    private static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    private static Weight weight(Framework f, String code) {
        return f.node(code).orElseThrow(() -> new AssertionError("no node " + code + " in " + f.id())).weight();
    }

    private static Assessment.Builder allValues(Framework f, long level) {
        Assessment.Builder b = Assessment.builder(f.id(), Agency.named("Kota Contoh"), 2026);
        f.indicators().forEach(i -> b.value(i.code(), level));
        return b;
    }

    // ------------------------------------------------------------------ SDI conversion (pemdi-2026, I5)

    @ParameterizedTest(name = "SDI {0} -> {1}")
    @CsvSource({
        "25, 2.00", // worked example of the official module
        "68.75, 3.75", // worked example of the official module
        "0, 1.00", "12.5, 1.50", "37.5, 2.50", "62.5, 3.50", "75, 4.00", "100, 5.00",
        "50, 3.00", "87.5, 4.50", "1, 1.04", "0.125, 1.01", "0.124, 1.00", "99.99, 5.00", "99.6, 4.98", "99.875, 5.00", "99.874, 4.99"})
    void convert_sdiRawValue_mapsLinearlyInsideItsBand(String raw, String expected) {
        Conversion i5 = PEMDI_2026.conversion("I5").orElseThrow();
        assertThat(i5.convert(dec(raw))).isEqualTo(dec(expected));
        assertThat(Oracle.convert(i5, dec(raw))).isEqualTo(Rational.of(dec(expected)));
    }

    @ParameterizedTest(name = "SDI {0} -> I5 {1}, index {2}")
    @CsvSource({"25, 2.00, 2.95", "68.75, 3.75, 3.0375"})
    void score_pemdiAssessmentWithExternalSdi_convertsAndScoresTheWorkedExample(String raw, String i5, String index) {
        Assessment a = allValues(PEMDI_2026, 3).build().with("I5", new IndicatorInput.External(dec(raw)));
        ScoreCard card = Scorer.of(PEMDI_2026).score(a);
        IndicatorScore s = card.indicator("I5").orElseThrow();
        assertThat(s.value()).contains(dec(i5));
        assertThat(s.origin()).isEqualTo(ResolvedAssessment.Origin.EXTERNAL);
        // I5 weighs 5: index = (95 × 3 + 5 × v) / 100
        assertThat(card.index()).isEqualByComparingTo(dec(index));
        // A3 Data (15) = (5 × v + 3 × 3 + 3 × 3 + 4 × 3) / 15
        Rational a3 = Rational.of(dec(i5)).times(Rational.of(5)).plus(Rational.of(30)).dividedBy(Rational.of(15));
        assertThat(a3.matches(card.node("A3").orElseThrow().index())).isTrue();
    }

    @Test
    void convert_randomSdiValues_matchesIndependentInterpolation() {
        Random r = new Random(26);
        for (Conversion c : PEMDI_2026.conversions()) {
            for (int k = 0; k < 2000; k++) {
                BigDecimal raw = Generators.raw(c, r);
                assertThat(Rational.of(c.convert(raw))).as("%s raw %s", c.indicator(), raw).isEqualTo(Oracle.convert(c, raw));
            }
        }
    }

    @Test
    void convert_sjigValue_isTheIdentity() {
        Conversion i6 = PEMDI_2026.conversion("I6").orElseThrow();
        for (int hundredths = 100; hundredths <= 500; hundredths++) {
            BigDecimal v = BigDecimal.valueOf(hundredths, 2);
            assertThat(i6.convert(v)).isEqualByComparingTo(v);
        }
    }

    @Test
    void conversions_pemdi2026_onlyI5AndI6AreShipped() {
        assertThat(PEMDI_2026.conversions()).extracting(Conversion::indicator).containsExactly("I5", "I6");
        assertThat(PEMDI_2026.conversion("I7")).isEmpty();
        assertThat(PEMDI_2026.conversion("I5").orElseThrow().sourceMax()).isEqualByComparingTo("100");
    }

    // ------------------------------------------------------------------ SPBE 2020 weights

    static Stream<Arguments> spbe2020IndicatorWeights() {
        List<Arguments> out = new ArrayList<>();
        IntStream.rangeClosed(1, 10).forEach(i -> out.add(Arguments.of(i, "1.3", "A1", "D1", "process")));
        IntStream.rangeClosed(11, 14).forEach(i -> out.add(Arguments.of(i, "2.5", "A2", "D2", "process")));
        IntStream.rangeClosed(15, 18).forEach(i -> out.add(Arguments.of(i, "2.5", "A3", "D2", "process")));
        IntStream.rangeClosed(19, 20).forEach(i -> out.add(Arguments.of(i, "2.5", "A4", "D2", "process")));
        IntStream.rangeClosed(21, 28).forEach(i -> out.add(Arguments.of(i, "1.5", "A5", "D3", "process")));
        IntStream.rangeClosed(29, 31).forEach(i -> out.add(Arguments.of(i, "1.5", "A6", "D3", "process")));
        IntStream.rangeClosed(32, 41).forEach(i -> out.add(Arguments.of(i, "2.75", "A7", "D4", "service")));
        IntStream.rangeClosed(42, 47).forEach(i -> out.add(Arguments.of(i, "3", "A8", "D4", "service")));
        return out.stream();
    }

    @ParameterizedTest(name = "indicator {0} weighs {1} in {2}/{3}")
    @MethodSource("spbe2020IndicatorWeights")
    void weight_spbe2020Indicator_isAsInTheReferenceTable(int code, String weight, String aspect, String domain, String ladder) {
        Indicator i = SPBE_2020.indicator(Integer.toString(code)).orElseThrow();
        assertThat(i.weight()).isEqualTo(Weight.parse(weight));
        assertThat(Oracle.ancestors(SPBE_2020).get(i.code())).containsExactly(domain, aspect);
        assertThat(i.ladder()).contains(ladder);
        assertThat(i.name()).startsWith("Tingkat Kematangan");
    }

    @ParameterizedTest(name = "{0} weighs {1}")
    @CsvSource({"D1, 13", "D2, 25", "D3, 16.5", "D4, 45.5", "A1, 13", "A2, 10", "A3, 10", "A4, 5", "A5, 12", "A6, 4.5",
        "A7, 27.5", "A8, 18"})
    void weight_spbe2020DomainAndAspect_isAsInTheReferenceTable(String code, String weight) {
        assertThat(weight(SPBE_2020, code)).isEqualTo(Weight.parse(weight));
        assertThat(SPBE_2020.node(code).orElseThrow()).isInstanceOf(Group.class);
    }

    @Test
    void weight_spbe2020Indicators32To41_are2point75NotTheAspectWeight27point5() {
        // the known bug of one public project: 27.5 stored as the weight of each indicator 32..41
        assertThat(weight(SPBE_2020, "A7")).isEqualTo(Weight.parse("27.5"));
        for (int i = 32; i <= 41; i++) {
            assertThat(weight(SPBE_2020, Integer.toString(i))).as("indicator %d", i).isEqualTo(Weight.parse("2.75"))
                    .isNotEqualTo(Weight.parse("27.5"));
        }
        // with the bug the index of all-3 would be far above the scale; it is exactly 3
        assertThat(Scorer.of(SPBE_2020).score(allValues(SPBE_2020, 3).build()).index()).isEqualByComparingTo("3");
    }

    @Test
    void structure_spbe2020_has4Domains8Aspects47IndicatorsAndTwoLadders() {
        assertThat(SPBE_2020.tree()).extracting(Node::code).containsExactly("D1", "D2", "D3", "D4");
        assertThat(SPBE_2020.groups()).extracting(Group::code).containsExactly("D1", "A1", "D2", "A2", "A3", "A4", "D3", "A5", "A6",
                "D4", "A7", "A8");
        assertThat(SPBE_2020.indicators()).extracting(Indicator::code)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 47).mapToObj(Integer::toString).toList());
        assertThat(SPBE_2020.scale().min()).isEqualTo(1);
        assertThat(SPBE_2020.scale().max()).isEqualTo(5);
        assertThat(SPBE_2020.scale().decimals()).isZero();
        assertThat(SPBE_2020.ladder("process").orElseThrow().levels()).containsEntry(1, "Rintisan").containsEntry(5, "Optimum");
        assertThat(SPBE_2020.ladder("service").orElseThrow().levels()).containsEntry(2, "Interaksi").containsEntry(3, "Transaksi");
        assertThat(SPBE_2020.indicator("35").orElseThrow().name()).isEqualTo("Tingkat Kematangan Layanan Pengadaan Barang dan Jasa");
        assertThat(SPBE_2020.years().orElseThrow().contains(2025)).isTrue();
        assertThat(SPBE_2020.years().orElseThrow().contains(2026)).isFalse();
    }

    @ParameterizedTest(name = "{0} weighs {1}")
    @CsvSource({"D1, 17", "A1, 7", "A2, 10", "D2, 28", "A3, 8", "A4, 8", "A5, 12", "D3, 55", "A6, 35", "A7, 20",
        "1, 1", "17, 1", "18, 4", "24, 4", "25, 5", "31, 5", "32, 10/3", "34, 10/3", "35.1, 10/3", "35.3, 10/3"})
    void weight_spbe2018Node_isAsInTheReferenceTable(String code, String weight) {
        assertThat(weight(SPBE_2018, code)).isEqualTo(Weight.parse(weight));
    }

    @Test
    void structure_spbe2018_assessesIndicator35ForThreeServicesOfTenThirdsEach() {
        assertThat(SPBE_2018.indicators()).extracting(Indicator::code).containsExactlyElementsOf(Stream.concat(
                IntStream.rangeClosed(1, 34).mapToObj(Integer::toString), Stream.of("35.1", "35.2", "35.3")).toList());
        assertThat(((Group) SPBE_2018.node("A7").orElseThrow()).children()).extracting(Node::code, n -> n.weight().toString())
                .containsExactly(tuple("32", "10/3"), tuple("33", "10/3"), tuple("34", "10/3"), tuple("35.1", "10/3"),
                        tuple("35.2", "10/3"), tuple("35.3", "10/3"));
        assertThat(SPBE_2018.node("35")).isEmpty();
        assertThat(SPBE_2018.scale().min()).as("2018 instruments allow level 0").isZero();
        assertThat(SPBE_2018.provenance().confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void structure_spbe2018With35x1_assessesIndicator35OnceAndSplitsTheAspectOver32To35() {
        Framework f = REGISTRY.get("spbe-2018-35x1");
        assertThat(f.indicators()).extracting(Indicator::code)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 35).mapToObj(Integer::toString).toList());
        for (String code : List.of("32", "33", "34", "35")) {
            assertThat(weight(f, code)).as(code).isEqualTo(Weight.of(5));
        }
        assertThat(weight(f, "A7")).isEqualTo(Weight.of(20));
        assertThat(f.provenance().confidence()).isEqualTo(Confidence.LOW);
        // everything but aspect A7 is the same as spbe-2018
        assertThat(f.groups()).extracting(Group::code, Group::name).containsExactlyElementsOf(
                SPBE_2018.groups().stream().map(g -> tuple(g.code(), g.name())).toList());
        assertThat(f.indicators().subList(0, 31)).isEqualTo(SPBE_2018.indicators().subList(0, 31));
        assertThat(f.predikat()).isEqualTo(SPBE_2018.predikat());
    }

    @Test
    void registryGet_spbe2018With35x3_isAnAliasOfSpbe2018() {
        assertThat(REGISTRY.get("spbe-2018-35x3")).isSameAs(SPBE_2018);
        assertThat(REGISTRY.find("spbe-2018-35x3")).containsSame(SPBE_2018);
        assertThat(REGISTRY.ids()).doesNotContain("spbe-2018-35x3").contains("spbe-2018", "spbe-2018-35x1");
        assertThat(REGISTRY.aliases()).containsExactly(Map.entry("spbe-2018-35x3", "spbe-2018"));
        // an assessment naming the alias scores against spbe-2018
        Assessment.Builder b = Assessment.builder("spbe-2018-35x3", Agency.named("Kota Contoh"), 2019);
        SPBE_2018.indicators().forEach(i -> b.value(i.code(), 3));
        Assessment a = b.build();
        ScoreCard card = Scorer.of(REGISTRY.get(a.frameworkId())).score(a);
        assertThat(card.index()).isEqualByComparingTo("3");
        assertThat(card.framework()).isSameAs(SPBE_2018);
    }

    /**
     * Kota Denpasar's final 2018 levels and its published 2018 results, as recorded in the city's SPBE
     * monitoring database (github putuokky/monev-spbe-dps, database/indeksdp_db_indeks.sql: tables
     * tb_penilaian, column nilaikematangan, year 2018; tb_aspek; tb_domain; tb_indeks). Indicator 35
     * has three rows there (35, 35-2, 35-3).
     */
    private static final int[] DENPASAR_2018_LEVELS_1_TO_34 = {
        1, 1, 1, 3, 2, 3, 3, // A1: 1..7
        2, 1, 1, 1, 3, 3, 3, 1, 3, 3, // A2: 8..17
        1, 3, // A3: 18, 19
        2, 3, // A4: 20, 21
        3, 2, 2, // A5: 22..24
        3, 1, 4, 4, 4, 3, 4, // A6: 25..31
        3, 2, 3}; // A7: 32..34
    private static final int[] DENPASAR_2018_LEVELS_35 = {1, 3, 3};

    @Test
    void score_denpasar2018FinalLevels_reproduceThePublishedAspectDomainAndIndexValues() {
        Assessment.Builder b = Assessment.builder("spbe-2018", Agency.named("Kota Denpasar"), 2018).stage(Stage.FINAL);
        for (int i = 0; i < DENPASAR_2018_LEVELS_1_TO_34.length; i++) {
            b.value(Integer.toString(i + 1), DENPASAR_2018_LEVELS_1_TO_34[i]);
        }
        for (int s = 0; s < 3; s++) {
            b.value("35." + (s + 1), DENPASAR_2018_LEVELS_35[s]);
        }
        ScoreCard card = Scorer.of(SPBE_2018).score(b.build());
        Map<String, String> published = new LinkedHashMap<>();
        published.put("A1", "2.00");
        published.put("A2", "2.10");
        published.put("A3", "2.00");
        published.put("A4", "2.50");
        published.put("A5", "2.33");
        published.put("A6", "3.29");
        published.put("A7", "2.50");
        published.put("D1", "2.06");
        published.put("D2", "2.29");
        published.put("D3", "3.00");
        published.forEach((code, value) -> assertThat(card.node(code).orElseThrow().indexRounded()).as(code).isEqualTo(dec(value)));
        assertThat(card.indexRounded()).isEqualTo(dec("2.64"));
        assertThat(card.index()).isEqualByComparingTo("2.64");
        assertThat(card.predikat().name()).isEqualTo("Baik");
    }

    @Test
    void score_denpasar2018FinalLevelsWithIndicator35Once_missThePublishedValues() {
        // the one-service reading cannot give the published A7 of 2.50 from any of the three recorded levels
        Framework one = REGISTRY.get("spbe-2018-35x1");
        for (int level35 : DENPASAR_2018_LEVELS_35) {
            Assessment.Builder b = Assessment.builder("spbe-2018-35x1", Agency.named("Kota Denpasar"), 2018).stage(Stage.FINAL);
            for (int i = 0; i < DENPASAR_2018_LEVELS_1_TO_34.length; i++) {
                b.value(Integer.toString(i + 1), DENPASAR_2018_LEVELS_1_TO_34[i]);
            }
            ScoreCard card = Scorer.of(one).score(b.value("35", level35).build());
            assertThat(card.node("A7").orElseThrow().indexRounded()).as("35 at %d", level35).isNotEqualTo(dec("2.50"));
            assertThat(card.indexRounded()).as("35 at %d", level35).isNotEqualTo(dec("2.64"));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "D1|Kebijakan Internal SPBE", "A1|Kebijakan Tata Kelola SPBE", "A2|Kebijakan Layanan SPBE",
        "A6|Layanan Administrasi Pemerintahan Berbasis Elektronik", "A7|Layanan Publik Berbasis Elektronik",
        "1|Kebijakan Internal Tim Pengarah SPBE Instansi Pemerintah", "3|Kebijakan Internal Rencana Induk SPBE Instansi Pemerintah",
        "9|Kebijakan Internal Layanan Manajemen Kepegawaian", "10|Kebijakan Internal Layanan Manajemen Perencanaan dan Penganggaran",
        "16|Kebijakan Internal Layanan Whistle Blowing System", "17|Kebijakan Internal Layanan Publik Instansi Pemerintah",
        "18|Tim Pengarah SPBE Instansi Pemerintah", "20|Rencana Induk SPBE Instansi Pemerintah", "25|Layanan Naskah Dinas",
        "27|Layanan Manajemen Perencanaan", "31|Layanan Pengadaan", "32|Layanan Pengaduan Publik",
        "33|Layanan Dokumentasi dan Informasi Hukum", "34|Layanan Whistle-Blowing System",
        "35.1|Layanan Publik Instansi Pemerintah (layanan 1)"})
    void name_spbe2018Node_carriesTheWordsOfTheSources(String code, String name) {
        assertThat(SPBE_2018.node(code).orElseThrow().name()).isEqualTo(name);
    }

    @Test
    void names_spbe2018Indicators_keepLayananAndInstansiPemerintahWhereTheSourcesDo() {
        for (Indicator i : SPBE_2018.indicators()) {
            int number = Integer.parseInt(i.code().split("\\.")[0]);
            if (number >= 8 && number <= 17) {
                assertThat(i.name()).as(i.code()).startsWith("Kebijakan Internal Layanan ");
            } else if (number >= 25) {
                assertThat(i.name()).as(i.code()).startsWith("Layanan ");
            } else {
                assertThat(i.name()).as(i.code()).doesNotStartWith("Layanan");
            }
            assertThat(i.name()).as(i.code()).doesNotContain("  ").doesNotContain("aaa");
        }
        assertThat(SPBE_2018.indicators()).filteredOn(i -> i.name().contains("Instansi Pemerintah")).extracting(Indicator::code)
                .containsExactly("1", "3", "17", "18", "20", "35.1", "35.2", "35.3");
    }

    @ParameterizedTest(name = "{0} weighs {1} in {2}")
    @CsvSource({"I1, 5, A1", "I2, 5, A1", "I3, 5, A2", "I4, 5, A2", "I5, 5, A3", "I6, 3, A3", "I7, 3, A3", "I8, 4, A3",
        "I9, 4, A4", "I10, 4, A4", "I11, 3, A4", "I12, 4, A4", "I13, 5, A5", "I14, 5, A5", "I15, 4, A6", "I16, 4, A6",
        "I17, 4, A6", "I18, 3, A6", "I19, 10, A7", "I20, 15, A7"})
    void weight_pemdi2026Indicator_isAsInTheReferenceTable(String code, String weight, String aspect) {
        assertThat(weight(PEMDI_2026, code)).isEqualTo(Weight.parse(weight));
        assertThat(Oracle.ancestors(PEMDI_2026).get(code)).containsExactly(aspect);
    }

    @Test
    void structure_pemdi2026_hasSevenAspectsWithoutDomainsIsProvisionalAndAllowsTwoDecimals() {
        assertThat(PEMDI_2026.tree()).extracting(Node::code).containsExactly("A1", "A2", "A3", "A4", "A5", "A6", "A7");
        assertThat(PEMDI_2026.tree()).extracting(n -> n.weight().toString()).containsExactly("10", "10", "15", "15", "10", "15", "25");
        assertThat(PEMDI_2026.indicators()).hasSize(20);
        assertThat(PEMDI_2026.provenance().provisional()).isTrue();
        assertThat(PEMDI_2026.scale().decimals()).isEqualTo(2);
        assertThat(PEMDI_2026.regulationId()).contains("PermenPANRB 8/2026");
    }

    // ------------------------------------------------------------------ predikat

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource({
        "spbe-2020, 1.00, Kurang", "spbe-2020, 1.79, Kurang", "spbe-2020, 1.80, Cukup", "spbe-2020, 2.59, Cukup",
        "spbe-2020, 2.60, Baik", "spbe-2020, 3.49, Baik", "spbe-2020, 3.50, Sangat Baik", "spbe-2020, 4.19, Sangat Baik",
        "spbe-2020, 4.20, Memuaskan", "spbe-2020, 5.00, Memuaskan", "spbe-2020, 0.95, Kurang",
        "spbe-2018, 0, Kurang", "spbe-2018, 1.79, Kurang", "spbe-2018, 1.8, Cukup", "spbe-2018, 2.6, Baik", "spbe-2018, 3.5, Sangat Baik",
        "spbe-2018, 4.2, Memuaskan", "spbe-2018, 5, Memuaskan",
        "spbe-2018-35x3, 2.59, Cukup", "spbe-2018-35x3, 2.60, Baik", "spbe-2018-35x1, 2.59, Cukup", "spbe-2018-35x1, 2.60, Baik",
        "pemdi-2026, 1.00, Kurang", "pemdi-2026, 1.49, Kurang", "pemdi-2026, 1.50, Cukup", "pemdi-2026, 2.49, Cukup",
        "pemdi-2026, 2.50, Baik", "pemdi-2026, 3.49, Baik", "pemdi-2026, 3.50, Sangat Baik", "pemdi-2026, 3.99, Sangat Baik",
        "pemdi-2026, 4.00, Memuaskan", "pemdi-2026, 5.00, Memuaskan"})
    void predikatFor_indexAtBandBoundary_lowerBoundIsInclusive(String id, String index, String predikat) {
        assertThat(REGISTRY.get(id).predikatFor(dec(index)).name()).isEqualTo(predikat);
    }

    @ParameterizedTest(name = "index {0} reads {1}")
    @CsvSource({"1.49, Kurang", "1.50, Cukup", "2.49, Cukup", "2.50, Baik", "3.49, Baik", "3.50, Sangat Baik", "3.99, Sangat Baik",
        "4.00, Memuaskan"})
    void score_pemdi2026IndexOnOrJustBelowABandBound_readsTheBandTheBoundOpens(String value, String predikat) {
        // every indicator at one value gives exactly that index; a band runs [lower, upper), so a bound opens the band above
        Assessment.Builder b = Assessment.builder("pemdi-2026", Agency.named("Kota Contoh"), 2026);
        PEMDI_2026.indicators().forEach(i -> b.value(i.code(), dec(value)));
        Assessment a = b.build();
        for (PredikatReading reading : PredikatReading.values()) {
            ScoreCard card = Scorer.of(PEMDI_2026, ScoringOptions.DEFAULTS.withPredikatReading(reading)).score(a);
            assertThat(card.index()).isEqualByComparingTo(value);
            assertThat(card.predikat().name()).as("%s, %s", value, reading).isEqualTo(predikat);
        }
    }

    @Test
    void predikat_pemdi2026_carriesMaturityLabelsSeparateFromLevels() {
        assertThat(PEMDI_2026.predikat()).extracting(b -> b.name() + "|" + b.label().orElse(null)).containsExactly(
                "Kurang|Merintis (Initiate)", "Cukup|Membangun (Emerging)", "Baik|Berkembang (Developing)",
                "Sangat Baik|Melembaga (Embedded)", "Memuaskan|Unggul (Leading)");
        assertThat(PEMDI_2026.ladders()).isEmpty();
        assertThat(SPBE_2020.predikat()).allSatisfy(b -> assertThat(b.label()).isEmpty());
    }

    /** Every spbe-2020 index in [4.195, 4.2) reachable with levels 4 and 5, by exact subset sums. */
    private static Map<BigDecimal, Assessment> spbe2020IndexesJustBelow4point2() {
        // index = 4 + Σ(w_i over indicators raised to 5)/100; weights in twentieths: 26, 50, 30, 55, 60
        List<Indicator> indicators = SPBE_2020.indicators();
        Map<Integer, List<Integer>> reach = new LinkedHashMap<>(); // sum in twentieths -> indicator positions
        reach.put(0, List.of());
        for (int i = 0; i < indicators.size(); i++) {
            int units = indicators.get(i).weight().numerator().multiply(java.math.BigInteger.valueOf(20))
                    .divide(indicators.get(i).weight().denominator()).intValueExact();
            for (Map.Entry<Integer, List<Integer>> e : new ArrayList<>(reach.entrySet())) {
                int sum = e.getKey() + units;
                if (sum < 400 && !reach.containsKey(sum)) {
                    List<Integer> with = new ArrayList<>(e.getValue());
                    with.add(i);
                    reach.put(sum, with);
                }
            }
        }
        Map<BigDecimal, Assessment> out = new java.util.TreeMap<>();
        for (int sum = 390; sum < 400; sum++) {
            List<Integer> raised = reach.get(sum);
            if (raised == null) {
                continue;
            }
            Assessment.Builder b = allValues(SPBE_2020, 4);
            raised.forEach(i -> b.value(indicators.get(i).code(), 5));
            out.put(BigDecimal.valueOf(8000 + sum, 3).divide(BigDecimal.valueOf(2)), b.build());
        }
        return out;
    }

    @Test
    void predikat_spbe2020IndexBetween4point195And4point2_isMemuaskanRoundedAndSangatBaikUnrounded() {
        Map<BigDecimal, Assessment> found = spbe2020IndexesJustBelow4point2();
        assertThat(found).as("index values found by search").containsKey(dec("4.195")).hasSizeGreaterThanOrEqualTo(5);
        Scorer rounded = Scorer.of(SPBE_2020);
        Scorer unrounded = Scorer.of(SPBE_2020, ScoringOptions.DEFAULTS.withPredikatReading(PredikatReading.UNROUNDED));
        assertThat(rounded.options().predikatReading()).as("the default").isEqualTo(PredikatReading.ROUNDED);
        found.forEach((index, a) -> {
            ScoreCard r = rounded.score(a);
            ScoreCard u = unrounded.score(a);
            assertThat(r.index()).isEqualByComparingTo(index).isLessThan(dec("4.2"));
            assertThat(r.indexRounded()).isEqualTo(dec("4.20"));
            assertThat(r.predikat().name()).as("rounded, index %s", index).isEqualTo("Memuaskan");
            assertThat(u.predikat().name()).as("unrounded, index %s", index).isEqualTo("Sangat Baik");
            assertThat(u.index()).isEqualByComparingTo(r.index());
        });
    }

    @Test
    void predikat_pemdi2026Index3point995_isMemuaskanRoundedAndSangatBaikUnrounded() {
        // I20 (weight 15) at 3.97 and the rest at 4: index = 4 - 15 × 0.03 / 100 = 3.9955
        Assessment a = allValues(PEMDI_2026, 4).value("I20", dec("3.97")).build();
        ScoreCard r = Scorer.of(PEMDI_2026).score(a);
        ScoreCard u = Scorer.of(PEMDI_2026, ScoringOptions.DEFAULTS.withPredikatReading(PredikatReading.UNROUNDED)).score(a);
        assertThat(r.index()).isEqualByComparingTo("3.9955");
        assertThat(r.predikat().name()).isEqualTo("Memuaskan");
        assertThat(r.predikat().label()).contains("Unggul (Leading)");
        assertThat(u.predikat().name()).isEqualTo("Sangat Baik");
        // one hundredth lower on I20 still rounds to 3.99 either way
        Assessment lower = allValues(PEMDI_2026, 4).value("I20", dec("3.96")).build();
        assertThat(Scorer.of(PEMDI_2026).score(lower).predikat().name()).isEqualTo("Sangat Baik");
    }

    @Test
    void predikat_indexBelowTheLowestBand_fallsInTheLowestBand() {
        // an indicator not yet indicated adds nothing, so the index can fall below the scale minimum 1
        Assessment a = allValues(SPBE_2020, 1).build().with("47", new IndicatorInput.Evidence(List.of(EvidenceItem.of(1, "SK", EvidenceStatus.DRAFT))));
        ScoreCard card = Scorer.of(SPBE_2020).score(a);
        assertThat(card.index()).isEqualByComparingTo("0.97");
        assertThat(card.predikat().name()).isEqualTo("Kurang");
    }

    // ------------------------------------------------------------------ evidence and its policy

    private static Assessment withEvidence(Framework f, String code, List<EvidenceItem> items) {
        return allValues(f, 3).build().with(code, new IndicatorInput.Evidence(items));
    }

    @Test
    void score_contiguousAcceptedEvidence_givesTheHighestContiguousLevel() {
        List<EvidenceItem> items = List.of(
                EvidenceItem.of(1, "Kanal helpdesk", EvidenceStatus.ACCEPTED),
                EvidenceItem.of(2, "SOP", EvidenceStatus.ACCEPTED),
                EvidenceItem.of(2, "SK Tim", EvidenceStatus.ACCEPTED),
                EvidenceItem.of(3, "Laporan", EvidenceStatus.REVISION),
                EvidenceItem.of(4, "Integrasi", EvidenceStatus.ACCEPTED),
                new EvidenceItem(3, "Survei", EvidenceStatus.ACCEPTED, false, Optional.empty()));
        ScoreCard card = Scorer.of(PEMDI_2026).score(withEvidence(PEMDI_2026, "I19", items));
        IndicatorScore s = card.indicator("I19").orElseThrow();
        assertThat(s.value().orElseThrow()).isEqualByComparingTo("2");
        assertThat(s.origin()).isEqualTo(ResolvedAssessment.Origin.EVIDENCE);
        assertThat(card.complete()).isTrue();
    }

    @Test
    void score_optionalItemsOnly_neverHoldALevelBackNorProveOne() {
        List<EvidenceItem> items = List.of(
                EvidenceItem.of(1, "SK", EvidenceStatus.ACCEPTED),
                new EvidenceItem(1, "Foto", EvidenceStatus.MISSING, false, Optional.empty()),
                EvidenceItem.of(2, "SOP", EvidenceStatus.ACCEPTED),
                new EvidenceItem(2, "Notulen", EvidenceStatus.DRAFT, false, Optional.of("ND-7")),
                new EvidenceItem(3, "Survei", EvidenceStatus.ACCEPTED, false, Optional.empty()),
                EvidenceItem.of(4, "Integrasi", EvidenceStatus.ACCEPTED));
        ScoreCard card = Scorer.of(SPBE_2020).score(withEvidence(SPBE_2020, "11", items));
        // level 3 has no required item, so the climb stops at 2
        assertThat(card.indicator("11").orElseThrow().value().orElseThrow()).isEqualByComparingTo("2");
        assertThat(card.indicator("11").orElseThrow().levelName()).contains("Terkelola");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = EvidenceStatus.class, names = "ACCEPTED", mode = EnumSource.Mode.EXCLUDE)
    void score_requiredLevelOneItemNotAccepted_isNotYetIndicatedAndContributesNothing(EvidenceStatus status) {
        List<EvidenceItem> items = List.of(EvidenceItem.of(1, "SK Tim", EvidenceStatus.ACCEPTED), EvidenceItem.of(1, "Perwal", status),
                EvidenceItem.of(2, "SOP", EvidenceStatus.ACCEPTED));
        ScoreCard card = Scorer.of(SPBE_2020).score(withEvidence(SPBE_2020, "12", items));
        assertThat(card.notYetIndicated()).containsExactly("12");
        assertThat(card.complete()).isFalse();
        IndicatorScore s = card.indicator("12").orElseThrow();
        assertThat(s.value()).isEmpty();
        assertThat(s.contribution()).isEqualByComparingTo("0");
        assertThat(s.headroom()).isEqualByComparingTo("0.125"); // 2.5 × 5 / 100
        assertThat(card.resolved().notYetIndicatedReason("12")).contains("level 1 item 'Perwal' is " + status.id());
        // every other indicator at 3: index = 3 - 2.5 × 3 / 100
        assertThat(card.index()).isEqualByComparingTo("2.925");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = EvidenceStatus.class, names = "ACCEPTED", mode = EnumSource.Mode.EXCLUDE)
    void score_requiredItemNotAcceptedAtLevelThree_stopsAtLevelTwo(EvidenceStatus status) {
        List<EvidenceItem> items = List.of(EvidenceItem.of(1, "a", EvidenceStatus.ACCEPTED), EvidenceItem.of(2, "b", EvidenceStatus.ACCEPTED),
                EvidenceItem.of(3, "c", EvidenceStatus.ACCEPTED), EvidenceItem.of(3, "d", status), EvidenceItem.of(4, "e", EvidenceStatus.ACCEPTED),
                EvidenceItem.of(5, "f", EvidenceStatus.ACCEPTED));
        assertThat(Scorer.of(SPBE_2020).score(withEvidence(SPBE_2020, "13", items)).indicator("13").orElseThrow().value().orElseThrow())
                .isEqualByComparingTo("2");
    }

    @Test
    void score_noEvidenceForLevelOne_isNotYetIndicated() {
        List<EvidenceItem> items = List.of(EvidenceItem.of(2, "SOP", EvidenceStatus.ACCEPTED), EvidenceItem.of(3, "x", EvidenceStatus.ACCEPTED));
        ScoreCard card = Scorer.of(PEMDI_2026).score(withEvidence(PEMDI_2026, "I1", items));
        assertThat(card.notYetIndicated()).containsExactly("I1");
        assertThat(card.resolved().notYetIndicatedReason("I1")).contains("no required evidence item for level 1");
        ScoreCard empty = Scorer.of(PEMDI_2026).score(withEvidence(PEMDI_2026, "I1", List.of()));
        assertThat(empty.notYetIndicated()).containsExactly("I1");
    }

    @Test
    void score_notYetIndicatedWithRejectPolicy_throwsNamingIndicatorAndReason() {
        Assessment a = withEvidence(SPBE_2020, "12", List.of(EvidenceItem.of(1, "Perwal", EvidenceStatus.IN_REVIEW)));
        Scorer reject = Scorer.of(SPBE_2020, ScoringOptions.DEFAULTS.withNotYetIndicated(NotYetIndicatedPolicy.REJECT));
        assertThatThrownBy(() -> reject.score(a))
                .isInstanceOf(InvalidAssessmentException.class)
                .hasMessage("assessment of Kota Contoh 2026 (spbe-2020, self-assessment): indicator 12 is not yet indicated"
                        + " (level 1 item 'Perwal' is in-review)");
        assertThat(ScoringOptions.DEFAULTS.notYetIndicated()).isEqualTo(NotYetIndicatedPolicy.CONTRIBUTE_NOTHING);
        assertThat(Scorer.of(SPBE_2020).score(a).notYetIndicated()).containsExactly("12");
        // a proven level scores the same under both policies
        Assessment proven = withEvidence(SPBE_2020, "12", List.of(EvidenceItem.of(1, "Perwal", EvidenceStatus.ACCEPTED)));
        assertThat(reject.score(proven).index()).isEqualByComparingTo(Scorer.of(SPBE_2020).score(proven).index());
    }

    // ------------------------------------------------------------------ the sample files

    private static Path sample(String name) {
        return Path.of("..", "examples", "data", name);
    }

    @Test
    void score_sampleSpbe2020Assessment_givesTheOracleIndex() {
        Assessment a = SpbeJson.readAssessment(sample("kota-contoh-2025-spbe-2020.json"));
        ScoreCard card = Scorer.of(REGISTRY.get(a.frameworkId())).score(a);
        Rational expected = Oracle.score(SPBE_2020, Oracle.values(SPBE_2020, a)).flatIndex();
        assertThat(expected).isEqualTo(Rational.of(593, 250));
        assertThat(expected.matches(card.index())).isTrue();
        assertThat(card.index()).isEqualByComparingTo("2.372");
        assertThat(card.indexRounded()).isEqualTo(dec("2.37"));
        assertThat(card.predikat().name()).isEqualTo("Cukup");
        assertThat(card.complete()).isTrue();
        assertThat(a.agency()).isEqualTo(Agency.of("Kota Contoh", "kota-contoh"));
        assertThat(a.notes()).containsKeys("9", "45", "46", "47");
    }

    @Test
    void score_samplePemdi2026Assessment_givesTheOracleIndexWithEvidenceAndExternalValues() {
        Assessment a = SpbeJson.readAssessment(sample("kota-contoh-2026-pemdi-2026.json"));
        ScoreCard card = Scorer.of(REGISTRY.get(a.frameworkId())).score(a);
        Rational expected = Oracle.score(PEMDI_2026, Oracle.values(PEMDI_2026, a)).flatIndex();
        assertThat(expected).isEqualTo(Rational.of(931, 400));
        assertThat(expected.matches(card.index())).isTrue();
        assertThat(card.index()).isEqualByComparingTo("2.3275");
        assertThat(card.indexRounded()).isEqualTo(dec("2.33"));
        assertThat(card.predikat().name()).isEqualTo("Cukup");
        assertThat(card.indicator("I19").orElseThrow().value().orElseThrow()).isEqualByComparingTo("2");
        assertThat(card.indicator("I5").orElseThrow().value().orElseThrow()).isEqualByComparingTo("3.75");
        assertThat(card.indicator("I6").orElseThrow().value().orElseThrow()).isEqualByComparingTo("3");
        assertThat(card.indicator("I6").orElseThrow().origin()).isEqualTo(ResolvedAssessment.Origin.EXTERNAL);
    }

    @Test
    void samples_everyAssessmentInExamplesData_scoresWithoutError() throws Exception {
        TreeSet<String> scored = new TreeSet<>();
        try (var files = java.nio.file.Files.list(Path.of("..", "examples", "data"))) {
            // every sample but the catalogs and complaints files (read by spbe-catalog's and spbe-complaints' tests) is an assessment
            for (Path p : files.filter(x -> x.toString().endsWith(".json") && !x.toString().endsWith("-catalog.json")
                    && !x.toString().endsWith("-complaints.json")).toList()) {
                Assessment a = SpbeJson.readAssessment(p);
                Framework f = REGISTRY.get(a.frameworkId());
                ScoreCard card = Scorer.of(f).score(a);
                assertThat(Oracle.score(f, Oracle.values(f, a)).flatIndex().matches(card.index())).as(p.toString()).isTrue();
                scored.add(p.getFileName().toString());
            }
        }
        assertThat(scored).contains("kota-contoh-2025-spbe-2020.json", "kota-contoh-2026-pemdi-2026.json");
    }
}
