package io.github.spbe4j.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads typed fields out of a JSON tree, collecting one {@link Problem} per bad field — naming its
 * path, the rule and the value — instead of failing at the first, so that a reader reports a whole
 * file at once.
 *
 * <p>Paths are written as JSON names them: {@code tree[2].children[0].weight}, {@code values.12}. Not
 * thread-safe: one instance per read.
 */
public final class Fields {

    /** The rule of a field that is missing. */
    public static final String REQUIRED = "Required";
    /** The rule of a field of the wrong JSON type. */
    public static final String TYPE = "Type";
    /** The rule of a field the format does not know. */
    public static final String UNKNOWN = "UnknownField";
    /** The rule of a text that is blank. */
    public static final String NOT_BLANK = "NotBlank";
    /** The rule of a number outside its range or precision. */
    public static final String RANGE = "Range";
    /** The rule of a value that is not one of the allowed ones. */
    public static final String ONE_OF = "OneOf";

    /** Decimal numbers with more digits than this after the point are refused, as are larger magnitudes. */
    private static final int MAX_SCALE = 12;
    private static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1e12");

    private final ProblemList problems = ProblemList.inOrderFound();

    /** Creates an empty collector. */
    public Fields() {
        // one per read
    }

    /**
     * Returns the first problems found, at most {@link SpbeException#MAX_PROBLEMS}, in the order found;
     * further ones are only counted, so that a huge bad file costs no more memory than a small one.
     *
     * @return the problems kept
     */
    public List<Problem> problems() {
        return problems.list();
    }

    /**
     * Returns how many problems were found in all.
     *
     * @return the count, kept or not
     */
    public int count() {
        return problems.count();
    }

    /**
     * Returns how many problems were found beyond those {@link #problems()} keeps.
     *
     * @return the count left out
     */
    public int omitted() {
        return problems.omitted();
    }

    /**
     * Tells whether no problem has been found.
     *
     * @return true when there is none
     */
    public boolean ok() {
        return problems.isEmpty();
    }

    /**
     * Adds a problem.
     *
     * @param problem the problem
     */
    public void add(Problem problem) {
        problems.add(problem);
    }

    /**
     * Adds a problem whose message reads on its own.
     *
     * @param path where it is
     * @param rule the rule broken
     * @param message one sentence naming the field, the rule and the value
     * @param rejectedValue the value as shown, or null
     */
    public void add(String path, String rule, String message, @Nullable String rejectedValue) {
        add(Problem.of(path, rule, message, rejectedValue));
    }

    /**
     * Adds problems, unchanged.
     *
     * @param more the problems
     */
    public void addAll(Collection<Problem> more) {
        more.forEach(this::add);
    }

    /**
     * Adds the problems of an exception, unchanged, with the count it left out.
     *
     * @param e the exception
     */
    public void addAll(SpbeException e) {
        problems.addAll(e);
    }

    /**
     * Adds problems and a count of further ones left out.
     *
     * @param more the problems
     * @param omitted how many more there were
     */
    public void addAll(Collection<Problem> more, int omitted) {
        addAll(more);
        problems.omit(omitted);
    }

    /**
     * Returns the path of a field of an object at a path.
     *
     * @param path the object's path; empty for the root
     * @param field the field's name
     * @return {@code path.field}, or {@code field} at the root
     */
    public static String where(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /**
     * Checks that a node is an object.
     *
     * @param node the node
     * @param path its path
     * @return true when it is
     */
    public boolean isObject(JsonNode node, String path) {
        if (!node.isObject()) {
            add(path, TYPE, (path.isEmpty() ? "the document" : path) + " must be a JSON object, was " + Text.show(node), Text.show(node));
            return false;
        }
        return true;
    }

    /**
     * Adds a problem for every field of an object that is not one of the known ones.
     *
     * @param object the object
     * @param path its path
     * @param known the known field names
     */
    public void onlyKnown(JsonNode object, String path, Collection<String> known) {
        String list = null;
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            String name = property.getKey();
            if (!known.contains(name)) {
                if (list == null) {
                    list = String.join(", ", known.stream().sorted().toList());
                }
                String at = where(path, Text.clean(name));
                add(at, UNKNOWN, at + " is not a known field; known fields are " + list, null);
            }
        }
    }

