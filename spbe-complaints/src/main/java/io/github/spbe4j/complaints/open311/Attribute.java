package io.github.spbe4j.complaints.open311;

import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One field of an Open311 service definition: what a citizen is asked beyond the standard fields
 * (description, location, contact) when reporting on a service, and how its answer is checked on
 * import. Immutable and thread-safe.
 *
 * @param variable true when the citizen answers it; false when it only informs (its description is
 *     shown, nothing is asked)
 * @param code its code, unique in its definition, sent back as {@code attribute[code]}: at most 100
 *     characters, no spaces at either end, no invisible characters
 * @param datatype the kind of answer
 * @param required true when a request without an answer is refused; only a variable attribute may be
 *     required
 * @param datatypeDescription what the answer should look like, if said
 * @param order where it is shown, from 1
 * @param description the question, one line of at most 1,000 characters
 * @param values the choices of a {@link Datatype#SINGLEVALUELIST} or {@link Datatype#MULTIVALUELIST},
 *     at least one, keys unique; empty for any other datatype
 * @since 0.1.0
 */
public record Attribute(boolean variable, String code, Datatype datatype, boolean required, Optional<String> datatypeDescription,
        int order, String description, List<AttributeValue> values) {

    /**
     * The kind of answer an attribute takes, as Open311 names it.
     *
     * @since 0.1.0
     */
    public enum Datatype {
        /** One line of text. */
        STRING,
        /** A decimal number. */
        NUMBER,
        /** A date and time in ISO 8601 with its offset, e.g. {@code 2026-03-17T09:15:00+07:00}. */
        DATETIME,
        /** Text over several lines. */
        TEXT,
        /** One key of the attribute's values. */
        SINGLEVALUELIST,
        /** Any number of keys of the attribute's values. */
        MULTIVALUELIST;

        /**
         * Returns the word Open311 writes, e.g. {@code singlevaluelist}.
         *
         * @return the word
         */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * Tells whether the answer is chosen from the attribute's values.
         *
         * @return true for the two list datatypes
         */
        public boolean isList() {
            return this == SINGLEVALUELIST || this == MULTIVALUELIST;
        }
    }

    /**
     * Checks the attribute.
     *
     * @throws Open311Exception naming every rule broken
     */
    public Attribute {
        Objects.requireNonNull(datatype, "datatype");
        values = List.copyOf(Objects.requireNonNull(values, "values"));
        Checks checks = new Checks().text("code", Objects.requireNonNull(code, "code"), TextPolicy.NAME, 100);
        if (!code.isEmpty() && (Character.isWhitespace(code.charAt(0)) || Character.isWhitespace(code.charAt(code.length() - 1)))) {
            checks.add("code", Checks.FORMAT, "attribute code " + Text.quote(code) + " begins or ends with a space", Text.quote(code));
        }
        checks.text("datatype_description", datatypeDescription, TextPolicy.LINE, 1000)
                .text("description", Objects.requireNonNull(description, "description"), TextPolicy.LINE, 1000);
        if (order < 1) {
            checks.add("order", Checks.RANGE, "attribute " + Text.clean(code) + " has order " + order + "; orders start at 1",
                    String.valueOf(order));
        }
        if (required && !variable) {
            checks.add("required", "RequiredIsVariable", "attribute " + Text.clean(code)
                    + " is required but not variable; only an attribute the citizen answers can be required", "true");
        }
        if (datatype.isList() && values.isEmpty()) {
            checks.add("values", Checks.REQUIRED, "attribute " + Text.clean(code) + " is a " + datatype.word()
                    + " without values; a list attribute offers at least one", "[]");
        }
        if (!datatype.isList() && !values.isEmpty()) {
            checks.add("values", "ValuesForLists", "attribute " + Text.clean(code) + " is a " + datatype.word()
                    + " with values; only singlevaluelist and multivaluelist attributes have values", "a list of " + values.size());
        }
        Set<String> keys = new HashSet<>();
        for (AttributeValue v : values) {
            if (!keys.add(v.key())) {
                checks.add("values", Checks.UNIQUE, "attribute " + Text.clean(code) + " offers the key " + Text.quote(v.key())
                        + " more than once", Text.quote(v.key()));
            }
        }
        checks.throwIfAny("attribute " + Text.clean(code));
    }

    /**
     * Returns a variable attribute the citizen answers, shown in the given order.
     *
     * @param code its code
     * @param datatype the kind of answer
     * @param required whether an answer is required
     * @param order where it is shown, from 1
     * @param description the question
     * @param values the choices of a list attribute; empty otherwise
     * @return the attribute
     * @throws Open311Exception naming every rule broken
     */
    public static Attribute of(String code, Datatype datatype, boolean required, int order, String description,
            List<AttributeValue> values) {
        return new Attribute(true, code, datatype, required, Optional.empty(), order, description, values);
    }

    /**
     * Tells whether a key is one of the values.
     *
     * @param key the key
     * @return true when a value has it
     */
    public boolean hasKey(String key) {
        return values.stream().anyMatch(v -> v.key().equals(key));
    }
}
