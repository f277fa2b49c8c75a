package io.github.spbe4j.catalog.form;

/**
 * The patterns and message keys the forms' constraints share, for forms of one's own that follow
 * the same rules.
 */
public final class FormRules {

    /** The form of ids: 1..128 letters, digits, {@code . _ ~ -}, starting with a letter or digit. */
    public static final String ID = "[A-Za-z0-9][A-Za-z0-9._~-]{0,127}";

    /** The message key of a malformed id. */
    public static final String ID_MESSAGE = "{io.github.spbe4j.catalog.form.id}";

    /** A text that is not blank (and may span lines). */
    public static final String NOT_BLANK = "(?s).*\\S.*";

    /** The message key of a blank text. */
    public static final String NOT_BLANK_MESSAGE = "{jakarta.validation.constraints.NotBlank.message}";

    private FormRules() {
    }
}
