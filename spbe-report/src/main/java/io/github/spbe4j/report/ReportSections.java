package io.github.spbe4j.report;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.analysis.Ranking;
import io.github.spbe4j.core.analysis.Series;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.plan.PlanOutcome;
import io.github.spbe4j.core.scoring.ScoreCard;
import java.util.Objects;

/**
 * The report sections spbe4j provides beyond a score card's own: a plan to a target, a series over the
 * years and a ranking among peers, each with an inline SVG chart, a table of its figures and its words
 * in English or Bahasa Indonesia; added to a report with {@link Report#with(ReportSection)}.
 *
 * <pre>{@code
 * Report report = Report.of(card)
 *         .with(ReportSections.plan(card, Planner.of(card).plan(Target.parse("Memuaskan"))))
 *         .with(ReportSections.series(Series.of(cardsOfTheYears)))
 *         .with(ReportSections.ranking(Ranking.of(peerCards), card.assessment().agency()));
 * }</pre>
 *
 * <p>Every text these sections write — agency names, framework labels, the national index's source —
 * goes through {@link HtmlOut} and {@link MarkdownOut}, which escape it. The sections are immutable and
 * thread-safe.
 *
 * @since 0.2.0
 */
public final class ReportSections {

    private ReportSections() {
    }

    /**
     * Returns the section of a plan (id {@code plan}): the target, whether it is reached, the cost and
     * level steps, the index and predikat after the plan, a chart of the index now and after the plan
     * against the target over the predikat bands, and the changes as a table (from, to, steps, cost,
     * what each adds).
     *
     * @param before the score card planned from (the report's card)
     * @param outcome the planner's answer for that card
     * @return the section
     * @throws SpbeException if the plan is not one of the card's agency, year and framework
     */
    public static ReportSection plan(ScoreCard before, PlanOutcome outcome) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(outcome, "outcome");
        ScoreCard after = outcome.plan().after();
        if (!after.framework().id().equals(before.framework().id()) || !after.assessment().agency().equals(before.assessment().agency())
                || after.assessment().year() != before.assessment().year()) {
            throw new SpbeException(Problem.of("outcome", "SameAssessment", "the plan is of another agency, year or framework ("
                    + after.assessment().year() + " " + after.framework().id() + ") than the card it is reported with ("
                    + before.assessment().year() + " " + before.framework().id() + ")", null));
        }
        return new PlanSection(before, outcome);
    }

    /**
     * Returns the section of a series over the years (id {@code series}), reading each year's predikat
     * bands from the built-in frameworks: see {@link #series(Series, FrameworkRegistry)}.
     *
     * @param series the agency's series
     * @return the section
     */
    public static ReportSection series(Series series) {
        return series(series, FrameworkRegistry.builtIn());
    }

    /**
     * Returns the section of a series over the years (id {@code series}): a line chart of the index per
     * year over the predikat bands of each year's framework (a framework the registry does not know is
     * drawn without bands), each change of framework marked; a table of the years; and, when the series
     * crosses frameworks, the plain note that indicator-level comparison across frameworks is not
     * defined.
     *
     * @param series the agency's series
     * @param frameworks where the frameworks of the series are looked up, for their bands and scale
     * @return the section
     */
    public static ReportSection series(Series series, FrameworkRegistry frameworks) {
        return new SeriesSection(Objects.requireNonNull(series, "series"), Objects.requireNonNull(frameworks, "frameworks"));
    }

    /**
     * Returns the section of an agency among its peers (id {@code ranking}), reading the predikat bands
     * from the built-in frameworks: see {@link #ranking(Ranking, Agency, FrameworkRegistry)}.
     *
     * @param ranking the ranking of the peers, the agency among them
     * @param agency the agency the report is of
     * @return the section
     * @throws SpbeException if the agency is not in the ranking
     */
    public static ReportSection ranking(Ranking ranking, Agency agency) {
        return ranking(ranking, agency, FrameworkRegistry.builtIn());
    }

    /**
     * Returns the section of an agency among its peers (id {@code ranking}): its rank of all, percentile,
     * distance to the peer median and to the national index of the year (with its source) when one is
     * published; a chart of every peer's index as a column, highest first, the agency's highlighted, with
     * lines at the peer median and the national index; and the table of all peers.
     *
     * @param ranking the ranking of the peers, the agency among them
     * @param agency the agency the report is of
     * @param frameworks where the ranking's framework is looked up, for its bands and scale
     * @return the section
     * @throws SpbeException if the agency is not in the ranking
     */
    public static ReportSection ranking(Ranking ranking, Agency agency, FrameworkRegistry frameworks) {
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(frameworks, "frameworks");
        if (ranking.entry(agency).isEmpty()) {
            throw new SpbeException(Problem.of("agency", "InRanking", "the agency reported on is not among the "
                    + ranking.size() + " agencies ranked; rank it with its peers", null));
        }
        return new RankingSection(ranking, agency, frameworks);
    }
}
