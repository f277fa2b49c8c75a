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
