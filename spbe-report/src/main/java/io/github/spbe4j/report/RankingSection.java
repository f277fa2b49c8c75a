package io.github.spbe4j.report;

import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.analysis.NationalFigure;
import io.github.spbe4j.core.analysis.RankEntry;
import io.github.spbe4j.core.analysis.Ranking;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.PredikatBand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An agency among its peers: its place, a column chart of every peer's index with the median and national lines, the peers' table. */
final class RankingSection implements ReportSection {

    private static final BigDecimal LEFT = BigDecimal.valueOf(40);
    private static final BigDecimal PLOT_WIDTH = BigDecimal.valueOf(740);
    private static final BigDecimal TOP = BigDecimal.valueOf(30);
    private static final BigDecimal PLOT_HEIGHT = BigDecimal.valueOf(220);
    private static final int WIDTH = 900;
    private static final int HEIGHT = 280;

    private final Ranking ranking;
    private final Agency agency;
    private final Optional<Framework> framework;

    RankingSection(Ranking ranking, Agency agency, FrameworkRegistry frameworks) {
        this.ranking = ranking;
        this.agency = agency;
        this.framework = frameworks.find(ranking.framework());
    }

    @Override
    public String id() {
        return "ranking";
    }

    @Override
    public String heading(Language language) {
        return Word.RANKING.in(language);
    }

    private RankEntry self() {
        return ranking.entry(agency).orElseThrow();
    }

    private BigDecimal max() {
        BigDecimal highest = ranking.entries().get(0).index();
        BigDecimal end = framework.map(f -> BigDecimal.valueOf(f.scale().max())).orElseGet(() -> BarChart.niceMax(highest));
        return highest.compareTo(end) > 0 ? BarChart.niceMax(highest) : end;
    }

    private static BigDecimal y(BigDecimal value, BigDecimal max) {
        BigDecimal v = value.max(BigDecimal.ZERO).min(max);
        return TOP.add(PLOT_HEIGHT).subtract(PLOT_HEIGHT.multiply(v).divide(max, 2, RoundingMode.HALF_UP));
    }

