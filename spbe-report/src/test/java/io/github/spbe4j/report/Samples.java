package io.github.spbe4j.report;

import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import java.nio.file.Path;

/** The sample assessments of examples/data, scored. */
final class Samples {

    static final Path DATA = Path.of("..", "examples", "data");

    /** The start of the names of the sample's fictional peers. */
    static final String OTHER = "Kota Lain";

    private Samples() {
    }

    static Assessment assessment2020() {
        return SpbeJson.readAssessment(DATA.resolve("kota-contoh-2025-spbe-2020.json"));
    }

    static ScoreCard card2020() {
        return Scorer.score(assessment2020(), FrameworkRegistry.builtIn());
    }

    static Assessment pemdiAssessment() {
        return SpbeJson.readAssessment(DATA.resolve("kota-contoh-2026-pemdi-2026.json"));
    }

    static ScoreCard cardPemdi() {
        return Scorer.score(SpbeJson.readAssessment(DATA.resolve("kota-contoh-2026-pemdi-2026.json")), FrameworkRegistry.builtIn());
    }

    /** The 2020 sample with the agency renamed. */
    static ScoreCard card2020Named(String name) {
        Assessment a = assessment2020();
        Assessment renamed = a.toBuilder().agency(Agency.named(name)).build();
        return Scorer.score(renamed, FrameworkRegistry.builtIn());
    }
}
