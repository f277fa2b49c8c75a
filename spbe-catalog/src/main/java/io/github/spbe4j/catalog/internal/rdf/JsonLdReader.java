package io.github.spbe4j.catalog.internal.rdf;

import static io.github.spbe4j.catalog.internal.rdf.Syntax.child;
import static io.github.spbe4j.catalog.internal.rdf.Syntax.fail;
import static io.github.spbe4j.catalog.internal.rdf.Syntax.iri;
import static io.github.spbe4j.catalog.internal.rdf.Syntax.keywordRule;
import static io.github.spbe4j.catalog.internal.rdf.Syntax.languageTag;
import static io.github.spbe4j.catalog.internal.rdf.Syntax.text;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.spbe4j.catalog.internal.rdf.ActiveContext.Term;
import io.github.spbe4j.catalog.internal.rdf.RdfGraph.Triple;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.BlankNode;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.Iri;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.Literal;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.Resource;
import io.github.spbe4j.core.internal.JsonWords;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A strict reader of the JSON-LD 1.1 that CPSV-AP producers write: it expands a document and turns
 * it into an {@link RdfGraph}, as the JSON-LD 1.1 expansion and RDF serialisation algorithms would,
 * for a subset of JSON-LD, and refuses everything outside that subset.
 *
 * <p>It reads:
 * <ul>
 *   <li>{@code @context} as the CPSV-AP 3.2.0 context address
 *       ({@value ContextProcessor#CPSV_AP_CONTEXT}, read from a bundled copy, never from the network),
 *       an object, {@code null}, or an array of these; at the top, in a node object, or in a nested
 *       node object;</li>
 *   <li>in a context: {@code @vocab}, {@code @language}, {@code @version} 1.1, and term definitions,
 *       simple (a string) or expanded with {@code @id}, {@code @type} ({@code "@id"} or a datatype),
 *       {@code @language}, {@code @container} ({@code "@set"} or {@code "@list"}) and
 *       {@code @prefix};</li>
 *   <li>terms, compact IRIs ({@code prefix:suffix}, the prefix a prefix term), absolute IRIs
 *       (with {@code //} after the scheme, or an {@code urn}, {@code mailto}, {@code tel}, {@code tag}
 *       or {@code did} IRI) and blank node identifiers {@code _:label};</li>
 *   <li>a top-level node object, array of node objects, or object with just {@code @context} and
 *       {@code @graph}; node objects with {@code @id}, {@code @type} and properties; nested node
 *       objects, with or without {@code @id} (then a blank node); value objects with {@code @value},
 *       {@code @language} or {@code @type}; strings, numbers and booleans, typed as JSON-LD says
 *       ({@code xsd:string} or the language in scope, {@code xsd:integer}, {@code xsd:double},
 *       {@code xsd:boolean}); arrays; {@code @set}; and {@code @list} (as an {@code rdf:List}).</li>
 * </ul>
 *
 * <p>It refuses, with an {@link InvalidJsonLdException} naming the place, the rule and the
 * value: malformed JSON (duplicate keys included); every other keyword ({@code @base},
 * {@code @reverse}, {@code @nest}, {@code @index}, {@code @included}, {@code @direction},
 * {@code @import}, {@code @protected}, {@code @propagate}, {@code @json}, named graphs, scoped
 * contexts, keyword aliases, {@code null} term definitions, other containers); other remote
 * contexts; relative IRIs; compact IRIs whose prefix is undefined or not a prefix; keys that are not
 * terms or IRIs (which JSON-LD would drop silently); blank node predicates and types; ill-formed
 * IRIs and language tags; a plain string for a term typed {@code rdf:langString} (an RDF literal
 * with that datatype needs a language); a number or boolean typed other than as its own XSD type
 * (the literal would be ill-formed); and nesting deeper than {@value #MAX_DEPTH}.
 *
 * <p>Blank nodes are labelled {@code b0}, {@code b1}, … in order of appearance; a label used twice
 * in the document is one node. Language tags are lower-cased.
 *
 * <p>The document is parsed once; with its graph comes the prefixes of its top-level context
 * ({@link JsonLdDocument}). Contexts are processed by {@link ContextProcessor}.
 */
public final class JsonLdReader {

    /** The deepest nesting of node objects, arrays, lists and term definitions read. */
    static final int MAX_DEPTH = 64;

    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final String XSD_INTEGER = XSD + "integer";
    private static final String XSD_DOUBLE = XSD + "double";
    private static final String XSD_BOOLEAN = XSD + "boolean";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final Iri RDF_TYPE = new Iri(RdfTerm.RDF_TYPE);
    private static final Iri RDF_FIRST = new Iri(RDF + "first");
    private static final Iri RDF_REST = new Iri(RDF + "rest");
    private static final Iri RDF_NIL = new Iri(RDF + "nil");
    private static final BigDecimal INTEGER_LIMIT = new BigDecimal("1E21");
    private static final String ID = "@id";

    /** The strict parser of documents: duplicate keys and trailing tokens refused, decimals exact. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final List<Triple> triples = new ArrayList<>();
    private final Map<String, BlankNode> labels = new HashMap<>();
    private int nextBlank;
    /** The context of the document's top-level object, whose prefixes the document uses. */
    private ActiveContext topContext = ActiveContext.EMPTY;

    private JsonLdReader() {
    }

    /**
     * Reads a JSON-LD document from text.
     *
     * @param json the document
     * @return its default graph and prefixes
     * @throws InvalidJsonLdException if the text is not JSON, or not JSON-LD this reader reads
     */
    static JsonLdDocument read(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (IOException | IllegalArgumentException e) {
            throw malformed(e);
        }
        return read(tree);
    }

    /**
     * Reads a JSON-LD document from bytes, in UTF-8 (or another Unicode encoding JSON allows).
     *
     * @param json the document
     * @return its default graph and prefixes
     * @throws InvalidJsonLdException if the bytes are not JSON, or not JSON-LD this reader reads
     */
    public static JsonLdDocument read(byte[] json) {
        Objects.requireNonNull(json, "json");
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (IOException | IllegalArgumentException e) {
            throw malformed(e);
        }
        return read(tree);
    }

    /**
     * Reads a JSON-LD document from a Jackson tree.
     *
     * @param document the document's root
     * @return its default graph and prefixes
     * @throws InvalidJsonLdException if the tree is not JSON-LD this reader reads
     */
    static JsonLdDocument read(JsonNode document) {
        Objects.requireNonNull(document, "document");
        JsonLdReader reader = new JsonLdReader();
        reader.document(document);
        return new JsonLdDocument(RdfGraph.of(reader.triples), reader.topContext.prefixes());
    }

    private static InvalidJsonLdException malformed(Exception e) {
        String where = "";
        String words = JsonWords.of(e.getMessage());
        if (e instanceof JacksonException j) {
            words = JsonWords.of(j);
            JsonLocation at = j.getLocation();
            if (at != null && at.getLineNr() > 0) {
                where = " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            }
        }
        return new InvalidJsonLdException("$: a JSON-LD document must be well-formed JSON without duplicate keys; not valid JSON"
                + where + ": " + words);
    }

    // ---- document and node objects ----

    private void document(JsonNode root) {
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                topLevelNode(ActiveContext.EMPTY, root.get(i), "$[" + i + "]");
            }
        } else if (root.isObject()) {
            if (root.has("@graph")) {
                ActiveContext context = ActiveContext.EMPTY;
                for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
                    String key = it.next();
                    if (key.equals("@context")) {
                        context = ContextProcessor.process(context, root.get(key), "$['@context']");
                    } else if (!key.equals("@graph")) {
                        throw fail("$", "an object with @graph may have only @context besides; named graphs and nodes with a graph are not supported", key);
                    }
                }
                topContext = context;
                JsonNode graph = root.get("@graph");
                if (graph.isArray()) {
                    for (int i = 0; i < graph.size(); i++) {
                        topLevelNode(context, graph.get(i), "$['@graph'][" + i + "]");
                    }
                } else {
                    topLevelNode(context, graph, "$['@graph']");
                }
            } else {
                topContext = topLevelNode(ActiveContext.EMPTY, root, "$");
            }
        } else {
            throw fail("$", "a JSON-LD document must be an object or an array", root);
        }
    }

    /** Reads a top-level node object, returning the context it is read in (its own, if it has one). */
    private ActiveContext topLevelNode(ActiveContext outer, JsonNode node, String path) {
        if (!node.isObject()) {
            throw fail(path, "a top-level item must be a node object", node);
        }
        if (node.has("@value") || node.has("@list") || node.has("@set")) {
            throw fail(path, "a top-level item must be a node object, not a value, list or set", node);
        }
        ActiveContext context = nodeContext(outer, node, path);
        node(context, node, path, 0);
        return context;
    }

    private Resource nestedNode(ActiveContext outer, JsonNode node, String path, int depth) {
        checkDepth(path, depth);
        return node(nodeContext(outer, node, path), node, path, depth);
    }

    /** Returns the context a node object is read in: the outer one, with the node's own {@code @context} if it has one. */
    private static ActiveContext nodeContext(ActiveContext outer, JsonNode node, String path) {
        JsonNode localContext = node.get("@context");
        return localContext == null ? outer : ContextProcessor.process(outer, localContext, child(path, "@context"));
    }

    /** Reads a node object in its context: its subject, types and properties. */
    private Resource node(ActiveContext context, JsonNode node, String path, int depth) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (key.startsWith("@") && !key.equals("@context") && !key.equals(ID) && !key.equals("@type")) {
                throw fail(child(path, key), keywordRule(key, "in a node object"), key);
            }
        }
        Resource subject;
        JsonNode id = node.get(ID);
        if (id == null) {
            subject = freshBlank();
        } else if (id.isTextual()) {
            subject = resource(context.expandIri(id.asText(), false, child(path, ID)), child(path, ID));
        } else {
            throw fail(child(path, ID), "@id must be a string", id);
        }
        JsonNode type = node.get("@type");
        if (type != null) {
            List<JsonNode> types = new ArrayList<>();
            if (type.isArray()) {
                type.forEach(types::add);
            } else {
                types.add(type);
            }
            for (int i = 0; i < types.size(); i++) {
                JsonNode t = types.get(i);
                String typePath = type.isArray() ? child(path, "@type") + "[" + i + "]" : child(path, "@type");
                if (!t.isTextual()) {
                    throw fail(typePath, "@type must be a string or an array of strings", t);
                }
                triples.add(new Triple(subject, RDF_TYPE, iri(context.expandIri(t.asText(), true, typePath), typePath)));
            }
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            if (key.startsWith("@")) {
                continue;
            }
            String keyPath = child(path, key);
            Iri predicate = iri(context.expandIri(key, true, keyPath), keyPath);
            Term term = context.terms().get(key);
            List<RdfTerm> objects;
            JsonNode value = field.getValue();
            if (term != null && term.list() && !value.isNull()) {
                String listPath = keyPath;
                if (value.isObject() && value.has("@list")) {
                    onlyKey(value, "@list", keyPath);
                    listPath = child(keyPath, "@list");
                    value = value.get("@list");
                }
                objects = List.of(list(context, term, value, listPath, depth + 1));
            } else {
                objects = new ArrayList<>();
                values(context, term, value, keyPath, depth + 1, objects);
            }
            for (RdfTerm object : objects) {
                triples.add(new Triple(subject, predicate, object));
            }
        }
        return subject;
    }

    private void values(ActiveContext context, @Nullable Term term, JsonNode value, String path, int depth, List<RdfTerm> out) {
        checkDepth(path, depth);
        if (value.isNull()) {
            return;
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                values(context, term, value.get(i), path + "[" + i + "]", depth + 1, out);
            }
        } else if (value.isObject()) {
            if (value.has("@value")) {
                valueObject(context, value, path).ifPresent(out::add);
            } else if (value.has("@list")) {
                onlyKey(value, "@list", path);
                out.add(list(context, term, value.get("@list"), child(path, "@list"), depth + 1));
            } else if (value.has("@set")) {
                onlyKey(value, "@set", path);
                values(context, term, value.get("@set"), child(path, "@set"), depth + 1, out);
            } else {
                out.add(nestedNode(context, value, path, depth + 1));
            }
        } else {
            out.add(scalar(context, term, value, path));
        }
    }

    private Resource list(ActiveContext context, @Nullable Term term, JsonNode value, String path, int depth) {
        checkDepth(path, depth);
        List<JsonNode> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(items::add);
        } else {
            items.add(value);
        }
        List<RdfTerm> objects = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String itemPath = value.isArray() ? path + "[" + i + "]" : path;
            if (item.isArray() || item.isObject() && item.has("@list")) {
                throw fail(itemPath, "lists of lists are not supported", item);
            }
            if (item.isObject() && item.has("@set")) {
                throw fail(itemPath, "@set inside a list is not supported", item);
            }
            values(context, term, item, itemPath, depth + 1, objects);
        }
        if (objects.isEmpty()) {
            return RDF_NIL;
        }
        List<BlankNode> cells = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            cells.add(freshBlank());
        }
        for (int i = 0; i < objects.size(); i++) {
            triples.add(new Triple(cells.get(i), RDF_FIRST, objects.get(i)));
            triples.add(new Triple(cells.get(i), RDF_REST, i + 1 < cells.size() ? cells.get(i + 1) : RDF_NIL));
        }
        return cells.get(0);
    }

    private Optional<Literal> valueObject(ActiveContext context, JsonNode object, String path) {
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals("@value") && !key.equals("@language") && !key.equals("@type")) {
                throw fail(child(path, key), key.startsWith("@") ? keywordRule(key, "in a value object")
                        : "a value object may have only @value, @language and @type", key);
            }
        }
        JsonNode value = object.get("@value");
        JsonNode language = object.get("@language");
        JsonNode type = object.get("@type");
        if (language != null && type != null) {
            throw fail(path, "a value object may not have both @language and @type", object);
        }
        if (value.isNull()) {
            return Optional.empty();
        }
        if (language != null) {
            String languagePath = child(path, "@language");
            if (!language.isTextual()) {
                throw fail(languagePath, "@language must be a string", language);
            }
            if (!value.isTextual()) {
                throw fail(child(path, "@value"), "a value with @language must be a string", value);
            }
            return Optional.of(Literal.tagged(text(value.asText(), child(path, "@value")),
                    languageTag(language.asText(), languagePath)));
        }
        String datatype = null;
        if (type != null) {
            String typePath = child(path, "@type");
            if (!type.isTextual()) {
                throw fail(typePath, "@type of a value must be a string", type);
            }
            if (type.asText().startsWith("@")) {
                throw fail(typePath, "@type of a value must be a datatype IRI; @id and @json are not supported", type);
            }
            datatype = iri(context.expandIri(type.asText(), true, typePath), typePath).value();
        }
        if (value.isTextual()) {
            if (RdfTerm.RDF_LANG_STRING.equals(datatype)) {
                throw fail(path, "a value of type rdf:langString needs a language: write @language instead of @type", object);
            }
            String lexical = text(value.asText(), child(path, "@value"));
            return Optional.of(Literal.typed(lexical, datatype == null ? RdfTerm.XSD_STRING : datatype));
        }
        if (value.isNumber()) {
            return Optional.of(number(value, datatype, child(path, "@value")));
        }
        if (value.isBoolean()) {
            return Optional.of(bool(value, datatype, child(path, "@value")));
        }
        throw fail(child(path, "@value"), "@value must be a string, number, boolean or null (@json is not supported)", value);
    }

    private RdfTerm scalar(ActiveContext context, @Nullable Term term, JsonNode value, String path) {
        String type = term == null ? null : term.type();
        if (value.isTextual()) {
            if (ID.equals(type)) {
                return resource(context.expandIri(value.asText(), false, path), path);
            }
            String lexical = text(value.asText(), path);
            if (type != null) {
                if (RdfTerm.RDF_LANG_STRING.equals(type)) {
                    throw fail(path, "the term is typed rdf:langString, so its value needs a language:"
                            + " write {\"@value\": …, \"@language\": …}", value);
                }
                return Literal.typed(lexical, type);
            }
            String language = term != null && term.hasLanguage() ? term.language() : context.language();
            return language == null ? Literal.typed(lexical, RdfTerm.XSD_STRING) : Literal.tagged(lexical, language);
        }
        if (ID.equals(type)) {
            throw fail(path, "the term is typed @id, so its value must be an IRI string", value);
        }
        if (value.isNumber()) {
            return number(value, type, path);
        }
        if (value.isBoolean()) {
            return bool(value, type, path);
        }
        throw fail(path, "a value must be a string, number, boolean, object, array or null", value);
    }

    private static Literal number(JsonNode value, @Nullable String datatype, String path) {
        if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
            throw fail(path, "a number must be finite", value);
        }
        BigDecimal decimal = value.decimalValue();
        double d = decimal.doubleValue();
        // as JSON-LD processors do (Titanium among them): a number is whole when its double value is
        // whole, and then written as the integer part of the number as given
        boolean integral = value.isIntegralNumber() || Double.isFinite(d) && d == Math.rint(d);
        boolean small = decimal.abs().compareTo(INTEGER_LIMIT) < 0;
        if (integral && small && (datatype == null || datatype.equals(XSD_INTEGER))) {
            return Literal.typed(d == 0 ? "0" : decimal.toBigInteger().toString(), XSD_INTEGER);
        }
        if (integral && decimal.signum() < 0 && !small && datatype == null) {
            throw fail(path, "whole numbers at or below -10^21 are read differently by JSON-LD processors"
                    + " (as xsd:integer or xsd:double); write the number as a string with a datatype", value);
        }
        if (datatype == null || datatype.equals(XSD_DOUBLE)) {
            if (Double.isInfinite(d)) {
                throw fail(path, "a number must be within the range of xsd:double", value);
            }
            DecimalFormat format = new DecimalFormat("0.0##############E0", DecimalFormatSymbols.getInstance(Locale.ROOT));
            return Literal.typed(format.format(decimal), XSD_DOUBLE);
        }
        throw fail(path, "a JSON number is read as xsd:integer (whole, below 10^21) or xsd:double, not as " + datatype
                + "; write the number as a string", value);
    }

    private static Literal bool(JsonNode value, @Nullable String datatype, String path) {
        if (datatype != null && !datatype.equals(XSD_BOOLEAN)) {
            throw fail(path, "a JSON boolean is read as xsd:boolean, not as " + datatype + "; write it as a string", value);
        }
        return Literal.typed(value.asBoolean() ? "true" : "false", XSD_BOOLEAN);
    }

    private static void onlyKey(JsonNode object, String keyword, String path) {
        if (object.size() != 1) {
            for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!key.equals(keyword)) {
                    throw fail(child(path, key), "an object with " + keyword + " may have no other key", key);
                }
            }
        }
    }

    private static void checkDepth(String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw fail(path, "nesting may be at most " + MAX_DEPTH + " deep", depth);
        }
    }

    // ---- terms ----

    private Resource resource(String expanded, String path) {
        if (expanded.startsWith("_:")) {
            return labels.computeIfAbsent(expanded, k -> freshBlank());
        }
        return new Iri(expanded);
    }

    private BlankNode freshBlank() {
        return new BlankNode("b" + nextBlank++);
    }
}
