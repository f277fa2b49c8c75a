package io.github.spbe4j.attendance.record;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.util.List;

/**
 * Thrown when an attendance record or a punch breaks a rule: a check-out not after its check-in, a
 * record longer than a day, a check-in on another date than the record's, a device or location id out of
 * its alphabet, or a line of a records file that cannot be read. The message names the field, the rule
 * and the value.
 *
 * @since 0.1.0
 */
public final class InvalidRecordException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for one problem.
     *
     * @param problem the problem
     */
    public InvalidRecordException(Problem problem) {
        super(problem);
    }

    /**
     * Creates the exception for several problems about one subject.
     *
     * @param subject what was checked, e.g. {@code "records.csv"}
     * @param problems the problems, at least one
     * @param omitted how many more were found and left out
     */
    public InvalidRecordException(String subject, List<Problem> problems, int omitted) {
        super(subject, problems, omitted);
    }

    static InvalidRecordException of(String path, String rule, String message, String value) {
        return new InvalidRecordException(Problem.of(path, rule, message, value));
    }
}
