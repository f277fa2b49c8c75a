package io.github.spbe4j.catalog.linkeddata;

import io.github.spbe4j.catalog.Authority;
import io.github.spbe4j.catalog.Availability;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.Channel;
import io.github.spbe4j.catalog.ComplaintChannel;
import io.github.spbe4j.catalog.Cost;
import io.github.spbe4j.catalog.DigitalLevel;
import io.github.spbe4j.catalog.Document;
import io.github.spbe4j.catalog.InternalComponents;
import io.github.spbe4j.catalog.InvalidServiceException;
import io.github.spbe4j.catalog.LegalReference;
import io.github.spbe4j.catalog.LifeEvent;
import io.github.spbe4j.catalog.Output;
import io.github.spbe4j.catalog.OutputType;
import io.github.spbe4j.catalog.ProcessingTime;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.Requirement;
import io.github.spbe4j.catalog.ServiceConcept;
import io.github.spbe4j.catalog.ServiceStatus;
import io.github.spbe4j.catalog.StandarComponent;
import io.github.spbe4j.catalog.internal.rdf.InvalidJsonLdException;
import io.github.spbe4j.catalog.internal.rdf.JsonLdDocument;
import io.github.spbe4j.catalog.internal.rdf.JsonLdReader;
import io.github.spbe4j.catalog.internal.rdf.RdfGraph;
import io.github.spbe4j.catalog.internal.rdf.RdfGraph.Node;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.Iri;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.Literal;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.Resource;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.agency.GovernmentKind;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.agency.UnitKind;
import io.github.spbe4j.core.identifier.RegionCode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads one CPSV-AP document into a catalog, collecting warnings; used once. */
final class CpsvApReader {

    private static final String PUBLIC_SERVICE = Vocab.CPSV + "PublicService";
    private static final String SERVICE_CONCEPT = Vocab.SPBE + "ServiceConcept";
    private static final Pattern DURATION = Pattern.compile("P(?:(\\d{1,9})D)?(?:T(?:(\\d{1,9})H)?(?:(\\d{1,9})M)?(?:(\\d{1,9})S)?)?");
    private static final Pattern ID_CHARS = Pattern.compile("[^A-Za-z0-9._~-]+");

    private static final Set<String> SERVICE_PROPERTIES = names("rdf:type", "dct:identifier", "dct:title", "dct:description",
            "cv:hasCompetentAuthority", "cv:hasParticipation", "cv:hasChannel", "cv:holdsRequirement", "cpsv:hasInput",
            "cpsv:follows", "cv:processingTime", "cv:hasCost", "cpsv:produces", "cv:hasLegalResource", "cv:isGroupedBy",
            "dcat:keyword", "adms:status", "dct:spatial", "spbe:concept", "spbe:digitalLevel", "spbe:complaintChannel",
            "spbe:processingTime", "spbe:descriptionFromTitle", "spbe:saranaPrasarana", "spbe:kompetensiPelaksana",
            "spbe:pengawasanInternal", "spbe:jumlahPelaksana", "spbe:jaminanPelayanan", "spbe:jaminanKeamanan",
            "spbe:evaluasiKinerja");
    private static final Set<String> CHANNEL_PROPERTIES = names("rdf:type", "dct:identifier", "dct:type", "cv:processingTime",
            "spbe:processingTime", "spbe:address", "spbe:requirement", "cpsv:hasInput");
    private static final Set<String> REQUIREMENT_PROPERTIES = names("rdf:type", "dct:identifier", "dct:title", "dct:description",
            "cv:hasSupportingEvidence");
    private static final Set<String> EVIDENCE_PROPERTIES = names("rdf:type", "dct:identifier", "dct:title", "dct:description",
            "cv:supportsRequirement");
    private static final Set<String> COST_PROPERTIES = names("rdf:type", "dct:identifier", "dct:description", "cv:hasValue",
            "cv:currency", "spbe:costKind", "spbe:rupiah", "spbe:minimumRupiah", "spbe:maximumRupiah", "spbe:unit", "spbe:tariff");

    private final RdfGraph graph;
    /** The prefixes the document's own top-level context defines, to name nodes in messages as the document does. */
    private final Map<String, String> prefixes;
    private final boolean own;
    private final List<String> warnings = new ArrayList<>();
    /** Organisation IRI to its authority (agency id, unit id or null). */
    private final Map<Resource, Authority> organisations = new LinkedHashMap<>();
    private final Map<String, Instansi> agencies = new LinkedHashMap<>();
    private final Map<Resource, String> conceptIds = new LinkedHashMap<>();
    private @Nullable Map<Resource, List<Node>> unitNodes;

