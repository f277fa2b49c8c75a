package io.github.spbe4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import io.github.spbe4j.core.framework.InvalidFrameworkException;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Runs the examples of README.md and docs/, so that the documentation never shows code or messages that are wrong. */
class DocumentationExamplesTest {

    @Test
    void readmeExample_scoresAsTheReadmeSays() {
        Framework spbe2020 = FrameworkRegistry.builtIn().get("spbe-2020");
        Assessment.Builder b = Assessment.builder("spbe-2020", Agency.named("Kota Contoh"), 2025);
        spbe2020.indicators().forEach(i -> b.value(i.code(), 3));
        ScoreCard card = Scorer.of(spbe2020).score(b.value("43", 4).build());

        assertThat(card.index().toString()).isEqualTo("3.03");
        assertThat(card.indexRounded().toString()).isEqualTo("3.03");
        assertThat(card.predikat().name()).isEqualTo("Baik");
        assertThat(card.nodes()).hasSize(12);
        assertThat(card.byHeadroom().get(0).code()).isEqualTo("42");
    }

    @Test
    void frameworksDoc_brokenCustomFramework_reportsBothProblemsAsDocumented() {
        String json = """
                {"id": "opd-kota-contoh-2026", "title": "Evaluasi SPBE OPD Kota Contoh",
                 "scale": {"min": 1, "max": 5, "decimals": 0},
                 "predikat": [{"name": "Perlu Pembinaan", "label": null, "lower": 1, "upper": 3},
                              {"name": "Baik", "lower": 3.5, "upper": 5}],
                 "tree": [
                   {"code": "K", "kind": "aspect", "name": "Kebijakan", "weight": 40, "children": [
                     {"code": "K1", "kind": "indicator", "name": "SOP layanan digital", "weight": 25},
                     {"code": "K2", "kind": "indicator", "name": "Tim SPBE OPD", "weight": 14}]},
                   {"code": "L", "kind": "aspect", "name": "Layanan", "weight": 60, "children": [
                     {"code": "L1", "kind": "indicator", "name": "Layanan daring", "weight": 60}]}]}
                """;
        Assertions.assertThatThrownBy(() -> Framework.parse(json))
                .isInstanceOf(InvalidFrameworkException.class)
                .hasMessage("framework opd-kota-contoh-2026 has 2 problems: aspect K has weight 40 but its children's weights"
                        + " sum to 39; predikat bands Perlu Pembinaan (to 3) and Baik (from 3.5) leave a gap");
    }
}
