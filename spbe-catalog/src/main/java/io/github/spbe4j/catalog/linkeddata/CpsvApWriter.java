package io.github.spbe4j.catalog.linkeddata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.catalog.Availability;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.Channel;
import io.github.spbe4j.catalog.ComplaintChannel;
import io.github.spbe4j.catalog.Cost;
import io.github.spbe4j.catalog.Document;
import io.github.spbe4j.catalog.InternalComponents;
import io.github.spbe4j.catalog.LegalReference;
import io.github.spbe4j.catalog.LifeEvent;
import io.github.spbe4j.catalog.Output;
import io.github.spbe4j.catalog.ProcessingTime;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.Requirement;
import io.github.spbe4j.catalog.ServiceConcept;
import io.github.spbe4j.catalog.StandarComponent;
import io.github.spbe4j.catalog.internal.rdf.JsonText;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.identifier.RegionCode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Writes one catalog as CPSV-AP 3.2.0 JSON-LD; used once. */
final class CpsvApWriter {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String LANGUAGE = "id";

    private final String base;
    private final Catalog catalog;
    private final ArrayNode graph = F.arrayNode();
    private final Map<String, JsonNode> locations = new TreeMap<>();
    private final Map<String, JsonNode> concepts = new TreeMap<>();

    CpsvApWriter(String base, Catalog catalog) {
        this.base = base;
        this.catalog = catalog;
    }

    String write() {
        for (Instansi instansi : catalog.instansi()) {
            instansi(instansi);
        }
        for (ServiceConcept concept : catalog.concepts()) {
            concept(concept);
        }
        for (PublicService service : catalog.services()) {
            service(service);
        }
        locations.values().forEach(graph::add);
        concepts.values().forEach(graph::add);
        ObjectNode root = F.objectNode();
        root.set("@context", Vocab.context());
        root.set("@graph", graph);
        // about 8,000 characters a service (7,800 measured on a province-sized catalog)
        long expected = 8_000L * (catalog.size() + catalog.concepts().size()) + 2_000L * catalog.instansi().size() + 4_096;
        return JsonText.write(root, (int) Math.min(expected, 1 << 30));
    }

    // ---- IRIs ----

    /** Percent-encodes everything but the unreserved characters of RFC 3986. */
    static String segment(String text) {
        StringBuilder sb = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        String s = sb.toString();
        return s.equals(".") || s.equals("..") ? s.replace(".", "%2E") : s;
    }

    private String instansiIri(String instansiId) {
        return base + "agency/" + segment(instansiId);
    }

    private String unitIri(String instansiId, String unitId) {
        return instansiIri(instansiId) + "/unit/" + segment(unitId);
    }

    private String regionIri(RegionCode code) {
        return base + "region/" + segment(code.toString());
    }

    private String location(@Nullable RegionCode code) {
        if (code == null) {
            locations.computeIfAbsent(Vocab.INDONESIA, iri -> new Node(iri, "dct:Location").json());
            return Vocab.INDONESIA;
        }
        String iri = regionIri(code);
        locations.computeIfAbsent(iri, i -> new Node(i, "dct:Location").str("dct:identifier", code.toString()).json());
        return iri;
    }

    private String concept(String compact, String label) {
        concepts.computeIfAbsent(compact, c -> new Node(c, "skos:Concept").lang("skos:prefLabel", label).json());
        return compact;
    }

    // ---- agencies ----

    private void instansi(Instansi instansi) {
        String iri = instansiIri(instansi.id());
        Node n = new Node(iri, "cv:PublicOrganisation", "foaf:Agent")
                .str("dct:identifier", instansi.id())
                .lang("skos:prefLabel", instansi.name())
                .lang("dct:title", instansi.name())
                .ref("dct:spatial", location(instansi.region().orElse(null)))
                .str("spbe:governmentKind", Labels.kebab(instansi.kind()));
        instansi.region().ifPresent(r -> n.str("spbe:regionCode", r.toString()));
        graph.add(n.json());
        for (Unit unit : instansi.units()) {
            unit(instansi, unit, iri, instansi.region().orElse(null));
        }
    }

    private void unit(Instansi instansi, Unit unit, String parentIri, @Nullable RegionCode inherited) {
        String iri = unitIri(instansi.id(), unit.id());
        RegionCode own = unit.region().orElse(null);
        RegionCode spatial = own != null ? own : inherited;
        Node n = new Node(iri, "cv:PublicOrganisation", "foaf:Agent")
                .str("dct:identifier", unit.id())
                .lang("skos:prefLabel", unit.name())
                .lang("dct:title", unit.name())
                .ref("dct:spatial", location(spatial))
                .ref("org:subOrganizationOf", parentIri)
                .str("spbe:unitKind", Labels.kebab(unit.kind()));
        if (own != null) {
            n.str("spbe:regionCode", own.toString());
        }
        graph.add(n.json());
        for (Unit child : unit.units()) {
            unit(instansi, child, iri, spatial);
        }
    }

