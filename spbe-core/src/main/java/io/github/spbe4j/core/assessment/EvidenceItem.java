package io.github.spbe4j.core.assessment;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * One evidence item (bukti dukung) offered for a level of an indicator, with its review status.
 *
 * @param level the level the item supports, at least 1
 * @param title what the item is, e.g. {@code "Perwal Arsitektur SPBE"}
 * @param status its review status
 * @param required whether the level needs this item; optional items never hold a level back
 * @param reference where the item is (a document number or a link), if noted
 * @since 0.1.0
 */
public record EvidenceItem(int level, String title, EvidenceStatus status, boolean required, Optional<String> reference) {

    /**
     * Checks the invariants.
     *
     * @throws InvalidAssessmentException if the level is below 1 or the title blank
     */
    public EvidenceItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reference, "reference");
        if (title.isBlank()) {
            throw new InvalidAssessmentException(Problem.of("title", "NotBlank", "evidence item title is blank", Text.quote(title)));
        }
        TextPolicy.LINE.check("title", title).or(() -> reference.flatMap(r -> TextPolicy.LINE.check("reference", r))).ifPresent(p -> {
            throw new InvalidAssessmentException(p);
        });
        if (level < 1) {
            throw new InvalidAssessmentException(Problem.of("level", "Range", "evidence item " + Text.quote(title) + " is for level "
                    + level + "; evidence levels start at 1", Integer.toString(level)));
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
        return new EvidenceItem(level, title, status, true, Optional.empty());
    }
}
