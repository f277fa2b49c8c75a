package io.github.spbe4j.complaints.json;

import io.github.spbe4j.catalog.internal.forms.PlainText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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
        @DecimalMin("-90") @DecimalMax("90") @Nullable BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") @Nullable BigDecimal longitude,
        @Size(max = 500) @PlainText(PlainText.Kind.LINE) @Nullable String address) {
}
