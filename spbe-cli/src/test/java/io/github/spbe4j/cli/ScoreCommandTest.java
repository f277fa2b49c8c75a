package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.scoring.Scorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {

    private static final Path SAMPLE_2020 = Cli.sample("kota-contoh-2025-spbe-2020.json");
    private static final Path SAMPLE_2026 = Cli.sample("kota-contoh-2026-pemdi-2026.json");

    @Test
    void score_sampleAsText_showsIndexPredikatEveryDomainAndAspectAndIndicatorsByHeadroom() {
        var expected = Scorer.of(FrameworkRegistry.builtIn().get("spbe-2020")).score(SpbeJson.readAssessment(SAMPLE_2020));

        Cli.Run r = Cli.run("score", SAMPLE_2020.toString());

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Kota Contoh", "spbe-2020", "Index      " + expected.indexRounded().toPlainString(),
                "Predikat   " + expected.predikat().name());
        for (String code : new String[] {"D1", "D2", "D3", "D4", "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8"}) {
            assertThat(r.out()).containsPattern("(?m)^\\s*" + code + "\\s");
        }
        // the first indicator listed is one with the largest headroom
        String firstIndicator = r.out().lines().dropWhile(l -> !l.startsWith("CODE     INDICATOR")).skip(1).findFirst().orElseThrow();
        assertThat(firstIndicator.split("\\s+")[0]).isEqualTo(expected.byHeadroom().get(0).code());
    }

    @Test
    void score_sampleAsJson_holdsIndexRoundedPredikatAndEveryGroupByCode() throws Exception {
        var expected = Scorer.of(FrameworkRegistry.builtIn().get("spbe-2020")).score(SpbeJson.readAssessment(SAMPLE_2020));

        Cli.Run r = Cli.run("score", SAMPLE_2020.toString(), "--format", "json");

        assertThat(r.code()).isZero();
        // read numbers as exact decimals: D3 of SPBE 2020 weighs 16.5, so its index is a multiple of 1/11
        JsonNode json = SpbeJson.newMapper().readTree(r.out());
        assertThat(json.get("index").decimalValue()).isEqualByComparingTo(expected.index());
        assertThat(json.get("indexRounded").decimalValue()).isEqualByComparingTo(expected.indexRounded());
        assertThat(json.get("predikat").asText()).isEqualTo(expected.predikat().name());
        for (var node : expected.nodes()) {
            assertThat(json.get("nodes").get(node.code()).get("index").decimalValue()).isEqualByComparingTo(node.index());
        }
        assertThat(json.get("indicators").size()).isEqualTo(47);
    }

    @Test
    void score_pemdiSampleWithEvidenceAndExternalValues_scores() {
        Cli.Run r = Cli.run("score", SAMPLE_2026.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("pemdi-2026", "provisional");
    }

    @Test
    void score_standardInput_readsTheAssessment() {
        String json = "{\"framework\":\"opd-kota-contoh-2026\",\"agency\":{\"name\":\"Dinas Contoh\"},\"year\":2026,"
                + "\"values\":{\"K1\":3,\"K2\":5,\"L1\":4}}";
        Cli.Run r = Cli.runWithStandardInput(json, "score", "-", "--format", "json", "--framework-file",
                Cli.resource("opd-kota-contoh.json").toString());

        assertThat(r.code()).isZero();
        // (25*3 + 15*5 + 60*4) / 100 = 3.9
        assertThat(r.out()).contains("\"index\" : 3.9", "\"predikat\" : \"Baik\"");
    }

    @Test
    void score_badValues_exitsOneWithOneLineErrorListingEveryProblemAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"framework\":\"spbe-2020\",\"agency\":{\"name\":\"X\"},\"year\":2025,\"values\":{\"1\":7,\"2\":2.5,\"99\":1}}");

        Cli.Run r = Cli.run("score", bad.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ")
                .startsWith("spbe: ")
                .contains("indicator 1 has value 7; values run 1..5", "indicator 2 has value 2.5", "unknown indicator code 99",
                        "45 indicators have no value: 3..47");
    }

    @Test
    void score_malformedJson_namesLineAndColumn(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"framework\": \"spbe-2020\",\n \"year\": }");

        Cli.Run r = Cli.run("score", bad.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("not valid JSON at line 2").doesNotContain("\tat ");
    }

    @Test
    void score_missingFileOrUnknownFramework_exitsOne(@TempDir Path dir) throws Exception {
        assertThat(Cli.run("score", dir.resolve("none.json").toString()).err()).contains("no such file");
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"framework\":\"spbe-1999\",\"agency\":{\"name\":\"X\"},\"year\":2025,\"values\":{}}");
        Cli.Run r = Cli.run("score", other.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("spbe: unknown framework 'spbe-1999'; known frameworks are spbe-2018, spbe-2018-35x1, spbe-2020, pemdi-2026");
    }

    @Test
    void score_unroundedPredikatReading_isHonoured() throws Exception {
        Cli.Run r = Cli.run("score", SAMPLE_2020.toString(), "--predikat-reading", "UNROUNDED", "--format", "json");
        assertThat(new ObjectMapper().readTree(r.out()).get("predikatReading").asText()).isEqualTo("unrounded");
    }

    @Test
    void score_csvOfManyFiles_printsOneHeaderAndOneRowPerScoreCard() throws Exception {
        var spbe = Scorer.score(SpbeJson.readAssessment(SAMPLE_2020), FrameworkRegistry.builtIn());
        Path sheet = Cli.sample("kota-contoh-province-2025.csv");

        Cli.Run r = Cli.run("score", "--format", "csv", SAMPLE_2020.toString(), SAMPLE_2026.toString(), sheet.toString());

        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(1 + 2 + 16);
        assertThat(lines.get(0)).startsWith("agency,agency_code,year,framework,stage,index,index_rounded,predikat,node:D1,");
        assertThat(lines.get(1)).startsWith("Kota Contoh,kota-contoh,2025,spbe-2020,self-assessment," + spbe.index().toPlainString() + ","
                + spbe.indexRounded().toPlainString() + "," + spbe.predikat().name() + ",");
        assertThat(lines.get(2)).contains(",pemdi-2026,");
        assertThat(lines.get(3)).startsWith("Kota Contoh,kota-contoh,2024,spbe-2020,final,");
        assertThat(lines.stream().map(l -> l.split(",", -1).length).distinct()).hasSize(1);
    }

    @Test
    void score_csvWithBadFiles_exitsOneNamingEveryBadFile(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"framework\":\"spbe-2020\",\"agency\":{\"name\":\"X\"},\"year\":2025,\"values\":{\"1\":7}}");
        Path badSheet = dir.resolve("bad.csv");
        Files.writeString(badSheet, "agency,year,framework,1\nKota,2025,spbe-2020,9\n");

        Cli.Run r = Cli.run("score", "--format", "csv", SAMPLE_2020.toString(), bad.toString(), badSheet.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("spbe score has 2 problems: ", bad + ": ", "indicator 1 has value 7", badSheet + ": sheet ",
                "row 2, column 1 (D)").doesNotContain("\tat ");
    }

    @Test
    void score_textOrJsonOfTwoFiles_isRefused() {
        Cli.Run r = Cli.run("score", SAMPLE_2020.toString(), SAMPLE_2026.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("--format text shows one assessment and 2 FILEs are given");
    }
}
