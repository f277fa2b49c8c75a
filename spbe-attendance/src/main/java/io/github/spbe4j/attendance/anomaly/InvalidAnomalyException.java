package io.github.spbe4j.attendance.anomaly;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;

/**
 * Thrown when an {@link AnomalyPolicy} threshold is out of its range, or a finding is made that
 * contradicts itself (no punch behind it, a travel between two employees). The message names the field,
 * the rule and the value.
 *
 * @since 0.1.0
 */
public final class InvalidAnomalyException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for one problem.
     *
     * @param problem the problem
     */
    public InvalidAnomalyException(Problem problem) {
        super(problem);
    }

    static InvalidAnomalyException of(String path, String rule, String message, String value) {
        return new InvalidAnomalyException(Problem.of(path, rule, message, value));
    }
}
