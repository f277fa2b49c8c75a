package io.github.spbe4j.catalog.internal.rdf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link JsonLdReader} reads from one JSON-LD document, in one pass: its default graph, and the
 * prefixes its top-level context defines, with which the document writes IRIs short (so that a
 * message can name a node as the document does). Immutable.
 *
 * @param graph the default graph
 * @param prefixes prefix to IRI, e.g. {@code ex} to {@code http://example.com/}: the terms of the
 *     context of the document's top-level object that may stand before a compact IRI's colon, in the
 *     order first defined; empty when the document is an array or its top level has no context
 */
public record JsonLdDocument(RdfGraph graph, Map<String, String> prefixes) {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public JsonLdDocument {
        Objects.requireNonNull(graph, "graph");
        prefixes = Collections.unmodifiableMap(new LinkedHashMap<>(prefixes));
    }
}
