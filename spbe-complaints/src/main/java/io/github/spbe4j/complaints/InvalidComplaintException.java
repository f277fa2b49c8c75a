package io.github.spbe4j.complaints;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.util.List;

/**
 * The exception of a complaint, or one of its parts, that breaks a rule of the model: a malformed
 * tracking id, a blank title, a description too long, coordinates out of range, an unsafe link, a
 * privacy change that would expose a reporter. Carries every {@link Problem} found, each naming its
 * path (such as {@code location.coordinates.latitude}), the rule and the rejected value.
 *
 * @since 0.1.0
 */
public final class InvalidComplaintException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for the problems of a subject.
     *
     * @param subject the complaint, e.g. {@code "complaint LPR-1"}
     * @param problems every problem found, at least one
     */
    public InvalidComplaintException(String subject, List<Problem> problems) {
        super(subject, problems);
    }

    /**
     * Creates the exception for the first problems found and a count of further ones left out.
     *
     * @param subject what was checked
     * @param problems the first problems found, in document order
     * @param omitted how many more were found and left out
     */
    public InvalidComplaintException(String subject, List<Problem> problems, int omitted) {
        super(subject, problems, omitted);
    }

    /**
     * Creates the exception for a single problem; the message is the problem's text form.
     *
     * @param problem the problem
     */
    public InvalidComplaintException(Problem problem) {
        super(problem);
    }
}
