package io.github.spbe4j.catalog.internal.forms;

import io.github.spbe4j.core.internal.Order;
import java.util.Objects;

/**
 * One broken rule of a form: where (the field path, as in JSON: {@code services[2].cost.rupiah}),
 * which rule (the constraint's simple name, e.g. {@code NotBlank} or {@code ValidCost}), the message
 * in the language asked for, and the offending value as one line of text.
 *
 * @param path the field path; empty for the form itself
 * @param rule the constraint's simple name
 * @param message the message, e.g. {@code "must not be blank"} or {@code "tidak boleh kosong"}
 * @param value the invalid value as one line: a text in JSON quotes, a number, {@code null}, or a summary
 */
public record FormViolation(String path, String rule, String message, String value) implements Comparable<FormViolation> {

    /** Checks for nulls. */
    public FormViolation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(value, "value");
    }

    /** Orders by path as a document lists it ({@code services[2]} before {@code services[10]}), then rule, then message. */
    @Override
    public int compareTo(FormViolation o) {
        int c = Order.NATURAL.compare(path, o.path);
        if (c == 0) {
            c = rule.compareTo(o.rule);
        }
        return c != 0 ? c : message.compareTo(o.message);
    }

    /**
     * Returns the violation as one line, {@code "path: message (value)"}.
     *
     * @return the line
     */
    @Override
    public String toString() {
        return (path.isEmpty() ? "(form)" : path) + ": " + message + " (" + value + ")";
    }
}
