package io.github.spbe4j.catalog.internal.rdf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An active context of JSON-LD 1.1, in the subset {@link JsonLdReader} reads: term definitions, the
 * vocabulary mapping and the default language. Made by a {@link ContextProcessor}. Immutable.
 *
 * @param terms the term definitions, in the order they were first defined, unmodifiable
 * @param vocab the vocabulary mapping ({@code @vocab}), or {@code null}
 * @param language the default language ({@code @language}), lower-cased, or {@code null}
 */
record ActiveContext(Map<String, Term> terms, @Nullable String vocab, @Nullable String language) {

    /** The context a document starts with: no terms, no vocabulary mapping, no language. */
    static final ActiveContext EMPTY = new ActiveContext(Map.of(), null, null);

    /**
     * A term definition.
     *
     * @param iri the IRI the term stands for
     * @param type {@code "@id"}, a datatype IRI, or {@code null}
     * @param hasLanguage whether the definition sets a language (possibly {@code null})
     * @param language the language of plain strings, or {@code null}
     * @param list whether values are lists ({@code "@container": "@list"})
     * @param prefix whether the term may be a compact IRI's prefix
     */
    record Term(String iri, @Nullable String type, boolean hasLanguage, @Nullable String language, boolean list,
            boolean prefix) {
    }

    /**
     * Expands a term, compact IRI, absolute IRI or blank node identifier in this context, as the
     * JSON-LD 1.1 IRI expansion algorithm does.
     *
     * @param value the value to expand
     * @param vocab whether the value is vocabulary-relative (a key, a type or a datatype)
     * @param path the value's place in the document, for messages
     * @return an absolute IRI, or a blank node identifier starting with {@code _:}
     * @throws InvalidJsonLdException if the value cannot be expanded to an absolute IRI
     */
    String expandIri(String value, boolean vocab, String path) {
        return ContextProcessor.expandIri(terms, this.vocab, value, vocab, path, null);
    }

    /**
     * Returns the prefixes of this context: each term that may stand before the colon of a compact
     * IRI, with the IRI it stands for.
     *
     * @return prefix to IRI, in the order the terms were first defined, unmodifiable
     */
    Map<String, String> prefixes() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        terms.forEach((name, term) -> {
            if (term.prefix()) {
                prefixes.put(name, term.iri());
            }
        });
        return Collections.unmodifiableMap(prefixes);
    }
}
