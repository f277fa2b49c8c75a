package io.github.spbe4j.catalog.internal.rdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a Jackson tree as indented JSON text, always the same way: two spaces, {@code "key": value},
 * object fields in insertion order, non-ASCII characters as themselves, a final line break.
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
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
