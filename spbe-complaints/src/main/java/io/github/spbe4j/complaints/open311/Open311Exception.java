package io.github.spbe4j.complaints.open311;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.util.List;

/**
 * Thrown when an Open311 value is built from data that breaks its rules: a blank service code, a
 * latitude beyond 90, a request description of more than 4,000 characters. Carries every problem found.
 *
 * @since 0.1.0
 */
public class Open311Exception extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for the problems of a value or a document.
     *
     * @param subject what was checked, e.g. {@code "service definition lampu.xml"}
     * @param problems the problems, at least one
     */
    public Open311Exception(String subject, List<Problem> problems) {
        super(subject, problems);
    }

    /**
     * Creates an exception for the problems of a value.
     *
     * @param subject what was checked, e.g. {@code "service request LPR-1"}
     * @param problems the problems, at least one
     * @param omitted how many more were found and left out
     */
    public Open311Exception(String subject, List<Problem> problems, int omitted) {
        super(subject, problems, omitted);
    }
}
