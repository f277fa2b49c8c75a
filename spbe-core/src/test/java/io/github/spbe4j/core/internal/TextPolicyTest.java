package io.github.spbe4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.core.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text policy, checked against an oracle built from the Unicode character database as Java
 * knows it (general category and bidirectional class), over every UTF-16 code unit and every kind of
 * field.
 */
class TextPolicyTest {

    private static final Set<Byte> BIDI_CONTROLS = Set.of(
            Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING, Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING, Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
            Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT, Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE, Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE,
            Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE);

    /** The invisible characters names refuse, as the policy documents them. */
    private static final Set<Character> INVISIBLE = Set.of('\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060',
            '\u2061', '\u2062', '\u2063', '\u2064', '\u061c', '\u180e', '\ufeff');

    /** The oracle: whether a field of a kind may hold a character standing alone (not part of a pair). */
    private static boolean allowed(char c, TextPolicy kind) {
        if (Character.getType(c) == Character.CONTROL) {
            return kind == TextPolicy.MULTI_LINE && (c == '\n' || c == '\t');
        }
        if (Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
            return false;
        }
        if (Character.getType(c) == Character.SURROGATE) {
            return false;
        }
        if (BIDI_CONTROLS.contains(Character.getDirectionality(c))) {
            return false;
        }
        // Unicode's noncharacters of the basic plane (chapter 23.7): 32 in a block, and the last two code points
        if (c >= 0xfdd0 && c <= 0xfdef || c == 0xfffe || c == 0xffff) {
            return false;
        }
        return kind != TextPolicy.NAME || !INVISIBLE.contains(c);
    }

    static Stream<TextPolicy> kinds() {
        return Stream.of(TextPolicy.values());
    }

    @ParameterizedTest
    @EnumSource(TextPolicy.class)
    void violation_everyCodeUnitAloneAndInText_agreesWithTheUnicodeOracle(TextPolicy kind) {
        List<String> disagreements = new ArrayList<>();
        for (int u = 0; u <= 0xFFFF; u++) {
            char c = (char) u;
            boolean expected = allowed(c, kind);
            for (String text : List.of(String.valueOf(c), "Kota " + c + " Contoh", c + "x", "x" + c)) {
                if (kind.allows(text) != expected) {
                    disagreements.add(String.format("U+%04X in %s", u, Text.quote(text)));
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TextPolicy.class)
    void violation_validSurrogatePairs_areAllowedAndLoneHalvesRefused(TextPolicy kind) {
        Random random = new Random(8);
        for (int i = 0; i < 5000; i++) {
            int cp = 0x10000 + random.nextInt(0x100000);
            String pair = new String(Character.toChars(cp));
            assertThat(kind.allows("a" + pair + "b")).as("U+%X", cp).isTrue();
            assertThat(kind.allows("a" + pair.charAt(0) + "b")).as("high half of U+%X", cp).isFalse();
            assertThat(kind.allows(pair.charAt(1) + "b")).as("low half of U+%X first", cp).isFalse();
            assertThat(kind.allows("a" + pair.charAt(0))).as("high half of U+%X last", cp).isFalse();
            assertThat(kind.allows(pair.charAt(1) + "" + pair.charAt(0))).as("swapped halves of U+%X", cp).isFalse();
        }
    }

    @Test
    void violation_namesTheCharacterItsPositionAndTheRule() {
        assertThat(TextPolicy.LINE.violation("Kota\u001b]0;x\u0007")).hasValue("holds the control character U+001B at character 5;"
                + " it must be one line without control characters");
        assertThat(TextPolicy.MULTI_LINE.violation("a\nb\r\nc")).hasValue("holds a line break U+000D at character 4; text may hold"
                + " line feeds and tabs but no other control characters (write line breaks as \\n)");
        assertThat(TextPolicy.LINE.violation("abc\u202egpj.exe")).get().asString()
                .startsWith("holds the bidirectional control U+202E at character 4; ");
        assertThat(TextPolicy.NAME.violation("dinas\u200bkominfo")).get().asString()
                .startsWith("holds the invisible character U+200B at character 6; ");
        assertThat(TextPolicy.LINE.violation("x\ud800")).hasValue("holds a lone surrogate U+D800 at character 2; text must be valid"
                + " Unicode");
        // a character after a pair counts the pair once
        assertThat(TextPolicy.LINE.violation("\ud83d\ude00\u0000")).get().asString().contains("at character 2;");
    }

    @Test
    void check_makesOneProblemNamingPathValueAndRule() {
        Problem p = TextPolicy.LINE.check("services[2].title", "Izin\u001b[2J").orElseThrow();
        assertThat(p.path()).isEqualTo("services[2].title");
        assertThat(p.rule()).isEqualTo(TextPolicy.RULE);
        assertThat(p.rejectedValue()).hasValue("\"Izin\\u001b[2J\"");
        assertThat(p.toString()).isEqualTo("services[2].title \"Izin\\u001b[2J\" holds the control character U+001B at character 5;"
                + " it must be one line without control characters");
        assertThat(TextPolicy.LINE.check("title", "Izin Usaha Mikro")).isEmpty();
    }

    static Stream<Arguments> ordinaryTexts() {
        return Stream.of("Kota Contoh", "Dinas Komunikasi dan Informatika", "Rp 10.000,00 <gratis> & \"cepat\"", "جاكرتا",
                "Surat Keterangan Tidak Mampu (SKTM)", "café", "🏛️ Balai Kota", "Pelayanan\tterpadu").map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("ordinaryTexts")
    void allows_ordinaryIndonesianAndInternationalText_inEveryOneLineKind(String text) {
        boolean hasTab = text.indexOf('\t') >= 0;
        assertThat(TextPolicy.MULTI_LINE.allows(text)).isTrue();
        assertThat(TextPolicy.LINE.allows(text)).isEqualTo(!hasTab);
        assertThat(TextPolicy.NAME.allows(text)).isEqualTo(!hasTab);
    }

    @Test
    void violation_ofAHugeText_readsItOnce() {
        // linear cost: a text of a million characters with the bad one last is refused, one pass
        String huge = "a".repeat(1_000_000) + "\u0000";
        assertThat(TextPolicy.LINE.violation(huge)).get().asString().contains("at character 1000001;");
    }
}
