package io.github.spbe4j.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.testing.Generators;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The scoring API's value types and null checks. */
class ScoringContractTest {

    private static final Framework SPBE_2020 = FrameworkRegistry.builtIn().get("spbe-2020");

    @Test
    void scoringOptions_equalByComponents_withDocumentedDefaults() {
        new EqualsTester()
                .addEqualityGroup(ScoringOptions.DEFAULTS, new ScoringOptions(PredikatReading.ROUNDED, NotYetIndicatedPolicy.CONTRIBUTE_NOTHING),
                        ScoringOptions.DEFAULTS.withPredikatReading(PredikatReading.ROUNDED))
                .addEqualityGroup(ScoringOptions.DEFAULTS.withPredikatReading(PredikatReading.UNROUNDED))
                .addEqualityGroup(ScoringOptions.DEFAULTS.withNotYetIndicated(NotYetIndicatedPolicy.REJECT))
                .testEquals();
        Scorer scorer = Scorer.of(SPBE_2020);
        assertThat(scorer.options()).isEqualTo(ScoringOptions.DEFAULTS);
        Scorer unrounded = scorer.withOptions(ScoringOptions.DEFAULTS.withPredikatReading(PredikatReading.UNROUNDED));
        assertThat(unrounded.options().predikatReading()).isEqualTo(PredikatReading.UNROUNDED);
        assertThat(unrounded.framework()).isSameAs(SPBE_2020);
        assertThat(scorer.options()).isEqualTo(ScoringOptions.DEFAULTS);
    }

    @Test
    void scoreCard_toString_namesAgencyYearFrameworkRoundedIndexAndPredikat() {
        ScoreCard card = Scorer.of(SPBE_2020).score(Generators.uniform(SPBE_2020, BigDecimal.valueOf(3)));
        assertThat(card).hasToString("Kota Uji 2025 spbe-2020: 3.00 Baik");
        assertThat(card.framework()).isSameAs(SPBE_2020);
        assertThat(card.options()).isEqualTo(ScoringOptions.DEFAULTS);
    }

    @Test
    void publicApi_nullArguments_throwNullPointerException() {
        Assessment a = Generators.uniform(SPBE_2020, BigDecimal.valueOf(3));
        Scorer scorer = Scorer.of(SPBE_2020);
        NullPointerTester t = new NullPointerTester()
                .setDefault(Framework.class, SPBE_2020)
                .setDefault(FrameworkRegistry.class, FrameworkRegistry.builtIn())
                .setDefault(ScoringOptions.class, ScoringOptions.DEFAULTS)
                .setDefault(Assessment.class, a)
                .setDefault(ResolvedAssessment.class, scorer.resolve(a))
                .setDefault(String.class, "1")
                .setDefault(BigDecimal.class, BigDecimal.ONE);
        t.testAllPublicStaticMethods(Scorer.class);
        t.testAllPublicInstanceMethods(scorer);
        t.testAllPublicInstanceMethods(scorer.resolve(a));
        t.testAllPublicInstanceMethods(scorer.score(a));
        t.testAllPublicConstructors(ScoringOptions.class);
        t.testAllPublicInstanceMethods(ScoringOptions.DEFAULTS);
    }
}
