/**
 * The catalog in JSON: the catalog file ({@code "format": "spbe-catalog/1"}) read into a
 * {@link io.github.spbe4j.catalog.Catalog} and written from one by
 * {@link io.github.spbe4j.catalog.json.CatalogJson}, and the JSON form of every public type of the
 * catalog — services, concepts, the catalog, their parts and the metrics' results — in
 * {@link io.github.spbe4j.catalog.json.SpbeCatalogModule}, a Jackson module.
 *
 * <p>Reading is strict and all-or-nothing: every problem of a file, each a
 * {@link io.github.spbe4j.core.Problem} with its path, rule and value, in one
 * {@link io.github.spbe4j.catalog.InvalidCatalogException}. The forms the file is bound to, their Jakarta
 * Bean Validation constraints are internal to this package; the validator and the English and
 * Indonesian messages ({@code CatalogMessages.properties}) are in the internal package
 * {@code io.github.spbe4j.catalog.internal.forms}, shared with the complaints file. Nothing here is
 * {@code null}.
 */
@NullMarked
package io.github.spbe4j.catalog.json;

import org.jspecify.annotations.NullMarked;
