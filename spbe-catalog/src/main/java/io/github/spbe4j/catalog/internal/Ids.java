package io.github.spbe4j.catalog.internal;

import java.util.regex.Pattern;

/**
 * The rule of the catalog's ids — of services, concepts, requirements, documents and life events —
 * in the one place both the model and the catalog file's constraints take it from. Ids become parts of
 * IRIs in linked-data exports, so they are unreserved URI characters.
 */
public final class Ids {

    /** The form of an id: 1..128 letters, digits, {@code . _ ~ -}, starting with a letter or digit. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._~-]{0,127}";

    /** The rule in words, as messages end: {@code "...; an id is 1..128 letters, ..."}. */
    public static final String RULE = "an id is 1..128 letters, digits, '.', '_', '~' or '-', starting with a letter or digit";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private Ids() {
    }

    /**
     * Tells whether a text is a well-formed id.
     *
     * @param id the text
     * @return true when it matches {@link #PATTERN}
     */
    public static boolean isId(CharSequence id) {
        return COMPILED.matcher(id).matches();
    }
}
