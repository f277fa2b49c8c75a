package io.github.spbe4j.catalog.form;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.util.List;

/**
 * Thrown by {@link FormValidator#requireValid} when a form breaks rules: lists every violation as
 * {@code "path: message (value)"}, sorted by path.
 */
public final class InvalidFormException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /** The violations, sorted by path. */
    private final List<FormViolation> violations;

    /**
     * Creates the exception.
     *
     * @param subject what was checked, e.g. {@code "form ServiceForm"}
     * @param violations the violations, at least one
     */
    public InvalidFormException(String subject, List<FormViolation> violations) {
        super(subject, violations.stream().sorted().map(v -> Problem.ofField(v.path(), v.rule(), v.message(), v.value())).toList());
        this.violations = violations.stream().sorted().toList();
    }

    /**
     * Returns the violations, sorted by path.
     *
     * @return the violations, never empty
     */
    public List<FormViolation> violations() {
        return violations;
    }
}
