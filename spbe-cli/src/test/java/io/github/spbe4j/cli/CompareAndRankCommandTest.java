package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.core.analysis.Comparison;
import io.github.spbe4j.core.analysis.Ranking;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import io.github.spbe4j.core.table.AssessmentSheet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareAndRankCommandTest {

    private static final Path SHEET = Cli.sample("kota-contoh-province-2025.csv");
    private static final FrameworkRegistry REGISTRY = FrameworkRegistry.builtIn();

    private static ScoreCard score(Assessment a) {
        return Scorer.of(REGISTRY.get(a.frameworkId())).score(a);
    }

    private static List<Assessment> kotaContoh() {
        return AssessmentSheet.read(SHEET, REGISTRY).stream().filter(a -> a.agency().name().equals("Kota Contoh")).toList();
    }

    @Test
    void compare_twoYearsOfOneAgency_printsTheLibrarysSummary(@TempDir Path dir) throws Exception {
        List<Assessment> years = kotaContoh();
        Path a = dir.resolve("2024.json");
        Path b = dir.resolve("2025.json");
        Files.writeString(a, SpbeJson.write(years.get(0)));
        Files.writeString(b, SpbeJson.write(years.get(1)));
        Comparison expected = Comparison.of(score(years.get(0)), score(years.get(1)));

        Cli.Run text = Cli.assertTerminalSafe(Cli.run("compare", a.toString(), b.toString()));
        Cli.Run json = Cli.run("compare", a.toString(), b.toString(), "--format", "json");

        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out().strip()).isEqualTo(expected.summary());
        JsonNode tree = new ObjectMapper().readTree(json.out());
        assertThat(tree.get("kind").asText()).isEqualTo("years");
        assertThat(tree.get("indexDelta").decimalValue()).isEqualByComparingTo(expected.indexDelta());
        assertThat(tree.get("indicators")).hasSize(expected.indicators().size());
    }

    @Test
    void compare_differentAgencies_isBadInputSayingWhy(@TempDir Path dir) throws Exception {
        List<Assessment> all = AssessmentSheet.read(SHEET, REGISTRY);
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.writeString(a, SpbeJson.write(all.get(0)));
        Files.writeString(b, SpbeJson.write(all.stream().filter(x -> !x.agency().equals(all.get(0).agency())).findFirst().orElseThrow()));

        Cli.Run r = Cli.run("compare", a.toString(), b.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isNotBlank();
    }

    @Test
    void rank_sheet_ranksEachYearAsTheLibraryDoes() throws Exception {
        List<ScoreCard> cards = AssessmentSheet.read(SHEET, REGISTRY).stream().map(CompareAndRankCommandTest::score).toList();
        Ranking y2025 = Ranking.of(cards.stream().filter(c -> c.assessment().year() == 2025).toList());
        Ranking y2024 = Ranking.of(cards.stream().filter(c -> c.assessment().year() == 2024).toList());

        Cli.Run text = Cli.assertTerminalSafe(Cli.run("rank", SHEET.toString()));
        Cli.Run one = Cli.run("rank", SHEET.toString(), "--year", "2025");
        Cli.Run csv = Cli.run("rank", SHEET.toString(), "--year", "2024", "--format", "csv");
        Cli.Run json = Cli.run("rank", SHEET.toString(), "--format", "json");

        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains(y2024.summary()).contains(y2025.summary());
        assertThat(one.out().strip()).isEqualTo(y2025.summary());
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("framework,year,rank,agency,agency_code,index,index_rounded,predikat,percentile,vs_median,vs_national");
        assertThat(lines).hasSize(1 + y2024.size());
        assertThat(lines.get(1)).startsWith("spbe-2020,2024," + y2024.entries().get(0).rank() + "," + y2024.entries().get(0).agency().name() + ",");
        // 2024 has a published national index (3.12), so every row compares against it
        assertThat(lines.subList(1, lines.size())).allMatch(l -> !l.endsWith(","));
        assertThat(new ObjectMapper().readTree(json.out())).hasSize(2);
    }

    @Test
    void rank_yearWithNoAssessment_isBadInput() {
        Cli.Run r = Cli.run("rank", SHEET.toString(), "--year", "2019");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("2019");
    }

    @Test
    void rank_denseMethod_andAnUnknownMethodIsAUsageError() {
        assertThat(Cli.run("rank", SHEET.toString(), "--method", "dense").out()).contains("dense ranking");
        assertThat(Cli.run("rank", SHEET.toString(), "--method", "olympic").code()).isEqualTo(2);
    }
}
