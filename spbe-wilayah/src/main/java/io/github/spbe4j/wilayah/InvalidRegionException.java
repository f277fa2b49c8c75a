package io.github.spbe4j.wilayah;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;

/**
 * Thrown when a region or a region list breaks a rule: a blank name, or one code given twice. The
 * problem names the code, the rule and the value.
 *
 * @since 0.1.0
 */
public final class InvalidRegionException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem the problem
     */
    public InvalidRegionException(Problem problem) {
        super(problem);
    }
}
