package io.github.spbe4j.catalog.internal.rdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a Jackson tree as indented JSON text, always the same way: two spaces, {@code "key": value},
 * object fields in insertion order, non-ASCII characters as themselves, a final line break.
 *
 * <p>The text embeds safely in an HTML page, where JSON-LD is put in a
 * {@code <script type="application/ld+json">} element: in strings {@code <}, {@code >} and {@code &}
 * are written {@code \u003c}, {@code \u003e} and {@code \u0026}, so that no {@code </script>} or
 * {@code <!--} ends or changes the element, and U+2028 and U+2029, which end a line in some JavaScript,
 * {@code \u2028} and {@code \u2029}; a lone surrogate is written escaped too, so the text is valid
 * Unicode. JSON parsers read the same strings back.
 */
public final class JsonText {

    private JsonText() {
    }

    /** Indentation strings by depth, built once: a large export writes millions of lines. */
    private static final String[] PADS = new String[64];

    static {
        for (int i = 0; i < PADS.length; i++) {
            PADS[i] = "  ".repeat(i);
        }
    }

    public static String write(JsonNode node) {
        return write(node, 1 << 12);
    }

    /**
     * Writes a tree, starting with room for about as many characters as the caller expects, so that a
     * document of tens of megabytes is not copied again and again as it grows.
     */
    public static String write(JsonNode node, int expectedLength) {
        StringBuilder sb = new StringBuilder(Math.max(16, expectedLength));
        write(node, 0, sb);
        return sb.append('\n').toString();
    }

    private static void write(JsonNode node, int indent, StringBuilder sb) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                pad(indent + 1, sb);
                string(e.getKey(), sb);
                sb.append(": ");
                write(e.getValue(), indent + 1, sb);
                sb.append(it.hasNext() ? ",\n" : "\n");
            }
            pad(indent, sb);
            sb.append('}');
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                pad(indent + 1, sb);
                write(node.get(i), indent + 1, sb);
                sb.append(i + 1 < node.size() ? ",\n" : "\n");
            }
            pad(indent, sb);
            sb.append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), sb);
        } else {
            sb.append(node.toString());
        }
    }

    private static void pad(int indent, StringBuilder sb) {
        sb.append(indent < PADS.length ? PADS[indent] : "  ".repeat(indent));
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> escape(c, sb);
                default -> {
                    if (c < 0x20) {
                        escape(c, sb);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        escape(c, sb);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static void escape(char c, StringBuilder sb) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
    }
}
