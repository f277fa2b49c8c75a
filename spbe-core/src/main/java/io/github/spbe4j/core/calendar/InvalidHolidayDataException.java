package io.github.spbe4j.core.calendar;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.util.List;

/**
 * Thrown when holiday data breaks a rule: a file that is not JSON or not a holiday file, a bad date,
 * an unknown kind, a missing name or decree, or two entries for one date. Lists every problem found,
 * each naming the field, the rule and the value.
 *
 * @since 0.1.0
 */
public final class InvalidHolidayDataException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param subject what was read, e.g. {@code "holiday file bali-2025.json"}
     * @param problems every problem found
     */
    public InvalidHolidayDataException(String subject, List<Problem> problems) {
        super(subject, problems);
    }

    /**
     * Creates the exception for the first problems found and a count of further ones left out.
     *
     * @param subject what was checked
     * @param problems the first problems found, in document order
     * @param omitted how many more were found and left out
     */
    public InvalidHolidayDataException(String subject, List<Problem> problems, int omitted) {
        super(subject, problems, omitted);
    }

    /**
     * Creates the exception for a single problem.
     *
     * @param problem the problem
     */
    public InvalidHolidayDataException(Problem problem) {
        super(problem);
    }
}
