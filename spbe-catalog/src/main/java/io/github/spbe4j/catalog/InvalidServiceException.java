package io.github.spbe4j.catalog;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.util.List;

/**
 * Thrown when a public service or a service concept breaks a rule of the model: a repeated
 * requirement id, a transactional digital level without an online channel, a delivered service
 * without any channel. Lists every problem found.
 */
public final class InvalidServiceException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param subject the service, e.g. {@code "service sktm-bukit-tunggal"}
     * @param problems every problem found
     */
    public InvalidServiceException(String subject, List<String> problems) {
        super(subject, problems.stream().map(Problem::of).toList());
    }
}
