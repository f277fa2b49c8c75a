package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.internal.forms.PlainText;
import io.github.spbe4j.catalog.Authority;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The form of an {@link Authority}: the instansi responsible for a service and, optionally, its unit.
 *
 * @param instansi the instansi's id, e.g. {@code "kota-contoh"}
 * @param unit the responsible unit's id, or null for the instansi itself
 */
record AuthorityForm(
        @NotBlank @Size(max = 128) @PlainText(PlainText.Kind.NAME) @Nullable String instansi,
        @Pattern(regexp = FormRules.NOT_BLANK, message = FormRules.NOT_BLANK_MESSAGE) @Size(max = 128) @PlainText(PlainText.Kind.NAME)
        @Nullable String unit) {

    /**
     * Returns the form of an authority.
     *
     * @param authority the authority
     * @return its form
     */
    static AuthorityForm from(Authority authority) {
        return new AuthorityForm(authority.instansi(), authority.unit().orElse(null));
    }

    /**
     * Returns the authority this valid form describes.
     *
     * @return the authority
     * @throws io.github.spbe4j.catalog.InvalidServiceException if the form breaks a rule of the model
     */
    Authority toDomain() {
        return new Authority(Objects.requireNonNull(instansi, "instansi"), Optional.ofNullable(unit));
    }
}
