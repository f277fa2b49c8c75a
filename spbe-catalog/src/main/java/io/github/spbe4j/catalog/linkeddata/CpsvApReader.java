package io.github.spbe4j.catalog.linkeddata;

import io.github.spbe4j.catalog.Authority;
import io.github.spbe4j.catalog.Availability;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.Channel;
import io.github.spbe4j.catalog.DigitalLevel;
import io.github.spbe4j.catalog.Document;
import io.github.spbe4j.catalog.InvalidServiceException;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.Requirement;
import io.github.spbe4j.catalog.ServiceConcept;
import io.github.spbe4j.catalog.ServiceStatus;
import io.github.spbe4j.catalog.internal.rdf.InvalidJsonLdException;
import io.github.spbe4j.catalog.internal.rdf.JsonLdDocument;
import io.github.spbe4j.catalog.internal.rdf.JsonLdReader;
import io.github.spbe4j.catalog.internal.rdf.RdfGraph.Node;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.Iri;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.Resource;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.identifier.RegionCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads one CPSV-AP document into a catalog, collecting warnings; used once. Assembles the
 * instansi ({@link OrganisationReader}), the service concepts and the public services with their
 * standar components ({@link ContentReader}), participations, channels, status and coverage, all
 * read through one {@link NodeReader}.
 */
final class CpsvApReader {

    private static final String PUBLIC_SERVICE = Vocab.CPSV + "PublicService";
    private static final String SERVICE_CONCEPT = Vocab.SPBE + "ServiceConcept";

    private static final Set<String> SERVICE_PROPERTIES = NodeReader.properties("rdf:type", "dct:identifier", "dct:title",
            "dct:description", "cv:hasCompetentAuthority", "cv:hasParticipation", "cv:hasChannel", "cv:holdsRequirement",
            "cpsv:hasInput", "cpsv:follows", "cv:processingTime", "cv:hasCost", "cpsv:produces", "cv:hasLegalResource",
            "cv:isGroupedBy", "dcat:keyword", "adms:status", "dct:spatial", "spbe:concept", "spbe:digitalLevel",
            "spbe:complaintChannel", "spbe:processingTime", "spbe:descriptionFromTitle", "spbe:saranaPrasarana",
            "spbe:kompetensiPelaksana", "spbe:pengawasanInternal", "spbe:jumlahPelaksana", "spbe:jaminanPelayanan",
            "spbe:jaminanKeamanan", "spbe:evaluasiKinerja");
    private static final Set<String> CHANNEL_PROPERTIES = NodeReader.properties("rdf:type", "dct:identifier", "dct:type",
            "cv:processingTime", "spbe:processingTime", "spbe:address", "spbe:requirement", "cpsv:hasInput");

    private final NodeReader nodes;
    private final OrganisationReader organisations;
    private final ContentReader contents;
    private final Map<Resource, String> conceptIds = new LinkedHashMap<>();

    private CpsvApReader(NodeReader nodes) {
        this.nodes = nodes;
        this.organisations = new OrganisationReader(nodes);
        this.contents = new ContentReader(nodes);
    }

    static CpsvApImport read(byte[] json) {
        JsonLdDocument document;
        try {
            document = JsonLdReader.read(json);
        } catch (InvalidJsonLdException e) {
            throw new InvalidLinkedDataException(e.getMessage());
        }
        return new CpsvApReader(new NodeReader(document.graph(), document.prefixes())).read();
    }

    // ---- the document ----

