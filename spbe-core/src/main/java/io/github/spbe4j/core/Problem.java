package io.github.spbe4j.core;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in input: where it is (a path such as {@code services[2].cost.rupiah}), the rule it
 * breaks, a message, and the rejected value — the parts a city application needs to show each error
 * next to its field.
 *
 * <p>Every {@link SpbeException} carries its problems as values of this type ({@link
 * SpbeException#problems()}); its message joins their text forms.
 *
 * <pre>{@code
 * try {
 *     CatalogFile.read(path);
 * } catch (SpbeException e) {
 *     for (Problem p : e.problems()) {
 *         form.showError(p.path(), p.message());   // e.g. "services[2].title", "must not be blank"
 *     }
 * }
 * }</pre>
 *
 * <p>There are two kinds, told apart by how the message reads:
 * <ul>
 *   <li>{@link #of(String, String, String, String)}: the message reads on its own, naming what it is
 *       about ("indicator 12 has value 7; values run 1..5"); the text form is the message;</li>
 *   <li>{@link #ofField(String, String, String, String)}: the message is about the field at the path,
 *       as a constraint phrases it ("must not be blank"); the text form is
 *       {@code path: message (rejected value)}.</li>
 * </ul>
 *
 * <p>A problem holds the texts it is given; spbe4j's own problems show every text taken from input on
 * one line, control characters escaped, cut to a readable length. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Problem {

    private final String path;
    private final String rule;
    private final String message;
    private final @Nullable String rejectedValue;
    private final String text;

    private Problem(String path, String rule, String message, @Nullable String rejectedValue, String text) {
        this.path = Objects.requireNonNull(path, "path");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.message = Objects.requireNonNull(message, "message");
        this.rejectedValue = rejectedValue;
        this.text = text;
    }

    /**
     * Returns a problem of the input as a whole, with no path, rule or value of its own.
     *
     * @param message one sentence naming the rule and the value
     * @return the problem
     */
    public static Problem of(String message) {
        Objects.requireNonNull(message, "message");
        return new Problem("", "", message, null, message);
    }

    /**
     * Returns a problem whose message reads on its own; its text form is the message.
     *
     * @param path where it is, e.g. {@code "values.12"}; empty for the input as a whole
     * @param rule the rule broken, a short name such as {@code "Scale"} or {@code "Required"}
     * @param message one sentence naming the rule and the value, e.g. {@code "indicator 12 has value 7; values run 1..5"}
     * @param rejectedValue the rejected value as shown in messages, or null when there is none
     * @return the problem
     */
    public static Problem of(String path, String rule, String message, @Nullable String rejectedValue) {
        Objects.requireNonNull(message, "message");
        return new Problem(path, rule, message, rejectedValue, message);
    }

    /**
     * Returns a problem whose message is about the field at its path, as constraints phrase it; its text
     * form is {@code path: message (rejected value)}.
     *
     * @param path where it is, e.g. {@code "services[2].title"}; empty for the input as a whole
     * @param rule the rule broken, e.g. {@code "NotBlank"}
     * @param message the message about the field, e.g. {@code "must not be blank"}
     * @param rejectedValue the rejected value as shown in messages, or null when there is none
     * @return the problem
     */
    public static Problem ofField(String path, String rule, String message, @Nullable String rejectedValue) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        String text = (path.isEmpty() ? "(input)" : path) + ": " + message + (rejectedValue == null ? "" : " (" + rejectedValue + ")");
        return new Problem(path, rule, message, rejectedValue, text);
    }

    /**
     * Returns this problem placed inside a larger document: its path below {@code parent}
     * ({@code assessment} and {@code values.1} give {@code assessment.values.1}) and its text after the
     * parent's path ({@code "assessment: indicator 1 has value 7; values run 1..5"}), so that it reads
     * on its own there; rule and rejected value stay.
     *
     * @param parent the path of the part of the larger document the problem was found in; empty for
     *     its root, which returns this problem
     * @return the placed problem
     */
    public Problem under(String parent) {
        Objects.requireNonNull(parent, "parent");
        if (parent.isEmpty()) {
            return this;
        }
        String joined = path.isEmpty() ? parent : path.startsWith("[") ? parent + path : parent + "." + path;
        String placed = parent + ": " + text;
        return new Problem(joined, rule, placed, rejectedValue, placed);
    }

    /**
     * Returns where the problem is: a JSON-style path such as {@code services[2].cost.rupiah} or
     * {@code values.12}.
     *
     * @return the path; empty for the input as a whole
     */
    public String path() {
        return path;
    }

    /**
     * Returns the rule broken: a short name such as {@code NotBlank}, {@code Required} or {@code Scale}.
     *
     * @return the rule; empty when the problem names none
     */
    public String rule() {
        return rule;
    }

    /**
     * Returns the message, to show next to the field.
     *
     * @return the message
     */
    public String message() {
        return message;
    }

    /**
     * Returns the rejected value as messages show it: a text in JSON quotes, a number, or a summary.
     *
     * @return the value, if the problem has one
     */
    public Optional<String> rejectedValue() {
        return Optional.ofNullable(rejectedValue);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Problem p && path.equals(p.path) && rule.equals(p.rule) && message.equals(p.message)
                && Objects.equals(rejectedValue, p.rejectedValue) && text.equals(p.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, rule, message, rejectedValue, text);
    }

    /**
     * Returns the problem as one line of text, as exception messages show it.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return text;
    }
}