    private CpsvApReader(RdfGraph graph, Map<String, String> prefixes) {
        this.graph = graph;
        this.prefixes = prefixes;
        this.own = graph.triples().stream().anyMatch(t -> t.predicate().value().startsWith(Vocab.SPBE));
    }

    static CpsvApImport read(byte[] json) {
        JsonLdDocument document;
        try {
            document = JsonLdReader.read(json);
        } catch (InvalidJsonLdException e) {
            throw new InvalidLinkedDataException(e.getMessage());
        }
        return new CpsvApReader(document.graph(), document.prefixes()).read();
    }

    private static Set<String> names(String... compact) {
        Set<String> s = new HashSet<>();
        for (String c : compact) {
            s.add(c.equals("rdf:type") ? RdfTerm.RDF_TYPE : Vocab.iri(c));
        }
        return Set.copyOf(s);
    }

    // ---- naming and messages ----

    private String name(RdfTerm term) {
        if (term instanceof Iri iri) {
            String best = null;
            String bestPrefix = null;
            Map<String, String> all = new LinkedHashMap<>(Vocab.PREFIXES);
            all.putAll(prefixes);
            for (Map.Entry<String, String> e : all.entrySet()) {
                if (iri.value().startsWith(e.getValue()) && iri.value().length() > e.getValue().length()
                        && (best == null || e.getValue().length() > best.length())) {
                    best = e.getValue();
                    bestPrefix = e.getKey();
                }
            }
            return best == null ? iri.toString() : bestPrefix + ":" + iri.value().substring(best.length());
        }
        return term.toString();
    }

    private InvalidLinkedDataException fail(Resource node, String rule) {
        return new InvalidLinkedDataException("node " + name(node) + ": " + rule);
    }

    private void warn(String text) {
        warnings.add(text);
    }

    private void unmapped(Node node, String what, Set<String> known) {
        List<String> left = new ArrayList<>();
        for (Iri p : node.properties().keySet()) {
            if (!known.contains(p.value())) {
                left.add(name(p));
            }
        }
        if (!left.isEmpty()) {
            warn(what + " " + name(node.id()) + " has " + String.join(", ", left) + ", which spbe4j's catalog has no place for; "
                    + (left.size() == 1 ? "it is" : "they are") + " left out");
        }
    }

    // ---- terms ----

    private Node node(Resource id) {
        return graph.node(id).orElse(null);
    }

    private List<Resource> refs(Node node, String compact) {
        List<Resource> result = new ArrayList<>();
        for (RdfTerm t : node.values(Vocab.iri(compact))) {
            if (t instanceof Resource r) {
                result.add(r);
            }
        }
        return result;
    }

