package io.github.spbe4j.report;

import io.github.spbe4j.core.framework.Group;
import io.github.spbe4j.core.scoring.IndicatorScore;
import io.github.spbe4j.core.scoring.ScoreCard;
import java.util.ArrayList;
import java.util.List;

/** The indicator table: every indicator in tree order with its level, source, contribution, headroom and next level. */
final class IndicatorsSection implements ReportSection {

    private final List<NextLevel.Step> steps;
    private final Tree tree;

    IndicatorsSection(ScoreCard card, List<NextLevel.Step> steps) {
        this.steps = steps;
        this.tree = new Tree(card.framework());
    }

    @Override
    public String id() {
        return "indicators";
    }

    @Override
    public String heading(Language language) {
        return Word.INDICATORS.in(language);
    }

    private static List<String> header(Language l) {
        return List.of(Word.CODE.in(l), Word.INDICATOR.in(l), Word.PART_OF.in(l), Word.WEIGHT.in(l), Word.LEVEL.in(l),
                Word.LEVEL_NAME.in(l), Word.SOURCE.in(l), Word.CONTRIBUTION.in(l), Word.HEADROOM.in(l), Word.NEXT.in(l),
                Word.ADDS.in(l));
    }

    private static List<String> numeric(Language l) {
        return List.of(Word.WEIGHT.in(l), Word.LEVEL.in(l), Word.CONTRIBUTION.in(l), Word.HEADROOM.in(l), Word.NEXT.in(l),
                Word.ADDS.in(l));
    }

    private List<List<String>> rows(Language l) {
        List<List<String>> rows = new ArrayList<>();
        for (NextLevel.Step step : steps) {
            IndicatorScore s = step.score();
            String next;
            String adds;
            if (step.gain().isPresent()) {
                next = Numbers.upTo4(step.to().orElseThrow(), l);
                adds = "+" + Numbers.upTo4(step.gain().get(), l);
            } else {
                next = step.external() ? Word.ORIGIN_EXTERNAL.in(l) : Word.AT_TOP.in(l);
                adds = "";
            }
            rows.add(List.of(s.code(), s.indicator().name(), tree.parent(s.code()).map(Group::code).orElse(""),
                    Numbers.upTo4(s.indicator().weight().toBigDecimal(), l), NextLevelSection.level(step, l), s.levelName().orElse(""),
                    Word.origin(s.origin(), l), Numbers.upTo4(s.contribution(), l), Numbers.upTo4(s.headroom(), l), next, adds));
        }
        return rows;
    }

    @Override
    public void writeHtml(HtmlOut out, Language language) {
        List<String> header = header(language);
        List<String> numeric = numeric(language);
        out.open("div", "class", "table-wrap");
        out.open("table", "class", "indicators");
        out.open("thead").open("tr");
        for (String h : header) {
            out.element("th", h, "scope", "col", "class", numeric.contains(h) ? "num" : "text");
        }
        out.close("tr").close("thead");
        out.open("tbody");
        for (List<String> row : rows(language)) {
            out.open("tr");
            for (int c = 0; c < row.size(); c++) {
                if (c == 0) {
                    out.element("th", row.get(c), "scope", "row");
                } else {
                    out.element("td", row.get(c), "class", numeric.contains(header.get(c)) ? "num" : "text");
                }
            }
            out.close("tr");
        }
        out.close("tbody");
        out.close("table");
        out.close("div");
    }

    @Override
    public void writeMarkdown(MarkdownOut out, Language language) {
        out.table(header(language), rows(language), numeric(language));
    }

    /** Writes the indicator table as CSV: fixed English column names, exact plain numbers, one row per indicator. */
    String csv() {
        StringBuilder out = new StringBuilder();
        List<String> header = List.of("code", "name", "part_of", "weight", "level", "level_name", "origin", "contribution", "headroom",
                "next_level", "next_level_gain");
        line(out, header);
        for (NextLevel.Step step : steps) {
            IndicatorScore s = step.score();
            line(out, List.of(s.code(), s.indicator().name(), tree.parent(s.code()).map(Group::code).orElse(""),
                    s.indicator().weight().toString(), s.value().map(v -> v.toPlainString()).orElse(""),
                    s.levelName().orElse(""), s.origin().id(), s.contribution().toPlainString(), s.headroom().toPlainString(),
                    step.to().map(v -> v.toPlainString()).orElse(""), step.gain().map(v -> v.toPlainString()).orElse("")));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(Escape.csvCell(cells.get(i)));
        }
        out.append("\r\n");
    }
}
