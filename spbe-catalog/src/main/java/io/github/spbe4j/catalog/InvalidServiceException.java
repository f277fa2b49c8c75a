package io.github.spbe4j.catalog;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.util.List;

/**
 * The exception of a public service, a service concept or one of their parts that breaks a rule of the
 * model: a malformed id, a blank title, a repeated requirement id, an amount out of range, a
 * transactional digital level without an online channel, a delivered service without any channel.
 * Carries every {@link Problem} found, each naming its path (such as {@code requirements[1].id}), the
 * rule and the rejected value.
 *
 * @since 0.1.0
 */
public final class InvalidServiceException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for the problems of a subject; the message reads {@code "subject: problem"}
     * or {@code "subject has 3 problems: a; b; c"}.
     *
     * @param subject the service, e.g. {@code "service sktm-bukit-tunggal"}
     * @param problems every problem found, at least one
     */
    public InvalidServiceException(String subject, List<Problem> problems) {
        super(subject, problems);
    }

    /**
     * Creates the exception for the first problems found and a count of further ones left out.
     *
     * @param subject what was checked
     * @param problems the first problems found, in document order
     * @param omitted how many more were found and left out
     */
    public InvalidServiceException(String subject, List<Problem> problems, int omitted) {
        super(subject, problems, omitted);
    }

    /**
     * Creates the exception for a single problem; the message is the problem's text form.
     *
     * @param problem the problem
     */
    public InvalidServiceException(Problem problem) {
        super(problem);
    }
}
