package io.github.spbe4j.attendance.recap;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;

/**
 * Thrown when a recap cannot count something as asked: a second record of an employee for a date already
 * counted, thresholds out of order, an agency name that breaks the text policy. The message names the
 * rule and the value.
 *
 * @since 0.1.0
 */
public final class InvalidRecapException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for one problem.
     *
     * @param problem the problem
     */
    public InvalidRecapException(Problem problem) {
        super(problem);
    }

    static InvalidRecapException of(String path, String rule, String message, String value) {
        return new InvalidRecapException(Problem.of(path, rule, message, value));
    }
}