    private List<String[]> facts(Language language) {
        RankEntry e = self();
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {Word.RANK.in(language), e.rank() + " " + Word.OF.in(language) + " " + ranking.size() + " ("
                + ranking.framework() + ", " + ranking.year() + ")"});
        facts.add(new String[] {Word.PERCENTILE.in(language), Numbers.fixed(e.percentile(), 2, language)});
        facts.add(new String[] {Word.MEDIAN.in(language), Numbers.upTo4(ranking.median(), language)});
        facts.add(new String[] {Word.VS_MEDIAN.in(language), SectionHtml.signed(e.vsMedian(), language)});
        NationalFigure national = ranking.national();
        if (national == null) {
            facts.add(new String[] {Word.NATIONAL.in(language) + " " + ranking.year(), Word.NATIONAL_UNKNOWN.in(language)});
        } else {
            facts.add(new String[] {Word.NATIONAL.in(language) + " " + national.year(), Numbers.fixed(national.index(), 2, language)
                    + " (" + Word.SOURCE_OF.in(language) + ": " + national.source() + ")"});
            BigDecimal vs = e.vsNational();
            if (vs != null) {
                facts.add(new String[] {Word.VS_NATIONAL.in(language), SectionHtml.signed(vs, language)});
            }
        }
        return facts;
    }

    private List<String> header(Language language) {
        return List.of(Word.RANK.in(language), Word.AGENCY.in(language), Word.INDEX.in(language), Word.PREDIKAT.in(language),
                Word.PERCENTILE.in(language));
    }

    private List<String> numeric(Language language) {
        return List.of(Word.RANK.in(language), Word.INDEX.in(language), Word.PERCENTILE.in(language));
    }

    private List<List<String>> rows(Language language, boolean markSelf) {
        List<List<String>> rows = new ArrayList<>();
        for (RankEntry e : ranking.entries()) {
            String name = e.agency().name();
            if (markSelf && e.agency().equals(agency)) {
                name = name + " (" + Word.THIS_AGENCY.in(language) + ")";
            }
            rows.add(List.of(String.valueOf(e.rank()), name, Numbers.fixed(e.indexRounded(), 2, language), e.predikat(),
                    Numbers.fixed(e.percentile(), 2, language)));
        }
        return rows;
    }

    @Override
    public void writeHtml(HtmlOut out, Language language) {
        out.element("p", Word.RANKING_CAPTION.in(language), "class", "caption");
        SectionHtml.facts(out, facts(language));
        BigDecimal max = max();
        List<RankEntry> entries = ranking.entries();
        int n = entries.size();
        BigDecimal slot = PLOT_WIDTH.divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_UP);
        BigDecimal gap = slot.compareTo(BigDecimal.valueOf(6)) > 0 ? slot.multiply(new BigDecimal("0.2")) : BigDecimal.ZERO;
        RankEntry self = self();
        out.open("figure", "class", "figure");
        out.open("svg", "id", "chart-ranking", "class", "chart", "role", "img", "aria-labelledby", "chart-ranking-title chart-ranking-desc",
                "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "width", String.valueOf(WIDTH), "height", String.valueOf(HEIGHT),
                "preserveAspectRatio", "xMinYMin meet");
        out.element("title", Word.RANKING.in(language) + ": " + agency.name(), "id", "chart-ranking-title");
        StringBuilder desc = new StringBuilder(Word.RANKING_CAPTION.in(language)).append(' ');
        desc.append(agency.name()).append(": ").append(Word.RANK.in(language)).append(' ').append(self.rank()).append(' ')
                .append(Word.OF.in(language)).append(' ').append(n).append(", ").append(Numbers.fixed(self.indexRounded(), 2, language))
                .append(". ").append(Word.MEDIAN.in(language)).append(": ").append(Numbers.upTo4(ranking.median(), language)).append('.');
        NationalFigure national = ranking.national();
        if (national != null) {
            desc.append(' ').append(Word.NATIONAL.in(language)).append(' ').append(national.year()).append(": ")
                    .append(Numbers.fixed(national.index(), 2, language)).append('.');
        }
        out.element("desc", desc.toString(), "id", "chart-ranking-desc");
        out.open("g", "class", "bands");
        if (framework.isPresent()) {
            int b = 0;
            for (PredikatBand band : framework.get().predikat()) {
                BigDecimal top = y(band.upper(), max);
                BigDecimal bottom = y(band.lower(), max);
                out.open("rect", "class", "band band-" + (b % 5), "x", Numbers.coordinate(LEFT), "y", Numbers.coordinate(top), "width",
                        Numbers.coordinate(PLOT_WIDTH), "height", Numbers.coordinate(bottom.subtract(top)));
                out.element("title", band.name() + ": " + band.lower().toPlainString() + "–" + band.upper().toPlainString());
                out.close("rect");
                out.element("text", band.name(), "class", "band-label", "x", Numbers.coordinate(LEFT.add(PLOT_WIDTH).add(BigDecimal
                        .valueOf(4))), "y", Numbers.coordinate(bottom.subtract(BigDecimal.valueOf(3))));
                b++;
            }
        }
        out.close("g");
        out.open("g", "class", "ticks");
        for (int level = 0; BigDecimal.valueOf(level).compareTo(max) <= 0; level++) {
            String y = Numbers.coordinate(y(BigDecimal.valueOf(level), max));
            out.empty("line", "class", "tick", "x1", Numbers.coordinate(LEFT), "x2", Numbers.coordinate(LEFT.add(PLOT_WIDTH)), "y1", y,
                    "y2", y);
            out.element("text", String.valueOf(level), "class", "tick-label", "x", Numbers.coordinate(LEFT.subtract(BigDecimal.valueOf(6))),
                    "y", y, "text-anchor", "end");
        }
        out.close("g");
        out.open("g", "class", "bars");
        BigDecimal bottom = TOP.add(PLOT_HEIGHT);
        for (int i = 0; i < n; i++) {
            RankEntry e = entries.get(i);
            boolean isSelf = e.agency().equals(agency);
            BigDecimal x = LEFT.add(slot.multiply(BigDecimal.valueOf(i))).add(gap.divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP));
            BigDecimal top = y(e.index(), max);
            out.open("rect", "class", isSelf ? "bar bar-self" : "bar", "x", Numbers.coordinate(x), "y", Numbers.coordinate(top), "width",
                    Numbers.coordinate(slot.subtract(gap).max(new BigDecimal("0.5"))), "height", Numbers.coordinate(bottom.subtract(top)),
                    "data-value", e.index().toPlainString(), "data-rank", String.valueOf(e.rank()));
            out.element("title", e.rank() + ". " + e.agency().name() + ": " + Numbers.fixed(e.indexRounded(), 2, language) + " "
                    + e.predikat());
            out.close("rect");
        }
        out.close("g");
        out.open("g", "class", "markers");
        marker(out, "median", ranking.median(), Word.MEDIAN.in(language) + " " + Numbers.fixed(ranking.median(), 2, language), max, 0);
        if (national != null) {
            marker(out, "national", national.index(), Word.NATIONAL.in(language) + " " + national.year() + " "
                    + Numbers.fixed(national.index(), 2, language), max, 1);
        }
        int at = entries.indexOf(self);
        BigDecimal selfX = LEFT.add(slot.multiply(BigDecimal.valueOf(at))).add(slot.divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP));
        out.element("text", agency.name() + " " + Numbers.fixed(self.indexRounded(), 2, language), "class", "self-label", "x",
                Numbers.coordinate(selfX), "y", Numbers.coordinate(y(self.index(), max).subtract(BigDecimal.valueOf(6))), "text-anchor",
                at < n / 2 ? "start" : "end");
        out.close("g");
        out.close("svg");
        out.close("figure");
        SectionHtml.table(out, "peers", header(language), rows(language, false), numeric(language), at);
    }

    private static void marker(HtmlOut out, String cssClass, BigDecimal value, String text, BigDecimal max, int row) {
        String y = Numbers.coordinate(y(value, max));
        out.open("line", "class", "marker " + cssClass, "x1", Numbers.coordinate(LEFT), "x2", Numbers.coordinate(LEFT.add(PLOT_WIDTH)),
                "y1", y, "y2", y, "data-value", value.toPlainString());
        out.element("title", text);
        out.close("line");
        out.element("text", text, "class", "marker-label", "x", Numbers.coordinate(LEFT.add(BigDecimal.valueOf(4))), "y",
                String.valueOf(HEIGHT - 18 + 12 * row));
    }

    @Override
    public void writeMarkdown(MarkdownOut out, Language language) {
        out.paragraph(Word.RANKING_CAPTION.in(language));
        List<String> facts = new ArrayList<>();
        for (String[] f : facts(language)) {
            facts.add(f[0] + ": " + f[1]);
        }
        out.list(facts);
        out.table(header(language), rows(language, true), numeric(language));
    }
}
