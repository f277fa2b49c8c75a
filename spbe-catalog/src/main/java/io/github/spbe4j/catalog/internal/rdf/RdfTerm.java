package io.github.spbe4j.catalog.internal.rdf;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An RDF term: an {@link Iri}, a {@link BlankNode} or a {@link Literal}. Immutable and thread-safe.
 */
public sealed interface RdfTerm {

    /** The IRI of {@code rdf:type}. */
    String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    /** The IRI of {@code rdf:langString}, the datatype of every literal with a language. */
    String RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

    /** The IRI of {@code xsd:string}, the datatype of a plain string. */
    String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

    /** A term that can be a subject: an {@link Iri} or a {@link BlankNode}. */
    sealed interface Resource extends RdfTerm permits Iri, BlankNode {
    }

    /**
     * An absolute IRI.
     *
     * @param value the IRI, e.g. {@code http://purl.org/vocab/cpsv#PublicService}
     */
    record Iri(String value) implements Resource {

        /** Checks the IRI is not empty. */
        public Iri {
            Objects.requireNonNull(value, "value");
            if (value.isEmpty()) {
                throw new IllegalArgumentException("an IRI is not empty");
            }
        }

        /** Returns the IRI in N-Triples form, {@code <value>}. */
        @Override
        public String toString() {
            return "<" + value + ">";
        }
    }

    /**
     * A blank node, identified by a label that is unique within one graph.
     *
     * @param label the label, without {@code _:}
     */
    record BlankNode(String label) implements Resource {

        /** Checks the label is not empty. */
        public BlankNode {
            Objects.requireNonNull(label, "label");
            if (label.isEmpty()) {
                throw new IllegalArgumentException("a blank node label is not empty");
            }
        }

        /** Returns the blank node in N-Triples form, {@code _:label}. */
        @Override
        public String toString() {
            return "_:" + label;
        }
    }

    /**
     * A literal: a lexical form with its datatype and, for {@code rdf:langString}, a language tag.
     *
     * @param lexicalForm the text, e.g. {@code 9} or {@code Tax-on-web}
     * @param datatype the datatype IRI, e.g. {@code http://www.w3.org/2001/XMLSchema#integer}
     * @param language the language tag in lower case, e.g. {@code en-gb}, or {@code ""} when the
     *     datatype is not {@code rdf:langString}
     */
    record Literal(String lexicalForm, String datatype, String language) implements RdfTerm {

        /** Checks that a language is given exactly when the datatype is {@code rdf:langString}. */
        public Literal {
            Objects.requireNonNull(lexicalForm, "lexicalForm");
            Objects.requireNonNull(datatype, "datatype");
            Objects.requireNonNull(language, "language");
            if (language.isEmpty() == RDF_LANG_STRING.equals(datatype)) {
                throw new IllegalArgumentException("a literal has a language exactly when its datatype is rdf:langString; got "
                        + datatype + " and language '" + language + "'");
            }
        }

        /**
         * Returns a literal with a datatype and no language.
         *
         * @param lexicalForm the text
         * @param datatype the datatype IRI, not {@code rdf:langString}
         * @return the literal
         */
        static Literal typed(String lexicalForm, String datatype) {
            return new Literal(lexicalForm, datatype, "");
        }

        /**
         * Returns a literal with a language, of datatype {@code rdf:langString}.
         *
         * @param lexicalForm the text
         * @param language the language tag; it is lower-cased
         * @return the literal
         */
        static Literal tagged(String lexicalForm, String language) {
            return new Literal(lexicalForm, RDF_LANG_STRING, language.toLowerCase(Locale.ROOT));
        }

        /**
         * Returns the language tag, if the literal has one.
         *
         * @return the lower-case tag, or empty
         */
        Optional<String> languageTag() {
            return language.isEmpty() ? Optional.empty() : Optional.of(language);
        }

        /** Returns the literal in N-Triples form, e.g. {@code "9"^^<…#integer>} or {@code "Tax"@en}. */
        @Override
        public String toString() {
            String quoted = '"' + lexicalForm.replace("\\", "\\\\").replace("\"", "\\\"")
                    .replace("\n", "\\n").replace("\r", "\\r") + '"';
            if (!language.isEmpty()) {
                return quoted + "@" + language;
            }
            return XSD_STRING.equals(datatype) ? quoted : quoted + "^^<" + datatype + ">";
        }
    }
}