    // ---- concepts and services ----

    /** What a concept and a service share: the standar's content. */
    private record Content(String id, @Nullable String description, List<String> keywords, List<LifeEvent> lifeEvents,
            List<Requirement> requirements, List<String> procedure, @Nullable ProcessingTime processingTime,
            @Nullable Cost cost, @Nullable Output output, List<LegalReference> legalBasis,
            List<ComplaintChannel> complaintChannels, InternalComponents internal) {
    }

    private void concept(ServiceConcept c) {
        String iri = base + "concept/" + segment(c.id());
        Node n = new Node(iri, "spbe:ServiceConcept").str("dct:identifier", c.id()).lang("dct:title", c.title());
        c.description().ifPresent(d -> n.lang("dct:description", d));
        Content content = new Content(c.id(), c.description().orElse(null), c.keywords(), c.lifeEvents(), c.requirements(),
                c.procedure(), c.processingTime().orElse(null), c.cost().orElse(null), c.output().orElse(null), c.legalBasis(),
                c.complaintChannels(), c.internal());
        List<Node> parts = new ArrayList<>();
        content(n, iri, content, List.of(), parts);
        graph.add(n.json());
        parts.forEach(p -> graph.add(p.json()));
    }

    private void service(PublicService s) {
        String iri = base + "service/" + segment(s.id());
        Instansi instansi = catalog.instansiOf(s);
        Node n = new Node(iri, "cpsv:PublicService").str("dct:identifier", s.id()).lang("dct:title", s.title());
        if (s.description().isPresent()) {
            n.lang("dct:description", s.description().get());
        } else {
            n.lang("dct:description", s.title()).bool("spbe:descriptionFromTitle", true);
        }
        n.ref("cv:hasCompetentAuthority", s.authority().unit().map(u -> unitIri(instansi.id(), u))
                .orElse(instansiIri(instansi.id())));
        List<Node> parts = new ArrayList<>();
        for (String unitId : s.executingUnits()) {
            String p = iri + "/participation/" + segment(unitId);
            n.ref("cv:hasParticipation", p);
            String unitName = instansi.unit(unitId).map(Unit::name).orElse(unitId);
            parts.add(new Node(p, "cv:Participation").str("dct:identifier", s.id() + "/participation/" + unitId)
                    .lang("dct:description", "Unit pelaksana: " + unitName)
                    .ref("cv:role", concept("spbe:role-executing-unit", "Unit pelaksana"))
                    .ref("cv:hasParticipant", unitIri(instansi.id(), unitId)));
        }
        Map<String, Document> evidence = new LinkedHashMap<>();
        for (int i = 0; i < s.channels().size(); i++) {
            channel(n, iri, s.id(), i + 1, s.channels().get(i), evidence, parts);
        }
        Content content = new Content(s.id(), s.description().orElse(null), s.keywords(), s.lifeEvents(), s.requirements(),
                s.procedure(), s.processingTime().orElse(null), s.cost().orElse(null), s.output().orElse(null), s.legalBasis(),
                s.complaintChannels(), s.internal());
        content(n, iri, content, List.copyOf(evidence.values()), parts);
        n.ref("adms:status", concept("spbe:status-" + Labels.kebab(s.status()), Labels.status(s.status())));
        if (s.availability() instanceof Availability.Villages v) {
            v.villages().forEach(village -> n.ref("dct:spatial", location(village)));
        } else {
            n.ref("dct:spatial", location(instansi.region().orElse(null)));
        }
        s.concept().ifPresent(c -> n.ref("spbe:concept", base + "concept/" + segment(c)));
        s.digitalLevel().ifPresent(l -> n.integer("spbe:digitalLevel", l.level()));
        graph.add(n.json());
        parts.forEach(p -> graph.add(p.json()));
    }

