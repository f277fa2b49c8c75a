package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.InvalidFrameworkException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameworkCheckCommandTest {

    private static final Path CUSTOM = Cli.resource("opd-kota-contoh.json");

    /** The problems the library's loader finds in a file, in their string form: the oracle of the command's list. */
    private static List<String> problemsOf(Path file) {
        InvalidFrameworkException e = catchThrowableOfType(InvalidFrameworkException.class, () -> Framework.read(file));
        assertThat(e).as("the loader refuses %s", file).isNotNull();
        return e.problems().stream().map(String::valueOf).toList();
    }

    private static Path broken(String name) {
        return Cli.resource("framework/broken/" + name);
    }

    @Test
    void check_customExample_validWithItsIdAndIndicatorCount() {
        Cli.Run r = Cli.run("framework", "check", CUSTOM.toString());

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("valid: opd-kota-contoh-2026 (3 indicators)" + System.lineSeparator());
    }

    @Test
    void check_fileBreakingFiveRules_listsEachProblemOnItsOwnLine() {
        Path file = broken("several-problems.json");

        Cli.Run r = Cli.run("framework", "check", file.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("invalid: " + file + " (5 problems)");
        assertThat(lines.subList(1, lines.size())).containsExactly(
                "  aspect A1 has weight 40 but its children's weights sum to 39",
                "  code K1 is used by more than one node",
                "  indicator L1 refers to ladder service, which is not defined",
                "  predikat bands Kurang (to 2.5) and Baik (from 2.6) leave a gap",
                "  conversion for X9 refers to no indicator of this framework");
    }

    @ParameterizedTest
    @ValueSource(strings = {"several-problems.json", "several-json-problems.json", "malformed.json"})
    void check_brokenFile_listsExactlyTheProblemsTheLoaderFinds(String name) {
        Path file = broken(name);
        List<String> problems = problemsOf(file);

        Cli.Run r = Cli.run("framework", "check", file.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines().skip(1)).containsExactlyElementsOf(problems.stream().map(p -> "  " + p).toList());
        assertThat(r.out().lines().findFirst().orElseThrow())
                .endsWith("(" + problems.size() + (problems.size() == 1 ? " problem)" : " problems)"));
    }

    @Test
    void check_formatProblems_namesEachPathAndValue() {
        Cli.Run r = Cli.run("framework", "check", broken("several-json-problems.json").toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines().skip(1)).hasSize(4).satisfiesExactly(
                l -> assertThat(l).contains("versi", "not a known field"),
                l -> assertThat(l).contains("ladders[0].levels", "satu"),
                l -> assertThat(l).contains("(L1).name", "missing"),
                l -> assertThat(l).contains("(L2).weight", "banyak"));
    }

    @Test
    void check_malformedJson_oneProblemNamingLineAndColumn() {
        Cli.Run r = Cli.run("framework", "check", broken("malformed.json").toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines()).hasSize(2);
        assertThat(r.out()).contains("(1 problem)", "not valid JSON at line 4, column 3");
    }

    @Test
    void check_jsonFormatValid_givesIdAndNoProblems() throws Exception {
        Cli.Run r = Cli.run("framework", "check", CUSTOM.toString(), "--format", "json");
        JsonNode json = new ObjectMapper().readTree(r.out());

        assertThat(r.code()).isZero();
        assertThat(json.get("valid").asBoolean()).isTrue();
        assertThat(json.get("framework").asText()).isEqualTo("opd-kota-contoh-2026");
        assertThat(json.get("problems")).isEmpty();
        assertThat(json.get("omitted").asInt()).isZero();
        assertThat(json.get("file").asText()).isEqualTo(CUSTOM.toString());
    }

    @Test
    void check_jsonFormatInvalid_givesEveryProblemAndNoFramework() throws Exception {
        Path file = broken("several-problems.json");

        Cli.Run r = Cli.run("framework", "check", file.toString(), "--format", "json");
        JsonNode json = new ObjectMapper().readTree(r.out());

        assertThat(r.code()).isEqualTo(1);
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("framework").isNull()).isTrue();
        assertThat(json.get("problems")).extracting(p -> p.get("message").asText()).containsExactlyElementsOf(problemsOf(file));
        assertThat(json.get("problems")).allSatisfy(p -> assertThat(p.has("path") && p.has("rule")).isTrue());
        assertThat(json.get("omitted").asInt()).isZero();
    }

    @Test
    void check_standardInput_readsItAndNamesItInTheReport() throws Exception {
        Cli.Run valid = Cli.runWithStandardInput(Files.readAllBytes(CUSTOM), "framework", "check", "-");
        Cli.Run invalid = Cli.runWithStandardInput(Files.readAllBytes(broken("several-problems.json")), "framework", "check", "-");

        assertThat(valid.code()).isZero();
        assertThat(valid.out()).startsWith("valid: opd-kota-contoh-2026 (3 indicators)");
        assertThat(invalid.code()).isEqualTo(1);
        assertThat(invalid.out()).startsWith("invalid: (standard input) (5 problems)");
    }

    @Test
    void check_builtInFrameworkWrittenOut_validWithANoteThatItsIdIsTaken() {
        Cli.Run shown = Cli.run("framework", "show", "spbe-2020", "--format", "json");

        Cli.Run r = Cli.runWithStandardInput(shown.out(), "framework", "check", "-");

        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).first().isEqualTo("valid: spbe-2020 (47 indicators)");
        assertThat(r.out()).contains("note: spbe-2020 is also the id of a built-in framework");
    }

    @Test
    void check_missingFile_oneLineErrorNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-framework.json");

        Cli.Run r = Cli.run("framework", "check", missing.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("spbe: ").contains("no-such-framework.json");
    }
}
