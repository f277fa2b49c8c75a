package io.github.spbe4j.complaints.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Fuzz tests of the complaints-file loader ({@link ComplaintsJson#parse(String)} and
 * {@link ComplaintsJson#parse(String, Locale)} with the Indonesian locale) with Jazzer's JUnit integration:
 * whatever the text, the loader returns a register or throws an {@link SpbeException} (above all
 * {@code InvalidComplaintException}), never anything else; a refusal's message and every problem are one
 * terminal-safe line (no line break, control character, bidi override or lone surrogate) and at most 100
 * problems are kept; a register that was read, written and read again is equal, and writes to the same text.
 *
 * <p>{@code mvn test} runs each on its seed corpus only
 * ({@code src/test/resources/io/github/spbe4j/complaints/json/ComplaintsJsonFuzzTestInputs/<method>/}). To
 * fuzz for real, one at a time, from the repository root:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl spbe-complaints -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='ComplaintsJsonFuzzTest#parse_anyText_registerOrInvalidComplaintException' \
 *     -Djazzer.instrument='io.github.spbe4j.**,com.fasterxml.jackson.**'
 * </pre>
 *
 * <p>The other is {@code parse_mutatedSample_registerOrInvalidComplaintException}, which splices the fuzzer's
 * text into Kota Contoh's sample file. Add every crash as a seed, renamed to say what it tests.
 */
class ComplaintsJsonFuzzTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final String SAMPLE = sample();

    @FuzzTest(maxDuration = "3m")
    void parse_anyText_registerOrInvalidComplaintException(FuzzedDataProvider data) {
        check(data.consumeRemainingAsString());
    }

    @FuzzTest(maxDuration = "3m")
    void parse_mutatedSample_registerOrInvalidComplaintException(FuzzedDataProvider data) {
        int at = data.consumeInt(0, SAMPLE.length());
        int cut = data.consumeInt(0, 200);
        String inserted = data.consumeRemainingAsString();
        check(SAMPLE.substring(0, at) + inserted + SAMPLE.substring(Math.min(SAMPLE.length(), at + cut)));
    }

    /** Reads a text in English and in Indonesian and checks both outcomes. */
    static void check(String json) {
        ComplaintRegister english = readOrRefuse(json, () -> ComplaintsJson.parse(json));
        ComplaintRegister indonesian = readOrRefuse(json, () -> ComplaintsJson.parse(json, INDONESIAN));
        assertThat(indonesian == null).as("the locale changes the language of messages, not what is accepted").isEqualTo(english == null);
        if (english != null) {
            assertThat(indonesian).isEqualTo(english);
            String written = ComplaintsJson.write(english);
            ComplaintRegister back = ComplaintsJson.parse(written);
            assertThat(back).as("register read back from its written form").isEqualTo(english);
            assertThat(ComplaintsJson.write(back)).as("written form written twice").isEqualTo(written);
        }
    }

    /** Runs a read; returns its register, or null when it threw an {@link SpbeException} with proper messages. */
    static @Nullable ComplaintRegister readOrRefuse(String input, Supplier<ComplaintRegister> read) {
        try {
            ComplaintRegister register = read.get();
            assertThat(register).as("a read returns a register or throws").isNotNull();
            return register;
        } catch (SpbeException e) {
            checkMessage(e, input);
            return null;
        }
    }

    /**
     * Checks that an exception keeps at most 100 problems and that its message and each problem is one safe
     * line naming no library internal (unless the input itself holds the word, shown quoted).
     */
    static void checkMessage(SpbeException e, String input) {
        assertThat(e.problems()).as("problems of %s", e.getClass().getSimpleName()).isNotEmpty()
                .hasSizeLessThanOrEqualTo(SpbeException.MAX_PROBLEMS);
        assertThat(e.omitted()).as("problems omitted").isGreaterThanOrEqualTo(0);
        checkLine(e.getMessage(), e, input);
        for (Problem p : e.problems()) {
            checkLine(p.toString(), e, input);
        }
    }

    private static void checkLine(@Nullable String text, SpbeException e, String input) {
        if (text == null || text.isBlank()) {
            throw new AssertionError(e.getClass().getName() + " has a blank message", e);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                throw new AssertionError(e.getClass().getName() + " has a line break (U+" + String.format("%04X", (int) c) + ") at " + i
                        + " in its message: " + text.replace("\n", "\\n").replace("\r", "\\r"), e);
            }
            if (Character.isISOControl(c) || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069'
                    || Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                throw new AssertionError(e.getClass().getName() + " lets U+" + String.format("%04X", (int) c) + " through raw at " + i
                        + " in its message", e);
            }
        }
        for (String internal : new String[] {"com.fasterxml", "Exception", "java.lang.", "java.time.", "java.io."}) {
            if (text.contains(internal) && !input.contains(internal)) {
                throw new AssertionError(e.getClass().getName() + " names a library internal (" + internal + ") in its message: " + text, e);
            }
        }
    }

    /** Kota Contoh's sample file (examples/data/kota-contoh-complaints.json), kept as a seed. */
    private static String sample() {
        String resource = "ComplaintsJsonFuzzTestInputs/parse_anyText_registerOrInvalidComplaintException/kota-contoh-sample";
        try (InputStream in = ComplaintsJsonFuzzTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
