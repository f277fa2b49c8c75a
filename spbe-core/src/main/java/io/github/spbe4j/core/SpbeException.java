package io.github.spbe4j.core;

import java.util.List;
import java.util.Objects;

/**
 * The root of spbe4j's exceptions: an unchecked exception whose message is one line naming the rule
 * broken and the offending value, and which lists every problem found when there was more than one.
 *
 * <p>spbe4j reports bad input all at once: a framework file or an assessment with five mistakes
 * throws one exception carrying all five in {@link #problems()}, and nothing has been applied.
 */
public class SpbeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The problems, each one sentence; never empty. */
    private final List<String> problems;

    /**
     * Creates an exception for a single problem.
     *
     * @param problem one sentence naming the rule and the value
     */
    public SpbeException(String problem) {
        super(oneLine(Objects.requireNonNull(problem, "problem")));
        this.problems = List.of(oneLine(problem));
    }

    /**
     * Creates an exception for one or more problems about a subject.
     *
     * @param subject what was checked, e.g. {@code "framework spbe-2020"}
     * @param problems the problems found, at least one
     */
    public SpbeException(String subject, List<String> problems) {
        super(summary(subject, problems));
        this.problems = problems.stream().map(SpbeException::oneLine).toList();
    }

    /**
     * Returns every problem found, each one sentence.
     *
     * @return the problems, never empty
     */
    public List<String> problems() {
        return problems;
    }

    private static String summary(String subject, List<String> problems) {
        Objects.requireNonNull(subject, "subject");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an exception needs at least one problem");
        }
        if (problems.size() == 1) {
            return oneLine(subject + ": " + problems.get(0));
        }
        return oneLine(subject + " has " + problems.size() + " problems: " + String.join("; ", problems));
    }

    /**
     * Returns the text with line breaks and other control characters escaped ({@code \n},
     * {@code \u2028}, …), so that a message is always one line whatever a file or caller put into a
     * name.
     */
    private static String oneLine(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && sb == null) {
                sb = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (sb != null) {
                if (!control) {
                    sb.append(c);
                } else if (c == '\n') {
                    sb.append("\\n");
                } else if (c == '\r') {
                    sb.append("\\r");
                } else if (c == '\t') {
                    sb.append("\\t");
                } else {
                    sb.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        return sb == null ? text : sb.toString();
    }
}
