package io.github.spbe4j.core.assessment;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.util.List;

/**
 * Thrown when an assessment cannot be read or scored: a missing indicator, an unknown code, a value
 * off the scale or not allowed to be fractional, evidence for a level the scale lacks, an external
 * value with no conversion. Lists every problem with its code and value.
 *
 * @since 0.1.0
 */
public final class InvalidAssessmentException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param subject the assessment, e.g. {@code "assessment of Kota Contoh 2025 (spbe-2020)"}
     * @param problems every problem found
     */
    public InvalidAssessmentException(String subject, List<Problem> problems) {
        super(subject, problems);
    }

    /**
     * Creates the exception for the first problems found and a count of further ones left out.
     *
     * @param subject what was checked
     * @param problems the first problems found, in document order
     * @param omitted how many more were found and left out
     */
    public InvalidAssessmentException(String subject, List<Problem> problems, int omitted) {
        super(subject, problems, omitted);
    }

    /**
     * Creates the exception for a single problem.
     *
     * @param problem the problem
     */
    public InvalidAssessmentException(Problem problem) {
        super(problem);
    }
}
