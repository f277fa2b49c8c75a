package io.github.spbe4j.complaints.json;

import io.github.spbe4j.catalog.internal.forms.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A complaint as a complaints file lists it: what the resident sent, and what happened to it since.
 *
 * @param id the tracking id
 * @param type the type's code
 * @param submitted when it was submitted, with its offset
 * @param title the title
 * @param text the text
 * @param topic the topic's code
 * @param service the catalog service's id
 * @param channel the channel's code; absent means {@code web}
 * @param location where
 * @param attachments the attachments
 * @param anonymous Anonim as submitted; absent means false
 * @param confidential Rahasia as submitted; absent means false
 * @param reporter who sent it
 * @param privacyChanges an administrator's changes of the flags
 * @param events the actions taken on it, in order
 */
record ComplaintForm(
        @NotNull @Pattern(regexp = FormRules.TRACKING_ID, message = FormRules.TRACKING_ID_MESSAGE) @Nullable String id,
        @NotNull @Pattern(regexp = FormRules.TYPES, message = FormRules.TYPES_MESSAGE) @Nullable String type,
        @NotNull @DateTime @Nullable String submitted,
        @NotNull @Pattern(regexp = FormRules.NOT_BLANK, message = FormRules.NOT_BLANK_MESSAGE) @Size(max = 200)
        @PlainText(PlainText.Kind.LINE) @Nullable String title,
        @Size(max = 4000) @PlainText(PlainText.Kind.MULTI_LINE) @Nullable String text,
        @Pattern(regexp = FormRules.TOPIC, message = FormRules.TOPIC_MESSAGE) @Nullable String topic,
        @Size(min = 1, max = 200) @PlainText(PlainText.Kind.NAME) @Nullable String service,
        @Pattern(regexp = FormRules.CHANNELS, message = FormRules.CHANNELS_MESSAGE) @Nullable String channel,
        @Valid @Nullable LocationForm location,
        @Size(max = 20) @Nullable List<@NotNull @Valid AttachmentForm> attachments,
        @Nullable Boolean anonymous,
        @Nullable Boolean confidential,
        @Valid @Nullable ReporterForm reporter,
        @Size(max = 100) @Nullable List<@NotNull @Valid PrivacyChangeForm> privacyChanges,
        @Size(max = 1000) @Nullable List<@NotNull @Valid EventForm> events) {
}
