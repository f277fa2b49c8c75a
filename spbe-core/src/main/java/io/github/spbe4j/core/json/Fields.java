package io.github.spbe4j.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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

    static String show(JsonNode value) {
        String s = value.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
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
                add(where(path, name) + " is not a known field; known fields are " + String.join(", ", known.stream().sorted().toList()));
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
        BigDecimal d = v.decimalValue();
        if (d.scale() > MAX_SCALE || d.abs().compareTo(MAX_MAGNITUDE) > 0) {
            add(where + " is " + show(v) + "; numbers have at most " + MAX_SCALE + " decimals and magnitude up to 10^12");
            return null;
        }
        return d;
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
        add(where(path, field) + " is '" + s + "'; allowed are " + String.join(", ", ids));
        return null;
    }
}
