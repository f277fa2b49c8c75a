package io.github.spbe4j.core.framework;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.util.List;

/**
 * Thrown when a framework definition breaks a rule: weights that do not sum, duplicate codes, bands
 * with gaps, a conversion that is not monotone, or a file that is not a framework at all. Lists
 * every problem found, each naming the framework, the node and the numbers.
 *
 * @since 0.1.0
 */
public final class InvalidFrameworkException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param subject the framework, e.g. {@code "framework spbe-2020"}
     * @param problems every problem found
     */
    public InvalidFrameworkException(String subject, List<Problem> problems) {
        super(subject, problems);
    }

    /**
     * Creates the exception for the first problems found and a count of further ones left out.
     *
     * @param subject what was checked
     * @param problems the first problems found, in document order
     * @param omitted how many more were found and left out
     */
    public InvalidFrameworkException(String subject, List<Problem> problems, int omitted) {
        super(subject, problems, omitted);
    }

    /**
     * Creates the exception for a single problem.
     *
     * @param problem the problem
     */
    public InvalidFrameworkException(Problem problem) {
        super(problem);
    }
}
