package io.github.spbe4j.attendance.token;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;

/**
 * Thrown when a program builds a token, a key or a key ring that breaks a rule of the token format:
 * a location id with a character outside its set, a key id above 255, a secret too short, two keys
 * with one id. The problem names the field, the rule and the value. Verifying a token never throws
 * it: a {@link TokenVerifier} answers with a {@link Verification}.
 *
 * @since 0.1.0
 */
public final class InvalidTokenException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem the problem
     */
    public InvalidTokenException(Problem problem) {
        super(problem);
    }

    static InvalidTokenException of(String field, String rule, String message, String value) {
        return new InvalidTokenException(Problem.of(field, rule, message, value));
    }
}
