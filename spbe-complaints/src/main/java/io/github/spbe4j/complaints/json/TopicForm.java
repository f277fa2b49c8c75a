package io.github.spbe4j.complaints.json;

import io.github.spbe4j.catalog.internal.forms.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A topic of a complaints file's topic tree.
 *
 * @param code its code
 * @param name its name
 * @param parent its parent's code, or null at the top
 * @param tier the tier of its complaints' settlement deadline, or null to take the parent's
 */
record TopicForm(
        @NotNull @Pattern(regexp = FormRules.TOPIC, message = FormRules.TOPIC_MESSAGE) @Nullable String code,
        @NotBlank @Size(max = 200) @PlainText(PlainText.Kind.NAME) @Nullable String name,
        @Pattern(regexp = FormRules.TOPIC, message = FormRules.TOPIC_MESSAGE) @Nullable String parent,
        @Pattern(regexp = FormRules.TIERS, message = FormRules.TIERS_MESSAGE) @Nullable String tier) {
}
