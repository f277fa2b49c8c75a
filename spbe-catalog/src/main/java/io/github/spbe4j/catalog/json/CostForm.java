package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.internal.forms.PlainText;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.spbe4j.catalog.Cost;
import io.github.spbe4j.catalog.LegalReference;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The form of a {@link Cost} in whole rupiah.
 *
 * <p>Which fields a cost has depends on its {@code kind}: {@code "free"} has none of the others;
 * {@code "fixed"} has {@code rupiah} (1 or more); {@code "range"} has {@code minimum} and a larger
 * {@code maximum}; {@code "per-unit"} has {@code rupiah} (1 or more) and {@code unit}. All but free
 * may name the {@code tariff} regulation. Amounts are whole rupiah, 0..{@value Cost#MAX_RUPIAH}, written
 * {@code 5000}, {@code 5000.0} or {@code 5e3}.
 *
 * @param kind {@code "free"}, {@code "fixed"}, {@code "range"} or {@code "per-unit"}
 * @param rupiah the amount of a fixed cost or per unit
 * @param minimum the smallest amount of a range
 * @param maximum the largest amount of a range
 * @param unit the unit of a cost per unit, e.g. {@code "lembar"}
 * @param tariff the regulation that sets the tariff, or null
 */
@ValidCost
record CostForm(
        @NotNull @OneOf(Kind.class) @Nullable String kind,
        @JsonDeserialize(using = WholeNumber.class) @PositiveOrZero @Max(Cost.MAX_RUPIAH) @Nullable Long rupiah,
        @JsonDeserialize(using = WholeNumber.class) @PositiveOrZero @Max(Cost.MAX_RUPIAH) @Nullable Long minimum,
        @JsonDeserialize(using = WholeNumber.class) @PositiveOrZero @Max(Cost.MAX_RUPIAH) @Nullable Long maximum,
        @jakarta.validation.constraints.Pattern(regexp = FormRules.NOT_BLANK, message = FormRules.NOT_BLANK_MESSAGE)
        @Size(max = 100) @PlainText(PlainText.Kind.LINE) @Nullable String unit,
        @Valid @Nullable LegalReferenceForm tariff) {

    /**
     * Returns the form of a free cost.
     *
     * @return {@code {"kind": "free"}}
     */
    static CostForm free() {
        return new CostForm("free", null, null, null, null, null);
    }

    /**
     * Returns the form of a cost.
     *
     * @param cost the cost
     * @return its form
     */
    static CostForm from(Cost cost) {
        LegalReferenceForm tariff = cost.tariff().map(LegalReferenceForm::from).orElse(null);
        if (cost instanceof Cost.Fixed f) {
            return new CostForm("fixed", f.rupiah(), null, null, null, tariff);
        } else if (cost instanceof Cost.Range r) {
            return new CostForm("range", null, r.minimumRupiah(), r.maximumRupiah(), null, tariff);
        } else if (cost instanceof Cost.PerUnit p) {
            return new CostForm("per-unit", p.rupiah(), null, null, p.unit(), tariff);
        }
        return free();
    }

    /**
     * Returns the cost this valid form describes.
     *
     * @return the cost
     * @throws io.github.spbe4j.catalog.InvalidServiceException if the form breaks a rule of the model
     */
    Cost toDomain() {
        Optional<LegalReference> t = Optional.ofNullable(tariff).map(LegalReferenceForm::toDomain);
        return switch (Names.require(Kind.class, Objects.requireNonNull(kind, "kind"))) {
            case FREE -> Cost.free();
            case FIXED -> new Cost.Fixed(Objects.requireNonNull(rupiah, "rupiah"), t);
            case RANGE -> new Cost.Range(Objects.requireNonNull(minimum, "minimum"), Objects.requireNonNull(maximum, "maximum"), t);
            case PER_UNIT -> new Cost.PerUnit(Objects.requireNonNull(rupiah, "rupiah"), Objects.requireNonNull(unit, "unit"), t);
        };
    }

    /** The kinds of cost, named in JSON in kebab case: {@code free}, {@code fixed}, {@code range}, {@code per-unit}. */
    enum Kind {
        /** Free of charge. */
        FREE,
        /** A fixed amount. */
        FIXED,
        /** An amount in a range. */
        RANGE,
        /** An amount per unit. */
        PER_UNIT
    }
}
