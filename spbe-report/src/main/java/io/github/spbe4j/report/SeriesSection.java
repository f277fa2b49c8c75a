package io.github.spbe4j.report;

import io.github.spbe4j.core.analysis.Series;
import io.github.spbe4j.core.analysis.SeriesPoint;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.PredikatBand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One agency's index over the years: a line chart over each year's predikat bands, and a table of the years. */
final class SeriesSection implements ReportSection {

    private static final BigDecimal LEFT = BigDecimal.valueOf(60);
    private static final BigDecimal PLOT_WIDTH = BigDecimal.valueOf(780);
    private static final BigDecimal TOP = BigDecimal.valueOf(24);
    private static final BigDecimal PLOT_HEIGHT = BigDecimal.valueOf(240);
    private static final int WIDTH = 900;
    private static final int HEIGHT = 310;

    private final Series series;
    private final FrameworkRegistry frameworks;

    SeriesSection(Series series, FrameworkRegistry frameworks) {
        this.series = series;
        this.frameworks = frameworks;
    }

    @Override
    public String id() {
        return "series";
    }

    @Override
    public String heading(Language language) {
        return Word.SERIES.in(language);
    }

    private BigDecimal max() {
        int max = 0;
        BigDecimal highest = BigDecimal.ZERO;
        for (SeriesPoint p : series.points()) {
            Optional<Framework> f = frameworks.find(p.framework());
            if (f.isPresent()) {
                max = Math.max(max, f.get().scale().max());
            }
            highest = highest.max(p.index());
        }
        BigDecimal end = max > 0 ? BigDecimal.valueOf(max) : BarChart.niceMax(highest);
        return end.max(highest.compareTo(end) > 0 ? BarChart.niceMax(highest) : end);
    }

    private BigDecimal x(int year, int first, int last) {
        if (first == last) {
            return LEFT.add(PLOT_WIDTH.divide(BigDecimal.valueOf(2)));
        }
        return LEFT.add(PLOT_WIDTH.multiply(BigDecimal.valueOf((long) year - first)).divide(BigDecimal.valueOf((long) last - first), 2,
                RoundingMode.HALF_UP));
    }

    private static BigDecimal y(BigDecimal value, BigDecimal max) {
        BigDecimal v = value.max(BigDecimal.ZERO).min(max);
        return TOP.add(PLOT_HEIGHT).subtract(PLOT_HEIGHT.multiply(v).divide(max, 2, RoundingMode.HALF_UP));
    }

