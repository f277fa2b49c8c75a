package io.github.spbe4j.cli;

import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.scoring.NotYetIndicatedPolicy;
import io.github.spbe4j.core.scoring.PredikatReading;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import io.github.spbe4j.core.scoring.ScoringOptions;
import io.github.spbe4j.core.table.ScoreTables;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spbe score FILE...}: scores an assessment, or with {@code --format csv} many, one row each. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Score an assessment (JSON; '-' reads standard input) against its framework.",
            "Text output shows the index, the predikat, every domain and aspect, and the indicators sorted by what raising them would add.",
            "With --format csv, score any number of FILEs (JSON assessments, and wide assessment sheets named *.csv) and print one "
                + "header and one row per score card (docs/research.md)."})
final class ScoreCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "FILE",
            description = "The file to read (JSON), or - for standard input.")
    private List<String> files = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private TableFormat format;

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
        if (format == TableFormat.csv) {
            csv();
            return;
        }
        if (files.size() != 1) {
            throw new SpbeException("--format " + format + " shows one assessment and " + files.size()
                    + " FILEs are given; give one FILE, or --format csv for a row per assessment");
        }
        InputFile input = InputFile.of(files.get(0), spec);
        Assessment assessment = input.read(SpbeJson::readAssessment, SpbeJson::readAssessment);
        ScoreCard card = scorer(source.registry(), assessment).score(assessment);
        if (format == TableFormat.json) {
            spec.commandLine().getOut().println(SpbeJson.write(card));
        } else {
            spec.commandLine().getOut().print(ScoreCardText.of(card));
        }
    }

    /** Scores every file, reporting the problems of every file that fails, each naming its file. */
    private void csv() {
        List<ScoreCard> cards = ScoredFiles.score(files, spec, source.registry(), new ScoringOptions(predikatReading, notYetIndicated));
        spec.commandLine().getOut().print(ScoreTables.scoreCards(cards).toCsv());
    }

    private Scorer scorer(FrameworkRegistry registry, Assessment assessment) {
        return Scorer.of(registry.get(assessment.frameworkId()), new ScoringOptions(predikatReading, notYetIndicated));
    }
}
