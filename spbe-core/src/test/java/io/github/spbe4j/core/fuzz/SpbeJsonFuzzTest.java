package io.github.spbe4j.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.scoring.Scorer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz tests of spbe-core's JSON readers: {@link SpbeJson#readFramework(String)} and
 * {@link SpbeJson#readAssessment(String)} (and their stream forms) either return a valid value or throw
 * an {@link SpbeException} with a one-line message; what they return writes and reads back equal, and
 * scores or is refused with an {@link SpbeException}. See the package documentation for how to fuzz.
 */
class SpbeJsonFuzzTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The JSON trees of the built-in frameworks, in {@link FrameworkRegistry#BUILT_IN_IDS} order. */
    private static final List<JsonNode> FRAMEWORKS = builtInFrameworks();

    /** The example assessments, and one all-level-3 assessment of each built-in framework. */
    private static final List<JsonNode> ASSESSMENTS = assessments();

    @FuzzTest(maxDuration = "3m")
    void readFramework_anyBytes_frameworkOrSpbeException(byte[] data) {
        FuzzChecks.frameworkFromBytes(data);
    }

    @FuzzTest(maxDuration = "3m")
    void readAssessment_anyBytes_assessmentOrSpbeException(byte[] data) {
        FuzzChecks.assessmentFromBytes(data);
    }

    @FuzzTest(maxDuration = "3m")
    void readFramework_mutatedBuiltIn_frameworkOrSpbeException(FuzzedDataProvider data) {
        // spbe-2020 half of the time; the others bring ladders, another tree shape, decimals and conversions
        int which = data.consumeInt(0, 2 * FRAMEWORKS.size() - 1);
        JsonNode base = FRAMEWORKS.get(which < FRAMEWORKS.size() ? which : FrameworkRegistry.BUILT_IN_IDS.indexOf("spbe-2020"));
        JsonMutator m = new JsonMutator(base, data);
        m.mutate(8, JsonMutator.Form.FRAMEWORK);
        Framework f = FuzzChecks.frameworkFromText(m.text());
        if (f == null) {
            return;
        }
        Scorer scorer;
        try {
            scorer = Scorer.of(f);
        } catch (SpbeException e) {
            return; // checked by frameworkFromText
        }
        long unit = BigDecimal.ONE.movePointRight(f.scale().decimals()).longValueExact();
        long min = f.scale().min() * unit;
        long max = f.scale().max() * unit;
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < f.indicators().size(); i++) {
            // now and then a value just off the scale
            values.add(BigDecimal.valueOf(data.consumeLong(min - 1, max + 1), f.scale().decimals()));
        }
        FuzzChecks.score(scorer, values::get);
    }

    @FuzzTest(maxDuration = "3m")
    void readAssessment_mutatedExample_scoresOrSpbeException(FuzzedDataProvider data) {
        JsonMutator m = new JsonMutator(ASSESSMENTS.get(data.consumeInt(0, ASSESSMENTS.size() - 1)), data);
        m.mutate(8, JsonMutator.Form.ASSESSMENT);
        FuzzChecks.assessmentFromText(m.text());
    }

    private static List<JsonNode> builtInFrameworks() {
        List<JsonNode> trees = new ArrayList<>();
        for (String id : FrameworkRegistry.BUILT_IN_IDS) {
            trees.add(tree(FrameworkRegistry.builtIn().get(id).toJson()));
        }
        return List.copyOf(trees);
    }

    private static List<JsonNode> assessments() {
        List<JsonNode> trees = new ArrayList<>();
        for (String example : List.of("kota-contoh-2025-spbe-2020.json", "kota-contoh-2026-pemdi-2026.json")) {
            String resource = "SpbeJsonFuzzTestInputs/readAssessment_anyBytes_assessmentOrSpbeException/" + example;
            try (InputStream in = SpbeJsonFuzzTest.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing seed " + resource);
                }
                trees.add(tree(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Framework f : FrameworkRegistry.builtIn().all()) {
            Assessment.Builder b = Assessment.builder(f.id(), Agency.of("Kota Contoh", "kota-contoh"), 2025);
            for (Indicator i : f.indicators()) {
                b.value(i.code(), 3);
            }
            trees.add(tree(SpbeJson.write(b.build())));
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
