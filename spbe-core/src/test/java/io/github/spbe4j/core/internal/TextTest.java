package io.github.spbe4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** What reaches a terminal or a message: {@link Text#forTerminal} and the escapes of {@link Text#quote}. */
class TextTest {

    /** The oracle: a character that may not reach a terminal as such, read on its own. */
    private static boolean dangerous(char c) {
        int type = Character.getType(c);
        if (type == Character.CONTROL) {
            return c != '\n' && c != '\t';
        }
        return type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
                || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
    }

    @Test
    void forTerminal_everyCodeUnit_isKeptOrEscapedAsTheOracleSays() {
        for (int u = 0; u <= 0xFFFF; u++) {
            char c = (char) u;
            String shown = Text.forTerminal("a" + c + "b");
            if (dangerous(c)) {
                assertThat(shown).as("U+%04X", u).isEqualTo("a" + String.format("\\u%04x", u) + "b");
            } else {
                assertThat(shown).as("U+%04X", u).isEqualTo("a" + c + "b");
            }
        }
    }

    @Test
    void forTerminal_randomTexts_neverLetADangerousCharacterThrough() {
        Random random = new Random(2026);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                sb.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : (char) (0x20 + random.nextInt(0x60)));
            }
            String shown = Text.forTerminal(sb);
            for (int k = 0; k < shown.length(); k++) {
                char c = shown.charAt(k);
                boolean pairedHigh = Character.isHighSurrogate(c) && k + 1 < shown.length() && Character.isLowSurrogate(shown.charAt(k + 1));
                boolean pairedLow = Character.isLowSurrogate(c) && k > 0 && Character.isHighSurrogate(shown.charAt(k - 1));
                if (!pairedHigh && !pairedLow) {
                    assertThat(dangerous(c)).as("U+%04X in %s", (int) c, shown).isFalse();
                }
            }
        }
    }

    @Test
    void forTerminal_terminalAttacks_areShownNotRun() {
        assertThat(Text.forTerminal("Izin\u001b]0;pwned\u0007\u001b[2J")).isEqualTo("Izin\\u001b]0;pwned\\u0007\\u001b[2J");
        assertThat(Text.forTerminal("invoice\u202eexe.pdf")).isEqualTo("invoice\\u202eexe.pdf");
        assertThat(Text.forTerminal("baris 1\nbaris 2\tkolom")).isEqualTo("baris 1\nbaris 2\tkolom");
        assertThat(Text.forTerminal("\ud83c\udfdb Balai Kota")).isEqualTo("\ud83c\udfdb Balai Kota");
    }

    @Test
    void quote_escapesBidiControlsAndLoneSurrogatesButKeepsPairs() {
        assertThat(Text.quote("a\u202eb\ud800c\ud83d\ude00")).isEqualTo("\"a\\u202eb\\ud800c\ud83d\ude00\"");
    }

    @Test
    void quote_ofAHugeText_isCutWithoutSplittingAPair() {
        String shown = Text.quote("\ud83d\ude00".repeat(100));
        assertThat(shown).endsWith("...").hasSizeLessThanOrEqualTo(Text.SHOWN);
        assertThat(Character.isHighSurrogate(shown.charAt(shown.length() - 4))).isFalse();
    }

    @Test
    void quote_showsInvisibleCharactersEscaped_soAReaderSeesWhyANameWasRefused() {
        assertThat(Text.quote("kota\u200bcontoh\ufeff")).isEqualTo("\"kota\\u200bcontoh\\ufeff\"");
    }
}
