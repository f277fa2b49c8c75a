package io.github.spbe4j.attendance.token;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;

/**
 * Thrown when text given to {@link Base45#decode(CharSequence)} is not Base45: a length of 3k+1, a
 * character outside the alphabet, or a group that encodes a number too large for its bytes. The
 * problem names the position, the rule and the value.
 *
 * @since 0.1.0
 */
public final class InvalidBase45Exception extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem the problem
     */
    public InvalidBase45Exception(Problem problem) {
        super(problem);
    }
}
