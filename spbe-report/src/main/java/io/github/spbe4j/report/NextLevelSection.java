package io.github.spbe4j.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What each indicator's next level adds to the whole index, as a bar chart, largest first. */
final class NextLevelSection implements ReportSection {

    private final List<NextLevel.Step> steps;

    NextLevelSection(List<NextLevel.Step> steps) {
        this.steps = steps;
    }

    @Override
    public String id() {
        return "next-level";
    }

    @Override
    public String heading(Language language) {
        return Word.NEXT_LEVEL.in(language);
    }

    @Override
    public void writeHtml(HtmlOut out, Language language) {
        out.element("p", Word.NEXT_LEVEL_CAPTION.in(language), "class", "caption");
        List<NextLevel.Step> ranked = NextLevel.byGain(steps);
        if (ranked.isEmpty()) {
            out.element("p", Word.ALL_AT_TOP.in(language));
        } else {
            List<BarChart.Bar> bars = new ArrayList<>();
            for (NextLevel.Step s : ranked) {
                String label = s.score().code() + " " + s.score().indicator().name();
                BigDecimal gain = s.gain().orElseThrow();
                bars.add(new BarChart.Bar(label, label + " (" + level(s, language) + " → " + Numbers.upTo4(s.to().orElseThrow(),
                        language) + ")", gain, "+" + Numbers.upTo4(gain, language), false, 0));
            }
            BigDecimal max = BarChart.niceMax(ranked.get(0).gain().orElseThrow());
            List<BarChart.Tick> ticks = new ArrayList<>();
            int divisions = max.unscaledValue().intValue() == 2 ? 4 : 5;
            for (int i = 0; i <= divisions; i++) {
                BigDecimal at = max.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(divisions));
                ticks.add(new BarChart.Tick(at, Numbers.upTo4(at, language)));
            }
            out.open("figure", "class", "figure");
            BarChart.write(out, "chart-next-level", Word.NEXT_LEVEL.in(language), Word.NEXT_LEVEL_CAPTION.in(language), bars, max,
                    List.of(), ticks);
            out.close("figure");
        }
        List<String> external = externalCodes();
        if (!external.isEmpty()) {
            out.element("p", Word.NOT_BY_STEPS.in(language) + ": " + String.join(", ", external) + ".", "class", "note");
        }
    }

    @Override
    public void writeMarkdown(MarkdownOut out, Language language) {
        out.paragraph(Word.NEXT_LEVEL_CAPTION.in(language));
        List<NextLevel.Step> ranked = NextLevel.byGain(steps);
        if (ranked.isEmpty()) {
            out.paragraph(Word.ALL_AT_TOP.in(language));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (NextLevel.Step s : ranked) {
                rows.add(List.of(s.score().code(), s.score().indicator().name(), level(s, language), Numbers.upTo4(s.to().orElseThrow(),
                        language), "+" + Numbers.upTo4(s.gain().orElseThrow(), language)));
            }
            out.table(List.of(Word.CODE.in(language), Word.INDICATOR.in(language), Word.LEVEL.in(language), Word.NEXT.in(language),
                    Word.ADDS.in(language)), rows, List.of(Word.LEVEL.in(language), Word.NEXT.in(language), Word.ADDS.in(language)));
        }
        List<String> external = externalCodes();
        if (!external.isEmpty()) {
            out.paragraph(Word.NOT_BY_STEPS.in(language) + ": " + String.join(", ", external) + ".");
        }
    }

    private List<String> externalCodes() {
        List<String> codes = new ArrayList<>();
        for (NextLevel.Step s : steps) {
            if (s.external()) {
                codes.add(s.score().code());
            }
        }
        return codes;
    }

    /** The indicator's level as shown: its value, or "not yet indicated". */
    static String level(NextLevel.Step s, Language language) {
        return s.score().value().map(v -> Numbers.upTo4(v, language)).orElse(Word.NOT_YET_INDICATED.in(language));
    }
}
