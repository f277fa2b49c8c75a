package io.github.spbe4j.catalog.linkeddata;

import io.github.spbe4j.catalog.Authority;
import io.github.spbe4j.catalog.internal.rdf.RdfGraph.Node;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.Iri;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.Resource;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.agency.GovernmentKind;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.agency.UnitKind;
import io.github.spbe4j.core.identifier.RegionCode;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the organisations of a CPSV-AP document: spbe4j's instansi (nodes with
 * {@code spbe:governmentKind}) with their units (nodes with {@code spbe:unitKind} under
 * {@code org:subOrganizationOf}), and a foreign competent authority as a central agency. Keeps which
 * organisation node is which {@link Authority}. One per document; not thread-safe.
 */
final class OrganisationReader {

    private final NodeReader nodes;
    /** Organisation IRI to its authority (agency id, and unit id for a unit). */
    private final Map<Resource, Authority> organisations = new LinkedHashMap<>();
    private final Map<String, Instansi> instansiList = new LinkedHashMap<>();
    private @Nullable Map<Resource, List<Node>> unitNodes;

    OrganisationReader(NodeReader nodes) {
        this.nodes = nodes;
    }

    /** Returns the instansi read so far, in the order read. */
    List<Instansi> instansiList() {
        return List.copyOf(instansiList.values());
    }

    /** Returns the authority an organisation node was read as, or null if it has not been read. */
    @Nullable Authority authorityOf(Resource organisation) {
        return organisations.get(organisation);
    }

    /** Reads every instansi of the document with its units, in document order. */
    void readAgencies() {
        Iri kindProperty = new Iri(Vocab.iri("spbe:governmentKind"));
        for (Node n : nodes.graph().nodes()) {
            if (!n.values(kindProperty.value()).isEmpty()) {
                String id = nodes.plain(n, "dct:identifier")
                        .orElseThrow(() -> nodes.fail(n.id(), "an agency needs a dct:identifier"));
                String kindName = nodes.plain(n, "spbe:governmentKind").orElseThrow();
                GovernmentKind kind = Labels.fromKebab(GovernmentKind.class, kindName);
                if (kind == null) {
                    throw nodes.fail(n.id(), "spbe:governmentKind must be one of central, province, regency, city; got "
                            + Text.quote(kindName));
                }
                String name = nodes.text(n, "skos:prefLabel")
                        .orElseThrow(() -> nodes.fail(n.id(), "an agency needs a skos:prefLabel"));
                name(n.id(), "dct:identifier", id);
                name(n.id(), "skos:prefLabel", name);
                RegionCode region = region(n);
                organisations.put(n.id(), Authority.of(id));
                List<Unit> units = units(n.id(), id);
                try {
                    instansiList.put(id, Instansi.of(id, name, kind, region, units));
                } catch (SpbeException e) {
                    throw nodes.fail(n.id(), e.getMessage());
                }
            }
        }
    }

    private @Nullable RegionCode region(Node n) {
        Optional<String> code = nodes.plain(n, "spbe:regionCode");
        if (code.isEmpty()) {
            return null;
        }
        try {
            return RegionCode.parse(code.get());
        } catch (SpbeException | IllegalArgumentException e) {
            throw nodes.fail(n.id(), "spbe:regionCode must be a region code such as 62.71; got " + Text.quote(code.get()));
        }
    }

    /** Returns the unit nodes under each parent organisation, in document order; computed once. */
    private Map<Resource, List<Node>> unitNodes() {
        Map<Resource, List<Node>> result = unitNodes;
        if (result == null) {
            result = new LinkedHashMap<>();
            String kindProperty = Vocab.iri("spbe:unitKind");
            for (Node n : nodes.graph().nodes()) {
                Optional<Resource> parent = nodes.ref(n, "org:subOrganizationOf");
                if (!n.values(kindProperty).isEmpty() && parent.isPresent()) {
                    result.computeIfAbsent(parent.get(), p -> new ArrayList<>()).add(n);
                }
            }
            unitNodes = result;
        }
        return result;
    }

    private List<Unit> units(Resource parent, String instansiId) {
        List<Unit> units = new ArrayList<>();
        for (Node n : unitNodes().getOrDefault(parent, List.of())) {
            String id = nodes.plain(n, "dct:identifier").orElseThrow(() -> nodes.fail(n.id(), "a unit needs a dct:identifier"));
            String kindName = nodes.plain(n, "spbe:unitKind").orElseThrow();
            UnitKind kind = Labels.fromKebab(UnitKind.class, kindName);
            if (kind == null) {
                throw nodes.fail(n.id(), "spbe:unitKind must be the kebab-case name of a unit kind (dinas, kelurahan …); got "
                        + Text.quote(kindName));
            }
            String name = nodes.text(n, "skos:prefLabel").orElseThrow(() -> nodes.fail(n.id(), "a unit needs a skos:prefLabel"));
            name(n.id(), "dct:identifier", id);
            name(n.id(), "skos:prefLabel", name);
            if (organisations.put(n.id(), Authority.of(instansiId, id)) != null) {
                throw nodes.fail(n.id(), "org:subOrganizationOf runs in a circle through this unit");
            }
            RegionCode region = region(n);
            List<Unit> children = units(n.id(), instansiId);
            try {
                units.add(new Unit(id, name, kind, Optional.ofNullable(region), children));
            } catch (SpbeException e) {
                throw nodes.fail(n.id(), e.getMessage());
            }
        }
        return units;
    }

    /** Refuses an id or a name of an organisation that the text policy of names refuses. */
    private void name(Resource node, String property, String text) {
        TextPolicy.NAME.violation(text).ifPresent(reason -> {
            throw nodes.fail(node, property + " " + Text.quote(text) + " " + reason);
        });
    }

    /** Returns the authority of an organisation, reading a foreign one as a central agency. */
    Authority organisation(Resource id) {
        Authority known = organisations.get(id);
        if (known != null) {
            return known;
        }
        Node n = nodes.node(id);
        String instansiId = NodeReader.unique(nodes.id(n, id), new HashSet<>(instansiList.keySet()));
        String name = n == null ? null : nodes.text(n, "skos:prefLabel").or(() -> nodes.text(n, "foaf:name"))
                .or(() -> nodes.text(n, "dct:title")).orElse(null);
        if (name == null) {
            name = instansiId;
            nodes.warn("organisation " + nodes.name(id) + " has no skos:prefLabel; named " + instansiId);
        }
        name(id, "its name", name);
        List<String> spatial = n == null ? List.of() : nodes.refs(n, "dct:spatial").stream().map(nodes::name).toList();
        nodes.warn("organisation " + nodes.name(id) + " is read as a central agency without region (" + instansiId + ")"
                + (spatial.isEmpty() ? "" : "; its dct:spatial " + String.join(", ", spatial)
                        + " is not an Indonesian region code"));
        instansiList.put(instansiId, Instansi.of(instansiId, name, GovernmentKind.CENTRAL, null, List.of()));
        Authority a = Authority.of(instansiId);
        organisations.put(id, a);
        return a;
    }

    @Override
    public String toString() {
        return "OrganisationReader[" + instansiList.size() + " instansi, " + organisations.size() + " organisations]";
    }
}
