package io.github.spbe4j.core.assessment;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The stage of an evaluation an assessment records, in the order the national evaluation runs
 * them: self-assessment by the agency's own team, then document review, interview and visit by
 * external assessors, and the final result.
 *
 * @since 0.1.0
 */
public enum Stage {
    /** Penilaian Mandiri: the agency's internal assessor team, with evidence. */
    SELF_ASSESSMENT,
    /** Penilaian Dokumen: external assessors review the evidence. */
    DOCUMENT_REVIEW,
    /** Penilaian Interviu: clarification and appeal. */
    INTERVIEW,
    /** Penilaian Visitasi: a visit, where needed. */
    VISIT,
    /** The final, published result. */
    FINAL;

    /**
     * Returns the id used in JSON, e.g. {@code "self-assessment"}.
     *
     * @return the id
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Returns the stage with an id.
     *
     * @param id the id, e.g. {@code "document-review"}
     * @return the stage, if any has that id
     */
    public static Optional<Stage> fromId(String id) {
        Objects.requireNonNull(id, "id");
        for (Stage s : values()) {
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
