package io.github.spbe4j.report;

import io.github.spbe4j.core.framework.PredikatBand;
import io.github.spbe4j.core.plan.Change;
import io.github.spbe4j.core.plan.Plan;
import io.github.spbe4j.core.plan.PlanOutcome;
import io.github.spbe4j.core.scoring.IndicatorScore;
import io.github.spbe4j.core.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A plan to a target: its figures, a chart of the index now and after it against the target, and its changes. */
final class PlanSection implements ReportSection {

    private final ScoreCard before;
    private final PlanOutcome outcome;

    PlanSection(ScoreCard before, PlanOutcome outcome) {
        this.before = before;
        this.outcome = outcome;
    }

    @Override
    public String id() {
        return "plan";
    }

    @Override
    public String heading(Language language) {
        return Word.PLAN.in(language) + ": " + Word.TARGET.in(language) + " " + target(language);
    }

    private String target(Language language) {
        return outcome.target().predikat().orElseGet(() -> Numbers.upTo4(outcome.target().index().orElseThrow(), language));
    }

    private BigDecimal targetValue() {
        return outcome.target().valueIn(before.framework());
    }

    private static String predikat(PredikatBand band) {
        return band.label().map(l -> band.name() + " · " + l).orElse(band.name());
    }

    private List<String[]> facts(Language language) {
        Plan plan = outcome.plan();
        return List.of(new String[] {Word.TARGET.in(language), target(language) + " (" + Numbers.fixed(targetValue(), 2, language) + ")"},
                new String[] {Word.REACHABLE.in(language), (outcome.reachable() ? Word.REACHABLE_YES : Word.REACHABLE_NO).in(language)},
                new String[] {Word.COST.in(language), String.valueOf(plan.cost())},
                new String[] {Word.STEPS.in(language), String.valueOf(plan.steps())},
                new String[] {Word.INDEX_AFTER.in(language), Numbers.fixed(plan.indexRounded(), 2, language) + " ("
                        + Numbers.separatorOnly(plan.index().toPlainString(), language) + ")"},
                new String[] {Word.PREDIKAT_AFTER.in(language), predikat(plan.predikat())});
    }

    private List<String> header(Language language) {
        return List.of(Word.CODE.in(language), Word.INDICATOR.in(language), Word.FROM.in(language), Word.TO.in(language),
                Word.STEPS.in(language), Word.COST.in(language), Word.ADDS.in(language));
    }

    private List<String> numeric(Language language) {
        return List.of(Word.FROM.in(language), Word.TO.in(language), Word.STEPS.in(language), Word.COST.in(language),
                Word.ADDS.in(language));
    }

    private List<List<String>> rows(Language language) {
        List<List<String>> rows = new ArrayList<>();
        for (Change c : outcome.plan().changes()) {
            String name = before.indicator(c.code()).map(IndicatorScore::indicator).map(i -> i.name()).orElse("");
            rows.add(List.of(c.code(), name, c.from().map(v -> Numbers.upTo4(v, language)).orElse(Word.NOT_YET_INDICATED.in(language)),
                    Numbers.upTo4(c.to(), language), String.valueOf(c.steps()), String.valueOf(c.cost()),
                    "+" + Numbers.upTo4(c.gain(), language)));
        }
        return rows;
    }

    @Override
    public void writeHtml(HtmlOut out, Language language) {
        out.element("p", Word.PLAN_CAPTION.in(language), "class", "caption");
        SectionHtml.facts(out, facts(language));
        Plan plan = outcome.plan();
        List<BarChart.Bar> bars = List.of(
                new BarChart.Bar(Word.NOW.in(language), Word.NOW.in(language), before.index(), Numbers.fixed(before.indexRounded(), 2,
                        language) + " " + before.predikat().name(), false, 0),
                new BarChart.Bar(Word.AFTER_PLAN.in(language), Word.AFTER_PLAN.in(language), plan.index(), Numbers.fixed(
                        plan.indexRounded(), 2, language) + " " + plan.predikat().name(), true, 0));
        List<BarChart.Band> bands = new ArrayList<>();
        for (PredikatBand b : before.framework().predikat()) {
            bands.add(new BarChart.Band(b.name(), b.lower(), b.upper()));
        }
        int max = before.framework().scale().max();
        out.open("figure", "class", "figure");
        BarChart.write(out, "chart-plan", Word.PLAN.in(language), Word.PLAN_CAPTION.in(language), bars, BigDecimal.valueOf(max), bands,
                BarChart.wholeTicks(max), List.of(new BarChart.Marker("target", targetValue(), Word.TARGET.in(language) + " "
                        + Numbers.fixed(targetValue(), 2, language))));
        out.close("figure");
        if (plan.changes().isEmpty()) {
            out.element("p", Word.NO_CHANGES.in(language), "class", "note");
        } else {
            SectionHtml.table(out, "plan-changes", header(language), rows(language), numeric(language), -1);
        }
    }

    @Override
    public void writeMarkdown(MarkdownOut out, Language language) {
        out.paragraph(Word.PLAN_CAPTION.in(language));
        List<String> facts = new ArrayList<>();
        facts.add(Word.NOW.in(language) + ": " + Numbers.fixed(before.indexRounded(), 2, language) + " " + predikat(before.predikat()));
        for (String[] f : facts(language)) {
            facts.add(f[0] + ": " + f[1]);
        }
        out.list(facts);
        if (outcome.plan().changes().isEmpty()) {
            out.paragraph(Word.NO_CHANGES.in(language));
        } else {
            out.table(header(language), rows(language), numeric(language));
        }
    }
}
