package io.github.spbe4j.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import io.github.spbe4j.core.testing.Generators;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Fuzz tests of the score-card reader, {@link SpbeJson#readScoreCard(String, FrameworkRegistry)}: it
 * returns a card or throws an {@link SpbeException} with one-line messages, and a card it returns
 * writes and reads back equal. Run as the package documentation says, e.g.
 * {@code -Dtest='ScoreCardJsonFuzzTest#readScoreCard_mutatedCard_cardOrSpbeException'}.
 */
class ScoreCardJsonFuzzTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final FrameworkRegistry REGISTRY = FrameworkRegistry.builtIn();

    /** The written cards of the example assessments and of a random assessment of each built-in framework. */
    private static final List<JsonNode> CARDS = cards();

    @FuzzTest(maxDuration = "3m")
    void readScoreCard_anyBytes_cardOrSpbeException(byte[] data) {
        check(FuzzChecks.readOrRefuse(() -> SpbeJson.readScoreCard(new ByteArrayInputStream(data), "fuzz.json", REGISTRY)));
        check(FuzzChecks.readOrRefuse(() -> SpbeJson.readScoreCard(new String(data, StandardCharsets.UTF_8), REGISTRY)));
    }

    @FuzzTest(maxDuration = "3m")
    void readScoreCard_mutatedCard_cardOrSpbeException(FuzzedDataProvider data) {
        ObjectNode card = (ObjectNode) CARDS.get(data.consumeInt(0, CARDS.size() - 1)).deepCopy();
        // the assessment inside as an assessment is mutated, then the card as a whole
        JsonMutator inner = new JsonMutator(card.get("assessment"), data);
        inner.mutate(4, JsonMutator.Form.ASSESSMENT);
        card.set("assessment", inner.root());
        JsonMutator outer = new JsonMutator(card, data);
        outer.mutate(6, JsonMutator.Form.FRAMEWORK);
        String text = outer.text();
        check(FuzzChecks.readOrRefuse(() -> SpbeJson.readScoreCard(text, REGISTRY)));
    }

    private static void check(@Nullable ScoreCard card) {
        if (card == null) {
            return;
        }
        String json = SpbeJson.write(card);
        ScoreCard back = SpbeJson.readScoreCard(json, REGISTRY);
        assertThat(back).isEqualTo(card);
        assertThat(SpbeJson.write(back)).isEqualTo(json);
    }

    private static List<JsonNode> cards() {
        List<JsonNode> trees = new ArrayList<>();
        for (String example : List.of("kota-contoh-2025-spbe-2020.json", "kota-contoh-2026-pemdi-2026.json")) {
            trees.add(tree(SpbeJson.write(Scorer.score(SpbeJson.readAssessment(Path.of("..", "examples", "data", example)), REGISTRY))));
        }
        for (Framework f : REGISTRY.all()) {
            trees.add(tree(SpbeJson.write(Scorer.of(f).score(Generators.assessment(f, 7)))));
        }
        return List.copyOf(trees);
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
