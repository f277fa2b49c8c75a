package io.github.spbe4j.complaints.json;

import io.github.spbe4j.catalog.internal.forms.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The agency of a complaints file.
 *
 * @param name its name
 * @param region its Kemendagri region code, e.g. {@code 61.71}
 * @param timeZone its time zone when not its province's: {@code WIB}, {@code WITA}, {@code WIT} or a zone id such as {@code Asia/Makassar}
 */
record AgencyForm(
        @NotBlank @Size(max = 200) @PlainText(PlainText.Kind.NAME) @Nullable String name,
        @Size(max = 20) @PlainText(PlainText.Kind.NAME) @Nullable String region,
        @Size(max = 40) @PlainText(PlainText.Kind.NAME) @Nullable String timeZone) {
}
