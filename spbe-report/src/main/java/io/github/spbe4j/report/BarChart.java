package io.github.spbe4j.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A horizontal bar chart drawn as inline SVG through {@link HtmlOut}: one row a bar, labels on the
 * left, the value after the bar, optional background bands (the predikat) and ticks along the top.
 * Accessible: {@code role="img"} with a {@code title} and a {@code desc} that reads every bar.
 */
final class BarChart {

    /** One bar: its label (shortened when long; {@code tooltip} keeps it whole), value and how it is shown. */
    record Bar(String label, String tooltip, BigDecimal value, String valueText, boolean strong, int indent) {
    }

    /** A background band from {@code lower} to {@code upper} on the chart's scale. */
    record Band(String name, BigDecimal lower, BigDecimal upper) {
    }

    /** A tick on the scale with its text. */
    record Tick(BigDecimal at, String text) {
    }

    /** A vertical line across the bars at a value (a target), with its text. */
    record Marker(String cssClass, BigDecimal at, String text) {
    }

    static final int MAX_LABEL = 60;
    private static final BigDecimal WIDTH = BigDecimal.valueOf(900);
    private static final BigDecimal PLOT_X = BigDecimal.valueOf(440);
    private static final BigDecimal PLOT_WIDTH = BigDecimal.valueOf(380);
    private static final int ROW = 22;
    private static final int TOP = 46;
    private static final int BOTTOM = 12;

    private BarChart() {
    }

    /**
     * Writes the chart.
     *
     * @param id the chart's id, for its title's and description's ids
     * @param max the value at the right end of the scale (0 at the left), above zero
     */
    static void write(HtmlOut out, String id, String title, String description, List<Bar> bars, BigDecimal max, List<Band> bands,
            List<Tick> ticks) {
        write(out, id, title, description, bars, max, bands, ticks, List.of());
    }

    /** Writes the chart with markers drawn across the bars. */
    static void write(HtmlOut out, String id, String title, String description, List<Bar> bars, BigDecimal max, List<Band> bands,
            List<Tick> ticks, List<Marker> markers) {
        if (max.signum() <= 0) {
            throw new IllegalArgumentException("a chart's scale must end above zero, not at " + max.toPlainString());
        }
        int height = TOP + ROW * bars.size() + BOTTOM + (markers.isEmpty() ? 0 : 16);
        BigDecimal plotBottom = BigDecimal.valueOf((long) TOP + (long) ROW * bars.size());
        out.open("svg", "id", id, "class", "chart", "role", "img", "aria-labelledby", id + "-title " + id + "-desc", "viewBox",
                "0 0 " + WIDTH.toPlainString() + " " + height, "width", WIDTH.toPlainString(), "height", String.valueOf(height),
                "preserveAspectRatio", "xMinYMin meet");
        out.element("title", title, "id", id + "-title");
        StringBuilder read = new StringBuilder(readOut(bars));
        for (Marker m : markers) {
            read.append(' ').append(m.text()).append('.');
        }
        out.element("desc", description + " " + read, "id", id + "-desc");
        out.open("g", "class", "bands");
        int b = 0;
        for (Band band : bands) {
            BigDecimal x = x(band.lower(), max);
            BigDecimal w = x(band.upper(), max).subtract(x);
            out.open("rect", "class", "band band-" + (b % 5), "x", Numbers.coordinate(x), "y", "18", "width", Numbers.coordinate(w),
                    "height", Numbers.coordinate(plotBottom.subtract(BigDecimal.valueOf(18))));
            out.element("title", band.name() + ": " + band.lower().toPlainString() + "–" + band.upper().toPlainString());
            out.close("rect");
            out.element("text", band.name(), "class", "band-label", "x", Numbers.coordinate(x.add(w.divide(BigDecimal.valueOf(2)))),
                    "y", b % 2 == 0 ? "29" : "40", "text-anchor", "middle");
            b++;
        }
        out.close("g");
        out.open("g", "class", "ticks");
        for (Tick t : ticks) {
            String x = Numbers.coordinate(x(t.at(), max));
            out.empty("line", "class", "tick", "x1", x, "x2", x, "y1", "18", "y2", Numbers.coordinate(plotBottom));
            out.element("text", t.text(), "class", "tick-label", "x", x, "y", "12", "text-anchor", "middle");
        }
        out.close("g");
        out.open("g", "class", "bars");
        int row = 0;
        for (Bar bar : bars) {
            int y = TOP + ROW * row;
            String labelClass = bar.strong() ? "label label-strong" : "label";
            out.open("text", "class", labelClass, "x", String.valueOf(8 + 14 * bar.indent()), "y", String.valueOf(y + 15));
            out.element("title", bar.tooltip());
            out.text(shorten(bar.label()));
            out.close("text");
            BigDecimal w = x(bar.value().max(BigDecimal.ZERO).min(max), max).subtract(PLOT_X);
            out.open("rect", "class", bar.strong() ? "bar bar-strong" : "bar", "x", PLOT_X.toPlainString(), "y", String.valueOf(y + 4),
                    "width", Numbers.coordinate(w), "height", "14", "data-value", bar.value().toPlainString());
            out.element("title", bar.tooltip() + ": " + bar.valueText());
            out.close("rect");
            out.element("text", bar.valueText(), "class", "value", "x", Numbers.coordinate(PLOT_X.add(w).add(BigDecimal.valueOf(6))),
                    "y", String.valueOf(y + 15));
            row++;
        }
        out.close("g");
        if (!markers.isEmpty()) {
            out.open("g", "class", "markers");
            for (Marker m : markers) {
                String x = Numbers.coordinate(x(m.at().max(BigDecimal.ZERO).min(max), max));
                out.open("line", "class", "marker " + m.cssClass(), "x1", x, "x2", x, "y1", String.valueOf(TOP - 4), "y2",
                        String.valueOf(height - 4), "data-value", m.at().toPlainString());
                out.element("title", m.text());
                out.close("line");
                out.element("text", m.text(), "class", "marker-label", "x", x, "y", String.valueOf(height - 1), "text-anchor", "middle");
            }
            out.close("g");
        }
        out.close("svg");
    }

