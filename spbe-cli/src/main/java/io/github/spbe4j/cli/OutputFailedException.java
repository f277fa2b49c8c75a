package io.github.spbe4j.cli;

import io.github.spbe4j.core.SpbeException;

/**
 * Thrown when the output of a command could not be written whole (standard output, or the file of
 * {@code --output}); the command exits with {@link SpbeCommand#OUTPUT_FAILED}.
 */
final class OutputFailedException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem one sentence naming what could not be written and why
     */
    OutputFailedException(String problem) {
        super(problem);
    }
}
