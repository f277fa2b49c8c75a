package io.github.spbe4j.catalog;

import io.github.spbe4j.core.SpbeException;
import java.util.List;

/**
 * Thrown when a catalog, or a catalog file, breaks a rule: a service naming an agency, unit or concept
 * the catalog does not hold, a repeated id, a village outside its agency's region, or a malformed
 * file. Lists every problem found; nothing has been applied.
 */
public final class InvalidCatalogException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param subject the catalog or file, e.g. {@code "catalog file kota-contoh-catalog.json"}
     * @param problems every problem found
     */
    public InvalidCatalogException(String subject, List<String> problems) {
        super(subject, problems);
    }
}
