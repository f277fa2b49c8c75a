package io.github.spbe4j.core.framework;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator: a leaf of a framework's tree that an assessment gives a value on the framework's
 * scale, directly, from evidence, or converted from an external index.
 *
 * @param code the code, the regulation's number ({@code "12"}, {@code "I5"})
 * @param name the name
 * @param weight the weight in percent of the whole index
 * @param ladder the id of the level ladder that names its levels, if any
 * @param description a description, if any
 * @since 0.1.0
 */
public record Indicator(String code, String name, Weight weight, Optional<String> ladder, Optional<String> description)
        implements Node {

    /**
     * Checks the parts.
     *
     * @throws InvalidFrameworkException if the code is blank
     */
    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(ladder, "ladder");
        Objects.requireNonNull(description, "description");
        if (code.isBlank()) {
            throw new InvalidFrameworkException(Problem.of("code", "NotBlank", "indicator code is blank", null));
        }
        TextPolicy.NAME.check("code", code).or(() -> TextPolicy.LINE.check("name", name))
                .or(() -> description.flatMap(d -> TextPolicy.MULTI_LINE.check("description", d))).ifPresent(p -> {
                    throw new InvalidFrameworkException(p);
                });
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
        return new Indicator(code, name, weight, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy whose levels are named by a ladder.
     *
     * @param ladderId the ladder's id
     * @return the copy
     */
    public Indicator withLadder(String ladderId) {
        return new Indicator(code, name, weight, Optional.of(ladderId), description);
    }

    /**
     * Returns a copy with a description.
     *
     * @param text the description
     * @return the copy
     */
    public Indicator withDescription(String text) {
        return new Indicator(code, name, weight, ladder, Optional.of(text));
    }

    @Override
    public String kind() {
        return "indicator";
    }
}
