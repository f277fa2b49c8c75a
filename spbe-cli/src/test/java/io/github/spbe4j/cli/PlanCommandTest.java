package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.plan.Change;
import io.github.spbe4j.core.plan.CostModel;
import io.github.spbe4j.core.plan.Plan;
import io.github.spbe4j.core.plan.PlanOutcome;
import io.github.spbe4j.core.plan.Planner;
import io.github.spbe4j.core.plan.Target;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

    private static final Path SAMPLE_2020 = Cli.sample("kota-contoh-2025-spbe-2020.json");

    private static ScoreCard card() {
        return Scorer.score(SpbeJson.readAssessment(SAMPLE_2020), FrameworkRegistry.builtIn());
    }

    @Test
    void plan_sampleToMemuaskanAsJson_reaches4Point20In71StepsAtCost71() throws Exception {
        Cli.Run r = Cli.run("plan", SAMPLE_2020.toString(), "--target", "Memuaskan", "--format", "json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = SpbeJson.newMapper().readTree(r.out());
        assertThat(json.get("reachable").asBoolean()).isTrue();
        assertThat(json.get("cost").asLong()).isEqualTo(71);
        assertThat(json.get("indexRounded").decimalValue()).isEqualByComparingTo("4.20");
        assertThat(json.get("predikat").asText()).isEqualTo("Memuaskan");
        Plan expected = Planner.of(card()).plan(Target.parse("Memuaskan")).plan();
        assertThat(json.get("index").decimalValue()).isEqualByComparingTo(expected.index());
        assertThat(json.get("changes")).hasSize(expected.changes().size());
        int steps = 0;
        for (int i = 0; i < expected.changes().size(); i++) {
            Change c = expected.changes().get(i);
            JsonNode j = json.get("changes").get(i);
            assertThat(j.get("code").asText()).isEqualTo(c.code());
            assertThat(j.get("from").decimalValue()).isEqualByComparingTo(c.from().orElseThrow());
            assertThat(j.get("to").decimalValue()).isEqualByComparingTo(c.to());
            steps += j.get("to").intValue() - j.get("from").intValue();
        }
        assertThat(steps).isEqualTo(71);
    }

    @Test
    void plan_numericTargetAsText_showsTheTargetCostAndEveryChange() {
        PlanOutcome expected = Planner.of(card()).plan(Target.parse("4.2"));

        Cli.Run r = Cli.run("plan", SAMPLE_2020.toString(), "--target", "4.2");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Kota Contoh", "Now        2.37 Cukup", "Target 4.2 (4.2): reached", "After      4.20 Memuaskan",
                "Cost       71   (71 level steps, " + expected.plan().changes().size() + " indicators)");
        assertThat(r.out()).containsPattern("(?m)^11\\s+Tingkat.*\\s3\\s+5\\s+2\\s+2\\s+\\+0\\.05$");
        assertThat(r.out().lines().filter(l -> l.matches("^\\d+ .*"))).hasSize(expected.plan().changes().size());
    }

    @Test
    void plan_maxStepOne_isOutOfReachWithTheHighestIndex() throws Exception {
        Cli.Run r = Cli.run("plan", SAMPLE_2020.toString(), "--target", "Memuaskan", "--max-step", "1", "--format", "json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = SpbeJson.newMapper().readTree(r.out());
        assertThat(json.get("reachable").asBoolean()).isFalse();
        assertThat(json.get("index").decimalValue()).isEqualByComparingTo("3.372");
        Cli.Run text = Cli.run("plan", SAMPLE_2020.toString(), "--target", "Memuaskan", "--max-step", "1");
        assertThat(text.out()).contains("out of reach under these constraints");
    }

    @Test
    void plan_costsFile_plansWithThoseCosts(@TempDir Path dir) throws Exception {
        Path costs = dir.resolve("costs.json");
        Files.writeString(costs, "{\"43\": 3, \"11\": 5}");
        Plan expected = Planner.of(card(), CostModel.uniform().withCosts(Map.of("43", 3L, "11", 5L))).plan(Target.parse("Sangat Baik"))
                .plan();

        Cli.Run r = Cli.run("plan", SAMPLE_2020.toString(), "--target", "Sangat Baik", "--costs", costs.toString(), "--format", "json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = SpbeJson.newMapper().readTree(r.out());
        assertThat(json.get("cost").asLong()).isEqualTo(expected.cost());
        assertThat(json.get("changes")).hasSize(expected.changes().size());
    }

    @Test
    void plan_badCostsFile_exitsOneNamingEveryCodeAndValue(@TempDir Path dir) throws Exception {
        Path costs = dir.resolve("costs.json");
        Files.writeString(costs, "{\"43\": 0, \"11\": 2.5, \"99\": 1, \"12\": \"dua\", \"13\": 2}");

        Cli.Run r = Cli.run("plan", SAMPLE_2020.toString(), "--target", "Baik", "--costs", costs.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("spbe: costs file ").contains("4 problems", "indicator \"43\" is 0", "indicator \"11\" is 2.5",
                "indicator \"99\" is not one of spbe-2020's indicators", "indicator \"12\" is \"dua\"").doesNotContain("\"13\"");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void plan_costsFileNotAnObjectOrMissing_exitsOne(@TempDir Path dir) throws Exception {
        Path costs = dir.resolve("costs.json");
        Files.writeString(costs, "[1, 2]");

        assertThat(Cli.run("plan", SAMPLE_2020.toString(), "--target", "Baik", "--costs", costs.toString()).err())
                .contains("a costs file is a JSON object");
        Cli.Run missing = Cli.run("plan", SAMPLE_2020.toString(), "--target", "Baik", "--costs", dir.resolve("none.json").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("cannot read costs file", "no such file");
        Files.writeString(costs, "{\"43\": 1, \"43\": 2}");
        assertThat(Cli.run("plan", SAMPLE_2020.toString(), "--target", "Baik", "--costs", costs.toString()).code()).isEqualTo(1);
    }

    @Test
    void plan_hostileCodeInCostsFile_isNamedTerminalSafe(@TempDir Path dir) throws Exception {
        Path costs = dir.resolve("costs.json");
        Files.writeString(costs, "{\"\\u001b[31m\\u202eX\": 1}");

        Cli.Run r = Cli.assertTerminalSafe(Cli.run("plan", SAMPLE_2020.toString(), "--target", "Baik", "--costs", costs.toString()));

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("is not one of spbe-2020's indicators").doesNotContain("\u001b", "\u202e");
    }

    @Test
    void plan_budget_givesTheHighestIndexItBuys() throws Exception {
        Plan expected = Planner.of(card()).withinBudget(10);

        Cli.Run r = Cli.run("plan", SAMPLE_2020.toString(), "--budget", "10", "--format", "json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = SpbeJson.newMapper().readTree(r.out());
        assertThat(json.get("cost").asLong()).isEqualTo(expected.cost()).isLessThanOrEqualTo(10);
        assertThat(json.get("index").decimalValue()).isEqualByComparingTo(expected.index());
        assertThat(json.get("budget").asLong()).isEqualTo(10);
        assertThat(Cli.run("plan", SAMPLE_2020.toString(), "--budget", "10").out()).contains("Budget 10: the highest index it buys");
    }

    @Test
    void plan_usageErrors_exitTwo() {
        for (List<String> args : List.<List<String>>of(List.of("--target", "Luar Biasa"), List.of("--target", "abc"), List.of(),
                List.of("--target", "4.2", "--budget", "3"), List.of("--budget", "-1"), List.of("--budget", "x"),
                List.of("--target", "4.2", "--max-step", "0"), List.of("--target", "4.2", "--format", "yaml"))) {
            String[] all = new String[args.size() + 2];
            all[0] = "plan";
            all[1] = SAMPLE_2020.toString();
            for (int i = 0; i < args.size(); i++) {
                all[i + 2] = args.get(i);
            }
            Cli.Run r = Cli.run(all);
            assertThat(r.code()).as(args + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(args.toString()).startsWith("spbe: ").contains("(see 'spbe plan --help')");
        }
    }

    @Test
    void plan_badAssessment_exitsOne(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"framework\":\"spbe-2020\",\"agency\":{\"name\":\"X\"},\"year\":2025,\"values\":{\"1\":7}}");

        Cli.Run r = Cli.run("plan", bad.toString(), "--target", "Baik");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("spbe: ");
    }
}
