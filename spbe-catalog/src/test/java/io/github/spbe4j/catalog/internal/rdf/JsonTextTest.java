package io.github.spbe4j.catalog.internal.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON text of the JSON-LD exports: what it escapes so that it embeds in a web page, and that it reads back the same. */
class JsonTextTest {

    static Stream<Arguments> escaped() {
        return Stream.of(Arguments.of("<", "\\u003c"), Arguments.of(">", "\\u003e"), Arguments.of("&", "\\u0026"),
                Arguments.of("\u2028", "\\u2028"), Arguments.of("\u2029", "\\u2029"), Arguments.of("\ud800", "\\ud800"),
                Arguments.of("\udfff", "\\udfff"), Arguments.of("\u0000", "\\u0000"), Arguments.of("\u001b", "\\u001b"),
                Arguments.of("\n", "\\n"), Arguments.of("\"", "\\\""), Arguments.of("\\", "\\\\"));
    }

    @ParameterizedTest
    @MethodSource("escaped")
    void write_characterThatCouldEndAScriptOrALine_isEscaped(String c, String escape) {
        assertThat(JsonText.write(JsonNodeFactory.instance.textNode("a" + c + "b"))).isEqualTo("\"a" + escape + "b\"\n");
    }

    @Test
    void write_scriptEndInAKeyAndAValue_escapedInBoth() {
        ObjectNode o = JsonNodeFactory.instance.objectNode().put("</script>", "</script><!--");
        assertThat(JsonText.write(o)).isEqualTo("{\n  \"\\u003c/script\\u003e\": \"\\u003c/script\\u003e\\u003c!--\"\n}\n");
    }

    @Test
    void write_anyBasicMultilingualPlaneCharacterAndAPair_readsBackTheSame() throws IOException {
        StringBuilder sb = new StringBuilder();
        IntStream.range(0, 0xd800).forEach(c -> sb.append((char) c));
        IntStream.range(0xe000, 0x10000).forEach(c -> sb.append((char) c));
        sb.append("\ud83c\udde9\ud83c\uddea");
        String text = sb.toString();
        String written = JsonText.write(JsonNodeFactory.instance.textNode(text));
        JsonNode back = new ObjectMapper().readTree(written);
        assertThat(back.textValue()).isEqualTo(text);
        assertThat(written).doesNotContain("<", ">", "&", "\u2028", "\u2029").contains("\ud83c\udde9\ud83c\uddea");
    }
}
