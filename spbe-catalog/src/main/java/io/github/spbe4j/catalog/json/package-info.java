/**
 * The JSON form of the service catalog: {@link io.github.spbe4j.catalog.json.CatalogJson} reads and
 * writes catalog files ({@code "format": "spbe-catalog/1"}), and
 * {@link io.github.spbe4j.catalog.json.SpbeCatalogModule} teaches a Jackson {@code ObjectMapper} the
 * forms' JSON shape.
 */
@NullMarked
package io.github.spbe4j.catalog.json;

import org.jspecify.annotations.NullMarked;
