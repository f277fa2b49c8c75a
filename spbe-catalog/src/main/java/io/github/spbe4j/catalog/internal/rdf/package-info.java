/**
 * The RDF underneath spbe4j's linked data, internal to spbe-catalog and not exported by its module:
 * a small immutable RDF graph ({@link io.github.spbe4j.catalog.internal.rdf.RdfGraph},
 * {@link io.github.spbe4j.catalog.internal.rdf.RdfTerm}), a strict reader of a documented subset of
 * JSON-LD 1.1 ({@link io.github.spbe4j.catalog.internal.rdf.JsonLdReader}, with its context processor
 * and the bundled CPSV-AP 3.2.0 context beside it), and the one way JSON-LD is written out
 * ({@link io.github.spbe4j.catalog.internal.rdf.JsonText}). Nothing here knows CPSV-AP's or
 * schema.org's mapping of a catalog; that is {@code io.github.spbe4j.catalog.linkeddata}, the only
 * user of this package. Classes are public only as far as that package needs them. Nothing here is
 * {@code null}.
 */
@NullMarked
package io.github.spbe4j.catalog.internal.rdf;

import org.jspecify.annotations.NullMarked;
