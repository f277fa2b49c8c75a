package io.github.spbe4j.catalog.json;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The form of a catalog file's own fields: its format version. The file's lists — {@code instansi},
 * {@code concepts}, {@code services} — are read and checked element by element by the reader
 * ({@link CatalogReader}), each concept and service against its own form, and the rules between them (ids
 * unique, references present) once for the whole file, so that the cost of a check grows with the
 * file, not with its square.
 *
 * @param format the format version, {@value #FORMAT}
 */
record CatalogFileForm(
        @NotNull @Pattern(regexp = "spbe-catalog/1", message = "{io.github.spbe4j.catalog.json.format}") @Nullable String format) {

    /** The format version this form describes. */
    static final String FORMAT = "spbe-catalog/1";
}
