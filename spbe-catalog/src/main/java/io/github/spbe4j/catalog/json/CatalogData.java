package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.InvalidCatalogException;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.ServiceConcept;
import io.github.spbe4j.core.agency.Instansi;
import java.util.List;
import java.util.Objects;

/**
 * The content of a catalog file: the instansi, the national concepts and the public services, in
 * file order. References between them (a service's concept and authority) are checked by the
 * catalog built from it, not here.
 *
 * @param instansi the instansi
 * @param concepts the concepts
 * @param services the services, concept instances merged with their concept
 * @since 0.1.0
 */
public record CatalogData(List<Instansi> instansi, List<ServiceConcept> concepts, List<PublicService> services) {

    /** Copies the lists, which must not hold null. */
    public CatalogData {
        instansi = List.copyOf(Objects.requireNonNull(instansi, "instansi"));
        concepts = List.copyOf(Objects.requireNonNull(concepts, "concepts"));
        services = List.copyOf(Objects.requireNonNull(services, "services"));
    }

    /**
     * Returns the content of a catalog.
     *
     * @param catalog the catalog
     * @return its instansi, concepts and services
     */
    public static CatalogData of(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return new CatalogData(catalog.instansi(), catalog.concepts(), catalog.services());
    }

    /**
     * Returns the catalog of this content, checking the references between its parts.
     *
     * @return the catalog
     * @throws InvalidCatalogException listing every inconsistency
     */
    public Catalog toCatalog() {
        return Catalog.of(instansi, concepts, services);
    }
}
