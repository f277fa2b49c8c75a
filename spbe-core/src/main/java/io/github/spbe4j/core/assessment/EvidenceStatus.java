package io.github.spbe4j.core.assessment;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The review status of one evidence item (bukti dukung).
 *
 * @since 0.1.0
 */
public enum EvidenceStatus {
    /** Accepted by the assessor. */
    ACCEPTED,
    /** Returned for revision. */
    REVISION,
    /** Submitted, not yet reviewed. */
    IN_REVIEW,
    /** Prepared, not yet submitted. */
    DRAFT,
    /** Not provided. */
    MISSING;

    /**
     * Returns the id used in JSON, e.g. {@code "in-review"}.
     *
     * @return the id
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Returns the status with an id.
     *
     * @param id the id
     * @return the status, if any has that id
     */
    public static Optional<EvidenceStatus> fromId(String id) {
        Objects.requireNonNull(id, "id");
        for (EvidenceStatus s : values()) {
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
