package io.github.spbe4j.complaints.open311;

import io.github.spbe4j.core.internal.TextPolicy;
import java.util.Objects;

/**
 * One entry of Open311's error response: a {@code code} (the HTTP status, 400, 403 or 404, or a more
 * specific number) and a {@code description} meant for the citizen. Immutable and thread-safe.
 *
 * @param code the error code, 100..999
 * @param description what went wrong, one line; U+FFFE and U+FFFF, which XML cannot carry, are kept
 *     escaped as {@code \}{@code uffff}
 * @since 0.1.0
 */
public record Open311Error(int code, String description) {

    /**
     * Checks the error.
     *
     * @throws Open311Exception if the code is not three digits or the description is blank or not one line
     */
    public Open311Error {
        // a message quotes input; a noncharacter (XML cannot carry U+FFFE and U+FFFF) is shown escaped, as messages show controls
        Objects.requireNonNull(description, "description");
        if (description.chars().anyMatch(c -> TextPolicy.isNoncharacter((char) c))) {
            StringBuilder sb = new StringBuilder(description.length() + 16);
            for (int i = 0; i < description.length(); i++) {
                char c = description.charAt(i);
                sb.append(TextPolicy.isNoncharacter(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
            description = sb.toString();
        }
        Checks checks = new Checks().text("description", Objects.requireNonNull(description, "description"), TextPolicy.LINE, 10_000);
        if (code < 100 || code > 999) {
            checks.add("code", Checks.RANGE, "error code " + code + " is not an HTTP-like code 100..999", String.valueOf(code));
        }
        checks.throwIfAny("error");
    }

    /**
     * Returns an error.
     *
     * @param code the code
     * @param description what went wrong
     * @return the error
     */
    public static Open311Error of(int code, String description) {
        return new Open311Error(code, description);
    }
}
