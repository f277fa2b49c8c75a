package io.github.spbe4j.report;

import io.github.spbe4j.core.framework.PredikatBand;
import io.github.spbe4j.core.scoring.NodeScore;
import io.github.spbe4j.core.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The index of every domain and aspect, as a bar chart over the predikat bands on the scale 0 to its maximum. */
final class GroupsSection implements ReportSection {

    private final ScoreCard card;

    GroupsSection(ScoreCard card) {
        this.card = card;
    }

    @Override
    public String id() {
        return "groups";
    }

    @Override
    public String heading(Language language) {
        return Word.GROUPS.in(language);
    }

    @Override
    public void writeHtml(HtmlOut out, Language language) {
        out.element("p", Word.GROUPS_CAPTION.in(language), "class", "caption");
        List<BarChart.Bar> bars = new ArrayList<>();
        for (NodeScore n : card.nodes()) {
            String label = n.code() + " " + n.group().name();
            bars.add(new BarChart.Bar(label, Word.kind(n.group().kind(), language) + " " + label, n.index(),
                    Numbers.fixed(n.indexRounded(), 2, language), n.depth() == 0, n.depth()));
        }
        List<BarChart.Band> bands = new ArrayList<>();
        for (PredikatBand b : card.framework().predikat()) {
            bands.add(new BarChart.Band(b.name(), b.lower(), b.upper()));
        }
        int max = card.framework().scale().max();
        out.open("figure", "class", "figure");
        BarChart.write(out, "chart-groups", Word.GROUPS.in(language), Word.GROUPS_CAPTION.in(language), bars, BigDecimal.valueOf(max),
                bands, BarChart.wholeTicks(max));
        out.close("figure");
    }

    @Override
    public void writeMarkdown(MarkdownOut out, Language language) {
        out.paragraph(Word.GROUPS_CAPTION.in(language));
        List<List<String>> rows = new ArrayList<>();
        for (NodeScore n : card.nodes()) {
            rows.add(List.of(n.code(), n.group().name(), Word.kind(n.group().kind(), language), Numbers.fixed(n.indexRounded(), 2,
                    language), card.framework().predikatFor(n.indexRounded()).name()));
        }
        out.table(List.of(Word.CODE.in(language), Word.NAME.in(language), Word.KIND.in(language), Word.INDEX.in(language),
                Word.PREDIKAT.in(language)), rows, List.of(Word.INDEX.in(language)));
    }
}
