package io.github.spbe4j.core.identifier;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.Text;
import java.util.List;

/** Text helpers shared by the identifier types. */
final class Texts {

    /** Returns a text quoted for a message, as every spbe4j message quotes input. */
    static String show(CharSequence text) {
        return Text.quote(text);
    }

    /** Returns a problem of an identifier's text, the text being the rejected value. */
    static Problem problem(String rule, String message, CharSequence text) {
        return Problem.of("", rule, message, Text.quote(text));
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
    static Problem notDigitsLenient(String type, CharSequence text, String expected) {
        return problem("Digits", type + " " + show(text) + " is not " + expected + " after removing whitespace, dots and dashes", text);
    }

    /** Throws the exception for the problems, if any. */
    static void throwIfAny(String subject, List<Problem> problems) {
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
            throw new InvalidIdentifierException(problem("Digits", type + " " + show(text) + " is not " + length + " digits; a " + type
                    + " is exactly " + length + " digits 0-9", text));
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
