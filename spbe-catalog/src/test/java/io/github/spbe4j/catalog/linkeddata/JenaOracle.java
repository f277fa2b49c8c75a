package io.github.spbe4j.catalog.linkeddata;

import io.github.spbe4j.catalog.linkeddata.RdfGraph.Triple;
import io.github.spbe4j.catalog.linkeddata.RdfTerm.BlankNode;
import io.github.spbe4j.catalog.linkeddata.RdfTerm.Iri;
import io.github.spbe4j.catalog.linkeddata.RdfTerm.Literal;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Apache Jena as the independent oracle for {@link JsonLdReader}: converts a reader's graph to Jena's
 * form and compares graphs up to blank-node renaming, with language tags compared case-insensitively
 * (RDF 1.1 says they are; the reader lower-cases them, Jena writes them in BCP 47 case).
 */
final class JenaOracle {

    private JenaOracle() {
    }

    /**
     * Returns the reader's graph as a Jena graph.
     *
     * @param graph the reader's graph
     * @return the same triples in Jena's form, language tags lower-cased
     */
    static Graph toJena(RdfGraph graph) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Triple t : graph.triples()) {
            g.add(org.apache.jena.graph.Triple.create(node(t.subject()), node(t.predicate()), node(t.object())));
        }
        return g;
    }

    /**
     * Returns a copy of a Jena graph with every language tag lower-cased.
     *
     * @param graph a graph
     * @return the copy
     */
    static Graph normalised(Graph graph) {
        Graph g = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> g.add(org.apache.jena.graph.Triple.create(t.getSubject(), t.getPredicate(),
                lowerCaseLanguage(t.getObject()))));
        return g;
    }

    /**
     * Tells whether the reader's graph of a document is Jena's graph of it, up to blank node names.
     *
     * @param reader the reader's graph
     * @param jena Jena's graph
     * @return whether they are isomorphic
     */
    static boolean sameGraph(RdfGraph reader, Graph jena) {
        return toJena(reader).isIsomorphicWith(normalised(jena));
    }

    /**
     * Returns a graph as sorted N-Triples lines, for failure messages.
     *
     * @param graph a graph
     * @return the lines, sorted
     */
    static Set<String> lines(Graph graph) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, normalised(graph), Lang.NTRIPLES);
        return new TreeSet<>(w.toString().lines().toList());
    }

    private static Node node(RdfTerm term) {
        if (term instanceof Iri iri) {
            return NodeFactory.createURI(iri.value());
        }
        if (term instanceof BlankNode blank) {
            return NodeFactory.createBlankNode(blank.label());
        }
        Literal literal = (Literal) term;
        if (literal.languageTag().isPresent()) {
            return NodeFactory.createLiteralLang(literal.lexicalForm(), literal.language());
        }
        return NodeFactory.createLiteralDT(literal.lexicalForm(), TypeMapper.getInstance().getSafeTypeByName(literal.datatype()));
    }

    private static Node lowerCaseLanguage(Node node) {
        if (node.isLiteral() && !node.getLiteralLanguage().isEmpty()) {
            return NodeFactory.createLiteralLang(node.getLiteralLexicalForm(), node.getLiteralLanguage().toLowerCase(Locale.ROOT));
        }
        return node;
    }
}
