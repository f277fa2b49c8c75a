package io.github.spbe4j.cli;

/**
 * Writes text as one cell of CSV output (RFC 4180), safe to open in a spreadsheet: quoted when it holds a
 * comma, a quote or a line break (quotes doubled), and, when it starts with {@code = + - @}, a tab or a
 * carriage return, led by an apostrophe so that a spreadsheet shows it as text instead of running it as a
 * formula (CSV injection). Numbers written by the commands themselves do not go through here.
 */
final class CsvCells {

    private CsvCells() {
    }

    /**
     * Returns the text as one CSV cell.
     *
     * @param text text that may come from input
     * @return the cell
     */
    static String text(String text) {
        String t = text;
        if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0) {
            t = "'" + t;
        }
        boolean quote = false;
        for (int i = 0; i < t.length() && !quote; i++) {
            char c = t.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + t.replace("\"", "\"\"") + '"' : t;
    }
}
