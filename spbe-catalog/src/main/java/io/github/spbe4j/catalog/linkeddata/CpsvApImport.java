package io.github.spbe4j.catalog.linkeddata;

import io.github.spbe4j.catalog.Catalog;
import java.util.List;
import java.util.Objects;

/**
 * The result of reading a CPSV-AP 3.2.0 document: the {@link Catalog} it describes and a warning for
 * each thing the document states that the catalog could not carry, or carries only approximately.
 *
 * <p>A document that spbe4j exported reads back without warnings. A foreign document (another
 * producer's CPSV-AP) gives warnings such as {@code channel ex:channel1 has type
 * <http://data.europa.eu/snb/com-channel/b37115f83e>, not one of spbe4j's channel kinds; read as
 * counter}.
 *
 * @param catalog the catalog read
 * @param warnings one sentence each, in document order; empty when nothing was lost
 * @since 0.1.0
 */
public record CpsvApImport(Catalog catalog, List<String> warnings) {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public CpsvApImport {
        Objects.requireNonNull(catalog, "catalog");
        warnings = List.copyOf(warnings);
    }
}