    /**
     * Checks a text against a {@link TextPolicy}.
     *
     * @param text the text, or null
     * @param where its path
     * @param policy the policy of the field
     * @return true when it is null or allowed
     */
    public boolean check(@Nullable String text, String where, TextPolicy policy) {
        if (text == null) {
            return true;
        }
        var problem = policy.check(where, text);
        problem.ifPresent(this::add);
        return problem.isEmpty();
    }

    /**
     * Reads a string naming something — an id, a code, a name that messages quote — under the
     * {@link TextPolicy#NAME} policy.
     *
     * @param object the object holding the field
     * @param path the object's path
     * @param field the field
     * @param required whether it must be present and not blank
     * @return the text, or null when absent or bad
     */
    public @Nullable String name(JsonNode object, String path, String field, boolean required) {
        return text(object, path, field, required, TextPolicy.NAME);
    }

    /**
     * Reads a string of one line of free text, under the {@link TextPolicy#LINE} policy.
     *
     * @param object the object holding the field
     * @param path the object's path
     * @param field the field
     * @param required whether it must be present and not blank
     * @return the text, or null when absent or bad
     */
    public @Nullable String text(JsonNode object, String path, String field, boolean required) {
        return text(object, path, field, required, TextPolicy.LINE);
    }

    /**
     * Reads a string under a text policy.
     *
     * @param object the object holding the field
     * @param path the object's path
     * @param field the field
     * @param required whether it must be present and not blank
     * @param policy the policy of the field
     * @return the text, or null when absent or bad
     */
    public @Nullable String text(JsonNode object, String path, String field, boolean required, TextPolicy policy) {
        JsonNode v = object.get(field);
        String at = where(path, field);
        if (v == null || v.isNull()) {
            if (required) {
                add(at, REQUIRED, at + " is missing; it must be a string", null);
            }
            return null;
        }
        if (!v.isTextual()) {
            add(at, TYPE, at + " must be a string, was " + Text.show(v), Text.show(v));
            return null;
        }
        if (required && v.asText().isBlank()) {
            add(at, NOT_BLANK, at + " is blank; it must be a non-empty string", Text.show(v));
            return null;
        }
        return check(v.asText(), at, policy) ? v.asText() : null;
    }

    /**
     * Reads a decimal number field.
     *
     * @param object the object holding the field
     * @param path the object's path
     * @param field the field
     * @param required whether it must be present
     * @return the number in its plain form, or null when absent or bad
     */
    public @Nullable BigDecimal decimal(JsonNode object, String path, String field, boolean required) {
        JsonNode v = object.get(field);
        String at = where(path, field);
        if (v == null || v.isNull()) {
            if (required) {
                add(at, REQUIRED, at + " is missing; it must be a number", null);
            }
            return null;
        }
        return decimal(v, at);
    }

    /**
     * Reads a node as a decimal number.
     *
     * @param v the node
     * @param where its path
     * @return the number in its plain form, or null when bad
     */
    public @Nullable BigDecimal decimal(JsonNode v, String where) {
        if (!v.isNumber()) {
            add(where, TYPE, where + " must be a number, was " + Text.show(v), Text.show(v));
            return null;
        }
        return bounded(v.decimalValue(), where, v);
    }

