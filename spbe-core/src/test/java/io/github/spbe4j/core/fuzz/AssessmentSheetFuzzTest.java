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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
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
        String text = new String(data, StandardCharsets.UTF_8);
        check(readOrRefuse(text, () -> AssessmentSheet.read(new ByteArrayInputStream(data), "fuzz.csv", REGISTRY)));
        check(readOrRefuse(text, () -> AssessmentSheet.parse(text, REGISTRY)));
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
        check(readOrRefuse(csv, () -> AssessmentSheet.parse(csv, REGISTRY)));
    }

    /**
     * Runs a read: its assessments, or null when it threw an {@link SpbeException} whose message and
     * problems are single lines with nothing raw a terminal would act on. A sheet's messages quote its
     * cells, so, unlike the JSON readers' checks, words such as {@code Exception} or a backtick may
     * appear in them when the input holds them; a library's internals never do otherwise.
     */
    private static @Nullable List<Assessment> readOrRefuse(String input, Supplier<List<Assessment>> read) {
        try {
            return read.get();
        } catch (SpbeException e) {
            List<String> texts = new ArrayList<>();
            texts.add(e.getMessage());
            e.problems().forEach(p -> texts.add(p.toString()));
            for (String text : texts) {
                assertThat(text).as("message of %s", e.getClass().getSimpleName()).isNotBlank();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    boolean raw = Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c >= '\u202a' && c <= '\u202e'
                            || c >= '\u2066' && c <= '\u2069'
                            || Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                            || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
                    assertThat(raw).as("U+%04X raw at %d in %s", (int) c, i, text).isFalse();
                }
                for (String internal : new String[] {"com.fasterxml", "java.", "Exception", "`"}) {
                    assertThat(!text.contains(internal) || input.contains(internal)).as("%s names %s: %s", e.getClass().getSimpleName(),
                            internal, text).isTrue();
                }
            }
            return null;
        }
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
