package io.github.spbe4j.core.identifier;

import java.util.List;

/** Text helpers shared by the identifier types. */
final class Texts {

    /** The longest part of a rejected text shown in a message. */
    private static final int SHOWN = 40;

    private Texts() {
    }

    /**
     * Returns the text quoted for a message, cut after 40 characters (not inside a surrogate pair), with
     * control characters and line and paragraph separators escaped as {@code SpbeException} escapes
     * them in messages (backslash and {@code n}, {@code r}, {@code t}, or {@code u} and four hex digits),
     * so that a check problem stays on one line too.
     */
    static String show(CharSequence text) {
        String s = text.toString();
        int end = s.length();
        if (end > SHOWN) {
            end = Character.isHighSurrogate(s.charAt(SHOWN - 1)) && Character.isLowSurrogate(s.charAt(SHOWN)) ? SHOWN - 1 : SHOWN;
        }
        StringBuilder sb = new StringBuilder(end + 3).append('\'');
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append(end < s.length() ? "…'" : "'").toString();
    }

    /** Tells whether the text is exactly {@code length} ASCII digits. */
    static boolean isDigits(CharSequence text, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Returns the text with whitespace, dots and dashes removed: the lenient reading. */
    static String lenient(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '.' && c != '-') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Returns the number written by the digits {@code from} (inclusive) to {@code to} (exclusive). */
    static int num(String digits, int from, int to) {
        return Integer.parseInt(digits, from, to, 10);
    }

    /** The problem of a lenient text that is not the expected digits after removing separators. */
    static String notDigitsLenient(String type, CharSequence text, String expected) {
        return type + " " + show(text) + " is not " + expected + " after removing whitespace, dots and dashes";
    }

    /** Throws the exception for the problems, if any. */
    static void throwIfAny(String subject, List<String> problems) {
        if (!problems.isEmpty()) {
            throw InvalidIdentifierException.of(subject, problems);
        }
    }

    /**
     * Returns the text of an identifier that is exactly {@code length} ASCII digits, or throws naming
     * the type and the rule: {@code "KBLI 12a45 is not 5 digits; a KBLI is exactly 5 digits 0-9"}.
     */
    static String requireDigits(CharSequence text, String type, int length) {
        java.util.Objects.requireNonNull(text, "text");
        if (!isDigits(text, length)) {
            throw new InvalidIdentifierException(type + " " + show(text) + " is not " + length + " digits; a " + type
                    + " is exactly " + length + " digits 0-9");
        }
        return text.toString();
    }

    /** Checks leniently (whitespace, dots and dashes removed) an identifier of exactly {@code length} digits. */
    static <T> IdentifierCheck<T> checkDigits(CharSequence text, String type, int length,
            java.util.function.Function<String, T> factory) {
        java.util.Objects.requireNonNull(text, "text");
        String d = lenient(text);
        return isDigits(d, length) ? new IdentifierCheck.Valid<>(factory.apply(d), List.of())
                : new IdentifierCheck.Invalid<>(List.of(notDigitsLenient(type, text, length + " digits")));
    }
}
