package io.github.spbe4j.catalog.form;

import io.github.spbe4j.catalog.Evidence;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The form of an {@link Evidence}: a document or object that satisfies a requirement.
 *
 * @param id the evidence's id (letters, digits, {@code . _ ~ -})
 * @param title what is presented
 * @param description more detail, or null
 */
public record EvidenceForm(
        @NotNull @Pattern(regexp = FormRules.ID, message = FormRules.ID_MESSAGE) @Nullable String id,
        @NotBlank @Size(max = 500) @Nullable String title,
        @Pattern(regexp = FormRules.NOT_BLANK, message = FormRules.NOT_BLANK_MESSAGE) @Size(max = 5000) @Nullable String description) {

    /**
     * Returns the form of an evidence.
     *
     * @param evidence the evidence
     * @return its form
     */
    public static EvidenceForm from(Evidence evidence) {
        return new EvidenceForm(evidence.id(), evidence.title(), evidence.description());
    }

    /**
     * Returns the evidence this valid form describes.
     *
     * @return the evidence
     * @throws IllegalArgumentException if the form breaks a rule of the model
     */
    public Evidence toDomain() {
        return new Evidence(Objects.requireNonNull(id, "id"), Objects.requireNonNull(title, "title"), description);
    }
}
