package io.github.spbe4j.cli;

import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.scoring.NotYetIndicatedPolicy;
import io.github.spbe4j.core.scoring.PredikatReading;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import io.github.spbe4j.core.scoring.ScoringOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spbe score FILE}: scores an assessment. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Score an assessment (JSON; '-' reads standard input) against its framework.",
            "Text output shows the index, the predikat, every domain and aspect, and the indicators sorted by what raising them would add."})
final class ScoreCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFile input = new InputFile();

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--predikat-reading", defaultValue = "ROUNDED",
            description = "Read the predikat from the ROUNDED (2 decimals, half-up) or UNROUNDED index (default: ${DEFAULT-VALUE}).")
    private PredikatReading predikatReading;

    @Option(names = "--not-yet-indicated", defaultValue = "CONTRIBUTE_NOTHING",
            description = "An indicator whose evidence proves no level: CONTRIBUTE_NOTHING (scored as adding nothing, and reported) or REJECT (default: ${DEFAULT-VALUE}).")
    private NotYetIndicatedPolicy notYetIndicated;

    @Mixin
    private FrameworkSource source = new FrameworkSource();

    @Override
    public void run() {
        Assessment assessment = input.read(SpbeJson::readAssessment, SpbeJson::readAssessment);
        Scorer scorer = Scorer.of(source.registry().get(assessment.frameworkId()),
                new ScoringOptions(predikatReading, notYetIndicated));
        ScoreCard card = scorer.score(assessment);
        if (format == Format.json) {
            spec.commandLine().getOut().println(SpbeJson.write(card));
        } else {
            spec.commandLine().getOut().print(ScoreCardText.of(card));
        }
    }
}
