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
        super(Objects.requireNonNull(problem, "problem"));
        this.problems = List.of(problem);
    }

    /**
     * Creates an exception for one or more problems about a subject.
     *
     * @param subject what was checked, e.g. {@code "framework spbe-2020"}
     * @param problems the problems found, at least one
     */
    public SpbeException(String subject, List<String> problems) {
        super(summary(subject, problems));
        this.problems = List.copyOf(problems);
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
            return subject + ": " + problems.get(0);
        }
        return subject + " has " + problems.size() + " problems: " + String.join("; ", problems);
    }
}
