package io.github.spbe4j.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.table.AssessmentSheet;
import io.github.spbe4j.core.testing.ProvinceSample;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Fuzz tests of the wide assessment sheet reader, {@link AssessmentSheet}: whatever the bytes, it
 * returns assessments or throws an {@link SpbeException} with one-line messages, and what it returns
 * writes and reads back equal. Run as DEVELOPERS.md says, e.g.
 * {@code -Dtest='AssessmentSheetFuzzTest#read_anyBytes_assessmentsOrSpbeException'}.
 */
class AssessmentSheetFuzzTest {

    private static final FrameworkRegistry REGISTRY = FrameworkRegistry.builtIn();

    /** The first rows of the province sample, with a pemdi row, to mutate. */
    private static final String SAMPLE = sample();

    /** What the mutations put in: the characters CSV, numbers and spreadsheets care about. */
    private static final String[] PIECES = {",", "\"", "\r\n", "\n", "\r", "'", "=", "-", ".", "5", "9", "2.75", "", "\uFEFF", "\u202e",
        "spbe-2018", "pemdi-2026", "I1", "final", "x", ",,,"};

    @FuzzTest(maxDuration = "3m")
    void read_anyBytes_assessmentsOrSpbeException(byte[] data) {
        check(FuzzChecks.readOrRefuse(() -> AssessmentSheet.read(new ByteArrayInputStream(data), "fuzz.csv", REGISTRY)));
        check(FuzzChecks.readOrRefuse(() -> AssessmentSheet.parse(new String(data, StandardCharsets.UTF_8), REGISTRY)));
    }

    @FuzzTest(maxDuration = "3m")
    void read_mutatedSample_assessmentsOrSpbeException(FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder(SAMPLE);
        int mutations = data.consumeInt(1, 8);
        for (int m = 0; m < mutations && text.length() > 0; m++) {
            int at = data.consumeInt(0, text.length() - 1);
            int cut = data.consumeInt(0, Math.min(4, text.length() - at));
            String piece = data.consumeBoolean() ? data.pickValue(PIECES) : data.consumeString(6);
            text.replace(at, at + cut, piece);
        }
        String csv = text.toString();
        check(FuzzChecks.readOrRefuse(() -> AssessmentSheet.parse(csv, REGISTRY)));
    }

    private static void check(@Nullable List<Assessment> read) {
        if (read == null) {
            return;
        }
        String csv = AssessmentSheet.write(read, REGISTRY);
        assertThat(AssessmentSheet.parse(csv, REGISTRY)).isEqualTo(read);
    }

    private static String sample() {
        List<String> lines = ProvinceSample.generate().lines().limit(4).toList();
        return String.join("\n", lines) + "\n";
    }
}
