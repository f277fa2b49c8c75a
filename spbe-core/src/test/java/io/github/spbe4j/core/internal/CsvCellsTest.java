package io.github.spbe4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void text_quotesSeparatorsAndDisarmsFormulas() {
        assertThat(CsvCells.text("Dinas, Kota")).isEqualTo("\"Dinas, Kota\"");
        assertThat(CsvCells.text("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.text("-1")).isEqualTo("'-1");
        assertThat(CsvCells.text("=A1,B1")).isEqualTo("\"'=A1,B1\"");
        assertThat(CsvCells.text("\tx")).isEqualTo("'\tx");
        assertThat(CsvCells.text("\rx")).isEqualTo("\"'\rx\"");
        assertThat(CsvCells.text("DISKOMINFO")).isEqualTo("DISKOMINFO");
        assertThat(CsvCells.text("'quoted")).isEqualTo("'quoted");
        assertThat(CsvCells.text("'=x")).isEqualTo("''=x");
        assertThat(CsvCells.text("")).isEmpty();
    }

    @Test
    void readText_ofEveryWrittenText_givesTheTextBack() {
        Random r = new Random(4180);
        String alphabet = "=+-@'\t\rab ,\"";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = r.nextInt(5); n > 0; n--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            String cell = CsvCells.text(text);
            String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
            assertThat(CsvCells.readText(unquoted)).as("%s", cell).isEqualTo(text);
            assertThat(unquoted).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
        }
    }
}
