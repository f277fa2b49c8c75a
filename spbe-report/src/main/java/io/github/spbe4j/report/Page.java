package io.github.spbe4j.report;

import java.util.List;
import java.util.function.Consumer;

/**
 * The page shell every document of the module is written in — the assessment report and the city
 * dashboard alike: the HTML page (head with its content security policy and inline style sheet, a
 * header with the title, the header's own content and the contents, one {@code section} per
 * {@link ReportSection}, the footer) and the Markdown document (title, head, a level-2 heading per
 * section, footer). Every text goes through {@link Escape}.
 */
final class Page {

    private Page() {
    }

    /**
     * Writes an HTML page.
     *
     * @param title the page's title (the browser's tab)
     * @param heading the page's level-1 heading
     * @param head writes the header's content after the heading, before the contents
     * @param footer the footer's text
     * @throws IllegalStateException if a section leaves an element open
     */
    static String html(Language language, String title, String heading, Consumer<HtmlOut> head, List<ReportSection> sections,
            String footer) {
        StringBuilder page = new StringBuilder(64 * 1024);
        page.append("<!DOCTYPE html>\n<html lang=\"").append(language.tag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"spbe4j\">\n")
                .append("<title>").append(Escape.html(title)).append("</title>\n<style>\n").append(Css.TEXT).append("</style>\n")
                .append("</head>\n<body>\n");
        HtmlOut out = new HtmlOut(page);
        out.open("header", "id", "summary", "class", "summary");
        page.append("<h1>").append(Escape.html(heading)).append("</h1>");
        head.accept(out);
        if (out.depth() != 1) {
            throw new IllegalStateException("the page's head left " + (out.depth() - 1) + " element(s) open");
        }
        out.open("nav", "class", "contents", "aria-label", Word.CONTENTS.in(language));
        out.open("ul");
        for (ReportSection s : sections) {
            // an in-page link: written here, since HtmlOut lets no section write links
            page.append("<li><a href=\"#").append(Escape.html(s.id())).append("\">").append(Escape.html(s.heading(language)))
                    .append("</a></li>");
        }
        out.close("ul");
        out.close("nav");
        out.close("header");
        page.append("\n<main>\n");
        for (ReportSection s : sections) {
            out.open("section", "id", s.id(), "aria-labelledby", s.id() + "-heading");
            out.element("h2", s.heading(language), "id", s.id() + "-heading");
            int depth = out.depth();
            s.writeHtml(out, language);
            if (out.depth() != depth) {
                throw new IllegalStateException("section " + s.id() + " left " + (out.depth() - depth) + " element(s) open");
            }
            out.close("section");
            page.append('\n');
        }
        page.append("</main>\n");
        out.open("footer", "class", "footer");
        out.element("p", footer);
        out.close("footer");
        page.append("\n</body>\n</html>\n");
        return page.toString();
    }

    /**
     * Writes a Markdown document: the title as its level-1 heading, the head, each section under a
     * level-2 heading, the footer as the last paragraph.
     */
    static String markdown(Language language, String title, Consumer<MarkdownOut> head, List<ReportSection> sections,
            String footer) {
        StringBuilder doc = new StringBuilder(16 * 1024);
        MarkdownOut out = new MarkdownOut(doc);
        doc.append("# ").append(Escape.markdown(title)).append("\n\n");
        head.accept(out);
        for (ReportSection s : sections) {
            doc.append("## ").append(Escape.markdown(s.heading(language))).append("\n\n");
            s.writeMarkdown(out, language);
        }
        out.paragraph(footer);
        return doc.toString();
    }
}
