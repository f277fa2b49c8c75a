package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TerminalWriterTest {

    /** Characters a hostile text would use, and some that are fine. */
    private static final char[] ALPHABET = {'a', 'Z', ' ', '"', '\\', '\n', '\t', '\r', '\u001b', '\u0007', '\u0000', '\u007f',
        '\u0085', '\u009b', '\u2028', '\u2029', '\u202a', '\u202e', '\u2066', '\u2069', '\u200b', 'é', '—', '\ud83d', '\ude00',
        '\ud800', '\udfff'};

    private static String written(String... parts) throws IOException {
        return written(false, parts);
    }

    private static String written(boolean crLf, String... parts) throws IOException {
        StringWriter out = new StringWriter();
        try (TerminalWriter w = new TerminalWriter(out, crLf)) {
            for (String part : parts) {
                w.write(part);
            }
        }
        return out.toString();
    }

    private static String random(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    @Test
    void write_escapeSequences_shownAsEscapes() throws IOException {
        assertThat(written("title \u001b]0;pwned\u0007 \u001b[2J end")).isEqualTo("title \\u001b]0;pwned\\u0007 \\u001b[2J end");
    }

    @Test
    void write_bidiSeparatorsDelAndC1_shownAsEscapes() throws IOException {
        assertThat(written("a\u202eb\u2066c\u2028d\u2029e\u007ff\u009bg")).isEqualTo(
                "a\\u202eb\\u2066c\\u2028d\\u2029e\\u007ff\\u009bg");
    }

    @Test
    void write_lineFeedsTabsAndTextOfAnyScript_passAsTheyAre() throws IOException {
        String text = "Kota Contoh\t— Indeks 2,37\nPalangka Raya · é · \ud83d\ude00\n";

        assertThat(written(text)).isEqualTo(text);
    }

    @Test
    void write_carriageReturn_shownAsEscape() throws IOException {
        assertThat(written("line\r\nover\rwrite")).isEqualTo("line\\u000d\nover\\u000dwrite");
    }

    @Test
    void write_carriageReturnWhereLinesEndSo_keptOnlyBeforeALineFeed() throws IOException {
        assertThat(written(true, "line\r\nover\rwrite")).isEqualTo("line\r\nover\\u000dwrite");
        assertThat(written(true, "line\r", "\nnext\r")).isEqualTo("line\r\nnext\\u000d");
        assertThat(written(true, "a\u001b\r\nb\u202e")).isEqualTo("a\\u001b\r\nb\\u202e");
    }

    @Test
    void constructor_systemLineEnd_keptAsItIs() throws IOException {
        StringWriter out = new StringWriter();
        try (PrintWriter w = new PrintWriter(new TerminalWriter(out))) {
            w.println("line");
        }

        assertThat(out.toString()).isEqualTo("line" + System.lineSeparator());
    }

    @Test
    void write_surrogatePairSplitAcrossWrites_passesWhole() throws IOException {
        assertThat(written("smile \ud83d", "\ude00!")).isEqualTo("smile \ud83d\ude00!");
    }

    @Test
    void write_loneSurrogates_shownAsEscapes() throws IOException {
        assertThat(written("a\ud800b", "\udfff", "c\ud83d")).isEqualTo("a\\ud800b\\udfffc\\ud83d");
    }

    @Test
    void write_singleCharactersAndArrays_neutralisedAlike() throws IOException {
        StringWriter out = new StringWriter();
        try (TerminalWriter w = new TerminalWriter(out)) {
            w.write('\u001b');
            w.write("x\u001by".toCharArray(), 1, 1);
            w.write("[\u202e]", 1, 1);
        }

        assertThat(out.toString()).isEqualTo("\\u001b\\u001b\\u202e");
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 200).mapToObj(i -> 8_000L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void write_randomTextInRandomParts_nothingRawReachesTheTerminal(long seed) throws IOException {
        Random random = new Random(seed);
        String text = random(random, 1 + random.nextInt(40));
        int cut = random.nextInt(text.length() + 1);

        String shown = written(text.substring(0, cut), text.substring(cut));

        assertThat(Cli.rawControls(shown)).as("%s shown as %s", text, shown).isEmpty();
        // the writer changes only what it must: with the escapes read back, the text is the same
        assertThat(unescape(shown)).isEqualTo(text);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void write_jsonReportWithHostileStrings_staysValidJsonWithTheSameValues(long seed) throws IOException {
        Random random = new Random(seed);
        ObjectNode report = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < 5; i++) {
            report.put(random(random, 1 + random.nextInt(8)), random(random, random.nextInt(30)));
        }

        String shown = written(JsonOutput.text(report));
        JsonNode read = new ObjectMapper().readTree(shown);

        assertThat(Cli.rawControls(shown)).isEmpty();
        assertThat(read).isEqualTo(report);
    }

    /** Reads back the writer's escapes ({@code \}{@code uXXXX} of what it escaped); an independent oracle. */
    private static String unescape(String shown) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c == '\\' && escaped(shown, i)) {
                sb.append((char) Integer.parseInt(shown.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether the backslash at i starts an escape of a character the writer escapes. */
    private static boolean escaped(String shown, int i) {
        if (i + 6 > shown.length() || shown.charAt(i + 1) != 'u') {
            return false;
        }
        int c;
        try {
            c = Integer.parseInt(shown.substring(i + 2, i + 6), 16);
        } catch (NumberFormatException e) {
            return false;
        }
        return !Cli.rawControls(String.valueOf((char) c)).isEmpty();
    }
}
