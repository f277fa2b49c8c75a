package io.github.spbe4j.catalog.linkeddata;

import io.github.spbe4j.core.SpbeException;

/**
 * The exception of a linked-data document that cannot be read: malformed JSON, or JSON-LD that is
 * invalid or outside the subset spbe4j reads. The message is one line naming the place in the document (a JSON
 * path such as {@code $['@graph'][2]['dct:title']}), the rule, and the offending value.
 *
 * @since 0.1.0
 */
public final class InvalidLinkedDataException extends SpbeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem one sentence naming the place, the rule and the value
     */
    public InvalidLinkedDataException(String problem) {
        super(problem);
    }
}
