package io.github.spbe4j.complaints.json;

import io.github.spbe4j.catalog.internal.forms.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Who sent a complaint.
 *
 * @param name the name
 * @param phone a phone number as written
 * @param email an e-mail address
 */
record ReporterForm(
        @NotBlank @Size(max = 200) @PlainText(PlainText.Kind.NAME) @Nullable String name,
        @Size(max = 40) @PlainText(PlainText.Kind.LINE) @Pattern(regexp = FormRules.PHONE, message = FormRules.PHONE_MESSAGE)
        @Nullable String phone,
        @Size(max = 254) @PlainText(PlainText.Kind.NAME) @Pattern(regexp = FormRules.EMAIL, message = FormRules.EMAIL_MESSAGE)
        @Nullable String email) {
}
