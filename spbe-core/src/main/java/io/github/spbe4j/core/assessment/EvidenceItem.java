package io.github.spbe4j.core.assessment;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One evidence item (bukti dukung) offered for a level of an indicator, with its review status.
 *
 * @param level the level the item supports, at least 1
 * @param title what the item is, e.g. {@code "Perwal Arsitektur SPBE"}
 * @param status its review status
 * @param required whether the level needs this item; optional items never hold a level back
 * @param reference where the item is (a document number or a link), or null
 */
public record EvidenceItem(int level, String title, EvidenceStatus status, boolean required, @Nullable String reference) {

    /** Checks the invariants. */
    public EvidenceItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        if (level < 1) {
            throw new IllegalArgumentException("evidence item '" + title + "' is for level " + level + "; evidence levels start at 1");
        }
    }

    /**
     * Returns a required item without a reference.
     *
     * @param level the level
     * @param title the title
     * @param status the status
     * @return the item
     */
    public static EvidenceItem of(int level, String title, EvidenceStatus status) {
        return new EvidenceItem(level, title, status, true, null);
    }

    /**
     * Returns the reference, if any.
     *
     * @return the reference
     */
    public Optional<String> referenceIfPresent() {
        return Optional.ofNullable(reference);
    }
}
