package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.internal.forms.PlainText;
import io.github.spbe4j.catalog.LifeEvent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The form of a {@link LifeEvent}.
 *
 * @param id the event's id, e.g. {@code "kelahiran"}
 * @param name its name, e.g. {@code "Kelahiran"}
 */
record LifeEventForm(
        @NotNull @Pattern(regexp = FormRules.ID, message = FormRules.ID_MESSAGE) @Nullable String id,
        @NotBlank @Size(max = 500) @PlainText(PlainText.Kind.LINE) @Nullable String name) {

    /**
     * Returns the form of a life event.
     *
     * @param event the event
     * @return its form
     */
    static LifeEventForm from(LifeEvent event) {
        return new LifeEventForm(event.id(), event.name());
    }

    /**
     * Returns the life event this valid form describes.
     *
     * @return the event
     * @throws io.github.spbe4j.catalog.InvalidServiceException if the form breaks a rule of the model
     */
    LifeEvent toDomain() {
        return new LifeEvent(Objects.requireNonNull(id, "id"), Objects.requireNonNull(name, "name"));
    }

    static List<LifeEvent> toDomain(@Nullable List<LifeEventForm> forms) {
        return forms == null ? List.of() : forms.stream().map(LifeEventForm::toDomain).toList();
    }
}
