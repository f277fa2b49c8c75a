package io.github.spbe4j.complaints.open311;

import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The answer of Open311's GET service definition: the attributes a citizen is asked about when
 * reporting on one service, in their order. Immutable and thread-safe.
 *
 * @param serviceCode the service's code
 * @param attributes the attributes, codes and orders unique; kept sorted by order
 * @since 0.1.0
 */
public record ServiceDefinition(String serviceCode, List<Attribute> attributes) {

    /**
     * Checks the definition and sorts its attributes by order.
     *
     * @throws Open311Exception if the code is malformed, or two attributes share a code or an order
     */
    public ServiceDefinition {
        Checks checks = new Checks().text("service_code", Objects.requireNonNull(serviceCode, "serviceCode"), TextPolicy.NAME, 200);
        attributes = Objects.requireNonNull(attributes, "attributes").stream().sorted(Comparator.comparingInt(Attribute::order)).toList();
        Set<String> codes = new HashSet<>();
        Set<Integer> orders = new HashSet<>();
        for (Attribute a : attributes) {
            if (!codes.add(a.code())) {
                checks.add("attributes", Checks.UNIQUE, "service " + Text.clean(serviceCode) + " defines the attribute "
                        + Text.quote(a.code()) + " more than once", Text.quote(a.code()));
            }
            if (!orders.add(a.order())) {
                checks.add("attributes", Checks.UNIQUE, "service " + Text.clean(serviceCode) + " has two attributes at order "
                        + a.order() + "; each attribute has its own place", String.valueOf(a.order()));
            }
        }
        checks.throwIfAny("service definition " + Text.clean(serviceCode));
    }

    /**
     * Returns a definition.
     *
     * @param serviceCode the service's code
     * @param attributes its attributes
     * @return the definition
     * @throws Open311Exception if two attributes share a code or an order
     */
    public static ServiceDefinition of(String serviceCode, List<Attribute> attributes) {
        return new ServiceDefinition(serviceCode, attributes);
    }

    /**
     * Reads a service definition document in a format, as {@link Open311Format#definition} writes it and
     * as the specification's example shows it: how a deployment keeps the attributes it asks for as data.
     * JSON is read strictly (duplicate or unknown fields, wrong types refused); XML has no DOCTYPE — a
     * document with one is refused before it is parsed, and DTDs and external entities are off in the
     * parser, so no document can read a file or expand entities without bound.
     *
     * @param document the document
     * @param format its format
     * @return the definition
     * @throws Open311Exception naming every problem, with its path ({@code attributes[0].datatype}), or
     *     why the text is not well-formed JSON or XML, with its line and column
     */
    public static ServiceDefinition read(String document, Open311Format format) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(format, "format");
        return DefinitionReader.read(document, format, "service definition");
    }

    /**
     * Returns the attribute with a code.
     *
     * @param code the code
     * @return the attribute, if defined
     */
    public Optional<Attribute> attribute(String code) {
        return attributes.stream().filter(a -> a.code().equals(code)).findFirst();
    }
}
