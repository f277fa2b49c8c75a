package io.github.spbe4j.core.fuzz;

import static io.github.spbe4j.core.testing.Checks.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.agency.GovernmentKind;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.InvalidAgencyException;
import io.github.spbe4j.core.agency.UnitKind;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.testing.Trees;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Fuzz tests of the instansi reader ({@link SpbeJson#readInstansi(String)}, its stream form and the
 * tree-level reading through the Jackson module at a path): it returns a valid instansi, which writes
 * and reads back equal, or throws an {@link SpbeException} with one-line messages; read as part of a
 * larger document, every problem names a path inside that part. Fuzz for real as the package
 * documentation says, with {@code -Dtest='AgencyJsonFuzzTest#readInstansi_anyBytes_instansiOrSpbeException'}
 * or {@code …#readInstansi_mutatedExample_instansiOrSpbeException}.
 */
class AgencyJsonFuzzTest {

    private static final ObjectMapper MAPPER = SpbeJson.newMapper();
    private static final String PATH = "agencies[3]";
    private static final String ANY_BYTES = "readInstansi_anyBytes_instansiOrSpbeException";

    /** The valid example documents of the byte-level seed corpus, as trees to mutate. */
    private static final List<JsonNode> EXAMPLES = examples();

    @FuzzTest(maxDuration = "3m")
    void readInstansi_anyBytes_instansiOrSpbeException(byte[] data) {
        Instansi fromStream = FuzzChecks.readOrRefuse(() -> SpbeJson.readInstansi(new ByteArrayInputStream(data), "fuzz.json"));
        check(fromStream);
        String text = new String(data, StandardCharsets.UTF_8);
        Instansi fromText = FuzzChecks.readOrRefuse(() -> SpbeJson.readInstansi(text));
        check(fromText);
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JsonProcessingException | NumberFormatException e) {
            return; // malformed JSON is the text reader's business, checked above
        }
        if (tree != null && !tree.isMissingNode()) {
            assertThat(fromTree(tree)).as("the tree-level reader agrees with the text reader").isEqualTo(fromText);
        }
    }

    @FuzzTest(maxDuration = "3m")
    void readInstansi_mutatedExample_instansiOrSpbeException(FuzzedDataProvider data) {
        JsonMutator m = new JsonMutator(EXAMPLES.get(data.consumeInt(0, EXAMPLES.size() - 1)), data);
        // the generic mutations, then some that know the form: region codes and kinds
        m.mutate(6, JsonMutator.Form.FRAMEWORK);
        int n = data.consumeInt(0, 4);
        for (int i = 0; i < n && data.remainingBytes() > 0; i++) {
            List<ObjectNode> objects = new ArrayList<>();
            collectObjects(m.root(), objects);
            if (objects.isEmpty()) {
                break;
            }
            ObjectNode o = objects.get(data.consumeInt(0, objects.size() - 1));
            switch (data.consumeInt(0, 2)) {
                case 0 -> o.set("region", TextNode.valueOf(regionCode(data)));
                case 1 -> o.set("kind", TextNode.valueOf(kind(data)));
                default -> o.remove("region");
            }
        }
        String text = m.text();
        Instansi fromText = FuzzChecks.readOrRefuse(() -> SpbeJson.readInstansi(text));
        check(fromText);
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JsonProcessingException | NumberFormatException e) {
            return;
        }
        assertThat(fromTree(tree)).as("the tree-level reader agrees with the text reader").isEqualTo(fromText);
    }

    /** Guards the seed corpus: a fuzz test renamed away from its inputs would test nothing but the empty input. */
    @Test
    void everyFuzzTest_hasItsSeedCorpus_withAtLeastTenInputs() throws IOException, URISyntaxException {
        List<Method> fuzzTests = Arrays.stream(AgencyJsonFuzzTest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(FuzzTest.class)).toList();
        assertThat(fuzzTests).hasSize(2);
        for (Method m : fuzzTests) {
            String resource = AgencyJsonFuzzTest.class.getSimpleName() + "Inputs/" + m.getName();
            URL url = AgencyJsonFuzzTest.class.getResource(resource);
            assertThat(url).as("seed corpus %s", resource).isNotNull();
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                assertThat(files.filter(Files::isRegularFile).count()).as("inputs in %s", resource).isGreaterThanOrEqualTo(10);
            }
        }
    }

    /** Checks an instansi read: its JSON form reads back equal, as text and as a tree, and writes the same. */
    private static void check(@Nullable Instansi instansi) {
        if (instansi == null) {
            return;
        }
        String written = SpbeJson.write(instansi);
        Instansi back = SpbeJson.readInstansi(written);
        assertThat(back).as("%s read back from its JSON form", instansi).isEqualTo(instansi);
        assertThat(SpbeJson.write(back)).as("JSON form of %s written twice", instansi).isEqualTo(written);
        assertThat(Trees.readInstansi(Trees.toTree(instansi), PATH)).as("%s read back from its tree", instansi).isEqualTo(instansi);
    }

    /**
     * Reads a tree as part of a larger document; returns the instansi, or null when refused with every
     * problem at a path inside the part, which shows that the reader itself found every problem.
     */
    private static @Nullable Instansi fromTree(JsonNode tree) {
        try {
            return Trees.readInstansi(tree, PATH);
        } catch (InvalidAgencyException e) {
            FuzzChecks.checkMessage(e);
            assertThat(e.getMessage()).startsWith("instansi at " + PATH);
            for (String problem : texts(e.problems())) {
                assertThat(problem).as("a problem of %s", e.getMessage()).matches("\\Q" + PATH + "\\E(\\.| must be a JSON object).*");
            }
            return null;
        }
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> out) {
        if (node instanceof ObjectNode o) {
            out.add(o);
        }
        for (JsonNode child : node) {
            collectObjects(child, out);
        }
    }

    /** Returns a region code near the examples' codes: their provinces, kota and kabupaten, kelurahan and desa. */
    private static String regionCode(FuzzedDataProvider data) {
        String[] provinces = {"99", "62", "10"};
        StringBuilder sb = new StringBuilder(data.consumeBoolean() ? "" : "BPS:");
        sb.append(provinces[data.consumeInt(0, provinces.length - 1)]);
        int level = data.consumeInt(0, 3);
        if (level >= 1) {
            sb.append('.').append(String.format(Locale.ROOT, "%02d", data.consumeInt(0, 99)));
        }
        if (level >= 2) {
            sb.append('.').append(String.format(Locale.ROOT, "%02d", data.consumeInt(0, 3)));
        }
        if (level >= 3) {
            sb.append('.').append(data.consumeInt(0, 4)).append(String.format(Locale.ROOT, "%03d", data.consumeInt(1, 3)));
        }
        return sb.toString();
    }

    private static String kind(FuzzedDataProvider data) {
        List<String> kinds = new ArrayList<>();
        for (UnitKind k : UnitKind.values()) {
            kinds.add(k.name().toLowerCase(Locale.ROOT));
        }
        for (GovernmentKind k : GovernmentKind.values()) {
            kinds.add(k.name().toLowerCase(Locale.ROOT));
        }
        return kinds.get(data.consumeInt(0, kinds.size() - 1));
    }

    private static List<JsonNode> examples() {
        List<JsonNode> trees = new ArrayList<>();
        for (String example : List.of("kota-contoh.json", "kota-palangka-raya.json", "bps-central.json", "kabupaten-contoh-desa.json",
                "provinsi-contoh.json")) {
            String resource = AgencyJsonFuzzTest.class.getSimpleName() + "Inputs/" + ANY_BYTES + "/" + example;
            try (InputStream in = AgencyJsonFuzzTest.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing seed " + resource);
                }
                trees.add(MAPPER.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(trees);
    }
}
