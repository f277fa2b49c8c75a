package io.github.spbe4j.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one way spbe4j shows text taken from input in a message: on one line, control characters
 * escaped, cut to a readable length.
 *
 * <p>Escapes follow JSON: {@code \n}, {@code \r} and {@code \t} as such, every other C0 or C1 control
 * character, DEL, the line and paragraph separators U+2028 and U+2029, the bidirectional controls and
 * invisible characters of {@link TextPolicy} (so that a reader sees the zero-width space a name was
 * refused for) and lone surrogates as {@code \}{@code uXXXX}.
 * A cut text ends in {@code ...} and never splits a surrogate pair. Each method reads at most a few
 * characters past what it shows, so showing a huge value costs no more than showing a small one.
 */
public final class Text {

    /** The most characters of one value a message shows. */
    public static final int SHOWN = 60;

    private static final String CUT = "...";

    private Text() {
    }

    /**
     * Tells whether a character would break a line or control a terminal: a C0 or C1 control
     * character, DEL, or U+2028 or U+2029.
     *
     * @param c the character
     * @return true when it must be escaped in a message
     */
    public static boolean breaksLine(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    /**
     * Returns a text on one line, control characters escaped; nothing is cut.
     *
     * @param text the text
     * @return the escaped text
     */
    public static String oneLine(CharSequence text) {
        return escape(text, Integer.MAX_VALUE, false);
    }

    /**
     * Returns a text for a message, unquoted (a name, a key, a path part): one line, at most
     * {@link #SHOWN} characters.
     *
     * @param text the text
     * @return the text as a message shows it
     */
    public static String clean(CharSequence text) {
        return escape(text, SHOWN, false);
    }

    /**
     * Returns a text for a message in JSON quotes, {@code "Kota\nContoh"}: one line, {@code "} and
     * {@code \} escaped, at most {@link #SHOWN} characters.
     *
     * @param text the text
     * @return the quoted text
     */
    public static String quote(CharSequence text) {
        return escape(text, SHOWN, true);
    }

    /**
     * Returns a JSON value for a message: a string quoted, anything else as its JSON text; one line, at
     * most {@link #SHOWN} characters.
     *
     * @param value the value
     * @return the value as a message shows it
     */
    public static String show(JsonNode value) {
        if (value.isTextual()) {
            return quote(value.textValue());
        }
        if (value.isContainerNode() && value.size() > SHOWN) {
            // a huge array or object: its first characters are enough, without writing it all
            return cut(value.isArray() ? "[" + show(value.get(0)) + ", ..." : "{...", SHOWN);
        }
        return escape(value.toString(), SHOWN, false);
    }

    /**
     * Returns any value for a message: a text in JSON quotes, a number or boolean as written,
     * {@code null}, or a summary of a collection or other object.
     *
     * @param value the value
     * @return the value as a message shows it
     */
    public static String show(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence s) {
            return quote(s);
        }
        if (value instanceof JsonNode n) {
            return show(n);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return clean(value.toString());
        }
        if (value instanceof Collection<?> c) {
            return "a list of " + c.size();
        }
        if (value instanceof Map<?, ?> m) {
            return "an object of " + m.size() + " fields";
        }
        return "a " + value.getClass().getSimpleName();
    }

    /**
     * Returns the first line of an exception's message, for a message of ours; {@code "no reason
     * given"} when it has none (never the exception's class name).
     *
     * @param message the message, or null
     * @return one line
     */
    public static String firstLine(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return oneLine(newline >= 0 ? message.substring(0, newline) : message);
    }

    /**
     * Returns a text cut to at most {@code max} characters, ending in {@code ...} when cut and never
     * splitting a surrogate pair; the text itself when short enough.
     *
     * @param text the text
     * @param max the most characters, at least 4
     * @return the cut text
     */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - CUT.length();
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + CUT;
    }

    /**
     * Returns a text as it may reach a terminal: line feeds and tabs kept, every other control
     * character, DEL, U+2028 and U+2029, bidirectional controls and lone surrogates written as
     * {@code \}{@code uXXXX}, so that printed input can neither move the cursor, set a window title,
     * clear the screen nor reorder what is shown. Nothing is cut.
     *
     * @param text the text
     * @return the neutralised text; the text itself when nothing needed escaping
     */
    public static String forTerminal(CharSequence text) {
        int n = text.length();
        int first = 0;
        while (first < n && isTerminalSafe(text, first)) {
            first += Character.isHighSurrogate(text.charAt(first)) ? 2 : 1;
        }
        if (first >= n) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder(n + 16).append(text, 0, first);
        for (int i = first; i < n; i++) {
            char c = text.charAt(i);
            if (isTerminalSafe(text, i)) {
                sb.append(c);
                if (Character.isHighSurrogate(c)) {
                    sb.append(text.charAt(++i));
                }
            } else {
                sb.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
            }
        }
        return sb.toString();
    }

    private static boolean isTerminalSafe(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\t') {
            return true;
        }
        if (breaksLine(c) || TextPolicy.isBidiControl(c)) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return !Character.isLowSurrogate(c);
    }

    private static String escape(CharSequence text, int max, boolean quoted) {
        boolean bounded = max != Integer.MAX_VALUE;
        int limit = bounded ? max - CUT.length() : Integer.MAX_VALUE;
        int n = text.length();
        StringBuilder sb = new StringBuilder(Math.min(n, bounded ? max : n) + 8);
        if (quoted) {
            sb.append('"');
        }
        // the length up to which the text shown so far still leaves room for the cut mark
        int fits = sb.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else if (breaksLine(c) || TextPolicy.isBidiControl(c) || TextPolicy.isInvisible(c) || TextPolicy.isNoncharacter(c)
                    || Character.isSurrogate(c)) {
                sb.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
            } else if (quoted && (c == '"' || c == '\\')) {
                sb.append('\\').append(c);
            } else {
                sb.append(c);
            }
            if (sb.length() <= limit && !Character.isHighSurrogate(sb.charAt(sb.length() - 1))) {
                fits = sb.length();
            }
            if (bounded && sb.length() > max) {
                sb.setLength(fits);
                return sb.append(CUT).toString();
            }
        }
        if (quoted) {
            sb.append('"');
        }
        if (bounded && sb.length() > max) {
            sb.setLength(fits);
            sb.append(CUT);
        }
        return sb.toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();
}
