package io.github.spbe4j.complaints.json;

import io.github.spbe4j.catalog.internal.forms.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One action taken on a complaint.
 *
 * @param action the action's id, e.g. {@code verify}, or a clock event's: {@code pause}, {@code resume}, {@code reset}
 * @param at when, with its offset
 * @param by who took it
 * @param role the role they took it in; may be left out when {@code by} is a role's id or the table allows one role only
 * @param note a note
 * @param reason the outcome of a close
 * @param to the agency a dispose sends the complaint to
 * @param of the tracking id of the original of a duplicate
 * @param into the tracking ids of the parts of a split
 */
record EventForm(
        @NotNull @Pattern(regexp = FormRules.ACTIONS, message = FormRules.ACTIONS_MESSAGE) @Nullable String action,
        @NotNull @DateTime @Nullable String at,
        @NotBlank @Size(max = 200) @PlainText(PlainText.Kind.NAME) @Nullable String by,
        @Pattern(regexp = FormRules.ROLES, message = FormRules.ROLES_MESSAGE) @Nullable String role,
        @Size(max = 4000) @PlainText(PlainText.Kind.MULTI_LINE) @Nullable String note,
        @Pattern(regexp = FormRules.REASONS, message = FormRules.REASONS_MESSAGE) @Nullable String reason,
        @Size(max = 200) @PlainText(PlainText.Kind.NAME) @Nullable String to,
        @Pattern(regexp = FormRules.TRACKING_ID, message = FormRules.TRACKING_ID_MESSAGE) @Nullable String of,
        @Size(max = 50) @Nullable List<@NotNull @Pattern(regexp = FormRules.TRACKING_ID, message = FormRules.TRACKING_ID_MESSAGE) String> into) {
}
