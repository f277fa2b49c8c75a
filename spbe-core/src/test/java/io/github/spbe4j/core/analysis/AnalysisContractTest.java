package io.github.spbe4j.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.assessment.Stage;
import io.github.spbe4j.core.framework.Confidence;
import io.github.spbe4j.core.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analysis results' null checks, invariants and text forms. */
class AnalysisContractTest {

    private static final ScoreCard CARD = AnalysisExamplesTest.spbe2020();

    @Test
    void publicApi_nullArguments_throwNullPointerException() {
        Comparison c = Comparison.whatIf(CARD, "12", 4);
        Series s = Series.of(List.of(CARD));
        Ranking r = Ranking.of(List.of(CARD));
        NullPointerTester t = new NullPointerTester()
                .setDefault(ScoreCard.class, CARD)
                .setDefault(Agency.class, CARD.assessment().agency())
                .setDefault(Stage.class, Stage.FINAL)
                .setDefault(Confidence.class, Confidence.HIGH)
                .setDefault(Snapshot.class, c.before())
                .setDefault(String.class, "12")
                .setDefault(BigDecimal.class, BigDecimal.ONE)
                .setDefault(List.class, List.of(CARD))
                .setDefault(RankingMethod.class, RankingMethod.DENSE)
                .setDefault(Direction.class, Direction.RAISED)
                .setDefault(Comparison.Kind.class, Comparison.Kind.YEARS);
        t.testAllPublicStaticMethods(Comparison.class);
        t.testAllPublicStaticMethods(Series.class);
        t.testAllPublicStaticMethods(Ranking.class);
        t.testAllPublicStaticMethods(NationalIndex.class);
        t.testAllPublicStaticMethods(Snapshot.class);
        t.testAllPublicInstanceMethods(c);
        t.testAllPublicInstanceMethods(s);
        t.testAllPublicInstanceMethods(r);
        for (Class<?> type : List.of(Snapshot.class, NodeChange.class, IndicatorChange.class, NationalFigure.class)) {
            t.testAllPublicConstructors(type);
        }
    }

    @Test
    void records_impossibleValues_areRefusedWithTheFamilysException() {
        Agency a = Agency.named("Kota Contoh");
        assertThatThrownBy(() -> new Series(a, List.of(), "")).isInstanceOf(IncomparableException.class).hasMessageContaining("at least one");
        SeriesPoint p2025 = Series.of(List.of(CARD)).points().get(0);
        assertThatThrownBy(() -> new Series(a, List.of(p2025, p2025), "")).isInstanceOf(IncomparableException.class)
                .hasMessageContaining("2025 follows 2025");
        assertThatThrownBy(() -> new SeriesPoint(2025, Stage.FINAL, "spbe-2020", BigDecimal.ONE, BigDecimal.ONE, "Kurang", BigDecimal.ONE, null,
                false, false)).isInstanceOf(SpbeException.class).hasMessageContaining("both deltas or neither");
        assertThatThrownBy(() -> new RankEntry(0, a, BigDecimal.ONE, BigDecimal.ONE, "Kurang", 0, 1, BigDecimal.TEN, BigDecimal.ZERO, null))
                .isInstanceOf(SpbeException.class).hasMessageContaining("rank 0");
        assertThatThrownBy(() -> new Ranking("spbe-2020", 2025, RankingMethod.COMPETITION, List.of(), BigDecimal.ONE, null))
                .isInstanceOf(IncomparableException.class);
    }

    @Test
    void comparison_listsAreImmutableCopies() {
        Comparison c = Comparison.whatIf(CARD, "12", 4);
        assertThatThrownBy(() -> c.nodes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.indicators().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Comparison.whatIf(CARD, "12", 4)).isEqualTo(c);
    }

    @Test
    void signed_exactDeltaForDisplay_keepsUpToSixDecimalsAndMarksRounding() {
        assertThat(Comparison.signed(new BigDecimal("0.0025"))).isEqualTo("+0.0025");
        assertThat(Comparison.signed(new BigDecimal("-0.5"))).isEqualTo("-0.50");
        assertThat(Comparison.signed(BigDecimal.ZERO)).isEqualTo("0.00");
        assertThat(Comparison.signed(new BigDecimal("0.060439560439560439560439560439561"))).isEqualTo("≈+0.060440");
        assertThat(Comparison.signedTwo(new BigDecimal("0.060439560439560439560439560439561"))).isEqualTo("+0.06");
    }

    @Test
    void toStrings_readAsOneLineForAPerson() {
        assertThat(Comparison.whatIf(CARD, "12", 4)).hasToString("Kota Contoh 2025 spbe-2020 what-if: 2.37 → 2.42 (+0.05), 1 indicator changed");
        assertThat(Snapshot.of(CARD)).hasToString("Kota Contoh 2025 self-assessment spbe-2020: 2.37 Cukup");
        assertThat(Ranking.of(List.of(CARD))).hasToString("1 agency, spbe-2020 2025, median 2.372");
        assertThat(Ranking.of(List.of(CARD)).entries().get(0)).hasToString("1. Kota Contoh 2.37 Cukup (percentile 50.00)");
        assertThat(NationalIndex.of(2018).orElseThrow()).hasToString("national index 2018: 1.98 (confidence medium)");
        assertThat(Comparison.whatIf(CARD, "12", 4).nodes().get(2)).hasToString("D2 domain Tata Kelola SPBE: 2.40 → 2.60 (+0.20)");
    }
}
