package io.github.spbe4j.attendance.schedule;

import io.github.spbe4j.core.SpbeException;

/**
 * Thrown when a schedule, its hours or its Ramadan dates break a rule: an end equal to the start, a
 * break as long as the day, a time with seconds, Ramadan dates that do not end after they start. The
 * message names the rule and the value.
 *
 * @since 0.1.0
 */
public final class InvalidScheduleException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem the problem, one sentence naming the rule and the value
     */
    public InvalidScheduleException(String problem) {
        super(problem);
    }
}
