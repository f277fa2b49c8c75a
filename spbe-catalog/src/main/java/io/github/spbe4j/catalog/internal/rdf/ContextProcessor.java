package io.github.spbe4j.catalog.internal.rdf;

import static io.github.spbe4j.catalog.internal.rdf.Syntax.GEN_DELIMS;
import static io.github.spbe4j.catalog.internal.rdf.Syntax.absolute;
import static io.github.spbe4j.catalog.internal.rdf.Syntax.child;
import static io.github.spbe4j.catalog.internal.rdf.Syntax.fail;
import static io.github.spbe4j.catalog.internal.rdf.Syntax.iri;
import static io.github.spbe4j.catalog.internal.rdf.Syntax.keywordForm;
import static io.github.spbe4j.catalog.internal.rdf.Syntax.keywordRule;
import static io.github.spbe4j.catalog.internal.rdf.Syntax.languageTag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.spbe4j.catalog.internal.rdf.ActiveContext.Term;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Processes one local context onto an active context: JSON-LD 1.1's context processing, term
 * definition and IRI expansion algorithms, in the subset {@link JsonLdReader} documents. Used once,
 * for one local context.
 *
 * <p>A local context is {@code null} (which clears the active context), the address of the CPSV-AP
 * 3.2.0 context ({@value #CPSV_AP_CONTEXT}, answered from the copy bundled beside this class, never
 * from the network), an object, or an array of these. Terms may be defined in any order and depend
 * on each other (a term's IRI may use a prefix defined later in the same object); a cycle is refused.
 */
final class ContextProcessor {

    /** The address of the CPSV-AP 3.2.0 JSON-LD context, the only remote context read. */
    static final String CPSV_AP_CONTEXT =
            "https://semiceu.github.io/uri.semic.eu-generated/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld";

    /** The bundled copy of the CPSV-AP 3.2.0 context, a resource beside this class (NOTICE-CPSV-AP.txt says whose). */
    private static final String BUNDLED_CONTEXT = "cpsv-ap-3.2.0-context.jsonld";
    /** The schemes of IRIs without {@code //} that are read as absolute IRIs rather than compact ones. */
    private static final Set<String> OPAQUE_SCHEMES = Set.of("urn", "mailto", "tel", "tag", "did");
    private static final String ID = "@id";

    /** The terms being defined, in the order first defined. */
    private final Map<String, Term> terms = new LinkedHashMap<>();
    private @Nullable String vocab;
    private @Nullable String language;
    /** The context object being processed, whose terms may be defined out of order. */
    private JsonNode local = NullNode.getInstance();
    private String localPath = "$";
    /** For each term of {@link #local}: being defined (false) or defined (true). */
    private final Map<String, Boolean> defined = new HashMap<>();
    private int resolving;

    /**
     * Processes a local context onto an active one.
     *
     * @param active the active context
     * @param localContext the value of an {@code @context} key
     * @param path the place of that value in the document, for messages
     * @return the new active context
     * @throws InvalidJsonLdException if the local context is not one the reader reads
     */
    static ActiveContext process(ActiveContext active, JsonNode localContext, String path) {
        return new ContextProcessor().run(active, localContext, path);
    }

    private ContextProcessor() {
    }

    private ActiveContext run(ActiveContext active, JsonNode localContext, String path) {
        terms.putAll(active.terms());
        vocab = active.vocab();
        language = active.language();
        if (localContext.isArray()) {
            for (int i = 0; i < localContext.size(); i++) {
                JsonNode item = localContext.get(i);
                if (item.isArray()) {
                    throw fail(path + "[" + i + "]", "a context array may hold only null, strings and objects", item);
                }
                one(item, path + "[" + i + "]");
            }
        } else {
            one(localContext, path);
        }
        return new ActiveContext(Collections.unmodifiableMap(new LinkedHashMap<>(terms)), vocab, language);
    }

    private void one(JsonNode context, String path) {
        if (context.isNull()) {
            terms.clear();
            vocab = null;
            language = null;
        } else if (context.isTextual()) {
            if (!context.asText().equals(CPSV_AP_CONTEXT)) {
                throw fail(path, "the only remote context read is CPSV-AP 3.2.0's, " + CPSV_AP_CONTEXT
                        + "; other remote contexts are not supported", context);
            }
            one(Bundled.CONTEXT, path + " (bundled CPSV-AP 3.2.0 context)");
        } else if (context.isObject()) {
            object(context, path);
        } else {
            throw fail(path, "a context must be null, a string, an object or an array of these", context);
        }
    }

    private void object(JsonNode context, String path) {
        local = context;
        localPath = path;
        defined.clear();
        for (Map.Entry<String, JsonNode> entry : context.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            String keyPath = child(path, key);
            switch (key) {
                case "@version" -> {
                    if (!value.isNumber() || value.decimalValue().compareTo(new BigDecimal("1.1")) != 0) {
                        throw fail(keyPath, "@version must be 1.1", value);
                    }
                }
                case "@language" -> {
                    if (value.isNull()) {
                        language = null;
                    } else if (value.isTextual()) {
                        language = languageTag(value.asText(), keyPath);
                    } else {
                        throw fail(keyPath, "@language must be a string or null", value);
                    }
                }
                case "@vocab" -> {
                    // handled after the terms it may use are known, below
                }
                default -> {
                    if (key.startsWith("@")) {
                        throw fail(keyPath, keywordRule(key, "in a context"), key);
                    }
                }
            }
        }
        JsonNode vocabValue = context.get("@vocab");
        if (vocabValue != null) {
            String keyPath = child(path, "@vocab");
            if (vocabValue.isNull()) {
                vocab = null;
            } else if (vocabValue.isTextual() && vocabValue.asText().indexOf(':') < 0 && !terms.containsKey(vocabValue.asText())) {
                throw fail(keyPath, "@vocab must be an absolute or compact IRI; relative IRIs are not supported", vocabValue);
            } else if (vocabValue.isTextual()) {
                String expanded = expandIri(terms, vocab, vocabValue.asText(), true, keyPath, null);
                vocab = iri(expanded, keyPath).value();
            } else {
                throw fail(keyPath, "@vocab must be an absolute or compact IRI, or null", vocabValue);
            }
        }
        for (Iterator<String> it = context.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.startsWith("@")) {
                define(key, child(path, key));
            }
        }
    }

    /** Defines a term of the context object being processed now, if it has one, before it is used. */
    private void defineIfLocal(String term, String path) {
        if (!term.startsWith("@") && local.has(term)) {
            define(term, path);
        }
    }

    private void define(String term, String path) {
        Boolean state = defined.get(term);
        if (Boolean.TRUE.equals(state)) {
            return;
        }
        String termPath = child(localPath, term);
        if (Boolean.FALSE.equals(state)) {
            throw fail(termPath, "term definitions may not depend on each other in a cycle", term);
        }
        if (term.isEmpty()) {
            throw fail(termPath, "a term may not be empty", term);
        }
        if (++resolving > JsonLdReader.MAX_DEPTH) {
            throw fail(path, "term definitions may depend on each other at most " + JsonLdReader.MAX_DEPTH + " deep", term);
        }
        defined.put(term, Boolean.FALSE);
        JsonNode definition = local.get(term);
        boolean simple = definition.isTextual();
        JsonNode idNode;
        if (simple) {
            idNode = definition;
        } else if (definition.isObject()) {
            for (Iterator<String> it = definition.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!Set.of(ID, "@type", "@language", "@container", "@prefix").contains(key)) {
                    throw fail(child(termPath, key), key.startsWith("@") ? keywordRule(key, "in a term definition")
                            : "a term definition may have only @id, @type, @language, @container and @prefix", key);
                }
            }
            idNode = definition.get(ID);
        } else if (definition.isNull()) {
            throw fail(termPath, "null term definitions are not supported", definition);
        } else {
            throw fail(termPath, "a term definition must be a string or an object", definition);
        }
        String idPath = simple ? termPath : child(termPath, ID);
        String iri;
        if (idNode != null) {
            if (!idNode.isTextual()) {
                throw fail(idPath, "@id of a term must be a string (null is not supported)", idNode);
            }
            if (idNode.asText().startsWith("@")) {
                throw fail(idPath, "keyword aliases are not supported", idNode);
            }
            iri = iri(expandIri(terms, vocab, idNode.asText(), true, idPath, this), idPath).value();
            if (term.indexOf(':') > 0 || term.indexOf('/') >= 0) {
                String own = termIri(term, termPath);
                if (!own.equals(iri)) {
                    throw fail(termPath, "a term that is itself an IRI must stand for that IRI, " + own, iri);
                }
            }
        } else if (term.indexOf(':') > 0 || term.indexOf('/') >= 0) {
            iri = termIri(term, termPath);
        } else if (vocab != null) {
            iri = absolute(vocab + term, termPath);
        } else {
            throw fail(termPath, "a term needs an @id when there is no @vocab", term);
        }
        String type = null;
        boolean hasLanguage = false;
        String termLanguage = null;
        boolean list = false;
        boolean prefix = simple && term.indexOf(':') < 0 && term.indexOf('/') < 0
                && GEN_DELIMS.indexOf(iri.charAt(iri.length() - 1)) >= 0;
        if (!simple) {
            JsonNode typeNode = definition.get("@type");
            if (typeNode != null) {
                String typePath = child(termPath, "@type");
                if (!typeNode.isTextual()) {
                    throw fail(typePath, "@type of a term must be a string", typeNode);
                }
                if (typeNode.asText().equals(ID)) {
                    type = ID;
                } else if (typeNode.asText().startsWith("@")) {
                    throw fail(typePath, "@type of a term must be @id or a datatype IRI; " + typeNode.asText()
                            + " is not supported", typeNode);
                } else {
                    type = iri(expandIri(terms, vocab, typeNode.asText(), true, typePath, this), typePath).value();
                }
            }
            JsonNode languageNode = definition.get("@language");
            if (languageNode != null) {
                hasLanguage = true;
                if (languageNode.isTextual()) {
                    termLanguage = languageTag(languageNode.asText(), child(termPath, "@language"));
                } else if (!languageNode.isNull()) {
                    throw fail(child(termPath, "@language"), "@language of a term must be a string or null", languageNode);
                }
            }
            JsonNode container = definition.get("@container");
            if (container != null) {
                JsonNode only = container.isArray() && container.size() == 1 ? container.get(0) : container;
                if (only.isTextual() && only.asText().equals("@list")) {
                    list = true;
                } else if (!only.isTextual() || !only.asText().equals("@set")) {
                    throw fail(child(termPath, "@container"), "@container may be only @set or @list", container);
                }
            }
            JsonNode prefixNode = definition.get("@prefix");
            if (prefixNode != null) {
                if (!prefixNode.isBoolean()) {
                    throw fail(child(termPath, "@prefix"), "@prefix must be true or false", prefixNode);
                }
                if (term.indexOf(':') >= 0 || term.indexOf('/') >= 0) {
                    throw fail(child(termPath, "@prefix"), "a term with ':' or '/' cannot be a prefix", term);
                }
                prefix = prefixNode.asBoolean();
            }
        }
        terms.put(term, new Term(iri, type, hasLanguage, termLanguage, list, prefix));
        defined.put(term, Boolean.TRUE);
        resolving--;
    }

    /** Returns the IRI a term that looks like a compact or absolute IRI stands for by its form. */
    private String termIri(String term, String termPath) {
        if (term.indexOf(':') <= 0) {
            throw fail(termPath, "a term with '/' must be an absolute or compact IRI", term);
        }
        defineIfLocal(term.substring(0, term.indexOf(':')), termPath);
        // the term's own definition, if an earlier context gave one, must not be used to expand it
        Map<String, Term> others = new HashMap<>(terms);
        others.remove(term);
        return iri(expandIri(others, vocab, term, false, termPath, null), termPath).value();
    }

    /**
     * Expands a term, compact IRI, absolute IRI or blank node identifier: JSON-LD 1.1's IRI expansion.
     *
     * @param terms the term definitions in scope
     * @param vocabMapping the vocabulary mapping, or {@code null}
     * @param value the value to expand
     * @param vocab whether the value is vocabulary-relative (a key, a type or a datatype)
     * @param path the value's place in the document, for messages
     * @param processor the processor of the context being defined, which defines a term of it on
     *     first use; {@code null} outside context processing
     * @return an absolute IRI, or a blank node identifier starting with {@code _:}
     * @throws InvalidJsonLdException if the value cannot be expanded to an absolute IRI
     */
    static String expandIri(Map<String, Term> terms, @Nullable String vocabMapping, String value, boolean vocab,
            String path, @Nullable ContextProcessor processor) {
        if (value.startsWith("@")) {
            throw fail(path, keywordForm(value)
                    ? "the keyword " + value + " is not allowed here" : "a value of the form of a keyword is not allowed here", value);
        }
        if (processor != null) {
            processor.defineIfLocal(value, path);
        }
        if (vocab) {
            Term term = terms.get(value);
            if (term != null) {
                return term.iri();
            }
        }
        int colon = value.indexOf(':');
        if (colon > 0) {
            String prefix = value.substring(0, colon);
            String suffix = value.substring(colon + 1);
            if (prefix.equals("_")) {
                if (suffix.isEmpty()) {
                    throw fail(path, "a blank node identifier needs a label after _:", value);
                }
                return value;
            }
            if (suffix.startsWith("//")) {
                return absolute(value, path);
            }
            if (processor != null) {
                processor.defineIfLocal(prefix, path);
            }
            Term term = terms.get(prefix);
            if (term != null) {
                if (!term.prefix()) {
                    throw fail(path, "'" + prefix + "' is a term but not a prefix (its IRI must end in one of "
                            + GEN_DELIMS + ", or it needs \"@prefix\": true), so this is not a compact IRI", value);
                }
                return absolute(term.iri() + suffix, path);
            }
            if (OPAQUE_SCHEMES.contains(prefix.toLowerCase(Locale.ROOT))) {
                return absolute(value, path);
            }
            throw fail(path, "the prefix '" + prefix + "' is not defined in the context", value);
        }
        if (colon == 0) {
            throw fail(path, "an IRI may not start with ':'", value);
        }
        if (vocab && vocabMapping != null) {
            return absolute(vocabMapping + value, path);
        }
        throw fail(path, vocab ? "a key or type must be a defined term, a compact IRI or an absolute IRI"
                : "relative IRIs are not supported (there is no @base): use an absolute or compact IRI", value);
    }

    /** The bundled CPSV-AP 3.2.0 context, read once, when first named. */
    private static final class Bundled {

        static final JsonNode CONTEXT = load();

        private static JsonNode load() {
            try (InputStream in = ContextProcessor.class.getResourceAsStream(BUNDLED_CONTEXT)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + BUNDLED_CONTEXT);
                }
                JsonNode context = JsonLdReader.MAPPER.readTree(in).get("@context");
                if (context == null || !context.isObject()) {
                    throw new IllegalStateException("resource " + BUNDLED_CONTEXT + " has no @context object");
                }
                return context;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
