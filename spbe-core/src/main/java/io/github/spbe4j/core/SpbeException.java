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
 * <p>However bad the input, an exception stays small: it keeps the first {@value #MAX_PROBLEMS}
 * problems in document order and counts the rest ({@link #omitted()}), and its message ends in
 * {@code "; and 2400 more"}.
 *
 * @since 0.1.0
 */
public class SpbeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The most problems an exception keeps; further ones are counted in {@link #omitted()}. */
    public static final int MAX_PROBLEMS = 100;

    /** The problems; never empty. */
    private final List<Problem> problems;

    /** How many further problems were found and left out. */
    private final int omitted;

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
        this.omitted = 0;
    }

    /**
     * Creates an exception for one or more problems about a subject; the message reads
     * {@code "subject: problem"} or {@code "subject has 3 problems: a; b; c"}. Of a longer list the first
     * {@value #MAX_PROBLEMS} are kept and the rest counted.
     *
     * @param subject what was checked, e.g. {@code "framework spbe-2020"}
     * @param problems the problems found, at least one, in document order
     */
    public SpbeException(String subject, List<Problem> problems) {
        this(subject, problems, 0);
    }

    /**
     * Creates an exception for the first problems found about a subject and a count of further ones
     * that were left out, so that a reader of a huge bad file need not keep every problem: the message
     * reads {@code "subject has 1200 problems: a; b; ...; and 1100 more"}. Of a list longer than
     * {@value #MAX_PROBLEMS} the first are kept and the rest added to the count.
     *
     * @param subject what was checked, e.g. {@code "assessment kota.json"}
     * @param problems the first problems found, at least one, in document order
     * @param omitted how many more were found and left out; not negative
     */
    public SpbeException(String subject, List<Problem> problems, int omitted) {
        super(summary(subject, problems, omitted));
        this.problems = List.copyOf(problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
        this.omitted = omitted + problems.size() - this.problems.size();
    }

    /**
     * Returns the problems found, at most {@value #MAX_PROBLEMS}, in document order.
     *
     * @return the problems, never empty
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Returns how many more problems were found than {@link #problems()} holds.
     *
     * @return the count left out; 0 when every problem is kept
     */
    public int omitted() {
        return omitted;
    }

    private static String summary(String subject, List<Problem> problems, int omitted) {
        Objects.requireNonNull(subject, "subject");
        if (problems.isEmpty()) {
            // a programming error of the caller, not bad input: an exception with nothing to report
            throw new IllegalArgumentException("an exception needs at least one problem");
        }
        if (omitted < 0) {
            throw new IllegalArgumentException("omitted is " + omitted + "; it cannot be negative");
        }
        long total = (long) problems.size() + omitted;
        if (total == 1) {
            return subject + ": " + problems.get(0);
        }
        int shown = Math.min(problems.size(), MAX_PROBLEMS);
        StringBuilder sb = new StringBuilder(subject).append(" has ").append(total).append(" problems: ");
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(problems.get(i));
        }
        if (total > shown) {
            sb.append("; and ").append(total - shown).append(" more");
        }
        return sb.toString();
    }
}