    private void channel(Node service, String serviceIri, String serviceId, int number, Channel c, Map<String, Document> evidence,
            List<Node> parts) {
        String iri = serviceIri + "/channel/" + number;
        service.ref("cv:hasChannel", iri);
        Node n = new Node(iri, "cv:Channel").str("dct:identifier", serviceId + "/channel/" + number)
                .ref("dct:type", concept("spbe:channel-" + Labels.kebab(c.kind()), c.kind().displayName()));
        c.address().ifPresent(a -> n.str("spbe:address", a));
        c.processingTime().ifPresent(t -> processingTime(n, t));
        List<Node> requirementNodes = new ArrayList<>();
        for (Requirement r : c.requirements()) {
            String rIri = iri + "/requirement/" + segment(r.id());
            n.ref("spbe:requirement", rIri);
            requirementNodes.add(requirement(rIri, r, serviceIri));
            for (Document e : r.documents()) {
                evidence.putIfAbsent(e.id(), e);
            }
        }
        List<String> inputs = new ArrayList<>();
        for (Requirement r : c.requirements()) {
            for (Document e : r.documents()) {
                String eIri = serviceIri + "/evidence/" + segment(e.id());
                if (!inputs.contains(eIri)) {
                    inputs.add(eIri);
                    n.ref("cpsv:hasInput", eIri);
                }
            }
        }
        parts.add(n);
        parts.addAll(requirementNodes);
    }

    private Node requirement(String iri, Requirement r, String ownerIri) {
        Node n = new Node(iri, "cv:Requirement").str("dct:identifier", r.id()).lang("dct:title", r.title());
        r.description().ifPresent(d -> n.lang("dct:description", d));
        for (Document e : r.documents()) {
            n.ref("cv:hasSupportingEvidence", ownerIri + "/evidence/" + segment(e.id()));
        }
        return n;
    }

    private static void processingTime(Node n, ProcessingTime t) {
        n.typed("cv:processingTime", Labels.duration(t), "xsd:duration");
        if (t.unit() == ProcessingTime.Unit.WORKING_DAYS) {
            n.str("spbe:processingTime", t.toString());
        }
    }

    /**
     * Adds the content to the owner node and its parts; {@code channelEvidence} are evidence of the
     * channels' requirements, written once with the owner's.
     */
    private void content(Node n, String iri, Content c, List<Document> channelEvidence, List<Node> parts) {
        Map<String, Document> evidence = new LinkedHashMap<>();
        List<Node> requirementNodes = new ArrayList<>();
        for (Requirement r : c.requirements()) {
            String rIri = iri + "/requirement/" + segment(r.id());
            n.ref("cv:holdsRequirement", rIri);
            requirementNodes.add(requirement(rIri, r, iri));
            r.documents().forEach(e -> evidence.putIfAbsent(e.id(), e));
        }
        evidence.keySet().forEach(id -> n.ref("cpsv:hasInput", iri + "/evidence/" + segment(id)));
        channelEvidence.forEach(e -> evidence.putIfAbsent(e.id(), e));
        parts.addAll(requirementNodes);
        for (Document e : evidence.values()) {
            Node en = new Node(iri + "/evidence/" + segment(e.id()), "cv:Evidence").str("dct:identifier", e.id())
                    .lang("dct:title", e.title());
            e.description().ifPresent(d -> en.lang("dct:description", d));
            parts.add(en);
        }
        for (int i = 0; i < c.procedure().size(); i++) {
            String step = iri + "/step/" + (i + 1);
            n.ref("cpsv:follows", step);
            parts.add(new Node(step, "cpsv:Rule").str("dct:identifier", c.id() + "/step/" + (i + 1))
                    .lang("dct:title", "Langkah " + (i + 1)).lang("dct:description", c.procedure().get(i)));
        }
        if (c.processingTime() != null) {
            processingTime(n, c.processingTime());
        }
        if (c.cost() != null) {
            cost(n, iri, c.id(), c.cost(), parts);
        }
        if (c.output() != null) {
            String o = iri + "/output";
            n.ref("cpsv:produces", o);
            parts.add(new Node(o, "cv:Output").str("dct:identifier", c.id() + "/output").lang("dct:title", c.output().title())
                    .ref("dct:type", concept("spbe:output-" + Labels.kebab(c.output().type()), Labels.output(c.output().type()))));
        }
        for (int i = 0; i < c.legalBasis().size(); i++) {
            String l = iri + "/legal/" + (i + 1);
            n.ref("cv:hasLegalResource", l);
            parts.add(legal(l, c.legalBasis().get(i)));
        }
        for (LifeEvent e : c.lifeEvents()) {
            String l = iri + "/life-event/" + segment(e.id());
            n.ref("cv:isGroupedBy", l);
            parts.add(new Node(l, "cv:LifeEvent", "cv:Event").str("dct:identifier", e.id()).lang("dct:title", e.name()));
        }
        c.keywords().forEach(k -> n.lang("dcat:keyword", k));
        for (int i = 0; i < c.complaintChannels().size(); i++) {
            ComplaintChannel cc = c.complaintChannels().get(i);
            String l = iri + "/complaint/" + (i + 1);
            n.ref("spbe:complaintChannel", l);
            parts.add(new Node(l, "spbe:ComplaintChannel").str("spbe:complaintKind", Labels.kebab(cc.kind()))
                    .str("spbe:contact", cc.contact()));
        }
        for (Map.Entry<StandarComponent, String> e : c.internal().asMap().entrySet()) {
            n.lang("spbe:" + Labels.internal(e.getKey()), e.getValue());
        }
    }

