package io.github.spbe4j.complaints.open311;

import java.util.Locale;

/**
 * The status of a request as Open311 tells it: {@link #OPEN} (reported, not yet resolved) or
 * {@link #CLOSED} (resolved, or closed otherwise); the details go to {@code status_notes} and the
 * {@code notes[]} history.
 *
 * @since 0.1.0
 */
public enum RequestStatus {
    /** Reported and not closed. */
    OPEN,
    /** Closed: resolved, not resolved, archived or a duplicate — the notes say which. */
    CLOSED;

    /**
     * Returns the word Open311 writes: {@code open} or {@code closed}.
     *
     * @return the word
     */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
