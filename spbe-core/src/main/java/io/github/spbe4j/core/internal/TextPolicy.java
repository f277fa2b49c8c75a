package io.github.spbe4j.core.internal;

import io.github.spbe4j.core.Problem;
import java.util.Optional;

/**
 * The one policy for text taken from input — every free-text field of every input format of spbe4j,
 * whatever module reads it: which characters a field may hold, by the kind of field.
 *
 * <p>Every kind refuses C0 and C1 control characters and DEL (tab and line feed are allowed in
 * {@link #MULTI_LINE} text only), the line and paragraph separators U+2028 and U+2029, the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), and lone
 * surrogates. {@link #NAME} also refuses zero-width and other invisible formatting characters (U+200B–
 * U+200F, U+2060–U+2064, U+061C, U+180E, U+FEFF), which make two names that look the same differ.
 *
 * <p>A check reads the text once and stops at the first character refused, so its cost is linear in
 * the text. docs/security.md states the policy for users.
 */
public enum TextPolicy {

    /** An identifier, a code or a name: one line, no invisible characters. */
    NAME,

    /** One line of free text: a title, a keyword, an address. */
    LINE,

    /** Free text over several lines: a description, a procedure step; tab and line feed allowed. */
    MULTI_LINE;

    /** The rule of a problem about a text this policy refuses. */
    public static final String RULE = "Text";

    /** What kind of character a policy refused. */
    public enum Reason {
        /** A C0 or C1 control character or DEL other than a line break. */
        CONTROL,
        /** A line break: line feed, carriage return, U+2028 or U+2029. */
        LINE_BREAK,
        /** A bidirectional embedding, override or isolate. */
        BIDI,
        /** A lone surrogate. */
        SURROGATE,
        /** A zero-width or invisible formatting character, in a name. */
        INVISIBLE,
        /** A noncharacter of the basic plane: U+FDD0–U+FDEF, U+FFFE, U+FFFF (XML cannot carry the last two). */
        NONCHARACTER
    }

    /**
     * The first character a policy refuses in a text.
     *
     * @param reason what kind of character it is
     * @param character the character
     * @param position its place, from 1, a surrogate pair counting as one character
     */
    public record Violation(Reason reason, char character, int position) {

        /**
         * Returns the character's code as messages show it: {@code U+001B}.
         *
         * @return the code
         */
        public String code() {
            return String.format("U+%04X", (int) character);
        }
    }

    /**
     * Returns the first character this policy refuses in a text; empty when the text is allowed.
     *
     * @param text the text
     * @return the violation, if any
     */
    public Optional<Violation> find(CharSequence text) {
        int n = text.length();
        int position = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            position++;
            if (c < 0x20 || c >= 0x7f && c < 0xa0) {
                if (this == MULTI_LINE && (c == '\n' || c == '\t')) {
                    continue;
                }
                return Optional.of(new Violation(c == '\n' || c == '\r' ? Reason.LINE_BREAK : Reason.CONTROL, c, position));
            }
            if (c < 0x61c) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Optional.of(new Violation(Reason.SURROGATE, c, position));
            }
            if (c == '\u2028' || c == '\u2029') {
                return Optional.of(new Violation(Reason.LINE_BREAK, c, position));
            }
            if (isBidiControl(c)) {
                return Optional.of(new Violation(Reason.BIDI, c, position));
            }
            if (isNoncharacter(c)) {
                return Optional.of(new Violation(Reason.NONCHARACTER, c, position));
            }
            if (this == NAME && isInvisible(c)) {
                return Optional.of(new Violation(Reason.INVISIBLE, c, position));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns why a text is refused, as a phrase to follow the field's name: {@code "holds the control
     * character U+001B at character 5; ..."}; empty when the text is allowed.
     *
     * @param text the text
     * @return the reason, if refused
     */
    public Optional<String> violation(CharSequence text) {
        return find(text).map(this::phrase);
    }

    private String phrase(Violation v) {
        String at = v.code() + " at character " + v.position();
        return switch (v.reason()) {
            case CONTROL -> "holds the control character " + at + rule();
            case LINE_BREAK -> "holds a line break " + at + rule();
            case SURROGATE -> "holds a lone surrogate " + at + "; text must be valid Unicode";
            case BIDI -> "holds the bidirectional control " + at + "; bidirectional embeddings, overrides and isolates are not"
                    + " allowed, as they make text display differently from what it holds";
            case INVISIBLE -> "holds the invisible character " + at
                    + "; names and identifiers may not hold zero-width or invisible formatting characters";
            case NONCHARACTER -> "holds the noncharacter " + at + "; text may not hold U+FDD0-U+FDEF, U+FFFE or U+FFFF,"
                    + " which are not characters and which XML cannot carry";
        };
    }

    private String rule() {
        return this == MULTI_LINE ? "; text may hold line feeds and tabs but no other control characters (write line breaks as \\n)"
                : "; it must be one line without control characters";
    }

    /**
     * Returns the problem with a text at a path, its message naming the path, the text and the rule:
     * {@code agency.name "Kota\u001b[2J" holds the control character U+001B at character 5; ...}.
     *
     * @param path where the text is, e.g. {@code agency.name}
     * @param text the text
     * @return the problem, if the text is refused
     */
    public Optional<Problem> check(String path, CharSequence text) {
        return violation(text).map(reason -> Problem.of(path, RULE, path + " " + Text.quote(text) + " " + reason, Text.quote(text)));
    }

    /**
     * Tells whether a text is allowed.
     *
     * @param text the text
     * @return true when {@link #violation(CharSequence)} finds nothing
     */
    public boolean allows(CharSequence text) {
        return violation(text).isEmpty();
    }

    /**
     * Tells whether a character is a bidirectional embedding, override or isolate (U+202A–U+202E,
     * U+2066–U+2069).
     *
     * @param c the character
     * @return true when it is
     */
    public static boolean isBidiControl(char c) {
        return c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
    }

    /**
     * Tells whether a character is a noncharacter of the basic plane: U+FDD0–U+FDEF, U+FFFE or U+FFFF,
     * reserved by Unicode as not characters; XML 1.0 cannot carry the last two.
     *
     * @param c the character
     * @return true when it is
     */
    public static boolean isNoncharacter(char c) {
        return c >= '\ufdd0' && c <= '\ufdef' || c >= '\ufffe';
    }

    /**
     * Tells whether a character is zero-width or an invisible formatting mark: U+200B–U+200F (zero-width
     * space, non-joiner, joiner, left-to-right and right-to-left marks), U+2060–U+2064, U+061C, U+180E
     * and U+FEFF.
     *
     * @param c the character
     * @return true when it is
     */
    public static boolean isInvisible(char c) {
        return c >= '\u200b' && c <= '\u200f' || c >= '\u2060' && c <= '\u2064' || c == '\u061c' || c == '\u180e' || c == '\ufeff';
    }
}
