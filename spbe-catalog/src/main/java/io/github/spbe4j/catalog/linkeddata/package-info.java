/**
 * Linked data: the catalog as CPSV-AP 3.2.0 JSON-LD, out and back in, and as schema.org JSON-LD
 * for web pages.
 *
 * <p>{@link io.github.spbe4j.catalog.linkeddata.CpsvAp} exports a catalog as JSON-LD that conforms
 * to the official CPSV-AP 3.2.0 SHACL shapes, carrying what CPSV-AP has no slot for in spbe4j's
 * namespace {@code https://spbe4j.github.io/ns/catalog#}, and reads CPSV-AP JSON-LD back into a
 * catalog ({@link io.github.spbe4j.catalog.linkeddata.CpsvApImport}: the catalog and warnings for
 * what a foreign document holds that the catalog cannot carry).
 * {@link io.github.spbe4j.catalog.linkeddata.SchemaOrg} writes {@code GovernmentService}s.
 *
 * <p>Reading goes through a strict JSON-LD reader: it expands a document in a documented subset of
 * JSON-LD 1.1 into a small RDF graph, and refuses everything outside that subset with an
 * {@link io.github.spbe4j.catalog.linkeddata.InvalidLinkedDataException}, never misreading it. The
 * CPSV-AP 3.2.0 context is read from a bundled copy, never from the network. Nothing here is
 * {@code null}.
 */
@NullMarked
package io.github.spbe4j.catalog.linkeddata;

import org.jspecify.annotations.NullMarked;
