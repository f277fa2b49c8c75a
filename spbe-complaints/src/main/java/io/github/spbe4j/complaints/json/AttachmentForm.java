package io.github.spbe4j.complaints.json;

import io.github.spbe4j.catalog.internal.forms.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A reference to a file sent with a complaint.
 *
 * @param reference an http(s) link or a storage key
 * @param mediaType its media type, e.g. {@code image/jpeg}
 */
record AttachmentForm(
        @NotBlank @Size(max = 2000) @PlainText(PlainText.Kind.ADDRESS) @Nullable String reference,
        @Size(max = 100) @PlainText(PlainText.Kind.NAME) @Nullable String mediaType) {
}
