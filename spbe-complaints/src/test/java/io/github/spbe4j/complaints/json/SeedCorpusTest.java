package io.github.spbe4j.complaints.json;

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

/** Guards the seed corpus of the complaints-file fuzz tests, which is all they run without JAZZER_FUZZ. */
class SeedCorpusTest {

    @Test
    void everyFuzzTest_hasItsSeedCorpus_withAtLeastTenInputs() throws IOException, URISyntaxException {
        List<Method> fuzzTests = Arrays.stream(ComplaintsJsonFuzzTest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(FuzzTest.class)).toList();
        assertThat(fuzzTests).hasSize(2);
        for (Method m : fuzzTests) {
            String resource = ComplaintsJsonFuzzTest.class.getSimpleName() + "Inputs/" + m.getName();
            URL url = ComplaintsJsonFuzzTest.class.getResource(resource);
            assertThat(url).as("seed corpus %s", resource).isNotNull();
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                assertThat(files.filter(Files::isRegularFile).count()).as("inputs in %s", resource).isGreaterThanOrEqualTo(10);
            }
        }
    }
}
