package io.github.spbe4j.attendance.checkin;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.util.List;

/**
 * Thrown when a value of a check-in breaks a rule: a point out of range, a geofence radius out of
 * range, a negative accuracy, an empty employee id, a guard asked to keep an entry until a past
 * instant. The message names the field, the rule and the value.
 *
 * @since 0.1.0
 */
public final class InvalidCheckInException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for one problem.
     *
     * @param problem the problem
     */
    public InvalidCheckInException(Problem problem) {
        super(problem);
    }

    /**
     * Creates the exception for several problems about one subject.
     *
     * @param subject what was checked, e.g. {@code "point"}
     * @param problems the problems, at least one
     * @param omitted how many more were found and left out
     */
    public InvalidCheckInException(String subject, List<Problem> problems, int omitted) {
        super(subject, problems, omitted);
    }

    static InvalidCheckInException of(String path, String rule, String message, String value) {
        return new InvalidCheckInException(Problem.of(path, rule, message, value));
    }
}
