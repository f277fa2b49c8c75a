package io.github.spbe4j.core.internal;

import com.fasterxml.jackson.core.JacksonException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in plain words what is wrong with a JSON text, for people who write JSON rather than for
 * those who write parsers: "comments are not allowed in JSON", "NaN is not a number here" — never a
 * parser's feature or class name.
 */
public final class JsonWords {

    private record Rule(Pattern pattern, Function<Matcher, String> words) {
    }

    private static final String VALUE = "a string in double quotes, a number, an array, an object, true, false or null";

    private static final List<Rule> RULES = List.of(
            rule("maybe a \\(non-standard\\) comment", m -> "comments are not allowed in JSON"),
            rule("Unexpected character \\('#'", m -> "comments are not allowed in JSON"),
            rule("Non-standard token '(-?)(NaN|Infinity)'", m -> m.group(1) + m.group(2) + " is not a number here; JSON has no NaN or Infinity"),
            rule("Unexpected character \\('''", m -> "single quotes are not allowed; JSON writes strings and field names in double quotes"),
            rule("Unexpected character \\('(.)' \\(code \\d+\\)\\): was expecting double-quote to start field name",
                    m -> m.group(1).equals("}") ? "a comma before } is not allowed in JSON"
                            : "field names are written in double quotes; found " + Text.quote(m.group(1))),
            rule("Unexpected character \\('\\]' \\(code \\d+\\)\\): expected a valid value", m -> "a comma before ] is not allowed in JSON, and ] needs a value before it"),
            rule("Unrecognized token '(.*)': was expecting", m -> "unknown word " + Text.quote(m.group(1)) + "; expected " + VALUE),
            rule("Unexpected character \\('(.)' \\(code \\d+\\)\\): expected a valid value",
                    m -> "unexpected " + Text.quote(m.group(1)) + "; expected " + VALUE),
            rule("Unexpected end-of-input: expected close marker for (Object|Array)",
                    m -> "the text ends before its " + (m.group(1).equals("Object") ? "object is closed with }" : "array is closed with ]")),
            rule("Unexpected end-of-input.*closing quote", m -> "the text ends inside a string; a string is closed with \""),
            rule("Unexpected end-of-input", m -> "the text ends in the middle of a value"),
            rule("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)",
                    m -> "a string holds the control character " + String.format("U+%04X", Integer.parseInt(m.group(1)))
                            + " as such; write it escaped, as \\n or \\u00XX"),
            rule("Duplicate field '(.*)'", m -> "the field " + Text.quote(m.group(1)) + " appears twice in one object"),
            rule("Leading zeroes not allowed", m -> "a number may not start with 0 unless it is 0 or 0.something"),
            rule("plus signs", m -> "a number may not start with +"),
            rule("Decimal point not followed by a digit", m -> "a decimal point must be followed by a digit"),
            rule("Exponent indicator not followed by a digit", m -> "an exponent (e or E) must be followed by a digit"),
            rule("to follow minus sign", m -> "a minus sign must be followed by a digit"),
            rule("was expecting comma to separate Object entries", m -> "expected a comma or } after a field's value"),
            rule("was expecting comma to separate Array entries", m -> "expected a comma or ] after an element"),
            rule("was expecting a colon to separate field name and value", m -> "expected a colon after a field name"),
            rule("Unrecognized character escape '(.)'", m -> Text.quote("\\" + m.group(1)) + " is not an escape JSON knows; a backslash in a string is written \\\\"),
            rule("Unexpected close marker '(.)': expected '(.)'", m -> m.group(1) + " where " + m.group(2) + " was expected; brackets and braces do not match"),
            rule("nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)", m -> "the document nests deeper than " + m.group(2) + " levels"),
            rule("Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)", m -> "a number has " + m.group(1)
                    + " characters; numbers have at most " + m.group(2)),
            rule("String value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)", m -> "a string is longer than " + m.group(2)
                    + " characters"),
            rule("Name length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)", m -> "a field name is longer than " + m.group(2)
                    + " characters"),
            rule("Invalid UTF-8", m -> "the text is not valid UTF-8"),
            rule("Invalid UTF-32", m -> "the text is not valid UTF-32"),
            rule("Trailing token", m -> "there is more after the end of the document; a file holds one JSON object"),
            rule("Invalid numeric value", m -> "a number is not written as JSON writes numbers"));

    private JsonWords() {
    }

    /**
     * Returns what is wrong, in plain words: one line naming the rule and, where it helps, the character
     * found; never a parser's feature or class name.
     *
     * @param e the parser's exception
     * @return the words
     */
    public static String of(JacksonException e) {
        return of(e.getOriginalMessage());
    }

    /**
     * Returns what a parser's message says, in plain words.
     *
     * @param message the parser's message, or null
     * @return the words
     */
    public static String of(String message) {
        String m = message == null ? "" : message;
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern.matcher(m);
            if (matcher.find()) {
                return rule.words.apply(matcher);
            }
        }
        Matcher unexpected = Pattern.compile("^Unexpected character \\('(.)'").matcher(m);
        if (unexpected.find()) {
            return "unexpected " + Text.quote(unexpected.group(1)) + " here";
        }
        return "the text is not well-formed JSON here";
    }

    private static Rule rule(String regex, Function<Matcher, String> words) {
        return new Rule(Pattern.compile(regex), words);
    }
}
