package io.github.spbe4j.catalog.internal.rdf;

import io.github.spbe4j.catalog.internal.rdf.RdfTerm.Iri;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.Literal;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.Resource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An RDF graph: a set of triples, indexed by subject into {@link Node}s. Immutable and thread-safe.
 *
 * <p>Triples keep the order in which they were first given; a repeated triple counts once. A node
 * exists for every subject of a triple; a resource that is only ever an object has no node.
 */
public final class RdfGraph {

    private final Set<Triple> triples;
    private final Map<Resource, Node> nodes;

    private RdfGraph(Set<Triple> triples, Map<Resource, Node> nodes) {
        this.triples = triples;
        this.nodes = nodes;
    }

    /**
     * Returns the graph of some triples.
     *
     * @param triples the triples, in order; repeats are dropped
     * @return the graph
     */
    static RdfGraph of(Collection<Triple> triples) {
        Set<Triple> set = new LinkedHashSet<>(triples);
        Map<Resource, Map<Iri, List<RdfTerm>>> index = new LinkedHashMap<>();
        for (Triple t : set) {
            index.computeIfAbsent(t.subject(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(t.predicate(), p -> new ArrayList<>())
                    .add(t.object());
        }
        Map<Resource, Node> nodes = new LinkedHashMap<>();
        index.forEach((subject, properties) -> nodes.put(subject, new Node(subject, properties)));
        return new RdfGraph(Collections.unmodifiableSet(set),
                Collections.unmodifiableMap(nodes));
    }

    /**
     * Returns every triple, in the order first given.
     *
     * @return the triples, unmodifiable
     */
    public Set<Triple> triples() {
        return triples;
    }

    /**
     * Returns every node, in the order their subjects first appear.
     *
     * @return the nodes, unmodifiable
     */
    public Collection<Node> nodes() {
        return nodes.values();
    }

    /**
     * Returns the node of a subject.
     *
     * @param id the subject
     * @return its node, or empty when no triple has that subject
     */
    public Optional<Node> node(Resource id) {
        return Optional.ofNullable(nodes.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns the node of a subject IRI.
     *
     * @param iri the subject's IRI
     * @return its node, or empty when no triple has that subject
     */
    Optional<Node> node(String iri) {
        return node(new Iri(iri));
    }

    /**
     * Returns the nodes that have a type.
     *
     * @param type the class IRI, e.g. {@code http://purl.org/vocab/cpsv#PublicService}
     * @return the nodes with {@code rdf:type} {@code type}, in document order
     */
    public List<Node> nodesOfType(String type) {
        Iri t = new Iri(type);
        return nodes.values().stream().filter(n -> n.types().contains(t)).toList();
    }

    /**
     * Returns the objects of a subject and predicate.
     *
     * @param subject the subject
     * @param predicate the predicate IRI
     * @return the objects in document order; empty when there are none
     */
    List<RdfTerm> values(Resource subject, String predicate) {
        return node(subject).map(n -> n.values(predicate)).orElse(List.of());
    }

    /**
     * Returns the literal objects of a subject and predicate, each with its datatype and language.
     *
     * @param subject the subject
     * @param predicate the predicate IRI
     * @return the literals in document order
     */
    List<Literal> literals(Resource subject, String predicate) {
        return node(subject).map(n -> n.literals(predicate)).orElse(List.of());
    }

    /**
     * Returns the IRI objects of a subject and predicate.
     *
     * @param subject the subject
     * @param predicate the predicate IRI
     * @return the IRIs in document order
     */
    List<Iri> iris(Resource subject, String predicate) {
        return node(subject).map(n -> n.iris(predicate)).orElse(List.of());
    }

    /** Returns the graph in N-Triples form, one triple a line. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        triples.forEach(t -> sb.append(t).append(" .\n"));
        return sb.toString();
    }

    /**
     * An RDF triple.
     *
     * @param subject the subject
     * @param predicate the predicate
     * @param object the object
     */
    public record Triple(Resource subject, Iri predicate, RdfTerm object) {

        /** Checks the parts are given. */
        public Triple {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(predicate, "predicate");
            Objects.requireNonNull(object, "object");
        }

        /** Returns the triple in N-Triples form, without the final dot. */
        @Override
        public String toString() {
            return subject + " " + predicate + " " + object;
        }
    }

    /**
     * A subject with its properties: every triple of the graph with that subject. Immutable.
     */
    public static final class Node {

        private final Resource id;
        private final Map<Iri, List<RdfTerm>> properties;
        private final Set<Iri> types;

        private Node(Resource id, Map<Iri, List<RdfTerm>> properties) {
            this.id = id;
            Map<Iri, List<RdfTerm>> copy = new LinkedHashMap<>();
            properties.forEach((p, objects) -> copy.put(p, List.copyOf(objects)));
            this.properties = Collections.unmodifiableMap(copy);
            Set<Iri> t = new LinkedHashSet<>();
            for (RdfTerm type : copy.getOrDefault(new Iri(RdfTerm.RDF_TYPE), List.of())) {
                if (type instanceof Iri iri) {
                    t.add(iri);
                }
            }
            this.types = Collections.unmodifiableSet(t);
        }

        /**
         * Returns the subject.
         *
         * @return the IRI or blank node
         */
        public Resource id() {
            return id;
        }

        /**
         * Returns the node's classes, the IRI objects of its {@code rdf:type} triples.
         *
         * @return the types, in document order
         */
        public Set<Iri> types() {
            return types;
        }

        /**
         * Returns every property with its objects, {@code rdf:type} included.
         *
         * @return predicate to objects, in document order, unmodifiable
         */
        public Map<Iri, List<RdfTerm>> properties() {
            return properties;
        }

        /**
         * Returns the objects of a predicate.
         *
         * @param predicate the predicate IRI
         * @return the objects in document order
         */
        public List<RdfTerm> values(String predicate) {
            return properties.getOrDefault(new Iri(predicate), List.of());
        }

        /**
         * Returns the literal objects of a predicate.
         *
         * @param predicate the predicate IRI
         * @return the literals in document order
         */
        public List<Literal> literals(String predicate) {
            List<Literal> result = new ArrayList<>();
            for (RdfTerm t : values(predicate)) {
                if (t instanceof Literal l) {
                    result.add(l);
                }
            }
            return List.copyOf(result);
        }

        /**
         * Returns the IRI objects of a predicate.
         *
         * @param predicate the predicate IRI
         * @return the IRIs in document order
         */
        List<Iri> iris(String predicate) {
            List<Iri> result = new ArrayList<>();
            for (RdfTerm t : values(predicate)) {
                if (t instanceof Iri i) {
                    result.add(i);
                }
            }
            return List.copyOf(result);
        }

        /** Returns the subject and its number of properties. */
        @Override
        public String toString() {
            return id + " with " + properties.size() + " properties";
        }
    }
}
