package io.github.spbe4j.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the seed corpus: without the JAZZER_FUZZ variable a fuzz test runs only its seeds, so a fuzz
 * test renamed away from its inputs directory would silently test nothing but the empty input.
 */
class SeedCorpusTest {

    @Test
    void everyFuzzTest_hasItsSeedCorpus_withAtLeastTenInputs() throws IOException, URISyntaxException {
        List<Method> fuzzTests = Arrays.stream(SpbeJsonFuzzTest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(FuzzTest.class)).toList();
        assertThat(fuzzTests).hasSize(4);
        for (Method m : fuzzTests) {
            String resource = SpbeJsonFuzzTest.class.getSimpleName() + "Inputs/" + m.getName();
            URL url = SpbeJsonFuzzTest.class.getResource(resource);
            assertThat(url).as("seed corpus %s", resource).isNotNull();
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                assertThat(files.filter(Files::isRegularFile).count()).as("inputs in %s", resource).isGreaterThanOrEqualTo(10);
            }
        }
    }
}
