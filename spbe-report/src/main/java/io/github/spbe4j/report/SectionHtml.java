package io.github.spbe4j.report;

import java.util.List;

/** The pieces the added sections share: a list of facts and a table of figures, written through {@link HtmlOut}. */
final class SectionHtml {

    private SectionHtml() {
    }

    /** Writes a list of facts: each a name and its value. */
    static void facts(HtmlOut out, List<String[]> facts) {
        out.open("dl", "class", "facts");
        for (String[] f : facts) {
            out.element("dt", f[0]).element("dd", f[1]);
        }
        out.close("dl");
    }

    /**
     * Writes a table; the first cell of a row is its header cell; a row whose index is {@code highlight}
     * gets the class {@code self}.
     */
    static void table(HtmlOut out, String cssClass, List<String> header, List<List<String>> rows, List<String> numeric, int highlight) {
        out.open("div", "class", "table-wrap");
        out.open("table", "class", cssClass);
        out.open("thead").open("tr");
        for (String h : header) {
            out.element("th", h, "scope", "col", "class", numeric.contains(h) ? "num" : "text");
        }
        out.close("tr").close("thead");
        out.open("tbody");
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (r == highlight) {
                out.open("tr", "class", "self");
            } else {
                out.open("tr");
            }
            for (int c = 0; c < row.size(); c++) {
                String kind = numeric.contains(header.get(c)) ? "num" : "text";
                if (c == 0) {
                    out.element("th", row.get(c), "scope", "row", "class", kind);
                } else {
                    out.element("td", row.get(c), "class", kind);
                }
            }
            out.close("tr");
        }
        out.close("tbody");
        out.close("table");
        out.close("div");
    }

    /** Shows a signed difference rounded half-up to two decimals: {@code +0.12}, {@code -1.05}, {@code 0.00}. */
    static String signed(java.math.BigDecimal delta, Language language) {
        String shown = Numbers.fixed(delta, 2, language);
        return delta.setScale(2, java.math.RoundingMode.HALF_UP).signum() > 0 ? "+" + shown : shown;
    }
}
