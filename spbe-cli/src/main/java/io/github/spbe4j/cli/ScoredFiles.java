package io.github.spbe4j.cli;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import io.github.spbe4j.core.scoring.ScoringOptions;
import io.github.spbe4j.core.table.AssessmentSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The assessments of many files, scored: the commands that take {@code FILE...} ({@code score --format csv},
 * {@code rank}) read each file — a wide assessment sheet when its name ends in {@code .csv}, an
 * assessment JSON otherwise, {@code -} for standard input at most once — and score every assessment
 * against its framework. A file that fails does not stop the others being read; if any failed, one
 * exception names every such file with its first problem, and nothing is scored.
 */
final class ScoredFiles {

    private ScoredFiles() {
    }

    /**
     * Reads and scores the assessments of every file, in the order given.
     *
     * @param files the FILE arguments
     * @param spec the command, whose root knows standard input
     * @param registry the frameworks
     * @param options how to score
     * @return the score cards, file by file, a sheet's in its row order
     * @throws SpbeException naming every file that could not be read or scored
     */
    static List<ScoreCard> score(List<String> files, CommandSpec spec, FrameworkRegistry registry, ScoringOptions options) {
        List<ScoreCard> cards = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int standardInputs = 0;
        for (String argument : files) {
            InputFile input = InputFile.of(argument, spec);
            if (input.isStandardInput() && ++standardInputs > 1) {
                throw new SpbeException("FILE - is given " + standardInputs + " times; standard input can be read once");
            }
            try {
                List<Assessment> assessments;
                if (!input.isStandardInput() && argument.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    assessments = input.read(p -> AssessmentSheet.read(p, registry), (in, name) -> AssessmentSheet.read(in, name, registry));
                } else {
                    Assessment one = input.read(SpbeJson::readAssessment, SpbeJson::readAssessment);
                    assessments = List.of(one);
                }
                for (Assessment a : assessments) {
                    cards.add(Scorer.of(registry.get(a.frameworkId()), options).score(a));
                }
            } catch (SpbeException e) {
                problems.add(Problem.of(Text.clean(input.name()), "File", Text.clean(input.name()) + ": " + Text.firstLine(e.getMessage()),
                        null));
            }
        }
        if (!problems.isEmpty()) {
            throw new SpbeException("spbe " + spec.name(), problems);
        }
        return cards;
    }
}
