package io.github.spbe4j.catalog.linkeddata;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.spbe4j.catalog.linkeddata.RdfGraph.Triple;
import io.github.spbe4j.catalog.linkeddata.RdfTerm.BlankNode;
import io.github.spbe4j.catalog.linkeddata.RdfTerm.Iri;
import io.github.spbe4j.catalog.linkeddata.RdfTerm.Literal;
import io.github.spbe4j.catalog.linkeddata.RdfTerm.Resource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
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
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A strict reader of the JSON-LD 1.1 that CPSV-AP producers write: it expands a document and turns
 * it into an {@link RdfGraph}, as the JSON-LD 1.1 expansion and RDF serialisation algorithms would,
 * for a subset of JSON-LD, and refuses everything outside that subset.
 *
 * <p>It reads:
 * <ul>
 *   <li>{@code @context} as the CPSV-AP 3.2.0 context address ({@value #CPSV_AP_CONTEXT}, read from a
 *       bundled copy, never from the network), an object, {@code null}, or an array of these; at the
 *       top, in a node object, or in a nested node object;</li>
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
 * <p>It refuses, with an {@link InvalidLinkedDataException} naming the place, the rule and the
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
 */
final class JsonLdReader {

    /** The address of the CPSV-AP 3.2.0 JSON-LD context, the only remote context read. */
    static final String CPSV_AP_CONTEXT =
            "https://semiceu.github.io/uri.semic.eu-generated/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld";

    /** The deepest nesting of node objects, arrays, lists and term definitions read. */
    static final int MAX_DEPTH = 64;

    private static final String BUNDLED_CONTEXT = "cpsv-ap-3.2.0-context.jsonld";
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

    private static final Pattern KEYWORD_FORM = Pattern.compile("@[A-Za-z]+");
    /** A well-formed BCP 47 (RFC 5646) language tag, grandfathered and private-use-only tags excepted. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("(?i)"
            + "([a-z]{2,3}(-[a-z]{3}){0,3}|[a-z]{4,8})" // language, with extended language subtags
            + "(-[a-z]{4})?" // script
            + "(-([a-z]{2}|[0-9]{3}))?" // region
            + "(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*" // variants
            + "(-[0-9a-wyz](-[a-z0-9]{2,8})+)*" // extensions
            + "(-x(-[a-z0-9]{1,8})+)?"); // private use
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");
    private static final Set<String> OPAQUE_SCHEMES = Set.of("urn", "mailto", "tel", "tag", "did");
    private static final String GEN_DELIMS = ":/?#[]@";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final List<Triple> triples = new ArrayList<>();
    private final Map<String, BlankNode> labels = new HashMap<>();
    private int nextBlank;

    private JsonLdReader() {
    }

    /**
     * Reads a JSON-LD document from text.
     *
     * @param json the document
     * @return its default graph
     * @throws InvalidLinkedDataException if the text is not JSON, or not JSON-LD this reader reads
     */
    static RdfGraph read(String json) {
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
     * @return its default graph
     * @throws InvalidLinkedDataException if the bytes are not JSON, or not JSON-LD this reader reads
     */
    static RdfGraph read(byte[] json) {
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
     * @return its default graph
     * @throws InvalidLinkedDataException if the tree is not JSON-LD this reader reads
     */
    static RdfGraph read(JsonNode document) {
        Objects.requireNonNull(document, "document");
        JsonLdReader reader = new JsonLdReader();
        reader.document(document);
        return RdfGraph.of(reader.triples);
    }

    private static InvalidLinkedDataException malformed(Exception e) {
        String message = e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage();
        return new InvalidLinkedDataException("$: a JSON-LD document must be well-formed JSON without duplicate keys; got "
                + e.getClass().getSimpleName() + ": " + clip(String.valueOf(message)));
    }

    // ---- document and node objects ----

    private void document(JsonNode root) {
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                topLevelNode(Context.EMPTY, root.get(i), "$[" + i + "]");
            }
        } else if (root.isObject()) {
            if (root.has("@graph")) {
                Context context = Context.EMPTY;
                for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
                    String key = it.next();
                    if (key.equals("@context")) {
                        context = new ContextProcessor().process(context, root.get(key), "$['@context']");
                    } else if (!key.equals("@graph")) {
                        throw fail("$", "an object with @graph may have only @context besides; named graphs and nodes with a graph are not supported", key);
                    }
                }
                JsonNode graph = root.get("@graph");
                if (graph.isArray()) {
                    for (int i = 0; i < graph.size(); i++) {
                        topLevelNode(context, graph.get(i), "$['@graph'][" + i + "]");
                    }
                } else {
                    topLevelNode(context, graph, "$['@graph']");
                }
            } else {
                topLevelNode(Context.EMPTY, root, "$");
            }
        } else {
            throw fail("$", "a JSON-LD document must be an object or an array", root);
        }
    }

    private void topLevelNode(Context context, JsonNode node, String path) {
        if (!node.isObject()) {
            throw fail(path, "a top-level item must be a node object", node);
        }
        if (node.has("@value") || node.has("@list") || node.has("@set")) {
            throw fail(path, "a top-level item must be a node object, not a value, list or set", node);
        }
        node(context, node, path, 0);
    }

    private Resource node(Context outer, JsonNode node, String path, int depth) {
        checkDepth(path, depth);
        Context context = outer;
        JsonNode localContext = node.get("@context");
        if (localContext != null) {
            context = new ContextProcessor().process(context, localContext, child(path, "@context"));
        }
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
            subject = resource(expandIri(context, id.asText(), false, child(path, ID)), child(path, ID));
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
                triples.add(new Triple(subject, RDF_TYPE, iri(expandIri(context, t.asText(), true, typePath), typePath)));
            }
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            if (key.startsWith("@")) {
                continue;
            }
            String keyPath = child(path, key);
            Iri predicate = iri(expandIri(context, key, true, keyPath), keyPath);
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

    private void values(Context context, @Nullable Term term, JsonNode value, String path, int depth, List<RdfTerm> out) {
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
                out.add(node(context, value, path, depth + 1));
            }
        } else {
            out.add(scalar(context, term, value, path));
        }
    }

    private Resource list(Context context, @Nullable Term term, JsonNode value, String path, int depth) {
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

    private Optional<Literal> valueObject(Context context, JsonNode object, String path) {
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
            datatype = iri(expandIri(context, type.asText(), true, typePath), typePath).value();
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

    private RdfTerm scalar(Context context, @Nullable Term term, JsonNode value, String path) {
        String type = term == null ? null : term.type();
        if (value.isTextual()) {
            if (ID.equals(type)) {
                return resource(expandIri(context, value.asText(), false, path), path);
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

    private static Iri iri(String expanded, String path) {
        if (expanded.startsWith("_:")) {
            throw fail(path, "blank nodes as predicates, types or datatypes are not supported", expanded);
        }
        return new Iri(expanded);
    }

    private BlankNode freshBlank() {
        return new BlankNode("b" + nextBlank++);
    }

    private static String text(String text, String path) {
        if (hasLoneSurrogate(text)) {
            throw fail(path, "a string must be valid Unicode, without lone surrogates", text);
        }
        return text;
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }

    private static String languageTag(String tag, String path) {
        if (!LANGUAGE_TAG.matcher(tag).matches()) {
            throw fail(path, "a language tag must be well-formed (BCP 47, e.g. en or id-ID)", tag);
        }
        return tag.toLowerCase(Locale.ROOT);
    }

    /**
     * Expands a term, compact IRI, absolute IRI or blank node identifier in the active context.
     *
     * @return an absolute IRI, or a blank node identifier starting with {@code _:}
     */
    private static String expandIri(Context context, String value, boolean vocab, String path) {
        return expandIri(context.terms(), context.vocab(), value, vocab, path, null);
    }

    private static String expandIri(Map<String, Term> terms, @Nullable String vocabMapping, String value, boolean vocab,
            String path, @Nullable ContextProcessor processor) {
        if (value.startsWith("@")) {
            throw fail(path, KEYWORD_FORM.matcher(value).matches()
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

    private static String absolute(String iri, String path) {
        int colon = iri.indexOf(':');
        if (colon <= 0 || !SCHEME.matcher(iri.substring(0, colon)).matches()) {
            throw fail(path, "an IRI must start with a scheme", iri);
        }
        if (hasLoneSurrogate(iri)) {
            throw fail(path, "an IRI must be valid Unicode, without lone surrogates", iri);
        }
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || c >= 0x7f && c <= 0x9f || "<>\"{}|\\^`".indexOf(c) >= 0) {
                throw fail(path, "an IRI may not contain spaces, control characters or any of <>\"{}|\\^`", iri);
            }
            if (c == '%' && !(i + 2 < iri.length() && isHex(iri.charAt(i + 1)) && isHex(iri.charAt(i + 2)))) {
                throw fail(path, "an IRI's % must start a percent-encoding such as %20", iri);
            }
        }
        try {
            URI uri = new URI(iri);
            if (!uri.isAbsolute()) {
                throw fail(path, "an IRI must be absolute", iri);
            }
            String rawPath = uri.getRawPath();
            if (rawPath != null && List.of(rawPath.split("/", -1)).stream().anyMatch(seg -> seg.equals(".") || seg.equals(".."))) {
                throw fail(path, "an IRI may not contain the dot segments . or .. (processors differ on removing them)", iri);
            }
        } catch (URISyntaxException e) {
            throw fail(path, "an IRI must be well-formed as RFC 3986 says (" + e.getReason() + " at index " + e.getIndex() + ")", iri);
        }
        return iri;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    // ---- contexts ----

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
    private record Term(String iri, @Nullable String type, boolean hasLanguage, @Nullable String language, boolean list,
            boolean prefix) {
    }

    /**
     * An active context.
     *
     * @param terms the term definitions
     * @param vocab the vocabulary mapping, or {@code null}
     * @param language the default language, or {@code null}
     */
    private record Context(Map<String, Term> terms, @Nullable String vocab, @Nullable String language) {

        static final Context EMPTY = new Context(Map.of(), null, null);
    }

    /** Processes one local context onto an active context: JSON-LD 1.1's context processing, in the subset read. */
    private static final class ContextProcessor {

        private final Map<String, Term> terms = new HashMap<>();
        private @Nullable String vocab;
        private @Nullable String language;
        private JsonNode local = MAPPER.nullNode();
        private String localPath = "$";
        private final Map<String, Boolean> defined = new HashMap<>();
        private int resolving;

        Context process(Context active, JsonNode localContext, String path) {
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
            return new Context(Map.copyOf(terms), vocab, language);
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
                JsonNode bundled = Bundled.CONTEXT;
                one(bundled, path + " (bundled CPSV-AP 3.2.0 context)");
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

        void defineIfLocal(String term, String path) {
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
            if (++resolving > MAX_DEPTH) {
                throw fail(path, "term definitions may depend on each other at most " + MAX_DEPTH + " deep", term);
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
    }

    /** The bundled CPSV-AP 3.2.0 context, read once. */
    private static final class Bundled {

        static final JsonNode CONTEXT = load();

        private static JsonNode load() {
            try (InputStream in = JsonLdReader.class.getResourceAsStream(BUNDLED_CONTEXT)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + BUNDLED_CONTEXT);
                }
                JsonNode context = MAPPER.readTree(in).get("@context");
                if (context == null || !context.isObject()) {
                    throw new IllegalStateException("resource " + BUNDLED_CONTEXT + " has no @context object");
                }
                return context;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // ---- messages ----

    private static String keywordRule(String key, String where) {
        return KEYWORD_FORM.matcher(key).matches() ? "the keyword " + key + " is not supported " + where
                : "keys starting with @ are reserved for keywords";
    }

    private static String child(String path, String key) {
        return path + "['" + key.replace("'", "\\'") + "']";
    }

    private static InvalidLinkedDataException fail(String path, String rule, Object value) {
        String shown = value instanceof JsonNode node ? node.toString() : "'" + value + "'";
        return new InvalidLinkedDataException(clip(path) + ": " + rule + "; got " + clip(shown));
    }

    private static String clip(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
