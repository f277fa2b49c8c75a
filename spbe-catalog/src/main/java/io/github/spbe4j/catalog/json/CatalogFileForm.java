package io.github.spbe4j.catalog.json;

import io.github.spbe4j.core.agency.Instansi;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The form of a catalog file: its format version, the instansi (already read, as the core module's
 * {@link Instansi}), the national concepts and the service instances. Ids of concepts and of services
 * are unique within the file; a null entry in a list stands for one that could not be read and is
 * reported by the reader, not here.
 *
 * @param format the format version, {@value #FORMAT}
 * @param instansi the instansi, or null for none
 * @param concepts the concepts, or null for none
 * @param services the services, or null for none
 */
@UniqueIds
record CatalogFileForm(
        @NotNull @Pattern(regexp = "spbe-catalog/1", message = "{io.github.spbe4j.catalog.json.format}") @Nullable String format,
        @Nullable List<Instansi> instansi,
        @Nullable List<@Nullable @Valid ConceptForm> concepts,
        @Nullable List<@Nullable @Valid ServiceForm> services) {

    /** The format version this form describes. */
    static final String FORMAT = "spbe-catalog/1";
}
