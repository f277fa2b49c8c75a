package io.github.spbe4j.complaints.json;

import io.github.spbe4j.catalog.internal.forms.PlainText;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Where a complaint's matter is.
 *
 * @param region a Kemendagri region code
 * @param latitude degrees north
 * @param longitude degrees east
 * @param address the address as written
 */
record LocationForm(
        @Size(max = 20) @PlainText(PlainText.Kind.NAME) @Nullable String region,
        @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude,
        @Size(max = 500) @PlainText(PlainText.Kind.LINE) @Nullable String address) {
}
