package io.github.spbe4j.cli;

/** The column of names in the text tables of frameworks and score cards. */
final class TextColumns {

    /** The width of the name column. */
    static final int NAME_WIDTH = 58;

    private TextColumns() {
    }

    /** The text, cut to the width with an ellipsis when it is longer. */
    static String fit(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
