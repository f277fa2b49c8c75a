package io.github.spbe4j.report;

/**
 * The report's escaping rules, each in one place: every text that reaches the HTML page goes through
 * {@link #html}, every text of the Markdown through {@link #markdown}, every CSV cell through
 * {@link #csvCell}.
 */
final class Escape {

    private Escape() {
    }

    /**
     * Escapes text for an HTML or SVG text node or a double-quoted attribute value: {@code & < > " '}
     * become character references, so that no input can open a tag, close an attribute or start an
     * entity. Line breaks and other characters are kept as they are (text policy has already refused
     * control characters in names and titles).
     */
    static String html(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Escapes text for Markdown (CommonMark and GitHub tables): a backslash before every character that
     * can start inline markup, a link, an image, raw HTML, an entity or a table cell
     * ({@code \ ` * _ [ ] < > | & ! ~ #}), and before a leading {@code - + =} or the {@code .} or
     * {@code )} of a leading number, which would start a list or a heading underline; line breaks become
     * spaces, so that a text stays on its line. Other characters, dots and colons among them, stay as
     * they are, so that the Markdown stays readable as plain text.
     */
    static String markdown(String text) {
        return markdown(text, true);
    }

    /**
     * Escapes text for a Markdown table cell: as {@link #markdown(String)}, but a leading
     * {@code - + =} or number is kept (after {@code "| "} it starts nothing).
     */
    static String markdownCell(String text) {
        return markdown(text, false);
    }

    private static String markdown(String text, boolean startsALine) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int digits = 0;
        while (digits < text.length() && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
            digits++;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.append(' ');
            } else if (MARKDOWN_SPECIAL.indexOf(c) >= 0 || (startsALine && i == 0 && "-+=".indexOf(c) >= 0)
                    || (startsALine && i == digits && digits > 0 && (c == '.' || c == ')'))) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final String MARKDOWN_SPECIAL = "\\`*_[]<>|&!~#";

    /**
     * Writes one CSV cell safe for spreadsheets, by the library's one rule for CSV output
     * ({@code core.internal.CsvCells}): a cell starting with {@code = + - @}, a tab or a carriage return
     * gets an apostrophe before it (so a spreadsheet shows it as text instead of running it as a
     * formula); then a cell holding a comma, a quote, a line feed or a carriage return is quoted as
     * RFC 4180 says, its quotes doubled.
     */
    static String csvCell(String text) {
        return io.github.spbe4j.core.internal.CsvCells.text(text);
    }
}
