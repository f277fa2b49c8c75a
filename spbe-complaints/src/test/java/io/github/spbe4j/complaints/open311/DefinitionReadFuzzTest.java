package io.github.spbe4j.complaints.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.spbe4j.core.SpbeException;

/**
 * Fuzz tests of {@link ServiceDefinition#read(String, Open311Format)}: whatever the text, in JSON or in
 * XML, the reader returns a definition or throws an {@link Open311Exception} (never another exception);
 * and a definition it returns, written again in either format, reads back equal.
 *
 * <p>{@code mvn test} runs each on its seed corpus only
 * ({@code src/test/resources/io/github/spbe4j/complaints/open311/DefinitionReadFuzzTestInputs/<method>/});
 * the first byte of an input chooses the format (even: JSON, odd: XML). To fuzz for real, one at a time:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl spbe-complaints -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='DefinitionReadFuzzTest#read_anyText_definitionOrOpen311Exception' \
 *     -Djazzer.instrument='io.github.spbe4j.**,com.fasterxml.jackson.**'
 * </pre>
 */
class DefinitionReadFuzzTest {

    @FuzzTest(maxDuration = "3m")
    void read_anyText_definitionOrOpen311Exception(FuzzedDataProvider data) {
        Open311Format format = data.consumeBoolean() ? Open311Format.XML : Open311Format.JSON;
        String text = data.consumeRemainingAsString();
        ServiceDefinition d;
        try {
            d = ServiceDefinition.read(text, format);
        } catch (SpbeException e) {
            assertThat(e).isInstanceOf(Open311Exception.class);
            assertThat(e.problems()).isNotEmpty();
            return;
        }
        for (Open311Format f : Open311Format.values()) {
            assertThat(ServiceDefinition.read(f.definition(d), f)).isEqualTo(d);
        }
    }
}
