package io.github.spbe4j.cli;

/** Output formats of {@code spbe report}: a self-contained HTML page, Markdown, or the indicator table as CSV. */
enum ReportFormat {
    /** One self-contained HTML page with inline SVG charts. */
    html,
    /** The same content as Markdown. */
    markdown,
    /** The indicator table as CSV. */
    csv
}
