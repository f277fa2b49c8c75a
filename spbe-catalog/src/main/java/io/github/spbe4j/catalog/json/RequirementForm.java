package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.internal.forms.PlainText;
import io.github.spbe4j.catalog.Requirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The form of a {@link Requirement} (persyaratan) with the documents that satisfy it.
 *
 * @param id the requirement's id, unique within a service
 * @param title the requirement
 * @param description more detail, or null
 * @param documents the documents, any one sufficing; null for none
 */
record RequirementForm(
        @NotNull @Pattern(regexp = FormRules.ID, message = FormRules.ID_MESSAGE) @Nullable String id,
        @NotBlank @Size(max = 500) @PlainText(PlainText.Kind.LINE) @Nullable String title,
        @Pattern(regexp = FormRules.NOT_BLANK, message = FormRules.NOT_BLANK_MESSAGE) @Size(max = 5000) @PlainText(PlainText.Kind.MULTI_LINE)
        @Nullable String description,
        @Size(max = 100) @Nullable List<@NotNull @Valid DocumentForm> documents) {

    /**
     * Returns the form of a requirement.
     *
     * @param requirement the requirement
     * @return its form
     */
    static RequirementForm from(Requirement requirement) {
        return new RequirementForm(requirement.id(), requirement.title(), requirement.description().orElse(null),
                Names.emptyToNull(requirement.documents().stream().map(DocumentForm::from).toList()));
    }

    /**
     * Returns the requirement this valid form describes.
     *
     * @return the requirement
     * @throws io.github.spbe4j.catalog.InvalidServiceException if the form breaks a rule of the model
     */
    Requirement toDomain() {
        return new Requirement(Objects.requireNonNull(id, "id"), Objects.requireNonNull(title, "title"),
                Optional.ofNullable(description), documents == null ? List.of() : documents.stream().map(DocumentForm::toDomain).toList());
    }

    static List<Requirement> toDomain(@Nullable List<RequirementForm> forms) {
        return forms == null ? List.of() : forms.stream().map(RequirementForm::toDomain).toList();
    }
}
