package io.github.spbe4j.core.framework;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An indicator: a leaf of a framework's tree that an assessment gives a value on the framework's
 * scale, directly, from evidence, or converted from an external index.
 *
 * @param code the code, the regulation's number ({@code "12"}, {@code "I5"})
 * @param name the name
 * @param weight the weight in percent of the whole index
 * @param ladder the id of the level ladder that names its levels, or null
 * @param descriptionText an optional description, or null
 */
public record Indicator(String code, String name, Weight weight, @Nullable String ladder,
        @Nullable String descriptionText) implements Node {

    /** Checks for nulls and blank codes. */
    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        if (code.isBlank()) {
            throw new IllegalArgumentException("indicator code is blank");
        }
    }

    /**
     * Returns an indicator with no ladder and no description.
     *
     * @param code the code
     * @param name the name
     * @param weight the weight
     * @return the indicator
     */
    public static Indicator of(String code, String name, Weight weight) {
        return new Indicator(code, name, weight, null, null);
    }

    @Override
    public String kind() {
        return "indicator";
    }

    /**
     * Returns the id of the ladder naming this indicator's levels, if any.
     *
     * @return the ladder id
     */
    public Optional<String> ladderId() {
        return Optional.ofNullable(ladder);
    }

    @Override
    public Optional<String> description() {
        return Optional.ofNullable(descriptionText);
    }
}