    private void cost(Node owner, String ownerIri, String ownerId, Cost cost, List<Node> parts) {
        String iri = ownerIri + "/cost";
        owner.ref("cv:hasCost", iri);
        Node n = new Node(iri, "cv:Cost").str("dct:identifier", ownerId + "/cost")
                .typed("cv:hasValue", Long.toString(cost.minimum()), "xsd:double")
                .ref("cv:currency", currency())
                .lang("dct:description", cost.toString());
        if (cost instanceof Cost.Fixed f) {
            n.str("spbe:costKind", "fixed").integer("spbe:rupiah", f.rupiah());
        } else if (cost instanceof Cost.Range r) {
            n.str("spbe:costKind", "range").integer("spbe:minimumRupiah", r.minimumRupiah())
                    .integer("spbe:maximumRupiah", r.maximumRupiah());
        } else if (cost instanceof Cost.PerUnit p) {
            n.str("spbe:costKind", "per-unit").integer("spbe:rupiah", p.rupiah()).str("spbe:unit", p.unit());
        } else {
            n.str("spbe:costKind", "free");
        }
        Optional<LegalReference> tariff = cost.tariff();
        Node tariffNode = null;
        if (tariff.isPresent()) {
            n.ref("spbe:tariff", iri + "/tariff");
            tariffNode = legal(iri + "/tariff", tariff.get());
        }
        parts.add(n);
        if (tariffNode != null) {
            parts.add(tariffNode);
        }
    }

    private String currency() {
        concepts.computeIfAbsent(Vocab.RUPIAH, iri -> new Node(iri, "skos:Concept").json());
        return Vocab.RUPIAH;
    }

    private static Node legal(String iri, LegalReference l) {
        Node n = new Node(iri, "eli:LegalResource").lang("dct:title", l.title());
        l.uri().ifPresent(u -> {
            if (linkable(u)) {
                n.ref("foaf:page", u.toString());
            } else {
                n.typed("spbe:uri", u.toString(), "xsd:anyURI");
            }
        });
        return n;
    }

    /** Tells whether a URI can be written as a node reference: absolute, no dot segments, not read as compact. */
    static boolean linkable(URI u) {
        if (!u.isAbsolute() || Vocab.PREFIXES.containsKey(u.getScheme()) || "_".equals(u.getScheme())) {
            return false;
        }
        String path = u.getRawPath();
        if (path != null) {
            for (String seg : path.split("/", -1)) {
                if (seg.equals(".") || seg.equals("..")) {
                    return false;
                }
            }
        }
        String text = u.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c >= 0x7f && c <= 0x9f || "<>\"{}|\\^`".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** A node object being built: properties in the order added, repeated properties as arrays. */
    private static final class Node {
        private final String id;
        private final List<String> types;
        private final Map<String, List<JsonNode>> properties = new LinkedHashMap<>();

        Node(String id, String... types) {
            this.id = id;
            this.types = List.of(types);
        }

        private Node add(String property, JsonNode value) {
            properties.computeIfAbsent(property, p -> new ArrayList<>()).add(value);
            return this;
        }

        Node str(String property, String text) {
            return add(property, F.textNode(text));
        }

        Node lang(String property, String text) {
            ObjectNode v = F.objectNode();
            v.put("@value", text);
            v.put("@language", LANGUAGE);
            return add(property, v);
        }

        Node typed(String property, String lexical, String datatype) {
            ObjectNode v = F.objectNode();
            v.put("@value", lexical);
            v.put("@type", datatype);
            return add(property, v);
        }

        Node integer(String property, long value) {
            return add(property, F.numberNode(value));
        }

        Node bool(String property, boolean value) {
            return add(property, F.booleanNode(value));
        }

        Node ref(String property, String iri) {
            ObjectNode v = F.objectNode();
            v.put("@id", iri);
            return add(property, v);
        }

        ObjectNode json() {
            ObjectNode o = F.objectNode();
            o.put("@id", id);
            if (types.size() == 1) {
                o.put("@type", types.get(0));
            } else {
                ArrayNode a = o.putArray("@type");
                types.forEach(a::add);
            }
            properties.forEach((p, values) -> {
                if (values.size() == 1) {
                    o.set(p, values.get(0));
                } else {
                    ArrayNode a = o.putArray(p);
                    values.forEach(a::add);
                }
            });
            return o;
        }
    }
}
