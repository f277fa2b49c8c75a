package io.github.spbe4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.scoring.IndicatorScore;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown form of the report and the indicator table as CSV. */
class MarkdownAndCsvTest {

    @Test
    void toMarkdown_sample_hasTheSummaryEachSectionAndItsTables() {
        ScoreCard card = Samples.card2020();
        String md = Report.of(card).toMarkdown();

        assertThat(md).startsWith("# Kota Contoh — SPBE assessment report 2025\n\n**Index 2.37 — Predikat Cukup**\n\n");
        assertThat(md).contains("\n## Domain and aspect indices\n", "\n## What the next level adds\n", "\n## Indicators\n");
        assertThat(md).contains("| D1 | Kebijakan Internal SPBE | Domain | 2.40 | Cukup |");
        assertThat(md).contains("| 42 | Tingkat Kematangan Layanan Pengaduan Pelayanan Publik | 3 | 4 | +0.03 |");
        long indicatorRows = md.lines().dropWhile(l -> !l.equals("## Indicators")).filter(l -> l.startsWith("| ")).count();
        assertThat(indicatorRows).as("header, alignment row, one row per indicator").isEqualTo(2 + card.indicators().size());
    }

    @Test
    void toMarkdown_indonesian_wordsInIndonesianAndDecimalComma() {
        String md = Report.of(Samples.card2020()).withLanguage(Language.INDONESIAN).toMarkdown();

        assertThat(md).startsWith("# Kota Contoh — Laporan penilaian SPBE 2025\n\n**Indeks 2,37 — Predikat Cukup**\n\n");
        assertThat(md).contains("## Indeks domain dan aspek", "| Kode | Nama | Jenis | Indeks | Predikat |", "| A1 | Kebijakan Internal Tata Kelola SPBE | Aspek | 2,40 |");
    }

    @Test
    void toMarkdown_hostileAgencyName_isEscapedInTheHeading() {
        String md = Report.of(Samples.card2020Named("<script>x</script> | [a](javascript:x)")).toMarkdown();

        assertThat(md.lines().findFirst().orElseThrow())
                .isEqualTo("# \\<script\\>x\\</script\\> \\| \\[a\\](javascript:x) — SPBE assessment report 2025");
    }

    @Test
    void indicatorCsv_sample_oneRowPerIndicatorWithExactNumbers() {
        ScoreCard card = Samples.card2020();
        List<List<String>> rows = parse(Report.of(card).withLanguage(Language.INDONESIAN).indicatorCsv());

        assertThat(rows.get(0)).containsExactly("code", "name", "part_of", "weight", "level", "level_name", "origin", "contribution",
                "headroom", "next_level", "next_level_gain");
        assertThat(rows).hasSize(1 + card.indicators().size());
        for (int i = 0; i < card.indicators().size(); i++) {
            IndicatorScore s = card.indicators().get(i);
            List<String> row = rows.get(i + 1);
            assertThat(row.get(0)).isEqualTo(s.code());
            assertThat(row.get(1)).isEqualTo(s.indicator().name());
            assertThat(row.get(4)).isEqualTo(s.value().orElseThrow().toPlainString());
            assertThat(row.get(6)).isEqualTo("value");
            assertThat(row.get(7)).isEqualTo(s.contribution().toPlainString());
            assertThat(row.get(8)).isEqualTo(s.headroom().toPlainString());
        }
        assertThat(rows.get(1).subList(2, 4)).containsExactly("A1", "1.3");
        // what the next level adds is the card's own exact figure, as the scorer writes it
        assertThat(rows.get(42).get(10)).isEqualTo("0.03").isEqualTo(card.indicators().get(41).nextLevelGain().toPlainString());
    }

    @Test
    void indicatorCsv_formulaInAnIndicatorName_isDisarmedAndQuoted() {
        String formula = "=HYPERLINK(\"http://contoh.test\",\"klik\")";
        Framework base = FrameworkRegistry.builtIn().get("spbe-2020");
        String json = base.toJson().replace("\"Tingkat Kematangan Layanan Data Terbuka\"",
                "\"=HYPERLINK(\\\"http://contoh.test\\\",\\\"klik\\\")\"");
        Framework hostile = Framework.parse(json);
        ScoreCard card = Scorer.of(hostile).score(Samples.assessment2020());

        String csv = Report.of(card).indicatorCsv();

        assertThat(csv).contains("\r\n43,\"'=HYPERLINK(\"\"http://contoh.test\"\",\"\"klik\"\")\",A8,");
        assertThat(parse(csv).get(43).get(1)).isEqualTo("'" + formula);
    }

    /** An RFC 4180 reader, as a spreadsheet reads the file. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
