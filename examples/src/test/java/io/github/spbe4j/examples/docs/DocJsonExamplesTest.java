package io.github.spbe4j.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.spbe4j.catalog.json.CatalogJson;
import io.github.spbe4j.complaints.json.ComplaintsJson;
import io.github.spbe4j.complaints.lifecycle.TransitionTable;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.json.SpbeJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every {@code json} code block of README.md and docs/*.md with the library's own reader for
 * what it shows, so that every example file in the documentation loads.
 *
 * <p>Each block says what it is in its info string (see DEVELOPERS.md, Documentation):
 * {@code ```json framework}, {@code assessment}, {@code instansi}, {@code catalog} or {@code complaints} is a
 * whole file, read with {@code SpbeJson}, {@code CatalogJson} or {@code ComplaintsJson} and required to load; {@code ```json KIND invalid}
 * is a counter-example, required to be refused with an {@link SpbeException}; {@code ```json fragment}
 * is part of a file or a program's output, required to be well-formed JSON (one or more values).
 */
class DocJsonExamplesTest {

    /** What a json block shows, named by the word after {@code json}. */
    enum Kind {
        FRAMEWORK((in, source) -> Framework.read(in, source)),
        ASSESSMENT((in, source) -> SpbeJson.readAssessment(in, source)),
        INSTANSI((in, source) -> SpbeJson.readInstansi(in, source)),
        CATALOG((in, source) -> CatalogJson.read(in, source)),
        COMPLAINTS((in, source) -> ComplaintsJson.read(in, source, Locale.ENGLISH, TransitionTable.sp4nLapor())),
        FRAGMENT(DocJsonExamplesTest::wellFormed);

        private final BiConsumer<InputStream, String> reader;

        Kind(BiConsumer<InputStream, String> reader) {
            this.reader = reader;
        }

        String marker() {
            return name().toLowerCase(Locale.ROOT);
        }

        void read(FencedBlock block) {
            reader.accept(new ByteArrayInputStream(block.text().getBytes(StandardCharsets.UTF_8)), block.place());
        }

        static Optional<Kind> of(String marker) {
            return Arrays.stream(values()).filter(k -> k.marker().equals(marker)).findFirst();
        }
    }

    static final String INVALID = "invalid";

    static Stream<FencedBlock> jsonBlocks() {
        return Docs.blocks("json").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonBlocks")
    void jsonBlock_readsAsItsMarkerSays(FencedBlock block) {
        List<String> markers = block.markers();
        Optional<Kind> kind = markers.isEmpty() ? Optional.empty() : Kind.of(markers.get(0));
        boolean invalid = markers.size() == 2 && markers.get(1).equals(INVALID);
        assertThat(kind.isPresent() && (markers.size() == 1 || invalid) && !(invalid && kind.get() == Kind.FRAGMENT))
                .as("%s: ```%s does not say what the block is; write ```json KIND (a whole file, loaded), ```json KIND %s"
                        + " (a counter-example, refused) or ```json %s (part of a file or output, well-formed); KIND is one of %s",
                        block.place(), block.info(), INVALID, Kind.FRAGMENT.marker(),
                        Arrays.stream(Kind.values()).filter(k -> k != Kind.FRAGMENT).map(Kind::marker).collect(Collectors.toList()))
                .isTrue();

        if (invalid) {
            Throwable refused = catchThrowable(() -> kind.get().read(block));
            assertThat(refused)
                    .as("%s is marked as a counter-example (```json %s %s), but the %s reader accepts it", block.place(),
                            kind.get().marker(), INVALID, kind.get().marker())
                    .isInstanceOf(SpbeException.class);
        } else {
            Throwable thrown = catchThrowable(() -> kind.get().read(block));
            assertThat(thrown)
                    .withFailMessage("%s: the %s in this json block does not load: %s", block.place(), kind.get().marker(),
                            thrown == null ? "" : thrown)
                    .isNull();
        }
    }

    @Test
    void documentation_jsonBlocks_coverEveryFileKind() {
        List<String> markers = jsonBlocks().map(b -> b.markers().isEmpty() ? "" : b.markers().get(0)).collect(Collectors.toList());

        assertThat(markers).contains("framework", "assessment", "instansi", "catalog", "complaints");
    }

    /** Checks that the text is one or more JSON values and nothing else, without duplicate keys. */
    static void wellFormed(InputStream in, String source) {
        JsonFactory factory = JsonFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        try (JsonParser parser = factory.createParser(in)) {
            int values = 0;
            int depth = 0;
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t.isStructStart()) {
                    depth++;
                } else if (t.isStructEnd()) {
                    depth--;
                }
                if (depth == 0) {
                    values++;
                }
            }
            if (values == 0) {
                throw new IllegalArgumentException(source + ": the json block holds no JSON value");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": not well-formed JSON: " + e.getMessage(), e);
        }
    }
}
