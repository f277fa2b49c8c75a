package io.github.spbe4j.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Edge cases of the engine that the property tests do not reach. */
class ScorerEdgeCaseTest {

    private static Framework twoToFive() {
        return Framework.builder("dua-lima").scale(LevelScale.ofLevels(2, 5))
                .predikat(List.of(PredikatBand.of("Semua", BigDecimal.valueOf(2), BigDecimal.valueOf(5))))
                .add(Indicator.of("X", "Satu", Weight.of(60)))
                .add(Indicator.of("Y", "Dua", Weight.of(40)))
                .build();
    }

    @Test
    void resolve_evidenceProvingALevelBelowACustomScale_isNotYetIndicated() {
        Framework f = twoToFive();
        Assessment a = Assessment.builder(f.id(), Agency.named("Kota Contoh"), 2026)
                .evidence("X", List.of(EvidenceItem.of(1, "SK", EvidenceStatus.ACCEPTED)))
                .value("Y", 4)
                .build();

        ScoreCard card = Scorer.of(f).score(a);

        assertThat(card.notYetIndicated()).containsExactly("X");
        assertThat(card.resolved().notYetIndicatedReason("X")).contains("the evidence proves level 1 but the scale starts at 2");
        assertThat(card.index()).isEqualByComparingTo("1.6");
        assertThatThrownBy(() -> Scorer.of(f, ScoringOptions.DEFAULTS.withNotYetIndicated(NotYetIndicatedPolicy.REJECT)).score(a))
                .isInstanceOf(InvalidAssessmentException.class)
                .hasMessageContaining("indicator X is not yet indicated (the evidence proves level 1 but the scale starts at 2)");
    }

    @Test
    void score_resolvedByALenientScorer_isRejectedByAStrictOne() {
        Framework f = twoToFive();
        Assessment a = Assessment.builder(f.id(), Agency.named("Kota Contoh"), 2026)
                .evidence("X", List.of(EvidenceItem.of(1, "SK", EvidenceStatus.DRAFT)))
                .value("Y", 4)
                .build();
        ResolvedAssessment lenient = Scorer.of(f).resolve(a);
        Scorer strict = Scorer.of(f, ScoringOptions.DEFAULTS.withNotYetIndicated(NotYetIndicatedPolicy.REJECT));

        assertThatThrownBy(() -> strict.score(lenient))
                .isInstanceOf(InvalidAssessmentException.class)
                .hasMessageContaining("indicator X is not yet indicated (level 1 item 'SK' is draft)");
    }

    @Test
    void with_whatIf_scoreCardCarriesTheChangedAssessment() {
        Framework f = FrameworkRegistry.builtIn().get("spbe-2020");
        Assessment.Builder b = Assessment.builder("spbe-2020", Agency.named("Kota Contoh"), 2025);
        f.indicators().forEach(i -> b.value(i.code(), 2));
        Scorer scorer = Scorer.of(f);
        ResolvedAssessment base = scorer.resolve(b.build());

        ScoreCard whatIf = scorer.score(base.with("12", BigDecimal.valueOf(5)));

        assertThat(whatIf.assessment().input("12")).contains(IndicatorInput.value(5));
        assertThat(base.assessment().input("12")).contains(IndicatorInput.value(2));
        assertThat(whatIf.index()).isEqualByComparingTo("2.075");
    }

    @Test
    void resolve_absurdlySmallOrLargeValuesFromJava_failWithAShortMessage() {
        Framework f = FrameworkRegistry.builtIn().get("pemdi-2026");
        Assessment.Builder b = Assessment.builder("pemdi-2026", Agency.named("Kota Contoh"), 2026);
        f.indicators().forEach(i -> b.value(i.code(), 3));
        b.value("I1", new BigDecimal("1E-999999999")).value("I2", new BigDecimal("1E+999999999"));

        assertThatThrownBy(() -> Scorer.of(f).score(b.build().with("I5", new IndicatorInput.External(new BigDecimal("-1E-999999999")))))
                .isInstanceOf(InvalidAssessmentException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(600)
                        .contains("indicator I1 has value 1E-999999999; values run 1..5")
                        .contains("indicator I2 has value 1E+999999999; values run 1..5")
                        .contains("indicator I5 has Indeks Satu Data Indonesia (SDI) value -1E-999999999; the source runs 0..100"));
    }

    @Test
    void resolve_valuesWithManyDigits_areCheckedExactlyWithoutOverflow() {
        Framework f = FrameworkRegistry.builtIn().get("pemdi-2026");
        Assessment.Builder b = Assessment.builder("pemdi-2026", Agency.named("Kota Contoh"), 2026);
        f.indicators().forEach(i -> b.value(i.code(), 3));
        b.value("I1", new BigDecimal("999999999999999999")).value("I2", new BigDecimal("3.00000000000000000000"))
                .value("I3", new BigDecimal("92233720368547758.07"));

        assertThatThrownBy(() -> Scorer.of(f).score(b.build()))
                .isInstanceOf(InvalidAssessmentException.class)
                .hasMessageContaining("indicator I1 has value 999999999999999999; values run 1..5")
                .hasMessageContaining("indicator I3 has value 92233720368547758.07; values run 1..5")
                .hasMessageNotContaining("indicator I2");
    }
}
