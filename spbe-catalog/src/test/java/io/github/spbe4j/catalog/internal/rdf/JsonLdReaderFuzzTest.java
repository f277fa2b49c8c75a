package io.github.spbe4j.catalog.internal.rdf;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.spbe4j.catalog.internal.rdf.RdfGraph.Triple;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RiotException;

/**
 * A fuzz test of {@link JsonLdReader}: any bytes give a graph (and the prefixes of the document) or an
 * {@link InvalidJsonLdException} with a one-line message naming a place in the document, never another
 * exception. (The linked-data package reports that exception as its public
 * {@code InvalidLinkedDataException}, with the same message.)
 *
 * <p>{@code mvn test} runs the seed corpus in
 * {@code src/test/resources/io/github/spbe4j/catalog/internal/rdf/JsonLdReaderFuzzTestInputs/<method>/}
 * (the official CPSV-AP example among them) as regression tests. To fuzz for real, from the
 * repository root (after {@code mvn -pl spbe-catalog -am install -DskipTests}):
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl spbe-catalog test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='JsonLdReaderFuzzTest#read_anyBytes_graphOrInvalidJsonLdException' \
 *     -Djazzer.instrument='io.github.spbe4j.**,com.fasterxml.jackson.**'
 * </pre>
 *
 * <p>The other target, {@code read_anyText_sameGraphAsJenaWhenRead}, compares the reader with Apache
 * Jena on every text the reader reads, and runs the same way.
 *
 * <p>Add every crash Jazzer writes ({@code crash-<sha1>} in the inputs directory) to the corpus,
 * renamed to say what it tests, once fixed.
 */
class JsonLdReaderFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void read_anyBytes_graphOrInvalidJsonLdException(byte[] data) {
        JsonLdDocument document;
        try {
            document = JsonLdReader.read(data);
        } catch (InvalidJsonLdException e) {
            String message = e.getMessage();
            if (message == null || !message.startsWith("$") || message.contains("\n") || message.contains("\r")
                    || e.problems().size() != 1) {
                throw new AssertionError("not a one-line message naming a place: " + message, e);
            }
            return;
        }
        RdfGraph graph = document.graph();
        for (Triple t : graph.triples()) {
            RdfGraph.Node node = graph.node(t.subject()).orElseThrow(() -> new AssertionError("no node for " + t));
            if (!node.values(t.predicate().value()).contains(t.object())) {
                throw new AssertionError("node of " + t.subject() + " lacks " + t);
            }
        }
        JsonLdDocument again = JsonLdReader.read(data);
        if (!again.graph().triples().equals(graph.triples())) {
            throw new AssertionError("reading twice gave two graphs");
        }
        if (!List.copyOf(again.prefixes().entrySet()).equals(List.copyOf(document.prefixes().entrySet()))) {
            throw new AssertionError("reading twice gave two prefix lists: " + document.prefixes() + " and " + again.prefixes());
        }
    }

    /**
     * Differential: whenever the reader reads a text (the bytes decoded as UTF-8), Apache Jena (Titanium JSON-LD) reads the same graph,
     * or refuses the text itself (Jena, run strictly, refuses for instance ill-typed literals that the
     * reader keeps as they are).
     */
    @FuzzTest(maxDuration = "2m")
    void read_anyText_sameGraphAsJenaWhenRead(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        RdfGraph graph;
        try {
            graph = JsonLdReader.read(text).graph();
        } catch (InvalidJsonLdException e) {
            return;
        }
        Graph jena;
        try {
            jena = JenaOracle.parseJsonLd(text).getGraph();
        } catch (RiotException e) {
            return;
        }
        if (!JenaOracle.sameGraph(graph, jena)) {
            throw new AssertionError("reader and Jena differ on " + text + "\nreader: " + JenaOracle.lines(JenaOracle.toJena(graph))
                    + "\njena: " + JenaOracle.lines(jena));
        }
    }
}
