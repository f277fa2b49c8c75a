package io.github.spbe4j.attendance.schedule;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.util.List;

/**
 * Thrown when lateness rules break a rule, built in Java or read from a file: every problem found at
 * once (at most {@link SpbeException#MAX_PROBLEMS}, the rest counted), each naming the field, the rule
 * and the value.
 *
 * @since 0.1.0
 */
public final class InvalidLatenessRulesException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param subject what was checked, e.g. {@code "lateness rules permentan.json"}
     * @param problems the problems found
     * @param omitted how many more were found and left out
     */
    public InvalidLatenessRulesException(String subject, List<Problem> problems, int omitted) {
        super(subject, problems, omitted);
    }

    static InvalidLatenessRulesException of(String subject, List<Problem> problems) {
        return new InvalidLatenessRulesException(subject, problems, 0);
    }
}
