/**
 * Linked data: reading the JSON-LD documents that CPSV-AP 3.2.0 producers write into a small RDF
 * graph, strictly, for the CPSV-AP mapping to build on.
 *
 * <p>{@code JsonLdReader} expands a document in a documented subset of JSON-LD 1.1 into an
 * {@code RdfGraph} of {@code RdfTerm}s, and refuses everything outside that subset with an
 * {@link io.github.spbe4j.catalog.linkeddata.InvalidLinkedDataException}, never misreading it. The
 * CPSV-AP 3.2.0 context is read from a bundled copy, never from the network. Nothing here is
 * {@code null}.
 */
@NullMarked
package io.github.spbe4j.catalog.linkeddata;

import org.jspecify.annotations.NullMarked;
