package io.github.spbe4j.attendance.qr;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;

/**
 * Thrown when a program asks for a QR code with an option out of its range (a quiet zone or a module
 * size) or for a text that is not a token's text form. The problem names the option, the rule and the
 * value.
 *
 * @since 0.1.0
 */
public final class InvalidQrException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem the problem
     */
    public InvalidQrException(Problem problem) {
        super(problem);
    }

    static InvalidQrException of(String field, String rule, String message, String value) {
        return new InvalidQrException(Problem.of(field, rule, message, value));
    }
}
