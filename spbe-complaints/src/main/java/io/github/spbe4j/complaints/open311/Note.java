package io.github.spbe4j.complaints.open311;

import io.github.spbe4j.core.internal.TextPolicy;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a request's {@code notes[]}, the history extension of GeoReport v2 that Chicago, Boston
 * and San Francisco serve: when something happened ({@code datetime}), what kind of step it was
 * ({@code type}, e.g. {@code submitted}, {@code opened}, {@code verify}, {@code closed}), and in words a
 * short {@code summary} and a longer {@code description}. Immutable and thread-safe.
 *
 * @param datetime when it happened, with its offset
 * @param type the kind of step: a code of at most 100 characters, no invisible characters
 * @param summary a one-line summary of at most 500 characters, if any
 * @param description the details, at most 4,000 characters over several lines, if any
 * @since 0.1.0
 */
public record Note(OffsetDateTime datetime, String type, Optional<String> summary, Optional<String> description) {

    /**
     * Checks the note.
     *
     * @throws Open311Exception naming every rule broken
     */
    public Note {
        Objects.requireNonNull(datetime, "datetime");
        new Checks().text("type", Objects.requireNonNull(type, "type"), TextPolicy.NAME, 100)
                .text("summary", summary, TextPolicy.LINE, 500)
                .text("description", description, TextPolicy.MULTI_LINE, ServiceRequest.MAX_DESCRIPTION)
                .throwIfAny("note");
    }

    /**
     * Returns a note with a description and no summary, the shape of the Open311 wiki's example.
     *
     * @param datetime when it happened
     * @param type the kind of step
     * @param description what happened
     * @return the note
     */
    public static Note of(OffsetDateTime datetime, String type, String description) {
        return new Note(datetime, type, Optional.empty(), Optional.of(description));
    }
}
