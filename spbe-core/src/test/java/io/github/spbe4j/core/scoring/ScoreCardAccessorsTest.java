package io.github.spbe4j.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.assessment.EvidenceItem;
import io.github.spbe4j.core.assessment.IndicatorInput;
import io.github.spbe4j.core.assessment.EvidenceStatus;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a caller reads off a score card and a resolved assessment for one indicator. */
class ScoreCardAccessorsTest {

    @Test
    void notYetIndicatedIndicator_readsAsSuchEverywhere() {
        Framework f = FrameworkRegistry.builtIn().get("pemdi-2026");
        Assessment.Builder b = Assessment.builder("pemdi-2026", Agency.named("Kota Contoh"), 2026);
        f.indicators().forEach(i -> b.value(i.code(), 3));
        ScoreCard card = Scorer.of(f).score(b.build().with("I19",
                new IndicatorInput.Evidence(List.of(EvidenceItem.of(1, "Kanal helpdesk", EvidenceStatus.MISSING)))));
        IndicatorScore i19 = card.indicator("I19").orElseThrow();
        IndicatorScore i1 = card.indicator("I1").orElseThrow();

        assertThat(card.resolved().isNotYetIndicated("I19")).isTrue();
        assertThat(card.resolved().isNotYetIndicated("I1")).isFalse();
        assertThat(i19.notYetIndicated()).isTrue();
        assertThat(i19.value()).isEmpty();
        assertThat(i19.contribution()).isEqualByComparingTo("0");
        assertThat(i19.headroom()).isEqualByComparingTo("0.5"); // 10 × 5 / 100
        assertThat(i1.notYetIndicated()).isFalse();
        assertThat(i1.value()).contains(new BigDecimal("3.00"));
        assertThat(i1.headroom()).isEqualByComparingTo("0.1"); // 5 × (5 − 3) / 100
        assertThat(i19.nextLevelGain()).isEqualByComparingTo("0.1"); // to level 1: 10 × 1 / 100
        assertThat(i1.nextLevelGain()).isEqualByComparingTo("0.05"); // 5 × (4 − 3) / 100
        assertThat(card.complete()).isFalse();
        // (100 − 10) × 3 / 100
        assertThat(card.index()).isEqualByComparingTo("2.7");
        assertThat(card.toString()).isEqualTo("Kota Contoh 2026 pemdi-2026: 2.70 Baik");
    }

    @Test
    void nextLevelGain_fractionalValueOrMaximum_isTheStepToTheNextWholeLevelOrZero() {
        Framework f = FrameworkRegistry.builtIn().get("pemdi-2026");
        Assessment.Builder b = Assessment.builder("pemdi-2026", Agency.named("Kota Contoh"), 2026);
        f.indicators().stream().filter(i -> !i.code().equals("I5")).forEach(i -> b.value(i.code(), 5));
        ScoreCard card = Scorer.of(f).score(b.external("I5", new BigDecimal("68.75")).build()); // converts to 3.75

        assertThat(card.indicator("I5").orElseThrow().nextLevelGain()).isEqualByComparingTo("0.0125"); // 5 × (4 − 3.75) / 100
        assertThat(card.indicator("I1").orElseThrow().nextLevelGain()).isEqualByComparingTo("0"); // at the maximum
        // on spbe-2020 a step of indicator 43 (weight 3) adds 0.03
        Framework spbe = FrameworkRegistry.builtIn().get("spbe-2020");
        Assessment.Builder s = Assessment.builder("spbe-2020", Agency.named("Kota Contoh"), 2025);
        spbe.indicators().forEach(i -> s.value(i.code(), 2));
        assertThat(Scorer.of(spbe).score(s.build()).indicator("43").orElseThrow().nextLevelGain()).isEqualByComparingTo("0.03");
    }
}
