package io.github.spbe4j.core.table;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.util.List;

/**
 * Thrown when a wide assessment sheet cannot be read or written, a table is built or used wrongly, or
 * statistics are asked of too few values: malformed CSV, a missing or unknown
 * column, a framework not in the registry, a value that is not a number or lies off the framework's
 * scale. Lists every problem, each with its row and column.
 *
 * @since 0.1.0
 */
public final class InvalidTableException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for the first problems found and a count of further ones left out.
     *
     * @param subject what was checked, e.g. {@code "sheet province.csv"}
     * @param problems the first problems found, in document order, at least one
     * @param omitted how many more were found and left out
     */
    public InvalidTableException(String subject, List<Problem> problems, int omitted) {
        super(subject, problems, omitted);
    }
}
