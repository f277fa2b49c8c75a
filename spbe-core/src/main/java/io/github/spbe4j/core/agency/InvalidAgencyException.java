package io.github.spbe4j.core.agency;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.util.List;

/**
 * Thrown when an agency's organisation breaks a rule: duplicate unit ids, a region code of the wrong
 * level or kind, or a unit placed outside its government's region; or, when an agency is read from
 * JSON, a field that is missing, unknown or of the wrong type. Lists every problem found; a problem
 * found in JSON starts with the path of the field at fault, e.g. {@code units[2].region}.
 *
 * @since 0.1.0
 */
public final class InvalidAgencyException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param subject the agency, e.g. {@code "instansi kota-contoh"}
     * @param problems every problem found
     */
    public InvalidAgencyException(String subject, List<Problem> problems) {
        super(subject, problems);
    }

    /**
     * Creates the exception for the first problems found and a count of further ones left out.
     *
     * @param subject what was checked
     * @param problems the first problems found, in document order
     * @param omitted how many more were found and left out
     */
    public InvalidAgencyException(String subject, List<Problem> problems, int omitted) {
        super(subject, problems, omitted);
    }

    /**
     * Creates the exception for a single problem.
     *
     * @param problem the problem
     */
    public InvalidAgencyException(Problem problem) {
        super(problem);
    }
}
