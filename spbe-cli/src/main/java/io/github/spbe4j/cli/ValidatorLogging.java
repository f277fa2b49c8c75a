package io.github.spbe4j.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps Hibernate Validator's start-up line off the console of a command-line tool. */
final class ValidatorLogging {

    /** Held so that the level set stays set (loggers are only weakly referenced). */
    private static final Logger VALIDATOR = Logger.getLogger("org.hibernate.validator");

    private ValidatorLogging() {
    }

    /** Lets only warnings and errors of the validator through. */
    static void quiet() {
        VALIDATOR.setLevel(Level.WARNING);
    }
}
