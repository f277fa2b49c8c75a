package io.github.spbe4j.catalog.internal.rdf;

import io.github.spbe4j.core.SpbeException;

/**
 * Thrown by {@link JsonLdReader} when a document is not JSON, or not JSON-LD it reads. The message is
 * one line naming the place in the document (a JSON path such as {@code $['@graph'][2]['dct:title']}),
 * the rule, and the offending value. The linked-data package reports it to its callers as its own
 * public exception, with the same message.
 */
public final class InvalidJsonLdException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem one sentence naming the place, the rule and the value
     */
    InvalidJsonLdException(String problem) {
        super(problem);
    }
}