    /**
     * Returns a number if it has at most 12 decimals and magnitude up to 10^12, in its plain form (no
     * trailing zeros, scale not negative, so that it writes and reads back equal), or adds a problem.
     *
     * @param d the number
     * @param where its path
     * @param shown the node to show in the message
     * @return the number, or null
     */
    public @Nullable BigDecimal bounded(BigDecimal d, String where, JsonNode shown) {
        if (d.scale() > MAX_SCALE || d.abs().compareTo(MAX_MAGNITUDE) > 0) {
            add(where, RANGE, where + " is " + Text.show(shown) + "; numbers have at most " + MAX_SCALE
                    + " decimals and magnitude up to 10^12", Text.show(shown));
            return null;
        }
        BigDecimal plain = d.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    /**
     * Reads a whole number in a range.
     *
     * @param object the object holding the field
     * @param path the object's path
     * @param field the field
     * @param required whether it must be present
     * @param min the least allowed
     * @param max the most allowed
     * @return the number, or null when absent or bad
     */
    public @Nullable Integer integer(JsonNode object, String path, String field, boolean required, int min, int max) {
        JsonNode v = object.get(field);
        String at = where(path, field);
        if (v == null || v.isNull()) {
            if (required) {
                add(at, REQUIRED, at + " is missing; it must be a whole number " + min + ".." + max, null);
            }
            return null;
        }
        Integer whole = whole(v);
        if (whole == null || whole < min || whole > max) {
            add(at, v.isNumber() ? RANGE : TYPE, at + " must be a whole number " + min + ".." + max + ", was " + Text.show(v), Text.show(v));
            return null;
        }
        return whole;
    }

    /** Returns a number's value when it is a whole number an int holds, written as {@code 2025}, {@code 2025.0} or {@code 2.025e3}. */
    private static @Nullable Integer whole(JsonNode v) {
        if (v.isIntegralNumber()) {
            return v.canConvertToInt() ? v.intValue() : null;
        }
        if (!v.isNumber()) {
            return null;
        }
        BigDecimal d = v.decimalValue();
        // a huge exponent is not a whole number an int holds; checked before any arithmetic on it
        if (d.scale() > MAX_SCALE || d.precision() - d.scale() > 10) {
            return null;
        }
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /**
     * Reads a boolean.
     *
     * @param object the object holding the field
     * @param path the object's path
     * @param field the field
     * @return the value, or null when absent or bad
     */
    public @Nullable Boolean bool(JsonNode object, String path, String field) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            String at = where(path, field);
            add(at, TYPE, at + " must be true or false, was " + Text.show(v), Text.show(v));
            return null;
        }
        return v.booleanValue();
    }

    /**
     * Reads an array.
     *
     * @param object the object holding the field
     * @param path the object's path
     * @param field the field
     * @param required whether it must be present
     * @return the array, or null when absent or bad
     */
    public @Nullable JsonNode array(JsonNode object, String path, String field, boolean required) {
        return container(object, path, field, required, true);
    }

    /**
     * Reads an object.
     *
     * @param object the object holding the field
     * @param path the object's path
     * @param field the field
     * @param required whether it must be present
     * @return the object, or null when absent or bad
     */
    public @Nullable JsonNode object(JsonNode object, String path, String field, boolean required) {
        return container(object, path, field, required, false);
    }

    private @Nullable JsonNode container(JsonNode object, String path, String field, boolean required, boolean array) {
        JsonNode v = object.get(field);
        String at = where(path, field);
        String kind = array ? "an array" : "an object";
        if (v == null || v.isNull()) {
            if (required) {
                add(at, REQUIRED, at + " is missing; it must be " + kind, null);
            }
            return null;
        }
        if (array ? !v.isArray() : !v.isObject()) {
            add(at, TYPE, at + " must be " + kind + ", was " + Text.show(v), Text.show(v));
            return null;
        }
        return v;
    }

    /**
     * Reads a string that names one constant of an enum by its id.
     *
     * @param <E> the enum
     * @param object the object holding the field
     * @param path the object's path
     * @param field the field
     * @param required whether it must be present
     * @param type the enum's class
     * @param id the id of each constant, as the JSON form writes it
     * @return the constant, or null when absent or bad
     */
    public <E extends Enum<E>> @Nullable E enumValue(JsonNode object, String path, String field, boolean required, Class<E> type,
            Function<E, String> id) {
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
        String at = where(path, field);
        add(at, ONE_OF, at + " is '" + Text.clean(s) + "'; allowed are " + String.join(", ", ids), Text.quote(s));
        return null;
    }
}
