package io.github.spbe4j.complaints.json;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The format field of a complaints file.
 *
 * @param format must be {@code spbe-complaints/1}
 */
record FileForm(@NotNull @Pattern(regexp = "spbe-complaints/1", message = "{io.github.spbe4j.complaints.json.format}") @Nullable String format) {
}
