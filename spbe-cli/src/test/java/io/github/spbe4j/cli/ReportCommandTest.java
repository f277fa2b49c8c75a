package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import io.github.spbe4j.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    private static final Path SAMPLE_2020 = Cli.sample("kota-contoh-2025-spbe-2020.json");
    private static final Path SAMPLE_PEMDI = Cli.sample("kota-contoh-2026-pemdi-2026.json");

    private static ScoreCard card() {
        return Scorer.score(SpbeJson.readAssessment(SAMPLE_2020), FrameworkRegistry.builtIn());
    }

    /** An assessment of the sample's framework and year with every indicator at one level. */
    private static Path peer(Path dir, String name, int year, int level) throws Exception {
        StringBuilder values = new StringBuilder();
        for (int i = 1; i <= 47; i++) {
            values.append(i == 1 ? "" : ",").append('"').append(i).append("\":").append(level);
        }
        Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9]", "_") + "-" + year + ".json");
        Files.writeString(file, "{\"framework\":\"spbe-2020\",\"agency\":{\"name\":" + SpbeJson.newMapper().writeValueAsString(name)
                + "},\"year\":" + year + ",\"values\":{" + values + "}}");
        return file;
    }

    @Test
    void report_sample_writesTheSameHtmlAsTheLibrary(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.html");

        Cli.Run r = Cli.run("report", SAMPLE_2020.toString(), "-o", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(out)).isEqualTo(Report.of(card()).toHtml());
    }

    @Test
    void report_targetSeriesAndPeers_addsTheThreeSections(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.html");
        Path earlier = dir.resolve("earlier.json");
        Files.writeString(earlier, Files.readString(SAMPLE_2020).replace("\"year\": 2025", "\"year\": 2024"));
        assertThat(Files.readString(earlier)).contains("\"year\": 2024");

        Cli.Run r = Cli.run("report", SAMPLE_2020.toString(), "-o", out.toString(), "--target", "Memuaskan", "--series",
                earlier.toString(), SAMPLE_PEMDI.toString(), "--peers", peer(dir, "Kota A", 2025, 4).toString(),
                peer(dir, "Kota B", 2025, 1).toString(), SAMPLE_2020.toString());

        assertThat(r.code()).as(r.err()).isZero();
        String html = Files.readString(out);
        assertThat(html).contains("<section id=\"plan\"", "<section id=\"series\"", "<section id=\"ranking\"", "id=\"chart-plan\"",
                "id=\"chart-series\"", "id=\"chart-ranking\"", "Indicator-level comparison across frameworks is not defined");
        assertThat(html).contains("<dd>71</dd>", "<dd>2 of 3 (spbe-2020, 2025)</dd>");
    }

    @Test
    void report_markdownAndCsvAndIndonesian_asTheLibraryWritesThem(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("report.md");
        Path csv = dir.resolve("indikator.csv");

        assertThat(Cli.run("report", SAMPLE_2020.toString(), "-o", md.toString(), "--format", "markdown", "--language", "id").code())
                .isZero();
        assertThat(Cli.run("report", SAMPLE_2020.toString(), "-o", csv.toString(), "--format", "csv").code()).isZero();

        assertThat(Files.readString(md)).isEqualTo(Report.of(card()).withLanguage(io.github.spbe4j.report.Language.INDONESIAN).toMarkdown());
        assertThat(Files.readString(csv)).isEqualTo(Report.of(card()).indicatorCsv());
    }

    @Test
    void report_hostileAgencyName_staysTextInThePage(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.html");
        Path hostile = peer(dir, "<script>alert(1)</script>", 2025, 3);

        Cli.Run r = Cli.run("report", hostile.toString(), "-o", out.toString(), "--peers", SAMPLE_2020.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out)).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void report_usageErrors_exitTwoAndWriteNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.html");

        assertThat(Cli.run("report", SAMPLE_2020.toString()).code()).isEqualTo(2);
        assertThat(Cli.run("report", SAMPLE_2020.toString(), "-o", out.toString(), "--format", "pdf").code()).isEqualTo(2);
        assertThat(Cli.run("report", SAMPLE_2020.toString(), "-o", out.toString(), "--language", "fr").code()).isEqualTo(2);
        assertThat(Cli.run("report", SAMPLE_2020.toString(), "-o", out.toString(), "--target", "Luar Biasa").code()).isEqualTo(2);
        Cli.Run self = Cli.run("report", SAMPLE_2020.toString(), "-o", SAMPLE_2020.toString());
        assertThat(self.code()).isEqualTo(2);
        assertThat(self.err()).contains("is the input file");
        assertThat(out).doesNotExist();
    }

    @Test
    void report_peersOfAnotherYear_exitsOneAndWritesNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.html");

        Cli.Run r = Cli.run("report", SAMPLE_2020.toString(), "-o", out.toString(), "--peers", peer(dir, "Kota A", 2024, 4).toString());

        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(r.err()).startsWith("spbe: ");
        assertThat(out).doesNotExist();
    }
}
