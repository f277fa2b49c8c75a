package io.github.spbe4j.catalog.internal.forms;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.Fields;
import io.github.spbe4j.core.internal.ProblemList;
import io.github.spbe4j.core.internal.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Binds the elements of a file's tree to their forms, describing a binding failure in plain words —
 * the JSON path, what was expected, the value found — never in the binder's.
 */
public final class FormBinder {

    private final ObjectMapper mapper;
    private final Map<Class<?>, String> expected;
    private final String wholeNumber;

    /**
     * Creates a binder.
     *
     * @param mapper the strict mapper the forms are bound with
     * @param expected how to name what a field of a form's own type expects, e.g. {@code "an object
     *     {\"villages\": [village codes]}"}; strings, whole numbers, lists and maps are named already
     * @param wholeNumber what a whole-number field expects when the number is out of its range, e.g.
     *     {@code "a whole number of at most 1000000000000"}
     */
    public FormBinder(ObjectMapper mapper, Map<Class<?>, String> expected, String wholeNumber) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        Map<Class<?>, String> names = new HashMap<>(Map.of(String.class, "a string", Long.class, "a whole number",
                long.class, "a whole number", Integer.class, "a whole number", int.class, "a whole number",
                Boolean.class, "true or false", boolean.class, "true or false", List.class, "an array", Map.class, "an object"));
        names.putAll(expected);
        this.expected = Map.copyOf(names);
        this.wholeNumber = Objects.requireNonNull(wholeNumber, "wholeNumber");
    }

    /**
     * Binds an element to a form.
     *
     * @param <T> the form's type
     * @param node the element
     * @param at its path in the file
     * @param type the form's type
     * @param problems where a failure is recorded
     * @return the form; null when it does not bind, its problem recorded
     */
    public <T> @Nullable T bind(JsonNode node, String at, Class<T> type, ProblemList problems) {
        try {
            T form = node.isNull() ? null : mapper.treeToValue(node, type);
            if (form == null) {
                problems.add(Problem.ofField(at, Fields.TYPE, "must be an object", "null"));
            }
            return form;
        } catch (JacksonException e) {
            problems.add(describe(at, node, e));
            return null;
        }
    }

    /**
     * The format a file names, as its top-level check found it.
     *
     * @param text the {@code format} field's text; null when absent, or when not a string (a problem then)
     * @param readable whether the field is absent or a string, so that its form can be validated
     */
    public record Format(@Nullable String text, boolean readable) {
    }

    /**
     * Checks the top of a file: that it is a JSON object, and that its fields are known; returns its
     * {@code format}.
     *
     * @param root the file's tree
     * @param known its known top-level fields
     * @param problems where problems are recorded
     * @param notAnObject makes the exception thrown when the file is not a JSON object, from its problems
     * @return the format it names
     */
    public static Format head(JsonNode root, List<String> known, ProblemList problems,
            java.util.function.Function<List<Problem>, ? extends RuntimeException> notAnObject) {
        if (!root.isObject()) {
            throw notAnObject.apply(List.of(Problem.of("", Fields.TYPE, "the document must be a JSON object (" + Text.show(root) + ")",
                    Text.show(root))));
        }
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!known.contains(e.getKey())) {
                problems.add(Problem.ofField(Text.clean(e.getKey()), Fields.UNKNOWN, "is not a known field; known fields are "
                        + String.join(", ", known), Text.show(e.getValue())));
            }
        }
        JsonNode f = root.get("format");
        if (f != null && !f.isNull() && !f.isTextual()) {
            problems.add(Problem.ofField("format", Fields.TYPE, "must be a string", Text.show(f)));
            return new Format(null, false);
        }
        return new Format(f == null || f.isNull() ? null : f.textValue(), true);
    }

    /**
     * Returns a top-level list of a file.
     *
     * @param root the file's tree
     * @param field the list's name
     * @param required whether its absence is a problem
     * @param problems where problems are recorded
     * @return the list; null when absent, or when not an array (a problem then)
     */
    public static @Nullable JsonNode array(JsonNode root, String field, boolean required, ProblemList problems) {
        JsonNode array = root.get(field);
        if (array == null || array.isNull()) {
            if (required) {
                problems.add(Problem.ofField(field, Fields.REQUIRED, "is required: a list, possibly empty", null));
            }
            return null;
        }
        if (!array.isArray()) {
            problems.add(Problem.ofField(field, Fields.TYPE, "must be an array", Text.show(array)));
            return null;
        }
        return array;
    }

    /** Describes a binding failure: the JSON path, what was expected, and the value found. */
    private Problem describe(String at, JsonNode element, JacksonException e) {
        StringBuilder path = new StringBuilder(at);
        JsonNode value = element;
        List<JsonMappingException.Reference> refs = e instanceof JsonMappingException d ? d.getPath() : List.of();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(Text.clean(r.getFieldName()));
                value = value == null ? null : value.get(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
                value = value == null ? null : value.get(r.getIndex());
            }
        }
        String shown = value == null ? null : Text.show(value);
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = new ArrayList<>();
            Collection<Object> ids = u.getKnownPropertyIds();
            if (ids != null) {
                ids.forEach(id -> known.add(String.valueOf(id)));
            }
            known.sort(null);
            return Problem.ofField(path.toString(), Fields.UNKNOWN, "is not a known field; known fields are " + String.join(", ", known), shown);
        }
        if (e instanceof InputCoercionException || e.getCause() instanceof InputCoercionException) {
            return Problem.ofField(path.toString(), Fields.RANGE, "must be " + wholeNumber, shown);
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return Problem.ofField(path.toString(), Fields.TYPE, "must be " + expected(m.getTargetType()), shown);
        }
        // no other binding failure is expected of a tree; say so in plain words, never in the binder's
        return Problem.ofField(path.toString(), Fields.TYPE, "does not have the form this field is written in", shown);
    }

    private String expected(Class<?> type) {
        String name = expected.get(type);
        return name != null ? name : Collection.class.isAssignableFrom(type) ? "an array" : "an object";
    }
}
