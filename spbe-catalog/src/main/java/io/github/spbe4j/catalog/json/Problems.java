package io.github.spbe4j.catalog.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Formats the parts of problem lines: paths, values shown as JSON, one line each. */
final class Problems {

    private Problems() {
    }

    /** Returns a JSON value for a message: one line, at most 60 characters. */
    static String show(JsonNode value) {
        String s = value.toString();
        return clean(s.length() > 64 ? s.substring(0, 64) : s, s.length() > 64);
    }

    /** Returns a text quoted as JSON for a message: one line, at most 60 characters. */
    static String quote(String text) {
        return show(TextNode.valueOf(text.length() > 64 ? text.substring(0, 64) : text));
    }

    /** Returns the path of a field, a name with odd characters cleaned. */
    static String field(String path, String name) {
        String n = clean(name.length() > 64 ? name.substring(0, 64) : name, name.length() > 64);
        return path.isEmpty() ? n : path + "." + n;
    }

    /** Returns a message's first line, other control characters escaped. */
    static String line(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return "(no detail)";
        }
        int newline = message.indexOf('\n');
        return oneLine(newline >= 0 ? message.substring(0, newline) : message);
    }

    private static String clean(String text, boolean cut) {
        String s = oneLine(text);
        return s.length() > 60 || cut ? s.substring(0, Math.min(s.length(), 57)) + "..." : s;
    }

    static String oneLine(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
