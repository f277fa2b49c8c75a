package io.github.spbe4j.catalog.internal.rdf;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import io.github.spbe4j.catalog.internal.rdf.RdfGraph.Triple;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.BlankNode;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.Iri;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.Literal;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Apache Jena as the independent oracle for {@link JsonLdReader}, shared by the tests of this package
 * and of the linked-data package: parses JSON-LD (Titanium) and Turtle without network, converts a
 * reader's graph to Jena's form and compares graphs up to blank-node renaming, with language tags
 * compared case-insensitively (RDF 1.1 says they are; the reader lower-cases them, Jena writes them in
 * BCP 47 case).
 *
 * <p>The CPSV-AP context address is answered from the test resources' copy of the official files
 * ({@value #OFFICIAL_FILES}{@code cpsv-ap.jsonld}) by a JSON-LD document loader; any other remote
 * document is refused, so a test never reaches the network.
 */
public final class JenaOracle {

    /** The address of the CPSV-AP 3.2.0 JSON-LD context, as the official example names it. */
    public static final String CPSV_AP_CONTEXT =
            "https://semiceu.github.io/uri.semic.eu-generated/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld";

    /** The test resources' folder with the official CPSV-AP 3.2.0 files. */
    public static final String OFFICIAL_FILES = "/cpsv-ap-3.2.0/";

    private JenaOracle() {
    }

    /**
     * Parses JSON-LD 1.1 with Jena (Titanium), resolving the CPSV-AP context from the local copy; any
     * warning or error of the parser fails.
     *
     * @param jsonLd the document
     * @return the default graph
     * @throws org.apache.jena.riot.RiotException if Jena refuses the document
     */
    public static Model parseJsonLd(String jsonLd) {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader(new LocalLoader());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create()
                .fromString(jsonLd)
                .lang(Lang.JSONLD)
                .set(LangJSONLD11.JSONLD_OPTIONS, options)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                .parse(model);
        return model;
    }

    /**
     * Parses Turtle with Jena.
     *
     * @param turtle the document
     * @return the graph
     */
    public static Model parseTurtle(String turtle) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().fromString(turtle).lang(Lang.TURTLE)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(model);
        return model;
    }

    /**
     * Returns one of the official CPSV-AP 3.2.0 files from the test resources, as text.
     *
     * @param name the file name, e.g. {@code example-rdf_public_service.jsonld}
     * @return its content
     */
    public static String officialFile(String name) {
        try (InputStream in = JenaOracle.class.getResourceAsStream(OFFICIAL_FILES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + OFFICIAL_FILES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the reader's graph as a Jena graph.
     *
     * @param graph the reader's graph
     * @return the same triples in Jena's form, language tags lower-cased
     */
    public static Graph toJena(RdfGraph graph) {
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
    public static boolean sameGraph(RdfGraph reader, Graph jena) {
        return toJena(reader).isIsomorphicWith(normalised(jena));
    }

    /**
     * Returns a graph as sorted N-Triples lines, for failure messages.
     *
     * @param graph a graph
     * @return the lines, sorted
     */
    public static Set<String> lines(Graph graph) {
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

    /** A document loader that knows one address, the CPSV-AP 3.2.0 context, and answers it locally. */
    private static final class LocalLoader implements DocumentLoader {

        @Override
        public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
            if (!CPSV_AP_CONTEXT.equals(url.toString())) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "no network in tests: " + url);
            }
            try (InputStream in = JenaOracle.class.getResourceAsStream(OFFICIAL_FILES + "cpsv-ap.jsonld")) {
                if (in == null) {
                    throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "missing test resource cpsv-ap.jsonld");
                }
                return JsonDocument.of(in);
            } catch (IOException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e.getMessage());
            }
        }
    }
}
