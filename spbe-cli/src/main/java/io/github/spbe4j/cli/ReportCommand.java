package io.github.spbe4j.cli;

import io.github.spbe4j.core.analysis.Ranking;
import io.github.spbe4j.core.analysis.Series;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.plan.Planner;
import io.github.spbe4j.core.plan.Target;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import io.github.spbe4j.report.Report;
import io.github.spbe4j.report.ReportSections;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spbe report FILE -o report.html}: the report of an assessment as a self-contained HTML page, Markdown or CSV. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the report of an assessment (JSON; '-' reads standard input): a self-contained HTML page with charts"
                + " (no script, nothing fetched), the same as Markdown, or the indicator table as CSV.",
            "With --target it adds the exact cheapest plan to the target; with --series the agency's other years; with --peers its"
                + " place among peers of the same framework and year."})
final class ReportCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFile input = new InputFile();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The file to write (whole or not at all).")
    private Path output;

    @Option(names = "--target", paramLabel = "T",
            description = "Add the plan to a target: an index such as 4.2, or a predikat such as Memuaskan (every level step costs 1).")
    private String target;

    @Option(names = "--language", paramLabel = "en|id", defaultValue = "en",
            description = "The language of the report's own words: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Language language;

    @Option(names = "--format", defaultValue = "html", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = "--series", paramLabel = "FILE", arity = "1..*",
            description = "The agency's assessments of other years, for the trend over the years.")
    private List<Path> series = List.of();

    @Option(names = "--peers", paramLabel = "FILE", arity = "1..*",
            description = "Assessments of peer agencies of the same framework and year, for the ranking.")
    private List<Path> peers = List.of();

    @Mixin
    private FrameworkSource source = new FrameworkSource();

    @Override
    public void run() {
        CommandLine cli = spec.commandLine();
        OutputFile.refuseInput(cli, "-o", output, input.file());
        for (Path p : series) {
            OutputFile.refuseInput(cli, "-o", output, Optional.of(p));
        }
        for (Path p : peers) {
            OutputFile.refuseInput(cli, "-o", output, Optional.of(p));
        }
        FrameworkRegistry registry = source.registry();
        Assessment assessment = input.read(SpbeJson::readAssessment, SpbeJson::readAssessment);
        Framework framework = registry.get(assessment.frameworkId());
        Target goal = target == null ? null : PlanCommand.target(cli, target, framework);
        ScoreCard card = Scorer.of(framework).score(assessment);
        Report report = Report.of(card).withLanguage(language == Language.id ? io.github.spbe4j.report.Language.INDONESIAN
                : io.github.spbe4j.report.Language.ENGLISH);
        if (goal != null) {
            report = report.with(ReportSections.plan(card, Planner.of(card).plan(goal)));
        }
        if (!series.isEmpty()) {
            List<ScoreCard> cards = new ArrayList<>();
            cards.add(card);
            for (Path p : series) {
                cards.add(Scorer.score(SpbeJson.readAssessment(p), registry));
            }
            report = report.with(ReportSections.series(Series.of(cards), registry));
        }
        if (!peers.isEmpty()) {
            List<ScoreCard> cards = new ArrayList<>();
            cards.add(card);
            for (Path p : peers) {
                ScoreCard peer = Scorer.score(SpbeJson.readAssessment(p), registry);
                // the agency itself among the peer files: its own card stands for it
                if (!peer.assessment().agency().equals(card.assessment().agency())) {
                    cards.add(peer);
                }
            }
            report = report.with(ReportSections.ranking(Ranking.of(cards), card.assessment().agency(), registry));
        }
        String text = switch (format) {
            case html -> report.toHtml();
            case markdown -> report.toMarkdown();
            case csv -> report.indicatorCsv();
        };
        OutputFile.write(output, text);
    }
}
