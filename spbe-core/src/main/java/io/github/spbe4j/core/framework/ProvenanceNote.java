package io.github.spbe4j.core.framework;

import java.util.Objects;

/**
 * A note on where one part of a framework's data comes from and how sure it is.
 *
 * @param subject what the note is about, e.g. {@code "weights of aspects A2..A4"}
 * @param confidence how sure the sources are
 * @param text one or more sentences
 * @since 0.1.0
 */
public record ProvenanceNote(String subject, Confidence confidence, String text) {

    /** Checks for nulls. */
    public ProvenanceNote {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(text, "text");
    }
}
