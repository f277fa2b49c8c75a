package io.github.spbe4j.cli;

import io.github.spbe4j.core.analysis.Comparison;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import io.github.spbe4j.core.scoring.ScoringOptions;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code spbe compare A B}: two assessments of one agency under one framework — two years, or two stages
 * such as the self-assessment and the final result — compared: the index, the predikat, every group and
 * every indicator that changed, and for stages where the assessors disagreed with the self-assessment.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two assessments (JSON; one may be - for standard input) of one agency under one framework: two years, or",
            "two stages (self-assessment and final result). Shows the index and predikat before and after, every domain and aspect",
            "that changed and every indicator that changed; for stages, where the assessors disagreed with the self-assessment.",
            "Assessments under different frameworks are not compared indicator by indicator (see docs/analysis.md)."})
final class CompareCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The earlier assessment (or the self-assessment).")
    private String before;

    @Parameters(index = "1", paramLabel = "B", description = "The later assessment (or the final result).")
    private String after;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Mixin
    private FrameworkSource source = new FrameworkSource();

    @Override
    public void run() {
        if (InputFile.STANDARD_INPUT_ARGUMENT.equals(before) && InputFile.STANDARD_INPUT_ARGUMENT.equals(after)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "A and B are both -; standard input can be read once");
        }
        FrameworkRegistry registry = source.registry();
        Comparison comparison = Comparison.of(card(before, registry), card(after, registry));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(JsonOutput.text(SpbeJson.newMapper().valueToTree(comparison)));
        } else {
            out.println(comparison.summary());
        }
    }

    private ScoreCard card(String argument, FrameworkRegistry registry) {
        Assessment a = InputFile.of(argument, spec).read(SpbeJson::readAssessment, SpbeJson::readAssessment);
        return Scorer.of(registry.get(a.frameworkId()), ScoringOptions.DEFAULTS).score(a);
    }
}
