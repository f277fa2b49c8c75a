package io.github.spbe4j.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.assessment.IndicatorInput;
import io.github.spbe4j.core.assessment.InvalidAssessmentException;
import io.github.spbe4j.core.assessment.Stage;
import io.github.spbe4j.core.framework.Confidence;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed what-ifs, comparisons, series and rankings on the real frameworks and the sample
 * assessments of examples/data (Kota Contoh 2025 under SPBE 2020: 2.372 Cukup; 2026 under Pemdi 2026:
 * 2.3275 Cukup).
 */
class AnalysisExamplesTest {

    static final FrameworkRegistry REGISTRY = FrameworkRegistry.builtIn();
    static final Agency KOTA = Agency.of("Kota Contoh", "kota-contoh");

    static Assessment sample(String name) {
        return SpbeJson.readAssessment(Path.of("..", "examples", "data", name));
    }

    static ScoreCard card(Assessment a) {
        return Scorer.score(a, REGISTRY);
    }

    static ScoreCard spbe2020() {
        return card(sample("kota-contoh-2025-spbe-2020.json"));
    }

    static ScoreCard pemdi2026() {
        return card(sample("kota-contoh-2026-pemdi-2026.json"));
    }

    /** Every indicator of a framework at one level. */
    static ScoreCard uniform(String frameworkId, Agency agency, int year, long level) {
        Framework f = REGISTRY.get(frameworkId);
        Assessment.Builder b = Assessment.builder(frameworkId, agency, year);
        for (Indicator i : f.indicators()) {
            b.value(i.code(), level);
        }
        return card(b.build());
    }

    static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    static Assessment withValue(Assessment a, String code, long level) {
        return a.with(code, new IndicatorInput.Value(BigDecimal.valueOf(level)));
    }

    // ------------------------------------------------------------------ what-if

