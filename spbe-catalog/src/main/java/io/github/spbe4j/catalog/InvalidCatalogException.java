package io.github.spbe4j.catalog;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.util.List;

/**
 * The exception of a catalog, or a catalog file, that breaks rules: malformed JSON, a field of the
 * wrong type, a violated constraint, a service that names an unknown concept or instansi, a metric's
 * value out of range. Carries every {@link Problem} found, each naming its path (such as
 * {@code services[2].authority.unit}), the rule and the rejected value; nothing of the catalog is
 * returned.
 *
 * @since 0.1.0
 */
public final class InvalidCatalogException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for the problems of a subject; the message reads {@code "subject: problem"}
     * or {@code "subject has 3 problems: a; b; c"}.
     *
     * @param subject what was checked, e.g. {@code "catalog file kota-contoh-catalog.json"}
     * @param problems every problem found, at least one
     */
    public InvalidCatalogException(String subject, List<Problem> problems) {
        super(subject, problems);
    }

    /**
     * Creates the exception for the first problems found and a count of further ones left out.
     *
     * @param subject what was checked
     * @param problems the first problems found, in document order
     * @param omitted how many more were found and left out
     */
    public InvalidCatalogException(String subject, List<Problem> problems, int omitted) {
        super(subject, problems, omitted);
    }

    /**
     * Creates the exception for a single problem; the message is the problem's text form.
     *
     * @param problem the problem
     */
    public InvalidCatalogException(Problem problem) {
        super(problem);
    }
}
