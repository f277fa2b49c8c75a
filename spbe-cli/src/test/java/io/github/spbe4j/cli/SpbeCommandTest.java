package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpbeCommandTest {

    @Test
    void usageErrors_exitTwoWithOneLineNamingTheHelpToRead() {
        assertThat(Cli.run("bogus").code()).isEqualTo(2);
        assertThat(Cli.run("score").code()).isEqualTo(2);
        assertThat(Cli.run().code()).isEqualTo(2);
        Cli.Run r = Cli.run("score", "x.json", "--format", "xml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n")
                .isEqualTo("spbe: Invalid value for option '--format': expected one of [text, csv, json] (case-sensitive) but was 'xml'"
                        + " (see 'spbe score --help')");
        assertThat(Cli.run("score").err().strip()).isEqualTo("spbe: Missing required parameter: 'FILE' (see 'spbe score --help')");
    }

    @Test
    void run_noSubcommand_namesEveryCommand() {
        Cli.Run r = Cli.run();

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("frameworks", "framework show|check", "score", "wilayah find",
                "catalog validate|metrics|search|export");
    }

    @Test
    void groupWithoutSubcommand_usageErrorNamingItsSubcommands() {
        assertThat(Cli.run("framework").err().strip())
                .isEqualTo("spbe: a subcommand is required: show ID or check FILE (see 'spbe framework --help')");
        assertThat(Cli.run("catalog").err()).contains("validate, metrics, search, export or report");
        assertThat(Cli.run("wilayah").err()).contains("find NAME|CODE");
    }

    @Test
    void help_listsEverySubcommand() {
        Cli.Run root = Cli.run("--help");
        Cli.Run framework = Cli.run("framework", "--help");
        Cli.Run catalog = Cli.run("catalog", "--help");

        assertThat(root.code()).isZero();
        assertThat(root.out()).contains("frameworks", "framework", "score", "wilayah", "catalog");
        assertThat(framework.out()).contains("show", "check");
        assertThat(catalog.out()).contains("validate", "metrics", "search", "export");
    }

    @Test
    void help_listsTheExitCodes() {
        Cli.Run r = Cli.run("--help");

        assertThat(r.out()).containsPattern("(?m)^Exit codes:$")
                .containsPattern("(?m)^\\s+0\\s+success$")
                .containsPattern("(?m)^\\s+1\\s+bad input: ")
                .containsPattern("(?m)^\\s+2\\s+wrong usage: ")
                .containsPattern("(?m)^\\s+3\\s+the output could not be written whole ");
        assertThat(List.of(SpbeCommand.SUCCESS, SpbeCommand.BAD_INPUT, SpbeCommand.WRONG_USAGE, SpbeCommand.OUTPUT_FAILED))
                .containsExactly(0, 1, 2, 3);
    }
}
