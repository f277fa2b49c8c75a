package io.github.spbe4j.report;

import java.util.List;
import java.util.Objects;

/**
 * The writer a report section writes its Markdown through: every text it is given is escaped
 * (a backslash before ASCII punctuation, line breaks as spaces), so that input can start neither markup,
 * a link nor raw HTML, nor break a table.
 *
 * <p>Not thread-safe; one is made by the report for each document.
 *
 * @since 0.1.0
 */
public final class MarkdownOut {

    private final StringBuilder out;

    MarkdownOut(StringBuilder out) {
        this.out = out;
    }

    /**
     * Writes a paragraph of text, escaped, followed by a blank line.
     *
     * @param text the text
     * @return this writer
     */
    public MarkdownOut paragraph(String text) {
        out.append(Escape.markdown(Objects.requireNonNull(text, "text"))).append("\n\n");
        return this;
    }

    /** Writes a paragraph in bold, escaped: a document's headline. */
    MarkdownOut strong(String text) {
        out.append("**").append(Escape.markdown(Objects.requireNonNull(text, "text"))).append("**\n\n");
        return this;
    }

    /**
     * Writes a sub-heading (level 3) below the section's heading.
     *
     * @param text the heading, escaped
     * @return this writer
     */
    public MarkdownOut subheading(String text) {
        out.append("### ").append(Escape.markdown(Objects.requireNonNull(text, "text"))).append("\n\n");
        return this;
    }

    /**
     * Writes a bulleted list, each item escaped.
     *
     * @param items the items
     * @return this writer
     */
    public MarkdownOut list(List<String> items) {
        for (String item : items) {
            out.append("- ").append(Escape.markdown(Objects.requireNonNull(item, "item"))).append('\n');
        }
        out.append('\n');
        return this;
    }

    /**
     * Writes a table, every cell escaped; a column is right-aligned when its name is in
     * {@code numeric}.
     *
     * @param header the column names
     * @param rows the rows, each as long as the header
     * @param numeric the columns to align right (as numbers are)
     * @return this writer
     * @throws IllegalArgumentException if a row's length differs from the header's
     */
    public MarkdownOut table(List<String> header, List<List<String>> rows, List<String> numeric) {
        out.append('|');
        for (String h : header) {
            out.append(' ').append(Escape.markdownCell(h)).append(" |");
        }
        out.append("\n|");
        for (String h : header) {
            out.append(numeric.contains(h) ? " ---: |" : " --- |");
        }
        out.append('\n');
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells, the header " + header.size());
            }
            out.append('|');
            for (String cell : row) {
                out.append(' ').append(Escape.markdownCell(cell)).append(" |");
            }
            out.append('\n');
        }
        out.append('\n');
        return this;
    }
}