    private CpsvApImport read() {
        List<Node> services = nodes.graph().nodesOfType(PUBLIC_SERVICE);
        List<Node> conceptNodes = nodes.graph().nodesOfType(SERVICE_CONCEPT);
        organisations.readAgencies();
        if (services.isEmpty() && conceptNodes.isEmpty() && organisations.instansiList().isEmpty()) {
            throw new InvalidLinkedDataException("the document has no node of type cpsv:PublicService (" + PUBLIC_SERVICE
                    + "); a CPSV-AP catalog describes at least one public service");
        }
        List<ServiceConcept> concepts = new ArrayList<>();
        Set<String> conceptIdsTaken = new HashSet<>();
        for (Node c : conceptNodes) {
            String id = NodeReader.unique(nodes.id(c, c.id()), conceptIdsTaken);
            conceptIds.put(c.id(), id);
        }
        for (Node c : conceptNodes) {
            try {
                concepts.add(concept(c, conceptIds.get(c.id())));
            } catch (InvalidServiceException e) {
                throw nodes.fail(c.id(), e.getMessage());
            }
        }
        List<PublicService> list = new ArrayList<>();
        Set<String> serviceIds = new HashSet<>();
        for (Node s : services) {
            String id = nodes.id(s, s.id());
            String unique = NodeReader.unique(id, serviceIds);
            if (!unique.equals(id)) {
                nodes.warn("service " + nodes.name(s.id()) + " has identifier " + id + ", which another service has; read as "
                        + unique);
            }
            try {
                list.add(service(s, unique));
            } catch (InvalidServiceException e) {
                throw nodes.fail(s.id(), e.getMessage());
            }
        }
        Catalog catalog = Catalog.of(organisations.instansiList(), concepts, list);
        return new CpsvApImport(catalog, nodes.warnings());
    }

    // ---- concepts and services ----

    private ServiceConcept concept(Node n, String id) {
        String what = "concept " + nodes.name(n.id());
        String title = nodes.text(n, "dct:title").orElseThrow(() -> nodes.fail(n.id(), "a service concept needs a dct:title"));
        ContentReader.Content c = contents.content(n, what);
        ServiceConcept.Builder b = ServiceConcept.builder(id, title).keywords(c.keywords).lifeEvents(c.lifeEvents)
                .requirements(c.requirements).procedure(c.procedure).legalBasis(c.legalBasis)
                .complaintChannels(c.complaintChannels).internal(c.internal);
        c.setSingles(b::description, b::processingTime, b::cost, b::output);
        return b.build();
    }

    private PublicService service(Node n, String id) {
        String what = "service " + nodes.name(n.id());
        nodes.unmapped(n, "service", SERVICE_PROPERTIES);
        String title = nodes.text(n, "dct:title").orElseThrow(() -> nodes.fail(n.id(),
                "a cpsv:PublicService needs a dct:title (CPSV-AP 3.2.0: 1..*); none given"));
        List<Resource> authorities = nodes.refs(n, "cv:hasCompetentAuthority");
        if (authorities.isEmpty()) {
            throw nodes.fail(n.id(), "a cpsv:PublicService needs a cv:hasCompetentAuthority (CPSV-AP 3.2.0: 1..*); none given");
        }
        Authority authority = organisations.organisation(authorities.get(0));
        for (Resource extra : authorities.subList(1, authorities.size())) {
            nodes.warn(what + " has more than one competent authority; " + nodes.name(extra) + " is left out (spbe4j keeps one)");
        }
        ContentReader.Content c = contents.content(n, what);
        List<String> executing = new ArrayList<>();
        for (Resource p : nodes.refs(n, "cv:hasParticipation")) {
            Node pn = nodes.node(p);
            Optional<Resource> role = pn == null ? Optional.empty() : nodes.ref(pn, "cv:role");
            Optional<Resource> participant = pn == null ? Optional.empty() : nodes.ref(pn, "cv:hasParticipant");
            Authority unit = participant.map(organisations::authorityOf).orElse(null);
            if (role.isPresent() && role.get().equals(new Iri(Vocab.SPBE + "role-executing-unit")) && unit != null
                    && unit.instansi().equals(authority.instansi()) && unit.unit().isPresent()) {
                executing.add(unit.unit().get());
            } else {
                nodes.warn(what + " has participation " + nodes.name(p)
                        + ", which is not an executing unit of its instansi; it is left out");
            }
        }
        List<Channel> channels = new ArrayList<>();
        for (Resource ch : nodes.refs(n, "cv:hasChannel")) {
            Channel channel = channel(ch);
            if (channel != null) {
                channels.add(channel);
            }
        }
        ServiceStatus status = ServiceStatus.ACTIVE;
        Optional<Resource> statusRef = nodes.ref(n, "adms:status");
        if (statusRef.isPresent()) {
            ServiceStatus s = statusRef.get() instanceof Iri iri && iri.value().startsWith(Vocab.SPBE + "status-")
                    ? Labels.fromKebab(ServiceStatus.class, iri.value().substring((Vocab.SPBE + "status-").length())) : null;
            if (s == null) {
                nodes.warn(what + " has status " + nodes.name(statusRef.get())
                        + ", not one of spbe4j's statuses; read as active");
            } else {
                status = s;
            }
        }
        if (status.delivered() && channels.isEmpty()) {
            nodes.warn(what + " has no channel, which an active or pilot service needs in spbe4j; read as planned");
            status = ServiceStatus.PLANNED;
        }
        Availability availability = availability(n, what);
        PublicService.Builder b = PublicService.builder(id, title, authority).executingUnits(executing).channels(channels)
                .keywords(c.keywords).lifeEvents(c.lifeEvents).requirements(c.requirements).procedure(c.procedure)
                .legalBasis(c.legalBasis).complaintChannels(c.complaintChannels).internal(c.internal).status(status)
                .availability(availability);
        c.setSingles(b::description, b::processingTime, b::cost, b::output);
        Optional<Resource> concept = nodes.ref(n, "spbe:concept");
        if (concept.isPresent()) {
            String conceptId = conceptIds.get(concept.get());
            if (conceptId == null) {
                throw nodes.fail(n.id(), "spbe:concept names " + nodes.name(concept.get())
                        + ", which is not an spbe:ServiceConcept of the document");
            }
            b.concept(conceptId);
        }
        if (nodes.plain(n, "spbe:digitalLevel").isPresent()) {
            long level = nodes.number(n, "spbe:digitalLevel");
            if (level < 1 || level > 5) {
                throw nodes.fail(n.id(), "spbe:digitalLevel must be 1..5; got " + level);
            }
            b.digitalLevel(DigitalLevel.of((int) level));
        }
        return b.build();
    }

