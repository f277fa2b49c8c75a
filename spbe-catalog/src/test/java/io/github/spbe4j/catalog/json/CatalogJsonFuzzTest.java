package io.github.spbe4j.catalog.json;

import static io.github.spbe4j.catalog.testing.Problems.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.InvalidCatalogException;
import io.github.spbe4j.core.SpbeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Fuzz tests of the catalog file reader, {@link CatalogJson#read(InputStream, String, Locale)}, with
 * Jazzer's JUnit integration: whatever the bytes, it returns a catalog that writes and reads back
 * equal and holds no text the text policy refuses, or throws an {@link InvalidCatalogException} whose
 * message and problems are one line each, with no character that could move a terminal's cursor or
 * reorder text — never another exception. One fuzz test reads arbitrary bytes, the other the sample catalog mutated
 * by {@link CatalogMutator}.
 *
 * <p>{@code mvn test} runs each on its seed corpus only
 * ({@code src/test/resources/io/github/spbe4j/catalog/json/CatalogJsonFuzzTestInputs/<method>/}). To fuzz
 * for real, one at a time, from the repository root:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl spbe-catalog test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='CatalogJsonFuzzTest#read_anyBytes_catalogOrInvalidCatalogException' \
 *     -Djazzer.instrument='io.github.spbe4j.**,com.fasterxml.jackson.**'
 * </pre>
 *
 * <p>The other is {@code read_mutatedSample_catalogOrInvalidCatalogException}. Add every crash as a
 * seed, renamed to say what it tests.
 */
class CatalogJsonFuzzTest {

    private static final JsonNode SAMPLE = sample();

    @FuzzTest(maxDuration = "3m")
    void read_anyBytes_catalogOrInvalidCatalogException(byte[] data) {
        check(data, Locale.ENGLISH);
    }

    @FuzzTest(maxDuration = "3m")
    void read_mutatedSample_catalogOrInvalidCatalogException(FuzzedDataProvider data) {
        Locale locale = data.consumeBoolean() ? Locale.ENGLISH : Locale.forLanguageTag("id");
        CatalogMutator m = new CatalogMutator(SAMPLE, data);
        m.mutate(6);
        check(m.text().getBytes(StandardCharsets.UTF_8), locale);
    }

    /** Reads the bytes; checks the result round-trips or the exception is the documented one, one line each. */
    static @Nullable Catalog check(byte[] bytes, Locale locale) {
        Catalog read;
        try {
            read = CatalogJson.read(new ByteArrayInputStream(bytes), "fuzz.json", locale);
        } catch (InvalidCatalogException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n", "\r", "\u2028", "\u2029", "\u0085");
            assertThat(firstUnsafe(e.getMessage())).as(e.getMessage()).isEqualTo(-1);
            assertThat(texts(e.problems())).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank().doesNotContain("\n", "\r"));
            assertThat(e.problems().size()).isLessThanOrEqualTo(SpbeException.MAX_PROBLEMS);
            return null;
        }
        assertThat(read).isNotNull();
        String written = CatalogJson.write(read);
        assertThat(CatalogJson.parse(written)).isEqualTo(read);
        assertPolicyHolds(written);
        return read;
    }

    /**
     * Returns the index of the first character no text the catalog accepts may hold — a control
     * character other than tab and line feed, DEL, a line or paragraph separator, a bidirectional control,
     * a lone surrogate — or -1; the oracle of the text policy's weakest kind, written out here.
     */
    static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (c < 0x20 && c != '\t' && c != '\n' || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029'
                    || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069' || Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Asserts that no text of a catalog file, value or key, holds a character the text policy refuses everywhere. */
    private static void assertPolicyHolds(String written) {
        JsonNode tree;
        try {
            tree = new ObjectMapper().readTree(written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<JsonNode> pending = new ArrayList<>(List.of(tree));
        while (!pending.isEmpty()) {
            JsonNode n = pending.remove(pending.size() - 1);
            if (n.isTextual()) {
                assertThat(firstUnsafe(n.textValue())).as(n.toString()).isEqualTo(-1);
            }
            n.fieldNames().forEachRemaining(name -> assertThat(firstUnsafe(name)).as(name).isEqualTo(-1));
            n.forEach(pending::add);
        }
    }

    private static JsonNode sample() {
        try (InputStream in = CatalogJsonFuzzTest.class.getResourceAsStream("/io/github/spbe4j/catalog/json/kota-contoh-catalog.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
