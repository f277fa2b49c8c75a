package io.github.spbe4j.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads typed fields out of a JSON tree, collecting one problem per bad field (naming the path, the
 * rule and the value) instead of failing at the first.
 */
final class Fields {

    /** Decimal numbers with more digits than this after the point are refused, as are larger magnitudes. */
    private static final int MAX_SCALE = 12;
    private static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1e12");

    private final List<String> problems = new ArrayList<>();

    List<String> problems() {
        return problems;
    }

    boolean ok() {
        return problems.isEmpty();
    }

    void add(String problem) {
        problems.add(problem);
    }

    static String where(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** Returns a value as JSON for a message: one line, at most 60 characters. */
    static String show(JsonNode value) {
        return clean(value.toString());
    }

    /** Returns a string from the input as JSON for a message, e.g. {@code "D\n1"}: one line, at most 60 characters. */
    static String quote(String text) {
        return show(TextNode.valueOf(text));
    }

    /**
     * Returns text for a message: control characters and line separators escaped, so that a message
     * stays one line, and cut to 60 characters.
     */
    static String clean(String text) {
        String s = oneLine(text.length() > 64 ? text.substring(0, 64) : text);
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    /** Returns text with its control characters and line separators escaped, so that a message stays one line. */
    static String oneLine(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (breaksLine(c)) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean breaksLine(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    /**
     * Checks that a string naming something — an id, a code, a title quoted in messages — is one line
     * without control characters.
     */
    boolean isLine(@Nullable String text, String where) {
        if (text != null && text.chars().anyMatch(c -> breaksLine((char) c))) {
            add(where + " is " + quote(text) + "; it must be one line without control characters");
            return false;
        }
        return true;
    }

    /** Reads a string naming something, which messages quote: one line without control characters. */
    @Nullable String name(JsonNode object, String path, String field, boolean required) {
        String s = text(object, path, field, required);
        return isLine(s, where(path, field)) ? s : null;
    }

    boolean isObject(JsonNode node, String path) {
        if (!node.isObject()) {
            add((path.isEmpty() ? "the document" : path) + " must be a JSON object, was " + show(node));
            return false;
        }
        return true;
    }

    void onlyKnown(JsonNode object, String path, Set<String> known) {
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            String name = property.getKey();
            if (!known.contains(name)) {
                add(where(path, clean(name)) + " is not a known field; known fields are " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    @Nullable String text(JsonNode object, String path, String field, boolean required) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                add(where(path, field) + " is missing; it must be a string");
            }
            return null;
        }
        if (!v.isTextual()) {
            add(where(path, field) + " must be a string, was " + show(v));
            return null;
        }
        if (required && v.asText().isBlank()) {
            add(where(path, field) + " is blank; it must be a non-empty string");
            return null;
        }
        return v.asText();
    }

    @Nullable BigDecimal decimal(JsonNode object, String path, String field, boolean required) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                add(where(path, field) + " is missing; it must be a number");
            }
            return null;
        }
        return decimal(v, where(path, field));
    }

    @Nullable BigDecimal decimal(JsonNode v, String where) {
        if (!v.isNumber()) {
            add(where + " must be a number, was " + show(v));
            return null;
        }
        return bounded(v.decimalValue(), where, v);
    }

    /**
     * Returns a number if it has at most 12 decimals and magnitude up to 10^12, in its plain form (no
     * trailing zeros, scale not negative, so that it writes and reads back equal), or adds a problem.
     */
    @Nullable BigDecimal bounded(BigDecimal d, String where, JsonNode shown) {
        if (d.scale() > MAX_SCALE || d.abs().compareTo(MAX_MAGNITUDE) > 0) {
            add(where + " is " + show(shown) + "; numbers have at most " + MAX_SCALE + " decimals and magnitude up to 10^12");
            return null;
        }
        BigDecimal plain = d.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    @Nullable Integer integer(JsonNode object, String path, String field, boolean required, int min, int max) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                add(where(path, field) + " is missing; it must be a whole number " + min + ".." + max);
            }
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < min || v.intValue() > max) {
            add(where(path, field) + " must be a whole number " + min + ".." + max + ", was " + show(v));
            return null;
        }
        return v.intValue();
    }

    @Nullable Boolean bool(JsonNode object, String path, String field) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            add(where(path, field) + " must be true or false, was " + show(v));
            return null;
        }
        return v.booleanValue();
    }

    @Nullable JsonNode array(JsonNode object, String path, String field, boolean required) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                add(where(path, field) + " is missing; it must be an array");
            }
            return null;
        }
        if (!v.isArray()) {
            add(where(path, field) + " must be an array, was " + show(v));
            return null;
        }
        return v;
    }

    @Nullable JsonNode object(JsonNode object, String path, String field, boolean required) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                add(where(path, field) + " is missing; it must be an object");
            }
            return null;
        }
        if (!v.isObject()) {
            add(where(path, field) + " must be an object, was " + show(v));
            return null;
        }
        return v;
    }

    <E extends Enum<E>> @Nullable E enumValue(JsonNode object, String path, String field, boolean required, Class<E> type,
            java.util.function.Function<E, String> id) {
        String s = text(object, path, field, required);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (id.apply(e).equals(s)) {
                return e;
            }
        }
        List<String> ids = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            ids.add(id.apply(e));
        }
        add(where(path, field) + " is '" + clean(s) + "'; allowed are " + String.join(", ", ids));
        return null;
    }
}
