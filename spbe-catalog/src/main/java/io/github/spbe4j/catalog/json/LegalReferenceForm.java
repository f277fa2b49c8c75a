package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.internal.forms.PlainText;
import io.github.spbe4j.catalog.LegalReference;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The form of a {@link LegalReference}: a legal act's title and where it is published.
 *
 * @param title the act's title, e.g. {@code "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"}
 * @param uri where it is published, an http or https address, or null
 */
record LegalReferenceForm(
        @NotBlank @Size(max = 1000) @PlainText(PlainText.Kind.LINE) @Nullable String title,
        @Pattern(regexp = FormRules.NOT_BLANK, message = FormRules.NOT_BLANK_MESSAGE) @Size(max = 2000) @PlainText(PlainText.Kind.WEB_LINK)
        @Nullable String uri) {

    /**
     * Returns the form of a legal reference.
     *
     * @param reference the reference
     * @return its form
     */
    static LegalReferenceForm from(LegalReference reference) {
        return new LegalReferenceForm(reference.title(), reference.uri().map(URI::toString).orElse(null));
    }

    /**
     * Returns the reference this valid form describes.
     *
     * @return the reference
     * @throws io.github.spbe4j.catalog.InvalidServiceException if the form breaks a rule of the model
     */
    LegalReference toDomain() {
        return new LegalReference(Objects.requireNonNull(title, "title"), Optional.ofNullable(uri).map(URI::create));
    }
}