    @Override
    public void writeHtml(HtmlOut out, Language language) {
        out.element("p", Word.SERIES_CAPTION.in(language), "class", "caption");
        List<SeriesPoint> points = series.points();
        int first = points.get(0).year();
        int last = points.get(points.size() - 1).year();
        BigDecimal max = max();
        out.open("figure", "class", "figure");
        out.open("svg", "id", "chart-series", "class", "chart", "role", "img", "aria-labelledby", "chart-series-title chart-series-desc",
                "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "width", String.valueOf(WIDTH), "height", String.valueOf(HEIGHT),
                "preserveAspectRatio", "xMinYMin meet");
        out.element("title", Word.SERIES.in(language) + ": " + series.agency().name(), "id", "chart-series-title");
        StringBuilder desc = new StringBuilder(Word.SERIES_CAPTION.in(language));
        for (SeriesPoint p : points) {
            desc.append(' ').append(p.year()).append(" (").append(p.framework()).append("): ")
                    .append(Numbers.fixed(p.indexRounded(), 2, language)).append(' ').append(p.predikat()).append('.');
        }
        out.element("desc", desc.toString(), "id", "chart-series-desc");
        // the bands of each year's framework, from halfway to the year before to halfway to the year after
        out.open("g", "class", "bands");
        for (int i = 0; i < points.size(); i++) {
            SeriesPoint p = points.get(i);
            BigDecimal from = i == 0 ? LEFT : x(points.get(i - 1).year(), first, last).add(x(p.year(), first, last))
                    .divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
            BigDecimal to = i == points.size() - 1 ? LEFT.add(PLOT_WIDTH) : x(p.year(), first, last).add(x(points.get(i + 1).year(),
                    first, last)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
            Optional<Framework> f = frameworks.find(p.framework());
            if (f.isEmpty()) {
                continue;
            }
            int b = 0;
            for (PredikatBand band : f.get().predikat()) {
                BigDecimal top = y(band.upper(), max);
                BigDecimal bottom = y(band.lower(), max);
                out.open("rect", "class", "band band-" + (b % 5), "x", Numbers.coordinate(from), "y", Numbers.coordinate(top), "width",
                        Numbers.coordinate(to.subtract(from)), "height", Numbers.coordinate(bottom.subtract(top)));
                out.element("title", p.framework() + " " + band.name() + ": " + band.lower().toPlainString() + "–"
                        + band.upper().toPlainString());
                out.close("rect");
                if (i == 0 || !points.get(i - 1).framework().equals(p.framework())) {
                    out.element("text", band.name(), "class", "band-label", "x", Numbers.coordinate(from.add(BigDecimal.valueOf(4))),
                            "y", Numbers.coordinate(bottom.subtract(BigDecimal.valueOf(3))));
                }
                b++;
            }
        }
        out.close("g");
        out.open("g", "class", "ticks");
        for (int level = 0; BigDecimal.valueOf(level).compareTo(max) <= 0; level++) {
            String y = Numbers.coordinate(y(BigDecimal.valueOf(level), max));
            out.empty("line", "class", "tick", "x1", Numbers.coordinate(LEFT), "x2", Numbers.coordinate(LEFT.add(PLOT_WIDTH)), "y1", y,
                    "y2", y);
            out.element("text", String.valueOf(level), "class", "tick-label", "x", Numbers.coordinate(LEFT.subtract(BigDecimal.TEN)),
                    "y", y, "text-anchor", "end");
        }
        for (SeriesPoint p : points) {
            out.element("text", String.valueOf(p.year()), "class", "tick-label year", "x", Numbers.coordinate(x(p.year(), first, last)),
                    "y", String.valueOf(HEIGHT - 26), "text-anchor", "middle");
        }
        out.close("g");
        out.open("g", "class", "framework-changes");
        for (int i = 1; i < points.size(); i++) {
            SeriesPoint p = points.get(i);
            if (p.frameworkChanged()) {
                BigDecimal at = x(points.get(i - 1).year(), first, last).add(x(p.year(), first, last)).divide(BigDecimal.valueOf(2), 2,
                        RoundingMode.HALF_UP);
                String x = Numbers.coordinate(at);
                out.open("line", "class", "framework-change", "x1", x, "x2", x, "y1", Numbers.coordinate(TOP.subtract(BigDecimal.TEN)),
                        "y2", Numbers.coordinate(TOP.add(PLOT_HEIGHT)));
                out.element("title", Word.FRAMEWORK_CHANGED.in(language) + ": " + points.get(i - 1).framework() + " → " + p.framework());
                out.close("line");
                out.element("text", "→ " + p.framework(), "class", "framework-label", "x", x, "y", String.valueOf(HEIGHT - 8),
                        "text-anchor", "middle");
            }
        }
        out.close("g");
        StringBuilder line = new StringBuilder();
        for (SeriesPoint p : points) {
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(Numbers.coordinate(x(p.year(), first, last))).append(',').append(Numbers.coordinate(y(p.index(), max)));
        }
        out.empty("polyline", "class", "trend", "points", line.toString());
        out.open("g", "class", "points");
        for (SeriesPoint p : points) {
            String x = Numbers.coordinate(x(p.year(), first, last));
            BigDecimal y = y(p.index(), max);
            out.open("circle", "class", "point", "cx", x, "cy", Numbers.coordinate(y), "r", "5", "data-value", p.index().toPlainString(),
                    "data-year", String.valueOf(p.year()));
            out.element("title", p.year() + " " + p.framework() + ": " + Numbers.fixed(p.indexRounded(), 2, language) + " " + p.predikat());
            out.close("circle");
            out.element("text", Numbers.fixed(p.indexRounded(), 2, language), "class", "value", "x", x, "y",
                    Numbers.coordinate(y.subtract(BigDecimal.TEN)), "text-anchor", "middle");
        }
        out.close("g");
        out.close("svg");
        out.close("figure");
        if (series.crossesFrameworks()) {
            out.element("p", Word.ACROSS_FRAMEWORKS.in(language), "class", "note across-frameworks");
        }
        SectionHtml.table(out, "series-years", header(language), rows(language), numeric(language), -1);
    }

    private List<String> header(Language language) {
        return List.of(Word.YEAR.in(language), Word.FRAMEWORK.in(language), Word.STAGE.in(language), Word.INDEX.in(language),
                Word.PREDIKAT.in(language), Word.CHANGE.in(language));
    }

    private List<String> numeric(Language language) {
        return List.of(Word.INDEX.in(language), Word.CHANGE.in(language));
    }

    private List<List<String>> rows(Language language) {
        List<List<String>> rows = new ArrayList<>();
        for (SeriesPoint p : series.points()) {
            String change = p.indexRoundedDelta() == null ? "" : SectionHtml.signed(p.indexRoundedDelta(), language)
                    + (p.frameworkChanged() ? " (" + Word.FRAMEWORK_CHANGED.in(language) + ")" : "");
            rows.add(List.of(String.valueOf(p.year()), p.framework(), Word.stage(p.stage(), language), Numbers.fixed(p.indexRounded(), 2,
                    language), p.predikat(), change));
        }
        return rows;
    }

    @Override
    public void writeMarkdown(MarkdownOut out, Language language) {
        out.paragraph(Word.SERIES_CAPTION.in(language));
        out.table(header(language), rows(language), numeric(language));
        if (series.crossesFrameworks()) {
            out.paragraph(Word.ACROSS_FRAMEWORKS.in(language));
        }
    }
}
