package io.github.spbe4j.catalog;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.util.List;

/**
 * Thrown when a catalog, or a catalog file, breaks rules: malformed JSON, a field of the wrong type,
 * a violated constraint, a service that names an unknown concept or agency. Lists every problem
 * found, each naming the field path, the rule and the value; nothing of the catalog is returned.
 */
public final class InvalidCatalogException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param subject what was checked, e.g. {@code "catalog file kota-contoh-catalog.json"}
     * @param problems every problem found, at least one
     */
    public InvalidCatalogException(String subject, List<String> problems) {
        super(subject, problems.stream().map(Problem::of).toList());
    }
}
