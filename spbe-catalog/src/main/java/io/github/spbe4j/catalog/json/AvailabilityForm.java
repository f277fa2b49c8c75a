package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.internal.forms.PlainText;
import io.github.spbe4j.catalog.Availability;
import io.github.spbe4j.core.identifier.RegionCode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The form of an {@link Availability}: everywhere in the provider's region (no villages), or only
 * in the listed villages. In JSON it is {@code "everywhere"} or {@code {"villages": ["99.71.01.1001"]}}.
 *
 * @param villages the Kemendagri village codes, at least one; null for everywhere
 */
record AvailabilityForm(@Size(min = 1, max = 100_000) @Nullable List<@NotNull @PlainText(PlainText.Kind.VILLAGE_CODE) String> villages) {

    /**
     * Returns the form of availability everywhere.
     *
     * @return a form without villages
     */
    static AvailabilityForm everywhere() {
        return new AvailabilityForm(null);
    }

    /**
     * Returns the form of an availability.
     *
     * @param availability the availability
     * @return its form
     */
    static AvailabilityForm from(Availability availability) {
        if (availability instanceof Availability.Villages v) {
            return new AvailabilityForm(v.villages().stream().map(RegionCode::toString).toList());
        }
        return everywhere();
    }

    /**
     * Tells whether this is availability everywhere.
     *
     * @return true when no villages are listed
     */
    boolean isEverywhere() {
        return villages == null;
    }

    /**
     * Returns the availability this valid form describes.
     *
     * @return the availability
     * @throws io.github.spbe4j.catalog.InvalidServiceException if the form breaks a rule of the model
     * @throws io.github.spbe4j.core.identifier.InvalidIdentifierException if a code does not read
     */
    Availability toDomain() {
        return villages == null ? Availability.everywhere()
                : Availability.in(villages.stream().map(RegionCode::parse).toList());
    }
}