    private @Nullable Channel channel(Resource r) {
        Node n = nodes.node(r);
        if (n == null) {
            nodes.warn("channel " + nodes.name(r) + " is not described in the document; read as counter");
            return Channel.of(Channel.Kind.COUNTER);
        }
        nodes.unmapped(n, "channel", CHANNEL_PROPERTIES);
        Optional<Resource> type = nodes.ref(n, "dct:type");
        Channel.Kind kind = null;
        if (type.isPresent() && type.get() instanceof Iri iri && iri.value().startsWith(Vocab.SPBE + "channel-")) {
            kind = Labels.fromKebab(Channel.Kind.class, iri.value().substring((Vocab.SPBE + "channel-").length()));
        }
        if (kind == null) {
            kind = Channel.Kind.COUNTER;
            nodes.warn("channel " + nodes.name(r) + (type.isPresent()
                    ? " has type " + nodes.name(type.get()) + ", not one of spbe4j's channel kinds" : " has no type")
                    + "; read as counter");
        }
        List<Requirement> requirements = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, Document> evidence = new LinkedHashMap<>();
        for (Resource req : nodes.refs(n, "spbe:requirement")) {
            requirements.add(contents.requirement(req, ids, evidence));
        }
        try {
            return new Channel(kind, nodes.plain(n, "spbe:address"),
                    Optional.ofNullable(contents.processingTime(n, "channel " + nodes.name(r))), requirements);
        } catch (InvalidServiceException e) {
            throw nodes.fail(r, e.getMessage());
        }
    }

    private Availability availability(Node n, String what) {
        List<RegionCode> villages = new ArrayList<>();
        for (Resource s : nodes.refs(n, "dct:spatial")) {
            Node location = nodes.node(s);
            Optional<String> code = location == null ? Optional.empty() : nodes.plain(location, "dct:identifier");
            RegionCode region = null;
            if (code.isPresent()) {
                try {
                    region = RegionCode.parse(code.get());
                } catch (SpbeException | IllegalArgumentException e) {
                    region = null;
                }
            }
            if (region != null && region.level() == RegionCode.Level.VILLAGE && region.scheme() == RegionCode.Scheme.KEMENDAGRI) {
                villages.add(region);
            } else if (region == null && !s.equals(new Iri(Vocab.INDONESIA))) {
                nodes.warn(what + " has dct:spatial " + nodes.name(s) + ", not an Indonesian region code; it is left out");
            }
        }
        return villages.isEmpty() ? Availability.everywhere() : Availability.in(villages);
    }

    @Override
    public String toString() {
        return "CpsvApReader[" + nodes.graph().triples().size() + " triples]";
    }
}
