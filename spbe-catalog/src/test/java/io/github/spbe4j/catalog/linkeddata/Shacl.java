package io.github.spbe4j.catalog.linkeddata;

import io.github.spbe4j.catalog.internal.rdf.JenaOracle;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * The SHACL test harness: validates a graph against the official CPSV-AP 3.2.0 shapes
 * ({@code /cpsv-ap-3.2.0/cpsv-ap-SHACL.ttl}), returning the violations as plain values. JSON-LD is
 * parsed by {@link JenaOracle}, offline.
 */
final class Shacl {

    private static final Shapes SHAPES = Shapes.parse(JenaOracle.parseTurtle(JenaOracle.officialFile("cpsv-ap-SHACL.ttl")).getGraph());

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
        return validate(JenaOracle.parseJsonLd(jsonLd));
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
}
