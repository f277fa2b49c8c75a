package io.github.spbe4j.report;

/**
 * One section of a report: a heading and a body written as HTML and as Markdown. The report writes
 * the heading and the section's frame; the section writes its body through writers that escape every
 * text. A report of a score card has its own sections; further ones (a plan, a series, a ranking) are
 * added with {@link Report#with(ReportSection)}.
 *
 * @since 0.1.0
 */
public interface ReportSection {

    /**
     * Returns the section's id, its anchor on the page: lower-case letters, digits and hyphens,
     * starting with a letter (e.g. {@code "plan"}), unique in a report.
     *
     * @return the id
     */
    String id();

    /**
     * Returns the section's heading.
     *
     * @param language the report's language
     * @return the heading
     */
    String heading(Language language);

    /**
     * Writes the section's body as HTML (and inline SVG).
     *
     * @param out the writer, which escapes every text
     * @param language the report's language
     */
    void writeHtml(HtmlOut out, Language language);

    /**
     * Writes the section's body as Markdown.
     *
     * @param out the writer, which escapes every text
     * @param language the report's language
     */
    void writeMarkdown(MarkdownOut out, Language language);
}
