package io.github.spbe4j.core.identifier;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.util.List;

/**
 * Thrown when a strict {@code parse} of an identifier finds its text malformed or one of its layout
 * rules broken; the message names the identifier type, the rule and the value.
 *
 * @since 0.1.0
 */
public final class InvalidIdentifierException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a single problem.
     *
     * @param problem one sentence naming the identifier type, the rule and the value
     */
    public InvalidIdentifierException(String problem) {
        super(problem);
    }

    /**
     * Creates the exception for one or more problems of one identifier.
     *
     * @param subject the identifier, e.g. {@code "NIK 3171234567890000"}
     * @param problems every problem found, at least one
     */
    public InvalidIdentifierException(String subject, List<Problem> problems) {
        super(subject, problems);
    }

    /**
     * Creates the exception for the first problems found and a count of further ones left out.
     *
     * @param subject what was checked
     * @param problems the first problems found, in document order
     * @param omitted how many more were found and left out
     */
    public InvalidIdentifierException(String subject, List<Problem> problems, int omitted) {
        super(subject, problems, omitted);
    }

    /**
     * Creates the exception for a single problem.
     *
     * @param problem the problem
     */
    public InvalidIdentifierException(Problem problem) {
        super(problem);
    }

    /** Returns the exception for the problems: the bare sentence when there is only one. */
    static InvalidIdentifierException of(String subject, List<Problem> problems) {
        return problems.size() == 1 ? new InvalidIdentifierException(problems.get(0))
                : new InvalidIdentifierException(subject, problems);
    }
}
