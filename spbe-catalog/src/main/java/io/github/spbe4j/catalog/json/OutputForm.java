package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.internal.forms.PlainText;
import io.github.spbe4j.catalog.Output;
import io.github.spbe4j.catalog.OutputType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The form of an {@link Output} (produk pelayanan).
 *
 * @param title the output's name
 * @param type its type as a kebab name of {@link OutputType}, e.g. {@code "letter"}
 */
record OutputForm(
        @NotBlank @Size(max = 500) @PlainText(PlainText.Kind.LINE) @Nullable String title,
        @NotNull @OneOf(OutputType.class) @Nullable String type) {

    /**
     * Returns the form of an output.
     *
     * @param output the output
     * @return its form
     */
    static OutputForm from(Output output) {
        return new OutputForm(output.title(), Names.of(output.type()));
    }

    /**
     * Returns the output this valid form describes.
     *
     * @return the output
     * @throws io.github.spbe4j.catalog.InvalidServiceException if the form breaks a rule of the model
     */
    Output toDomain() {
        return new Output(Objects.requireNonNull(title, "title"), Names.require(OutputType.class, Objects.requireNonNull(type, "type")));
    }
}