    @Test
    void whatIf_indicator12From2To4_addsTwoStepsOfWeight2point5AtEveryLevelOfTheTree() {
        Comparison c = Comparison.whatIf(spbe2020(), "12", 4);
        assertThat(c.kind()).isEqualTo(Comparison.Kind.WHAT_IF);
        // 2.5 × 2 / 100 of the index, 2.5 × 2 / 10 of aspect A2, 2.5 × 2 / 25 of domain D2
        assertThat(c.indexDelta()).isEqualByComparingTo("0.05");
        assertThat(c.before().index()).isEqualByComparingTo("2.372");
        assertThat(c.after().index()).isEqualByComparingTo("2.422");
        assertThat(c.after().indexRounded()).isEqualTo(dec("2.42"));
        assertThat(c.predikatChanged()).isFalse();
        Map<String, BigDecimal> deltas = new LinkedHashMap<>();
        c.nodes().forEach(n -> deltas.put(n.code(), n.delta()));
        assertThat(deltas.get("A2")).isEqualByComparingTo("0.5");
        assertThat(deltas.get("D2")).isEqualByComparingTo("0.2");
        assertThat(c.nodes()).filteredOn(NodeChange::changed).extracting(NodeChange::code).containsExactly("D2", "A2");
        assertThat(c.nodes()).filteredOn(n -> n.code().equals("D2")).singleElement()
                .satisfies(n -> assertThat(n.contributionDelta()).isEqualByComparingTo("0.05"));
        assertThat(c.changed()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo("12");
            assertThat(i.from()).isEqualByComparingTo("2");
            assertThat(i.to()).isEqualByComparingTo("4");
            assertThat(i.delta()).isEqualByComparingTo("2");
            assertThat(i.contributionDelta()).isEqualByComparingTo("0.05");
            assertThat(i.direction()).isEqualTo(Direction.RAISED);
        });
        assertThat(c.indicators()).hasSize(47);
    }

    @Test
    void whatIf_fiveIndicatorsRaised_crossesFromCukupToBaikAt2point607() {
        Map<String, BigDecimal> changes = new LinkedHashMap<>();
        changes.put("12", dec("4"));
        changes.put("24", dec("4"));
        changes.put("26", dec("3"));
        changes.put("32", dec("5"));
        changes.put("33", dec("5"));
        Comparison c = Comparison.whatIf(spbe2020(), changes);
        // 0.05 + 0.045 + 0.03 + 0.055 + 0.055
        assertThat(c.indexDelta()).isEqualByComparingTo("0.235");
        assertThat(c.after().index()).isEqualByComparingTo("2.607");
        assertThat(c.after().predikat()).isEqualTo("Baik");
        assertThat(c.predikatChanged()).isTrue();
        assertThat(c.raised()).extracting(IndicatorChange::code).containsExactly("12", "24", "26", "32", "33");
        assertThat(c.summary()).contains("Index 2.37 → 2.61 (+0.24; exact +0.235), predikat Cukup → Baik",
                "raised: 12 (2 → 4), 24 (1 → 4), 26 (1 → 3), 32 (3 → 5), 33 (3 → 5)");
    }

    @Test
    void whatIf_levelOffTheScaleOrUnknownCode_isRefusedNamingIt() {
        ScoreCard card = spbe2020();
        assertThatThrownBy(() -> Comparison.whatIf(card, "12", 6)).isInstanceOf(InvalidAssessmentException.class).hasMessageContaining("12");
        assertThatThrownBy(() -> Comparison.whatIf(card, "99", 3)).isInstanceOf(InvalidAssessmentException.class)
                .hasMessageContaining("unknown indicator code 99");
    }

    // ------------------------------------------------------------------ compare

    @Test
    void of_selfAssessmentAndFinal_listsWhereTheAssessorsDisagreedWithDirection() {
        Assessment self = sample("kota-contoh-2025-spbe-2020.json");
        Assessment fin = withValue(withValue(self, "12", 1), "33", 4).withStage(Stage.FINAL);
        Comparison c = Comparison.of(card(self), card(fin));
        assertThat(c.kind()).isEqualTo(Comparison.Kind.STAGES);
        // -2.5/100 + 2.75/100: the exact index moves, the published figure does not
        assertThat(c.indexDelta()).isEqualByComparingTo("0.0025");
        assertThat(c.indexRoundedDelta()).isEqualByComparingTo("0");
        assertThat(c.disagreements()).extracting(IndicatorChange::toString).containsExactly("12: 2 → 1 (lowered)", "33: 3 → 4 (raised)");
        assertThat(c.lowered()).extracting(IndicatorChange::code).containsExactly("12");
        assertThat(c.summary()).contains("The final result disagrees with the self-assessment on 2 indicators:", "lowered: 12 (2 → 1)",
                "raised: 33 (3 → 4)", "  D4 domain Layanan SPBE: 2.68 → 2.74 (+0.06)");
        assertThat(c.toString()).isEqualTo("Kota Contoh 2025 spbe-2020, self-assessment → final: 2.37 → 2.37 (0.00), 2 indicators changed");
    }

    @Test
    void of_twoYears_isKindYearsWithNoDisagreements() {
        Assessment y2024 = sample("kota-contoh-2025-spbe-2020.json").toBuilder().year(2024).build();
        Assessment y2025 = withValue(sample("kota-contoh-2025-spbe-2020.json"), "47", 3);
        Comparison c = Comparison.of(card(y2024), card(y2025));
        assertThat(c.kind()).isEqualTo(Comparison.Kind.YEARS);
        assertThat(c.disagreements()).isEmpty();
        assertThat(c.changed()).extracting(IndicatorChange::code).containsExactly("47");
        assertThat(c.summary()).startsWith("From Kota Contoh 2024 self-assessment spbe-2020: 2.37 Cukup");
    }

    @Test
    void of_sameCard_hasNoDeltasAndSaysSo() {
        ScoreCard card = spbe2020();
        Comparison c = Comparison.of(card, card);
        assertThat(c.kind()).isEqualTo(Comparison.Kind.VERSIONS);
        assertThat(c.changed()).isEmpty();
        assertThat(c.indexDelta()).isEqualByComparingTo("0");
        assertThat(c.nodes()).noneMatch(NodeChange::changed);
        assertThat(c.summary()).contains("No indicator changed.");
    }

    @Test
    void of_differentFrameworks_isRefusedSayingIndicatorLevelComparisonIsNotDefined() {
        assertThatThrownBy(() -> Comparison.of(spbe2020(), pemdi2026())).isInstanceOf(IncomparableException.class)
                .isInstanceOf(SpbeException.class)
                .hasMessageContaining("assessments under different frameworks cannot be compared indicator by indicator")
                .hasMessageContaining("\"spbe-2020\" (2025) and \"pemdi-2026\" (2026)").hasMessageContaining("Series");
    }

    @Test
    void of_differentAgencies_isRefusedPointingToRanking() {
        ScoreCard other = card(sample("kota-contoh-2025-spbe-2020.json").toBuilder().agency(Agency.named("Kota Lain")).build());
        assertThatThrownBy(() -> Comparison.of(spbe2020(), other)).isInstanceOf(IncomparableException.class)
                .hasMessageContaining("one agency").hasMessageContaining("Kota Lain").hasMessageContaining("Ranking");
    }

    // ------------------------------------------------------------------ series

    @Test
    void series_2018To2020To2026_comparesIndexAndPredikatAndSaysIndicatorsAreNotComparedAcrossFrameworks() {
        ScoreCard y2018 = uniform("spbe-2018", KOTA, 2018, 3);
        Series s = Series.of(List.of(pemdi2026(), spbe2020(), y2018));
        assertThat(s.agency()).isEqualTo(KOTA);
        assertThat(s.points()).extracting(SeriesPoint::year).containsExactly(2018, 2025, 2026);
        assertThat(s.frameworks()).containsExactly("spbe-2018", "spbe-2020", "pemdi-2026");
        assertThat(s.crossesFrameworks()).isTrue();
        SeriesPoint first = s.points().get(0);
        assertThat(first.index()).isEqualByComparingTo("3");
        assertThat(first.indexDelta()).isNull();
        assertThat(first.predikat()).isEqualTo("Baik");
        SeriesPoint second = s.points().get(1);
        assertThat(second.indexDelta()).isEqualByComparingTo("-0.628");
        assertThat(second.indexRoundedDelta()).isEqualByComparingTo("-0.63");
        assertThat(second.predikatChanged()).isTrue();
        assertThat(second.frameworkChanged()).isTrue();
        SeriesPoint third = s.points().get(2);
        assertThat(third.indexDelta()).isEqualByComparingTo("-0.0445");
        assertThat(third.indexRoundedDelta()).isEqualByComparingTo("-0.04");
        assertThat(third.predikatChanged()).isFalse();
        assertThat(third.frameworkChanged()).isTrue();
        assertThat(s.overallDelta()).isEqualByComparingTo("-0.6725");
        assertThat(s.note()).startsWith("Indicator-level comparison across frameworks is not defined: spbe-2018, spbe-2020 and pemdi-2026")
                .contains("no mapping", "only the index and the predikat are compared");
        assertThat(s.summary()).contains("2026 pemdi-2026: 2.33 Cukup (-0.04, framework changed)", s.note());
        assertThat(s).hasToString("Kota Contoh 2018–2026: 3.00 Baik → 2.33 Cukup");
    }

    @Test
    void series_oneFramework_hasNoNote() {
        Series s = Series.of(List.of(uniform("spbe-2020", KOTA, 2024, 2), spbe2020()));
        assertThat(s.note()).isEmpty();
        assertThat(s.crossesFrameworks()).isFalse();
        assertThat(s.points().get(1).indexDelta()).isEqualByComparingTo("0.372");
    }

    @Test
    void series_twoCardsOfOneYearOrTwoAgencies_isRefused() {
        ScoreCard card = spbe2020();
        assertThatThrownBy(() -> Series.of(List.of(card, card))).isInstanceOf(IncomparableException.class)
                .hasMessageContaining("one score card per year").hasMessageContaining("2025");
        assertThatThrownBy(() -> Series.of(List.of(card, uniform("spbe-2020", Agency.named("Kota Lain"), 2024, 2))))
                .isInstanceOf(IncomparableException.class).hasMessageContaining("one agency");
        assertThatThrownBy(() -> Series.of(List.of())).isInstanceOf(IncomparableException.class);
    }

    // ------------------------------------------------------------------ ranking

    static List<ScoreCard> sixAgencies(int year) {
        long[] levels = {3, 2, 3, 1, 4, 2};
        String[] names = {"Kota A", "Kota B", "Kota C", "Kota D", "Kota E", "Kota F"};
        java.util.ArrayList<ScoreCard> cards = new java.util.ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            cards.add(uniform("spbe-2020", Agency.named(names[i]), year, levels[i]));
        }
        return cards;
    }

    @Test
    void ranking_sixAgenciesWithTies_givesCompetitionRanksPercentilesMedianAndTheNationalIndexOf2024() {
        Ranking r = Ranking.of(sixAgencies(2024));
        assertThat(r.entries()).extracting(e -> e.agency().name() + " " + e.rank())
                .containsExactly("Kota E 1", "Kota A 2", "Kota C 2", "Kota B 4", "Kota F 4", "Kota D 6");
        // 100 × (below + tied/2) / 6
        assertThat(r.entries()).extracting(RankEntry::percentile)
                .containsExactly(dec("91.67"), dec("66.67"), dec("66.67"), dec("33.33"), dec("33.33"), dec("8.33"));
        assertThat(r.entry(Agency.named("Kota A")).orElseThrow()).satisfies(e -> {
            assertThat(e.below()).isEqualTo(3);
            assertThat(e.tied()).isEqualTo(2);
            assertThat(e.vsMedian()).isEqualByComparingTo("0.5");
            assertThat(e.vsNational()).isEqualByComparingTo("-0.12");
        });
        assertThat(r.median()).isEqualByComparingTo("2.5");
        assertThat(r.national()).isNotNull();
        assertThat(r.national().index()).isEqualByComparingTo("3.12");
        assertThat(r.summary()).contains("6 agencies, spbe-2020 2024, competition ranking; peer median 2.5",
                "national index 2024: 3.12 (615 agencies, 48 Memuaskan; confidence high), source: KemenPANRB",
                "1. Kota E 4.00 Sangat Baik (percentile 91.67), +0.88 against the national index");
    }

    @Test
    void ranking_dense_doesNotSkipRanksAndAYearWithoutFigureHasNoNationalReference() {
        Ranking r = Ranking.of(sixAgencies(2025), RankingMethod.DENSE);
        assertThat(r.entries()).extracting(RankEntry::rank).containsExactly(1, 2, 2, 3, 3, 4);
        assertThat(r.national()).isNull();
        assertThat(r.entries()).allSatisfy(e -> assertThat(e.vsNational()).isNull());
    }

    @Test
    void ranking_oneAgency_isRankOnePercentile50MedianItsIndex() {
        Ranking r = Ranking.of(List.of(spbe2020()));
        assertThat(r.entries()).singleElement().satisfies(e -> {
            assertThat(e.rank()).isEqualTo(1);
            assertThat(e.percentile()).isEqualTo(dec("50.00"));
        });
        assertThat(r.median()).isEqualByComparingTo("2.372");
    }

    @Test
    void ranking_mixedFrameworksYearsOrARepeatedAgency_isRefusedNamingIt() {
        List<ScoreCard> six = sixAgencies(2024);
        assertThatThrownBy(() -> Ranking.of(List.of(six.get(0), pemdi2026()))).isInstanceOf(IncomparableException.class)
                .hasMessageContaining("one framework").hasMessageContaining("pemdi-2026");
        assertThatThrownBy(() -> Ranking.of(List.of(six.get(0), spbe2020()))).isInstanceOf(IncomparableException.class)
                .hasMessageContaining("one year").hasMessageContaining("2025");
        assertThatThrownBy(() -> Ranking.of(List.of(six.get(0), six.get(0)))).isInstanceOf(IncomparableException.class)
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> Ranking.of(List.of())).isInstanceOf(IncomparableException.class);
    }

    // ------------------------------------------------------------------ the national index

    @Test
    void nationalIndex_publishedYearsOnly_withTheirCountsConfidenceAndSource() {
        assertThat(NationalIndex.all()).extracting(NationalFigure::year).containsExactly(2018, 2021, 2022, 2023, 2024);
        assertThat(NationalIndex.all()).extracting(f -> f.index().toPlainString()).containsExactly("1.98", "2.24", "2.34", "2.79", "3.12");
        assertThat(NationalIndex.of(2018).orElseThrow().confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(NationalIndex.of(2021).orElseThrow().agencies()).isEqualTo(517);
        assertThat(NationalIndex.of(2023).orElseThrow()).satisfies(f -> {
            assertThat(f.agencies()).isEqualTo(621);
            assertThat(f.memuaskan()).isEqualTo(24);
            assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
        });
        assertThat(NationalIndex.of(2024).orElseThrow().memuaskan()).isEqualTo(48);
        assertThat(NationalIndex.of(2019)).isEmpty();
        assertThat(NationalIndex.of(2020)).isEmpty();
        assertThat(NationalIndex.of(2025)).isEmpty();
        assertThat(NationalIndex.of("pemdi-2026", 2024)).isEmpty();
        assertThat(NationalIndex.of("spbe-2018", 2018)).isPresent();
        assertThat(NationalIndex.RPJMN_2020_2024_TARGET).isEqualTo(dec("2.60"));
        assertThat(NationalIndex.all()).allSatisfy(f -> assertThat(f.source()).isEqualTo(NationalIndex.SOURCE));
    }
}
