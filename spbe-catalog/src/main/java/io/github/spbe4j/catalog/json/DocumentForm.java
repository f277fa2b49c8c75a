package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.internal.forms.PlainText;
import io.github.spbe4j.catalog.Document;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The form of a {@link Document}: a document or object that satisfies a requirement.
 *
 * @param id the document's id (letters, digits, {@code . _ ~ -})
 * @param title what is presented
 * @param description more detail, or null
 */
record DocumentForm(
        @NotNull @Pattern(regexp = FormRules.ID, message = FormRules.ID_MESSAGE) @Nullable String id,
        @NotBlank @Size(max = 500) @PlainText(PlainText.Kind.LINE) @Nullable String title,
        @Pattern(regexp = FormRules.NOT_BLANK, message = FormRules.NOT_BLANK_MESSAGE) @Size(max = 5000) @PlainText(PlainText.Kind.MULTI_LINE)
        @Nullable String description) {

    /**
     * Returns the form of a document.
     *
     * @param document the document
     * @return its form
     */
    static DocumentForm from(Document document) {
        return new DocumentForm(document.id(), document.title(), document.description().orElse(null));
    }

    /**
     * Returns the document this valid form describes.
     *
     * @return the document
     * @throws io.github.spbe4j.catalog.InvalidServiceException if the form breaks a rule of the model
     */
    Document toDomain() {
        return new Document(Objects.requireNonNull(id, "id"), Objects.requireNonNull(title, "title"), Optional.ofNullable(description));
    }
}