    private Optional<Resource> ref(Node node, String compact) {
        List<Resource> r = refs(node, compact);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    private static int rank(Literal l) {
        String lang = l.language();
        if (lang.equals("id") || lang.startsWith("id-")) {
            return 0;
        }
        if (lang.equals("en") || lang.startsWith("en-")) {
            return 1;
        }
        return 2;
    }

    /** Returns the text in the preferred language: Indonesian, then English, then the first given. */
    private Optional<String> text(Node node, String compact) {
        Literal best = null;
        for (Literal l : node.literals(Vocab.iri(compact))) {
            if (best == null || rank(l) < rank(best)) {
                best = l;
            }
        }
        return best == null || best.lexicalForm().isBlank() ? Optional.empty() : Optional.of(best.lexicalForm());
    }

    /** Returns every text in the preferred language, in document order. */
    private List<String> texts(Node node, String compact) {
        List<Literal> all = node.literals(Vocab.iri(compact));
        int best = all.stream().mapToInt(CpsvApReader::rank).min().orElse(2);
        String language = all.stream().filter(l -> rank(l) == best).map(Literal::language).findFirst().orElse("");
        Set<String> result = new LinkedHashSet<>();
        for (Literal l : all) {
            if (l.language().equals(language) && !l.lexicalForm().isBlank()) {
                result.add(l.lexicalForm());
            }
        }
        return List.copyOf(result);
    }

    private Optional<String> plain(Node node, String compact) {
        List<Literal> all = node.literals(Vocab.iri(compact));
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).lexicalForm());
    }

    private long number(Node node, String compact) {
        String text = plain(node, compact).orElseThrow(() -> fail(node.id(), "needs " + compact + ", a whole number"));
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw fail(node.id(), compact + " must be a whole number; got \"" + text + "\"");
        }
    }

    /** Returns a model id for a node: its dct:identifier, or its IRI's last part, made to fit the id rule. */
    private String id(Node node, Resource id) {
        String raw = node == null ? null : plain(node, "dct:identifier").orElse(null);
        if (raw == null) {
            raw = id instanceof Iri iri ? localName(iri.value()) : ((RdfTerm.BlankNode) id).label();
        }
        return sanitise(raw);
    }

    private static String localName(String iri) {
        String s = iri;
        while (s.endsWith("/") || s.endsWith("#")) {
            s = s.substring(0, s.length() - 1);
        }
        int cut = Math.max(Math.max(s.lastIndexOf('/'), s.lastIndexOf('#')), s.lastIndexOf(':'));
        return s.substring(cut + 1);
    }

    static String sanitise(String raw) {
        String s = ID_CHARS.matcher(raw.strip()).replaceAll("-");
        int start = 0;
        while (start < s.length() && !Character.isLetterOrDigit(s.charAt(start))) {
            start++;
        }
        s = s.substring(start);
        if (s.length() > 128) {
            s = s.substring(0, 128);
        }
        return s.isEmpty() ? "x" : s;
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int i = 2; !taken.add(candidate); i++) {
            String suffix = "-" + i;
            candidate = (id.length() + suffix.length() > 128 ? id.substring(0, 128 - suffix.length()) : id) + suffix;
        }
        return candidate;
    }

    // ---- the document ----

    private CpsvApImport read() {
        List<Node> services = graph.nodesOfType(PUBLIC_SERVICE);
        List<Node> conceptNodes = graph.nodesOfType(SERVICE_CONCEPT);
        readAgencies();
        if (services.isEmpty() && conceptNodes.isEmpty() && agencies.isEmpty()) {
            throw new InvalidLinkedDataException("the document has no node of type cpsv:PublicService (" + PUBLIC_SERVICE
                    + "); a CPSV-AP catalog describes at least one public service");
        }
        List<ServiceConcept> concepts = new ArrayList<>();
        Set<String> conceptIdsTaken = new HashSet<>();
        for (Node c : conceptNodes) {
            String id = unique(id(c, c.id()), conceptIdsTaken);
            conceptIds.put(c.id(), id);
        }
        for (Node c : conceptNodes) {
            concepts.add(concept(c, conceptIds.get(c.id())));
        }
        List<PublicService> list = new ArrayList<>();
        Set<String> serviceIds = new HashSet<>();
        for (Node s : services) {
            String id = id(s, s.id());
            String unique = unique(id, serviceIds);
            if (!unique.equals(id)) {
                warn("service " + name(s.id()) + " has identifier " + id + ", which another service has; read as " + unique);
            }
            list.add(service(s, unique));
        }
        Catalog catalog = Catalog.of(List.copyOf(agencies.values()), concepts, list);
        return new CpsvApImport(catalog, warnings);
    }

    // ---- agencies ----

    private void readAgencies() {
        Iri kindProperty = new Iri(Vocab.iri("spbe:governmentKind"));
        for (Node n : graph.nodes()) {
            if (!n.values(kindProperty.value()).isEmpty()) {
                String id = plain(n, "dct:identifier").orElseThrow(() -> fail(n.id(), "an agency needs a dct:identifier"));
                String kindName = plain(n, "spbe:governmentKind").orElseThrow();
                GovernmentKind kind = Labels.fromKebab(GovernmentKind.class, kindName);
                if (kind == null) {
                    throw fail(n.id(), "spbe:governmentKind must be one of central, province, regency, city; got \"" + kindName + "\"");
                }
                String name = text(n, "skos:prefLabel").orElseThrow(() -> fail(n.id(), "an agency needs a skos:prefLabel"));
                RegionCode region = region(n);
                organisations.put(n.id(), Authority.of(id));
                List<Unit> units = units(n.id(), id);
                try {
                    agencies.put(id, Instansi.of(id, name, kind, region, units));
                } catch (SpbeException e) {
                    throw fail(n.id(), e.getMessage());
                }
            }
        }
    }

    private @Nullable RegionCode region(Node n) {
        Optional<String> code = plain(n, "spbe:regionCode");
        if (code.isEmpty()) {
            return null;
        }
        try {
            return RegionCode.parse(code.get());
        } catch (SpbeException | IllegalArgumentException e) {
            throw fail(n.id(), "spbe:regionCode must be a region code such as 62.71; got \"" + code.get() + "\"");
        }
    }

    /** Returns the unit nodes under each parent organisation, in document order; computed once. */
    private Map<Resource, List<Node>> unitNodes() {
        if (unitNodes == null) {
            unitNodes = new LinkedHashMap<>();
            String kindProperty = Vocab.iri("spbe:unitKind");
            for (Node n : graph.nodes()) {
                Optional<Resource> parent = ref(n, "org:subOrganizationOf");
                if (!n.values(kindProperty).isEmpty() && parent.isPresent()) {
                    unitNodes.computeIfAbsent(parent.get(), p -> new ArrayList<>()).add(n);
                }
            }
        }
        return unitNodes;
    }

    private List<Unit> units(Resource parent, String agencyId) {
        List<Unit> units = new ArrayList<>();
        for (Node n : unitNodes().getOrDefault(parent, List.of())) {
            String id = plain(n, "dct:identifier").orElseThrow(() -> fail(n.id(), "a unit needs a dct:identifier"));
            String kindName = plain(n, "spbe:unitKind").orElseThrow();
            UnitKind kind = Labels.fromKebab(UnitKind.class, kindName);
            if (kind == null) {
                throw fail(n.id(), "spbe:unitKind must be the kebab-case name of a unit kind (dinas, kelurahan …); got \""
                        + kindName + "\"");
            }
            String name = text(n, "skos:prefLabel").orElseThrow(() -> fail(n.id(), "a unit needs a skos:prefLabel"));
            if (organisations.put(n.id(), Authority.of(agencyId, id)) != null) {
                throw fail(n.id(), "org:subOrganizationOf runs in a circle through this unit");
            }
            RegionCode region = region(n);
            List<Unit> children = units(n.id(), agencyId);
            try {
                units.add(new Unit(id, name, kind, java.util.Optional.ofNullable(region), children));
            } catch (io.github.spbe4j.core.SpbeException e) {
                throw fail(n.id(), e.getMessage());
            }
        }
        return units;
    }

    /** Returns the authority of an organisation, reading a foreign one as a central agency. */
    private Authority organisation(Resource id) {
        Authority known = organisations.get(id);
        if (known != null) {
            return known;
        }
        Node n = node(id);
        String agencyId = unique(id(n, id), new HashSet<>(agencies.keySet()));
        String name = n == null ? null : text(n, "skos:prefLabel").or(() -> text(n, "foaf:name")).or(() -> text(n, "dct:title"))
                .orElse(null);
        if (name == null) {
            name = agencyId;
            warn("organisation " + name(id) + " has no skos:prefLabel; named " + agencyId);
        }
        List<String> spatial = n == null ? List.of() : refs(n, "dct:spatial").stream().map(this::name).toList();
        warn("organisation " + name(id) + " is read as a central agency without region (" + agencyId + ")"
                + (spatial.isEmpty() ? "" : "; its dct:spatial " + String.join(", ", spatial) + " is not an Indonesian region code"));
        agencies.put(agencyId, Instansi.of(agencyId, name, GovernmentKind.CENTRAL, null, List.of()));
        Authority a = Authority.of(agencyId);
        organisations.put(id, a);
        return a;
    }

    // ---- concepts and services ----

    /** The content a concept and a service share, as read. */
    private static final class Content {
        @Nullable String description;
        List<String> keywords = List.of();
        List<LifeEvent> lifeEvents = new ArrayList<>();
        List<Requirement> requirements = new ArrayList<>();
        List<String> procedure = new ArrayList<>();
        @Nullable ProcessingTime processingTime;
        @Nullable Cost cost;
        @Nullable Output output;
        List<LegalReference> legalBasis = new ArrayList<>();
        List<ComplaintChannel> complaintChannels = new ArrayList<>();
        InternalComponents internal = InternalComponents.none();

        /** Gives the single-valued parts that are present to a concept's or a service's builder. */
        void setSingles(java.util.function.Consumer<String> setDescription,
                java.util.function.Consumer<ProcessingTime> setProcessingTime,
                java.util.function.Consumer<Cost> setCost, java.util.function.Consumer<Output> setOutput) {
            if (description != null) {
                setDescription.accept(description);
            }
            if (processingTime != null) {
                setProcessingTime.accept(processingTime);
            }
            if (cost != null) {
                setCost.accept(cost);
            }
            if (output != null) {
                setOutput.accept(output);
            }
        }
    }

    private Content content(Node n, String what) {
        Content c = new Content();
        c.description = text(n, "dct:description").orElse(null);
        if (!plain(n, "spbe:descriptionFromTitle").filter("true"::equals).isEmpty()) {
            c.description = null;
        }
        c.keywords = texts(n, "dcat:keyword");
        Set<String> requirementIds = new HashSet<>();
        Map<String, Document> evidence = new LinkedHashMap<>();
        for (Resource r : refs(n, "cv:holdsRequirement")) {
            c.requirements.add(requirement(r, requirementIds, evidence));
        }
        for (Resource in : refs(n, "cpsv:hasInput")) {
            Node e = node(in);
            String id = id(e, in);
            if (!evidence.containsKey(id)) {
                warn(what + " has input " + name(in) + ", evidence that supports none of its requirements; it is left out");
            }
        }
        Set<String> steps = new LinkedHashSet<>();
        for (Resource r : refs(n, "cpsv:follows")) {
            Node rule = node(r);
            Optional<String> step = rule == null ? Optional.empty() : text(rule, "dct:description").or(() -> text(rule, "dct:title"));
            if (step.isEmpty()) {
                warn("rule " + name(r) + " has neither description nor title; it is left out of the procedure");
            } else if (!steps.add(step.get())) {
                warn("rule " + name(r) + " repeats the step \"" + step.get() + "\"; it is read once");
            }
        }
        c.procedure.addAll(steps);
        c.processingTime = processingTime(n, what);
        List<Resource> costs = refs(n, "cv:hasCost");
        if (!costs.isEmpty()) {
            c.cost = cost(costs.get(0));
            for (Resource extra : costs.subList(1, costs.size())) {
                warn(what + " has more than one cost; " + name(extra) + " is left out (spbe4j keeps one cost per service)");
            }
        }
        List<Resource> outputs = refs(n, "cpsv:produces");
        if (!outputs.isEmpty()) {
            c.output = output(outputs.get(0));
            for (Resource extra : outputs.subList(1, outputs.size())) {
                warn(what + " has more than one output; " + name(extra) + " is left out (spbe4j keeps one output per service)");
            }
        }
        for (Resource l : refs(n, "cv:hasLegalResource")) {
            c.legalBasis.add(legal(l));
        }
        Set<String> eventIds = new HashSet<>();
        for (Resource e : refs(n, "cv:isGroupedBy")) {
            Node en = node(e);
            String id = id(en, e);
            if (!eventIds.add(id)) {
                warn("event " + name(e) + " repeats life event " + id + "; it is read once");
                continue;
            }
            String title = en == null ? null : text(en, "dct:title").or(() -> text(en, "skos:prefLabel")).orElse(null);
            if (title == null) {
                title = id;
                warn("event " + name(e) + " has no title; named " + id);
            }
            if (en != null && en.types().contains(new Iri(Vocab.CV + "BusinessEvent"))) {
                warn("business event " + name(e) + " is read as a life event");
            }
            c.lifeEvents.add(LifeEvent.of(id, title));
        }
        for (Resource cc : refs(n, "spbe:complaintChannel")) {
            Node cn = node(cc);
            String kindName = cn == null ? "" : plain(cn, "spbe:complaintKind").orElse("");
            ComplaintChannel.Kind kind = Labels.fromKebab(ComplaintChannel.Kind.class, kindName);
            if (kind == null) {
                throw fail(cc, "spbe:complaintKind must be one of sp4n-lapor, website, email, phone, messaging, social-media, "
                        + "in-person, suggestion-box, letter; got \"" + kindName + "\"");
            }
            c.complaintChannels.add(ComplaintChannel.of(kind, plain(cn, "spbe:contact")
                    .orElseThrow(() -> fail(cc, "a complaint channel needs spbe:contact"))));
        }
        Map<StandarComponent, String> internal = new EnumMap<>(StandarComponent.class);
        for (StandarComponent sc : StandarComponent.values()) {
            if (sc.number() >= StandarComponent.SARANA_PRASARANA.number()) {
                text(n, "spbe:" + Labels.internal(sc)).ifPresent(t -> internal.put(sc, t));
            }
        }
        c.internal = InternalComponents.of(internal);
        return c;
    }

    private Requirement requirement(Resource r, Set<String> ids, Map<String, Document> evidence) {
        Node rn = node(r);
        String id = unique(id(rn, r), ids);
        if (rn == null) {
            warn("requirement " + name(r) + " is not described in the document; titled " + id);
            return Requirement.of(id, id);
        }
        unmapped(rn, "requirement", REQUIREMENT_PROPERTIES);
        String title = text(rn, "dct:title").orElse(null);
        if (title == null) {
            title = id;
            warn("requirement " + name(r) + " has no title; titled " + id);
        }
        List<Document> list = new ArrayList<>();
        Set<String> local = new HashSet<>();
        for (Resource e : refs(rn, "cv:hasSupportingEvidence")) {
            Document ev = evidence(e);
            Document earlier = evidence.putIfAbsent(ev.id(), ev);
            if (earlier != null && !earlier.equals(ev)) {
                warn("evidence " + name(e) + " has the identifier " + ev.id() + " of other evidence; read as that one");
                ev = earlier;
            }
            if (local.add(ev.id())) {
                list.add(ev);
            }
        }
        return new Requirement(id, title, text(rn, "dct:description"), list);
    }

    private Document evidence(Resource e) {
        Node en = node(e);
        String id = id(en, e);
        if (en == null) {
            warn("evidence " + name(e) + " is not described in the document; titled " + id);
            return Document.of(id, id);
        }
        unmapped(en, "evidence", EVIDENCE_PROPERTIES);
        String title = text(en, "dct:title").orElse(null);
        if (title == null) {
            title = id;
            warn("evidence " + name(e) + " has no title; titled " + id);
        }
        return new Document(id, title, text(en, "dct:description"));
    }

    private @Nullable ProcessingTime processingTime(Node n, String what) {
        Optional<String> exact = plain(n, "spbe:processingTime");
        if (exact.isPresent()) {
            try {
                return ProcessingTime.parse(exact.get());
            } catch (InvalidServiceException e) {
                throw fail(n.id(), e.getMessage());
            }
        }
        Optional<String> duration = plain(n, "cv:processingTime");
        if (duration.isEmpty()) {
            return null;
        }
        Matcher m = DURATION.matcher(duration.get());
        if (!m.matches() || duration.get().equals("P") || duration.get().endsWith("T")) {
            warn(what + " has processing time " + duration.get() + ", which is not days, hours or minutes; it is left out");
            return null;
        }
        long days = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long hours = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        long minutes = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
        long seconds = m.group(4) == null ? 0 : Long.parseLong(m.group(4));
        boolean onlyDays = m.group(2) == null && m.group(3) == null && m.group(4) == null;
        boolean onlyHours = m.group(1) == null && m.group(3) == null && m.group(4) == null;
        boolean onlyMinutes = m.group(1) == null && m.group(2) == null && m.group(4) == null;
        ProcessingTime t;
        if (onlyDays && m.group(1) != null) {
            t = days <= ProcessingTime.MAX_AMOUNT ? ProcessingTime.calendarDays(days) : null;
        } else if (onlyHours && m.group(2) != null) {
            t = hours <= ProcessingTime.MAX_AMOUNT ? ProcessingTime.hours(hours) : null;
        } else if (onlyMinutes && m.group(3) != null) {
            t = minutes <= ProcessingTime.MAX_AMOUNT ? ProcessingTime.minutes(minutes) : null;
        } else {
            long total = days * 24 * 60 + hours * 60 + minutes + (seconds + 59) / 60;
            if (seconds % 60 != 0) {
                warn(what + " has processing time " + duration.get() + "; spbe4j counts whole minutes, so it is read as "
                        + total + " menit");
            }
            long amount = total % 60 == 0 ? total / 60 : total;
            if (amount > ProcessingTime.MAX_AMOUNT) {
                t = null;
            } else {
                t = total % 60 == 0 ? ProcessingTime.hours(amount) : ProcessingTime.minutes(amount);
            }
        }
        if (t == null) {
            warn(what + " has processing time " + duration.get() + ", longer than spbe4j's limit; it is left out");
        }
        return t;
    }

    private @Nullable Cost cost(Resource r) {
        Node n = node(r);
        if (n == null) {
            warn("cost " + name(r) + " is not described in the document; it is left out");
            return null;
        }
        unmapped(n, "cost", COST_PROPERTIES);
        Optional<LegalReference> tariff = ref(n, "spbe:tariff").map(this::legal);
        Optional<String> kind = plain(n, "spbe:costKind");
        try {
            if (kind.isPresent()) {
                return switch (kind.get()) {
                    case "free" -> Cost.free();
                    case "fixed" -> new Cost.Fixed(number(n, "spbe:rupiah"), tariff);
                    case "range" -> new Cost.Range(number(n, "spbe:minimumRupiah"), number(n, "spbe:maximumRupiah"), tariff);
                    case "per-unit" -> new Cost.PerUnit(number(n, "spbe:rupiah"),
                            plain(n, "spbe:unit").orElseThrow(() -> fail(r, "a per-unit cost needs spbe:unit")), tariff);
                    default -> throw fail(r, "spbe:costKind must be one of free, fixed, range, per-unit; got \"" + kind.get() + "\"");
                };
            }
        } catch (InvalidServiceException e) {
            throw fail(r, e.getMessage());
        }
        Optional<Resource> currency = ref(n, "cv:currency");
        if (currency.isPresent() && !currency.get().equals(new Iri(Vocab.RUPIAH))) {
            warn("cost " + name(r) + " is in currency " + name(currency.get()) + ", not rupiah (IDR); it is left out");
            return null;
        }
        Optional<String> value = plain(n, "cv:hasValue");
        if (value.isEmpty()) {
            warn("cost " + name(r) + " has no cv:hasValue; it is left out");
            return null;
        }
        double amount;
        try {
            amount = Double.parseDouble(value.get());
        } catch (NumberFormatException e) {
            throw fail(r, "cv:hasValue must be an xsd:double; got \"" + value.get() + "\"");
        }
        if (!(amount >= 0 && amount <= Cost.MAX_RUPIAH)) {
            warn("cost " + name(r) + " has value " + value.get() + ", outside 0.." + Cost.MAX_RUPIAH + " rupiah; it is left out");
            return null;
        }
        long rupiah = Math.round(amount);
        if (rupiah != amount) {
            warn("cost " + name(r) + " has value " + value.get() + "; spbe4j keeps whole rupiah, so it is read as " + rupiah);
        }
        if (currency.isEmpty()) {
            warn("cost " + name(r) + " names no currency; read as rupiah");
        }
        return rupiah == 0 ? Cost.free() : new Cost.Fixed(rupiah, tariff);
    }

    private @Nullable Output output(Resource r) {
        Node n = node(r);
        String title = n == null ? null : text(n, "dct:title").orElse(null);
        if (title == null) {
            warn("output " + name(r) + " has no title; it is left out");
            return null;
        }
        Optional<Resource> type = ref(n, "dct:type");
        OutputType t = null;
        if (type.isPresent() && type.get() instanceof Iri iri && iri.value().startsWith(Vocab.SPBE + "output-")) {
            t = Labels.fromKebab(OutputType.class, iri.value().substring((Vocab.SPBE + "output-").length()));
        }
        if (t == null) {
            t = OutputType.OTHER;
            warn("output " + name(r) + (type.isPresent() ? " has type " + name(type.get()) + ", not one of spbe4j's output types"
                    : " has no type") + "; read as other");
        }
        return Output.of(title, t);
    }

    private LegalReference legal(Resource r) {
        Node n = node(r);
        URI uri = null;
        if (n != null) {
            Optional<Resource> page = ref(n, "foaf:page");
            Optional<String> literal = plain(n, "spbe:uri");
            String text = page.filter(Iri.class::isInstance).map(p -> ((Iri) p).value()).or(() -> literal).orElse(null);
            if (text == null && !own && r instanceof Iri iri && (iri.value().startsWith("http://") || iri.value().startsWith("https://"))) {
                text = iri.value();
            }
            if (text != null) {
                try {
                    uri = new URI(text);
                } catch (URISyntaxException e) {
                    warn("legal resource " + name(r) + " has address " + text + ", which is not a URI; it is left out");
                }
            }
        }
        String title = n == null ? null : text(n, "dct:title").or(() -> text(n, "eli:title")).orElse(null);
        if (title == null) {
            title = r instanceof Iri iri ? iri.value() : name(r);
            warn("legal resource " + name(r) + " has no title; titled " + title);
        }
        return new LegalReference(title, Optional.ofNullable(uri));
    }

    private ServiceConcept concept(Node n, String id) {
        String what = "concept " + name(n.id());
        String title = text(n, "dct:title").orElseThrow(() -> fail(n.id(), "a service concept needs a dct:title"));
        Content c = content(n, what);
        ServiceConcept.Builder b = ServiceConcept.builder(id, title).keywords(c.keywords).lifeEvents(c.lifeEvents)
                .requirements(c.requirements).procedure(c.procedure).legalBasis(c.legalBasis)
                .complaintChannels(c.complaintChannels).internal(c.internal);
        c.setSingles(b::description, b::processingTime, b::cost, b::output);
        return b.build();
    }

    private PublicService service(Node n, String id) {
        String what = "service " + name(n.id());
        unmapped(n, "service", SERVICE_PROPERTIES);
        String title = text(n, "dct:title").orElseThrow(() -> fail(n.id(),
                "a cpsv:PublicService needs a dct:title (CPSV-AP 3.2.0: 1..*); none given"));
        List<Resource> authorities = refs(n, "cv:hasCompetentAuthority");
        if (authorities.isEmpty()) {
            throw fail(n.id(), "a cpsv:PublicService needs a cv:hasCompetentAuthority (CPSV-AP 3.2.0: 1..*); none given");
        }
        Authority authority = organisation(authorities.get(0));
        for (Resource extra : authorities.subList(1, authorities.size())) {
            warn(what + " has more than one competent authority; " + name(extra) + " is left out (spbe4j keeps one)");
        }
        Content c = content(n, what);
        List<String> executing = new ArrayList<>();
        for (Resource p : refs(n, "cv:hasParticipation")) {
            Node pn = node(p);
            Optional<Resource> role = pn == null ? Optional.empty() : ref(pn, "cv:role");
            Optional<Resource> participant = pn == null ? Optional.empty() : ref(pn, "cv:hasParticipant");
            Authority unit = participant.map(organisations::get).orElse(null);
            if (role.isPresent() && role.get().equals(new Iri(Vocab.SPBE + "role-executing-unit")) && unit != null
                    && unit.instansi().equals(authority.instansi()) && unit.unit().isPresent()) {
                executing.add(unit.unit().get());
            } else {
                warn(what + " has participation " + name(p) + ", which is not an executing unit of its instansi; it is left out");
            }
        }
        List<Channel> channels = new ArrayList<>();
        for (Resource ch : refs(n, "cv:hasChannel")) {
            Channel channel = channel(ch);
            if (channel != null) {
                channels.add(channel);
            }
        }
        ServiceStatus status = ServiceStatus.ACTIVE;
        Optional<Resource> statusRef = ref(n, "adms:status");
        if (statusRef.isPresent()) {
            ServiceStatus s = statusRef.get() instanceof Iri iri && iri.value().startsWith(Vocab.SPBE + "status-")
                    ? Labels.fromKebab(ServiceStatus.class, iri.value().substring((Vocab.SPBE + "status-").length())) : null;
            if (s == null) {
                warn(what + " has status " + name(statusRef.get()) + ", not one of spbe4j's statuses; read as active");
            } else {
                status = s;
            }
        }
        if (status.delivered() && channels.isEmpty()) {
            warn(what + " has no channel, which an active or pilot service needs in spbe4j; read as planned");
            status = ServiceStatus.PLANNED;
        }
        Availability availability = availability(n, what);
        PublicService.Builder b = PublicService.builder(id, title, authority).executingUnits(executing).channels(channels)
                .keywords(c.keywords).lifeEvents(c.lifeEvents).requirements(c.requirements).procedure(c.procedure)
                .legalBasis(c.legalBasis).complaintChannels(c.complaintChannels).internal(c.internal).status(status)
                .availability(availability);
        c.setSingles(b::description, b::processingTime, b::cost, b::output);
        Optional<Resource> concept = ref(n, "spbe:concept");
        if (concept.isPresent()) {
            String conceptId = conceptIds.get(concept.get());
            if (conceptId == null) {
                throw fail(n.id(), "spbe:concept names " + name(concept.get()) + ", which is not an spbe:ServiceConcept of the document");
            }
            b.concept(conceptId);
        }
        if (plain(n, "spbe:digitalLevel").isPresent()) {
            long level = number(n, "spbe:digitalLevel");
            if (level < 1 || level > 5) {
                throw fail(n.id(), "spbe:digitalLevel must be 1..5; got " + level);
            }
            b.digitalLevel(DigitalLevel.of((int) level));
        }
        return b.build();
    }

    private @Nullable Channel channel(Resource r) {
        Node n = node(r);
        if (n == null) {
            warn("channel " + name(r) + " is not described in the document; read as counter");
            return Channel.of(Channel.Kind.COUNTER);
        }
        unmapped(n, "channel", CHANNEL_PROPERTIES);
        Optional<Resource> type = ref(n, "dct:type");
        Channel.Kind kind = null;
        if (type.isPresent() && type.get() instanceof Iri iri && iri.value().startsWith(Vocab.SPBE + "channel-")) {
            kind = Labels.fromKebab(Channel.Kind.class, iri.value().substring((Vocab.SPBE + "channel-").length()));
        }
        if (kind == null) {
            kind = Channel.Kind.COUNTER;
            warn("channel " + name(r) + (type.isPresent() ? " has type " + name(type.get()) + ", not one of spbe4j's channel kinds"
                    : " has no type") + "; read as counter");
        }
        List<Requirement> requirements = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, Document> evidence = new LinkedHashMap<>();
        for (Resource req : refs(n, "spbe:requirement")) {
            requirements.add(requirement(req, ids, evidence));
        }
        try {
            return new Channel(kind, plain(n, "spbe:address"), Optional.ofNullable(processingTime(n, "channel " + name(r))), requirements);
        } catch (InvalidServiceException e) {
            throw fail(r, e.getMessage());
        }
    }

    private Availability availability(Node n, String what) {
        List<RegionCode> villages = new ArrayList<>();
        for (Resource s : refs(n, "dct:spatial")) {
            Node location = node(s);
            Optional<String> code = location == null ? Optional.empty() : plain(location, "dct:identifier");
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
                warn(what + " has dct:spatial " + name(s) + ", not an Indonesian region code; it is left out");
            }
        }
        return villages.isEmpty() ? Availability.everywhere() : Availability.in(villages);
    }

    @Override
    public String toString() {
        return "CpsvApReader[" + graph.triples().size() + " triples]";
    }
}
