package io.github.spbe4j.core;

import java.util.List;
import java.util.Objects;

/**
 * The root of spbe4j's exceptions: an unchecked exception that carries every {@link Problem} found,
 * each naming where it is, the rule broken and the rejected value, and whose message joins them on one
 * line.
 *
 * <p>spbe4j reports bad input all at once: a framework file or an assessment with five mistakes
 * throws one exception carrying all five in {@link #problems()}, and nothing has been applied. Bad
 * input to any constructor or factory of spbe4j's domain types throws this family, never a bare
 * {@code IllegalArgumentException}, so a caller catches one type.
 *
 * @since 0.1.0
 */
public class SpbeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The problems; never empty. */
    private final List<Problem> problems;

    /**
     * Creates an exception for a single problem of the input as a whole.
     *
     * @param problem one sentence naming the rule and the value
     */
    public SpbeException(String problem) {
        this(Problem.of(problem));
    }

    /**
     * Creates an exception for a single problem; the message is the problem's text form.
     *
     * @param problem the problem
     */
    public SpbeException(Problem problem) {
        super(Objects.requireNonNull(problem, "problem").toString());
        this.problems = List.of(problem);
    }

    /**
     * Creates an exception for one or more problems about a subject; the message reads
     * {@code "subject: problem"} or {@code "subject has 3 problems: a; b; c"}.
     *
     * @param subject what was checked, e.g. {@code "framework spbe-2020"}
     * @param problems the problems found, at least one
     */
    public SpbeException(String subject, List<Problem> problems) {
        super(summary(subject, problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns every problem found.
     *
     * @return the problems, never empty
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(String subject, List<Problem> problems) {
        Objects.requireNonNull(subject, "subject");
        if (problems.isEmpty()) {
            // a programming error of the caller, not bad input: an exception with nothing to report
            throw new IllegalArgumentException("an exception needs at least one problem");
        }
        if (problems.size() == 1) {
            return subject + ": " + problems.get(0);
        }
        StringBuilder sb = new StringBuilder(subject).append(" has ").append(problems.size()).append(" problems: ");
        for (int i = 0; i < problems.size(); i++) {
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(problems.get(i));
        }
        return sb.toString();
    }
}
