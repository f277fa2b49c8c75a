package io.github.spbe4j.catalog.linkeddata;

import io.github.spbe4j.catalog.internal.rdf.RdfGraph;
import io.github.spbe4j.catalog.internal.rdf.RdfGraph.Node;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.Iri;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.Literal;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.Resource;
import io.github.spbe4j.core.internal.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the nodes of one CPSV-AP graph: typed access to their properties (texts in the preferred
 * language, references, plain values, whole numbers), model ids made from them, names for messages
 * as the document writes them, and the warnings of the import. One per document; not thread-safe.
 */
final class NodeReader {

    private static final Pattern ID_CHARS = Pattern.compile("[^A-Za-z0-9._~-]+");

    private final RdfGraph graph;
    /** The prefixes the document's own top-level context defines, to name nodes in messages as the document does. */
    private final Map<String, String> prefixes;
    private final boolean ownExport;
    private final List<String> warnings = new ArrayList<>();

    NodeReader(RdfGraph graph, Map<String, String> prefixes) {
        this.graph = graph;
        this.prefixes = prefixes;
        this.ownExport = graph.triples().stream().anyMatch(t -> t.predicate().value().startsWith(Vocab.SPBE));
    }

    /** Returns the full IRIs of properties given as compact IRIs ({@code rdf:type} among them). */
    static Set<String> properties(String... compact) {
        Set<String> s = new HashSet<>();
        for (String c : compact) {
            s.add(c.equals("rdf:type") ? RdfTerm.RDF_TYPE : Vocab.iri(c));
        }
        return Set.copyOf(s);
    }

    RdfGraph graph() {
        return graph;
    }

    /** Returns whether the document uses spbe4j's namespace, i.e. is (or follows) an spbe4j export. */
    boolean ownExport() {
        return ownExport;
    }

    /** Returns the warnings given so far, in order; the list is live. */
    List<String> warnings() {
        return warnings;
    }

    // ---- naming and messages ----

    /** Returns a term as the document would write it: a compact IRI with the longest matching prefix, if any. */
    String name(RdfTerm term) {
        if (term instanceof Iri iri) {
            String best = null;
            String bestPrefix = null;
            Map<String, String> all = new LinkedHashMap<>(Vocab.PREFIXES);
            all.putAll(prefixes);
            for (Map.Entry<String, String> e : all.entrySet()) {
                if (iri.value().startsWith(e.getValue()) && iri.value().length() > e.getValue().length()
                        && (best == null || e.getValue().length() > best.length())) {
                    best = e.getValue();
                    bestPrefix = e.getKey();
                }
            }
            return best == null ? iri.toString() : bestPrefix + ":" + iri.value().substring(best.length());
        }
        return term.toString();
    }

    InvalidLinkedDataException fail(Resource node, String rule) {
        return new InvalidLinkedDataException(Text.oneLine("node " + name(node) + ": " + rule));
    }

    void warn(String text) {
        warnings.add(Text.oneLine(text));
    }

    /** Warns about the properties of a node outside {@code known}, which the catalog has no place for. */
    void unmapped(Node node, String what, Set<String> known) {
        List<String> left = new ArrayList<>();
        for (Iri p : node.properties().keySet()) {
            if (!known.contains(p.value())) {
                left.add(name(p));
            }
        }
        if (!left.isEmpty()) {
            warn(what + " " + name(node.id()) + " has " + String.join(", ", left) + ", which spbe4j's catalog has no place for; "
                    + (left.size() == 1 ? "it is" : "they are") + " left out");
        }
    }

    // ---- terms ----

    /** Returns the node a resource names, or null if the document does not describe it. */
    @Nullable Node node(Resource id) {
        return graph.node(id).orElse(null);
    }

    List<Resource> refs(Node node, String compact) {
        List<Resource> result = new ArrayList<>();
        for (RdfTerm t : node.values(Vocab.iri(compact))) {
            if (t instanceof Resource r) {
                result.add(r);
            }
        }
        return result;
    }