    /** Returns ticks at every whole number from 0 to {@code max}. */
    static List<Tick> wholeTicks(int max) {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= max; i++) {
            ticks.add(new Tick(BigDecimal.valueOf(i), String.valueOf(i)));
        }
        return ticks;
    }

    /** Returns ticks at 0, 25, 50, 75 and 100, each with a percent sign: the scale of a share. */
    static List<Tick> percentTicks() {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 100; i += 25) {
            ticks.add(new Tick(BigDecimal.valueOf(i), i + "%"));
        }
        return ticks;
    }

    /** Returns ticks for counts on a scale ending at {@code max} (from {@link #niceMax}): every whole number up to 10, else fifths. */
    static List<Tick> countTicks(BigDecimal max) {
        if (max.compareTo(BigDecimal.TEN) <= 0) {
            return wholeTicks(max.intValue());
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            BigDecimal at = max.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(5)).stripTrailingZeros();
            ticks.add(new Tick(at, at.toPlainString()));
        }
        return ticks;
    }

    /** Returns a scale end at or above {@code value}: 1, 2 or 5 times a power of ten. */
    static BigDecimal niceMax(BigDecimal value) {
        if (value.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(value.precision() - value.scale() - 1);
        for (int m : new int[] {1, 2, 5, 10}) {
            BigDecimal candidate = power.multiply(BigDecimal.valueOf(m));
            if (candidate.compareTo(value) >= 0) {
                return candidate.stripTrailingZeros();
            }
        }
        return power.multiply(BigDecimal.TEN).stripTrailingZeros();
    }

    private static BigDecimal x(BigDecimal value, BigDecimal max) {
        return PLOT_X.add(PLOT_WIDTH.multiply(value).divide(max, 2, RoundingMode.HALF_UP));
    }

    private static String shorten(String label) {
        Objects.requireNonNull(label, "label");
        int cut = label.offsetByCodePoints(0, Math.min(label.codePointCount(0, label.length()), MAX_LABEL));
        return cut == label.length() ? label : label.substring(0, cut).stripTrailing() + "…";
    }

    private static String readOut(List<Bar> bars) {
        StringBuilder s = new StringBuilder();
        for (Bar bar : bars) {
            if (s.length() > 0) {
                s.append("; ");
            }
            s.append(bar.tooltip()).append(": ").append(bar.valueText());
        }
        return s.append('.').toString();
    }
}
