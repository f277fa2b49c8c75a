package io.github.spbe4j.complaints.json;

import io.github.spbe4j.catalog.internal.forms.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An administrator's change of a complaint's privacy flags.
 *
 * @param anonymous Anonim after the change; absent keeps it
 * @param confidential Rahasia after the change; absent keeps it
 * @param at when, with its offset
 * @param by who changed them
 * @param note why
 */
record PrivacyChangeForm(
        @Nullable Boolean anonymous,
        @Nullable Boolean confidential,
        @NotNull @DateTime @Nullable String at,
        @NotBlank @Size(max = 200) @PlainText(PlainText.Kind.NAME) @Nullable String by,
        @Size(max = 4000) @PlainText(PlainText.Kind.MULTI_LINE) @Nullable String note) {
}