    Optional<Resource> ref(Node node, String compact) {
        List<Resource> r = refs(node, compact);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    private static int rank(Literal l) {
        String lang = l.language();
        if (lang.equals("id") || lang.startsWith("id-")) {
            return 0;
        }
        if (lang.equals("en") || lang.startsWith("en-")) {
            return 1;
        }
        return 2;
    }

    /** Returns the text in the preferred language: Indonesian, then English, then the first given. */
    Optional<String> text(Node node, String compact) {
        Literal best = null;
        for (Literal l : node.literals(Vocab.iri(compact))) {
            if (best == null || rank(l) < rank(best)) {
                best = l;
            }
        }
        return best == null || best.lexicalForm().isBlank() ? Optional.empty() : Optional.of(best.lexicalForm());
    }

    /** Returns every text in the preferred language, in document order. */
    List<String> texts(Node node, String compact) {
        List<Literal> all = node.literals(Vocab.iri(compact));
        int best = all.stream().mapToInt(NodeReader::rank).min().orElse(2);
        String language = all.stream().filter(l -> rank(l) == best).map(Literal::language).findFirst().orElse("");
        Set<String> result = new LinkedHashSet<>();
        for (Literal l : all) {
            if (l.language().equals(language) && !l.lexicalForm().isBlank()) {
                result.add(l.lexicalForm());
            }
        }
        return List.copyOf(result);
    }

    /** Returns the lexical form of the first literal value, whatever its language or datatype. */
    Optional<String> plain(Node node, String compact) {
        List<Literal> all = node.literals(Vocab.iri(compact));
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).lexicalForm());
    }

    /** Returns a whole number however it is written: {@code 5000}, {@code 5000.0} or {@code 5.0E3} (as JSON-LD writes a double). */
    long number(Node node, String compact) {
        String text = plain(node, compact).orElseThrow(() -> fail(node.id(), "needs " + compact + ", a whole number"));
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            // not written as a whole number: it may still be one
        }
        try {
            BigDecimal d = new BigDecimal(text.strip());
            // its size is known from precision and scale, without arithmetic on a huge exponent
            if (d.signum() == 0) {
                return 0;
            }
            if (d.precision() - d.scale() <= 19) {
                return d.stripTrailingZeros().longValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // neither a number nor a whole one that a long holds
        }
        throw fail(node.id(), compact + " must be a whole number; got " + Text.quote(text));
    }

    // ---- ids ----

    /** Returns a model id for a node: its dct:identifier, or its IRI's last part, made to fit the id rule. */
    String id(@Nullable Node node, Resource id) {
        String raw = node == null ? null : plain(node, "dct:identifier").orElse(null);
        if (raw == null) {
            raw = id instanceof Iri iri ? localName(iri.value()) : ((RdfTerm.BlankNode) id).label();
        }
        return sanitise(raw);
    }

    private static String localName(String iri) {
        String s = iri;
        while (s.endsWith("/") || s.endsWith("#")) {
            s = s.substring(0, s.length() - 1);
        }
        int cut = Math.max(Math.max(s.lastIndexOf('/'), s.lastIndexOf('#')), s.lastIndexOf(':'));
        return s.substring(cut + 1);
    }

    private static String sanitise(String raw) {
        String s = ID_CHARS.matcher(raw.strip()).replaceAll("-");
        int start = 0;
        while (start < s.length() && !Character.isLetterOrDigit(s.charAt(start))) {
            start++;
        }
        s = s.substring(start);
        if (s.length() > 128) {
            s = s.substring(0, 128);
        }
        return s.isEmpty() ? "x" : s;
    }

    /** Returns {@code id}, or {@code id-2}, {@code id-3} … (cut to 128 characters), the first not yet taken; takes it. */
    static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int i = 2; !taken.add(candidate); i++) {
            String suffix = "-" + i;
            candidate = (id.length() + suffix.length() > 128 ? id.substring(0, 128 - suffix.length()) : id) + suffix;
        }
        return candidate;
    }

    @Override
    public String toString() {
        return "NodeReader[" + graph.triples().size() + " triples, " + warnings.size() + " warnings]";
    }
}
