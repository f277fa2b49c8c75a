package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.internal.Ids;

/**
 * The patterns and message keys the forms' constraints share; the id rule is the model's own
 * ({@link Ids}).
 */
final class FormRules {

    /** The form of ids: 1..128 letters, digits, {@code . _ ~ -}, starting with a letter or digit. */
    static final String ID = Ids.PATTERN;

    /** The message key of a malformed id. */
    static final String ID_MESSAGE = "{io.github.spbe4j.catalog.json.id}";

    /** A text that is not blank (and may span lines). */
    static final String NOT_BLANK = "(?s).*\\S.*";

    /** The message key of a blank text. */
    static final String NOT_BLANK_MESSAGE = "{jakarta.validation.constraints.NotBlank.message}";

    private FormRules() {
    }
}
