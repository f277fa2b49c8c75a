package io.github.spbe4j.catalog.json;

import static io.github.spbe4j.catalog.testing.Problems.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.catalog.InvalidCatalogException;
import io.github.spbe4j.catalog.Catalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Fuzz tests of the catalog file reader, {@link CatalogJson#read(InputStream, String, Locale)}, with
 * Jazzer's JUnit integration: whatever the bytes, it returns a catalog that writes and reads back
 * equal, or throws an {@link InvalidCatalogException} whose message and problems are one line each —
 * never another exception. One fuzz test reads arbitrary bytes, the other the sample catalog mutated
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
            assertThat(texts(e.problems())).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank().doesNotContain("\n", "\r"));
            return null;
        }
        assertThat(read).isNotNull();
        String written = CatalogJson.write(read);
        assertThat(CatalogJson.parse(written)).isEqualTo(read);
        return read;
    }

    private static JsonNode sample() {
        try (InputStream in = CatalogJsonFuzzTest.class.getResourceAsStream("/io/github/spbe4j/catalog/json/kota-contoh-catalog.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
