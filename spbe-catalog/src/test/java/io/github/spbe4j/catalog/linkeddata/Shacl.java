package io.github.spbe4j.catalog.linkeddata;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * The SHACL test harness: parses JSON-LD and Turtle with Apache Jena, without network, and validates a
 * graph against the official CPSV-AP 3.2.0 shapes, returning the violations as plain values.
 *
 * <p>The CPSV-AP context address is answered from the test resources' copy
 * ({@code /cpsv-ap-3.2.0/cpsv-ap.jsonld}) by a JSON-LD document loader; any other remote document is
 * refused, so a test never reaches the network.
 */
final class Shacl {

    /** The address of the CPSV-AP 3.2.0 JSON-LD context, as the official example names it. */
    static final String CPSV_AP_CONTEXT =
            "https://semiceu.github.io/uri.semic.eu-generated/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld";

    /** The test resources' folder with the official files. */
    static final String RESOURCES = "/cpsv-ap-3.2.0/";

    private static final Shapes SHAPES = Shapes.parse(parseTurtle(resource("cpsv-ap-SHACL.ttl")).getGraph());

    private Shacl() {
    }

    /**
     * One SHACL result: what was checked, where, by which constraint, and why.
     *
     * @param focusNode the focus node, as Jena prints it
     * @param path the result path, or {@code ""} for a node shape
     * @param component the constraint component IRI, e.g. {@code http://www.w3.org/ns/shacl#ClassConstraintComponent}
     * @param severity the severity IRI's local name, e.g. {@code Violation}
     * @param value the offending value, or {@code ""}
     * @param message the message
     */
    record Violation(String focusNode, String path, String component, String severity, String value, String message) {

        Violation {
            Objects.requireNonNull(focusNode, "focusNode");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Validates a graph against the official CPSV-AP 3.2.0 shapes.
     *
     * @param model the data
     * @return every result of every severity; empty when the graph conforms
     */
    static List<Violation> validate(Model model) {
        ValidationReport report = ShaclValidator.get().validate(SHAPES, model.getGraph());
        List<Violation> violations = report.getEntries().stream().map(Shacl::violation).toList();
        if (report.conforms() != violations.isEmpty()) {
            throw new AssertionError("Jena says conforms=" + report.conforms() + " with " + violations.size() + " entries");
        }
        return violations;
    }

    /**
     * Parses JSON-LD and validates it against the official CPSV-AP 3.2.0 shapes.
     *
     * @param jsonLd the document
     * @return every result; empty when the graph conforms
     */
    static List<Violation> validate(String jsonLd) {
        return validate(parseJsonLd(jsonLd));
    }

    /**
     * Parses JSON-LD 1.1 with Jena (Titanium), resolving the CPSV-AP context from the local copy; any
     * warning or error of the parser fails.
     *
     * @param jsonLd the document
     * @return the default graph
     */
    static Model parseJsonLd(String jsonLd) {
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
    static Model parseTurtle(String turtle) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().fromString(turtle).lang(Lang.TURTLE)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(model);
        return model;
    }

    /**
     * Returns one of the official files from the test resources, as text.
     *
     * @param name the file name, e.g. {@code example-rdf_public_service.jsonld}
     * @return its content
     */
    static String resource(String name) {
        try (InputStream in = Shacl.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Violation violation(ReportEntry e) {
        return new Violation(
                text(e.focusNode()),
                e.resultPath() == null ? "" : e.resultPath().toString(),
                text(e.sourceConstraintComponent()),
                e.severity().level().getLocalName(),
                text(e.value()),
                e.message() == null ? "" : e.message());
    }

    private static String text(Node node) {
        if (node == null) {
            return "";
        }
        return node.isURI() ? node.getURI() : node.toString();
    }

    /** A document loader that knows one address, the CPSV-AP 3.2.0 context, and answers it locally. */
    private static final class LocalLoader implements DocumentLoader {

        @Override
        public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
            if (!CPSV_AP_CONTEXT.equals(url.toString())) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "no network in tests: " + url);
            }
            try (InputStream in = Shacl.class.getResourceAsStream(RESOURCES + "cpsv-ap.jsonld")) {
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
