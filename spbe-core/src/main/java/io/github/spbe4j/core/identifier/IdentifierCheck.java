package io.github.spbe4j.core.identifier;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a lenient identifier check: either {@link Valid}, the value with any warnings, or
 * {@link Invalid}, the problems that prevent a value.
 *
 * <p>Read it with {@code instanceof} patterns:
 * <pre>{@code
 * if (Nik.check(text) instanceof IdentifierCheck.Valid<Nik> v) {
 *     use(v.value(), v.warnings());
 * }
 * }</pre>
 *
 * @param <T> the identifier type
 * @since 0.1.0
 */
public sealed interface IdentifierCheck<T> permits IdentifierCheck.Valid, IdentifierCheck.Invalid {

    /**
     * Tells whether the check produced a value.
     *
     * @return true for {@link Valid}
     */
    default boolean isValid() {
        return this instanceof Valid;
    }

    /**
     * A checked identifier that is valid: the value and the warnings about it, such
     * as a region code the supplied list does not know.
     *
     * @param value the identifier
     * @param warnings the warnings, possibly empty
     * @param <T> the identifier type
     */
    record Valid<T>(T value, List<Problem> warnings) implements IdentifierCheck<T> {
        /** Checks and copies the parts. */
        public Valid {
            Objects.requireNonNull(value, "value");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * A checked identifier that is invalid: every problem found, each one sentence naming the
     * identifier type, the rule and the value.
     *
     * @param problems the problems, at least one
     * @param <T> the identifier type
     */
    record Invalid<T>(List<Problem> problems) implements IdentifierCheck<T> {
        /** Checks and copies the problems. */
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new SpbeException("an invalid identifier check needs at least one problem");
            }
        }
    }
}
