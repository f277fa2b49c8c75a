package io.github.spbe4j.core.analysis;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;

/**
 * Thrown when score cards cannot be put side by side as asked: two assessments under different
 * frameworks compared indicator by indicator, assessments of different agencies in one comparison or
 * series, or a ranking mixing frameworks or years.
 *
 * @since 0.2.0
 */
public final class IncomparableException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for one problem.
     *
     * @param problem the problem, naming the rule and the values
     */
    public IncomparableException(Problem problem) {
        super(problem);
    }
}
