package io.github.spbe4j.core.internal;

/**
 * The one way spbe4j writes text as a cell of CSV output (RFC 4180), safe to open in a spreadsheet:
 * quoted when it holds a comma, a quote or a line break (quotes doubled), and, when it starts with
 * {@code = + - @}, a tab or a carriage return, led by an apostrophe so that a spreadsheet shows it as
 * text instead of running it as a formula (CSV injection). Numbers written by spbe4j itself do not go
 * through here.
 */
public final class CsvCells {

    /** The characters that make a spreadsheet read a cell as a formula when they lead it. */
    public static final String FORMULA_LEADS = "=+-@\t\r";

    private CsvCells() {
    }

    /**
     * Returns the text as one CSV cell.
     *
     * @param text text that may come from input
     * @return the cell
     */
    public static String text(String text) {
        String t = text;
        if (!t.isEmpty() && FORMULA_LEADS.indexOf(t.charAt(0)) >= 0 || isLed(t)) {
            t = "'" + t;
        }
        boolean quote = false;
        for (int i = 0; i < t.length() && !quote; i++) {
            char c = t.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + t.replace("\"", "\"\"") + '"' : t;
    }

    /**
     * Returns the text a cell written by {@link #text(String)} holds, once CSV's quoting is undone: a
     * leading apostrophe followed by {@code = + - @}, a tab, a carriage return or another apostrophe is
     * dropped; any other text is itself.
     *
     * @param cell the cell's content, unquoted
     * @return the text
     */
    public static String readText(String cell) {
        return isLed(cell) ? cell.substring(1) : cell;
    }

    private static boolean isLed(String t) {
        return t.length() > 1 && t.charAt(0) == '\'' && (FORMULA_LEADS.indexOf(t.charAt(1)) >= 0 || t.charAt(1) == '\'');
    }
}
