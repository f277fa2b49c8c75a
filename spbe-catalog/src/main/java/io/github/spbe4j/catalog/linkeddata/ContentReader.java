package io.github.spbe4j.catalog.linkeddata;

import io.github.spbe4j.catalog.ComplaintChannel;
import io.github.spbe4j.catalog.Cost;
import io.github.spbe4j.catalog.Document;
import io.github.spbe4j.catalog.InternalComponents;
import io.github.spbe4j.catalog.InvalidServiceException;
import io.github.spbe4j.catalog.LegalReference;
import io.github.spbe4j.catalog.LifeEvent;
import io.github.spbe4j.catalog.Output;
import io.github.spbe4j.catalog.OutputType;
import io.github.spbe4j.catalog.ProcessingTime;
import io.github.spbe4j.catalog.Requirement;
import io.github.spbe4j.catalog.StandarComponent;
import io.github.spbe4j.catalog.internal.rdf.RdfGraph.Node;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.Iri;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.Resource;
import io.github.spbe4j.core.internal.LinkPolicy;
import io.github.spbe4j.core.internal.Text;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the standar components a service concept and a public service share: description and
 * keywords, life events, requirements with their evidence, procedure, processing time, cost,
 * output, legal basis, complaint channels and internal components 8..14, warning about what the
 * catalog cannot carry. One per document; not thread-safe.
 */
final class ContentReader {

    private static final Pattern DURATION =
            Pattern.compile("P(?:(\\d{1,9})D)?(?:T(?:(\\d{1,9})H)?(?:(\\d{1,9})M)?(?:(\\d{1,9})S)?)?");
    private static final Set<String> REQUIREMENT_PROPERTIES = NodeReader.properties("rdf:type", "dct:identifier", "dct:title",
            "dct:description", "cv:hasSupportingEvidence");
    private static final Set<String> EVIDENCE_PROPERTIES = NodeReader.properties("rdf:type", "dct:identifier", "dct:title",
            "dct:description", "cv:supportsRequirement");
    private static final Set<String> COST_PROPERTIES = NodeReader.properties("rdf:type", "dct:identifier", "dct:description",
            "cv:hasValue", "cv:currency", "spbe:costKind", "spbe:rupiah", "spbe:minimumRupiah", "spbe:maximumRupiah", "spbe:unit",
            "spbe:tariff");

    private final NodeReader nodes;

    ContentReader(NodeReader nodes) {
        this.nodes = nodes;
    }

    /** The content a concept and a service share, as read. */
    static final class Content {
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
        void setSingles(Consumer<String> setDescription, Consumer<ProcessingTime> setProcessingTime, Consumer<Cost> setCost,
                Consumer<Output> setOutput) {
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

    Content content(Node n, String what) {
        Content c = new Content();
        c.description = nodes.text(n, "dct:description").orElse(null);
        if (!nodes.plain(n, "spbe:descriptionFromTitle").filter("true"::equals).isEmpty()) {
            c.description = null;
        }
        c.keywords = nodes.texts(n, "dcat:keyword");
        Set<String> requirementIds = new HashSet<>();
        Map<String, Document> evidence = new LinkedHashMap<>();
        for (Resource r : nodes.refs(n, "cv:holdsRequirement")) {
            c.requirements.add(requirement(r, requirementIds, evidence));
        }
        for (Resource in : nodes.refs(n, "cpsv:hasInput")) {
            Node e = nodes.node(in);
            String id = nodes.id(e, in);
            if (!evidence.containsKey(id)) {
                nodes.warn(what + " has input " + nodes.name(in)
                        + ", evidence that supports none of its requirements; it is left out");
            }
        }
        Set<String> steps = new LinkedHashSet<>();
        for (Resource r : nodes.refs(n, "cpsv:follows")) {
            Node rule = nodes.node(r);
            Optional<String> step = rule == null ? Optional.empty()
                    : nodes.text(rule, "dct:description").or(() -> nodes.text(rule, "dct:title"));
            if (step.isEmpty()) {
                nodes.warn("rule " + nodes.name(r) + " has neither description nor title; it is left out of the procedure");
            } else if (!steps.add(step.get())) {
                nodes.warn("rule " + nodes.name(r) + " repeats the step " + Text.quote(step.get()) + "; it is read once");
            }
        }
        c.procedure.addAll(steps);
        c.processingTime = processingTime(n, what);
        List<Resource> costs = nodes.refs(n, "cv:hasCost");
        if (!costs.isEmpty()) {
            c.cost = cost(costs.get(0));
            for (Resource extra : costs.subList(1, costs.size())) {
                nodes.warn(what + " has more than one cost; " + nodes.name(extra)
                        + " is left out (spbe4j keeps one cost per service)");
            }
        }
        List<Resource> outputs = nodes.refs(n, "cpsv:produces");
        if (!outputs.isEmpty()) {
            c.output = output(outputs.get(0));
            for (Resource extra : outputs.subList(1, outputs.size())) {
                nodes.warn(what + " has more than one output; " + nodes.name(extra)
                        + " is left out (spbe4j keeps one output per service)");
            }
        }
        for (Resource l : nodes.refs(n, "cv:hasLegalResource")) {
            c.legalBasis.add(legal(l));
        }
        Set<String> eventIds = new HashSet<>();
        for (Resource e : nodes.refs(n, "cv:isGroupedBy")) {
            Node en = nodes.node(e);
            String id = nodes.id(en, e);
            if (!eventIds.add(id)) {
                nodes.warn("event " + nodes.name(e) + " repeats life event " + id + "; it is read once");
                continue;
            }
            String title = en == null ? null
                    : nodes.text(en, "dct:title").or(() -> nodes.text(en, "skos:prefLabel")).orElse(null);
            if (title == null) {
                title = id;
                nodes.warn("event " + nodes.name(e) + " has no title; named " + id);
            }
            if (en != null && en.types().contains(new Iri(Vocab.CV + "BusinessEvent"))) {
                nodes.warn("business event " + nodes.name(e) + " is read as a life event");
            }
            c.lifeEvents.add(LifeEvent.of(id, title));
        }
        for (Resource cc : nodes.refs(n, "spbe:complaintChannel")) {
            Node cn = nodes.node(cc);
            String kindName = cn == null ? "" : nodes.plain(cn, "spbe:complaintKind").orElse("");
            ComplaintChannel.Kind kind = Labels.fromKebab(ComplaintChannel.Kind.class, kindName);
            if (kind == null) {
                throw nodes.fail(cc, "spbe:complaintKind must be one of sp4n-lapor, website, email, phone, messaging, "
                        + "social-media, in-person, suggestion-box, letter; got " + Text.quote(kindName));
            }
            c.complaintChannels.add(ComplaintChannel.of(kind, nodes.plain(cn, "spbe:contact")
                    .orElseThrow(() -> nodes.fail(cc, "a complaint channel needs spbe:contact"))));
        }
        Map<StandarComponent, String> internal = new EnumMap<>(StandarComponent.class);
        for (StandarComponent sc : StandarComponent.values()) {
            if (sc.number() >= StandarComponent.SARANA_PRASARANA.number()) {
                nodes.text(n, "spbe:" + Labels.internal(sc)).ifPresent(t -> internal.put(sc, t));
            }
        }
        c.internal = InternalComponents.of(internal);
        return c;
    }

    Requirement requirement(Resource r, Set<String> ids, Map<String, Document> evidence) {
        Node rn = nodes.node(r);
        String id = NodeReader.unique(nodes.id(rn, r), ids);
        if (rn == null) {
            nodes.warn("requirement " + nodes.name(r) + " is not described in the document; titled " + id);
            return Requirement.of(id, id);
        }
        nodes.unmapped(rn, "requirement", REQUIREMENT_PROPERTIES);
        String title = nodes.text(rn, "dct:title").orElse(null);
        if (title == null) {
            title = id;
            nodes.warn("requirement " + nodes.name(r) + " has no title; titled " + id);
        }
        List<Document> list = new ArrayList<>();
        Set<String> local = new HashSet<>();
        for (Resource e : nodes.refs(rn, "cv:hasSupportingEvidence")) {
            Document ev = evidence(e);
            Document earlier = evidence.putIfAbsent(ev.id(), ev);
            if (earlier != null && !earlier.equals(ev)) {
                nodes.warn("evidence " + nodes.name(e) + " has the identifier " + ev.id()
                        + " of other evidence; read as that one");
                ev = earlier;
            }
            if (local.add(ev.id())) {
                list.add(ev);
            }
        }
        return new Requirement(id, title, nodes.text(rn, "dct:description"), list);
    }

    private Document evidence(Resource e) {
        Node en = nodes.node(e);
        String id = nodes.id(en, e);
        if (en == null) {
            nodes.warn("evidence " + nodes.name(e) + " is not described in the document; titled " + id);
            return Document.of(id, id);
        }
        nodes.unmapped(en, "evidence", EVIDENCE_PROPERTIES);
        String title = nodes.text(en, "dct:title").orElse(null);
        if (title == null) {
            title = id;
            nodes.warn("evidence " + nodes.name(e) + " has no title; titled " + id);
        }
        return new Document(id, title, nodes.text(en, "dct:description"));
    }

    @Nullable ProcessingTime processingTime(Node n, String what) {
        Optional<String> exact = nodes.plain(n, "spbe:processingTime");
        if (exact.isPresent()) {
            try {
                return ProcessingTime.parse(exact.get());
            } catch (InvalidServiceException e) {
                throw nodes.fail(n.id(), e.getMessage());
            }
        }
        Optional<String> duration = nodes.plain(n, "cv:processingTime");
        if (duration.isEmpty()) {
            return null;
        }
        Matcher m = DURATION.matcher(duration.get());
        if (!m.matches() || duration.get().equals("P") || duration.get().endsWith("T")) {
            nodes.warn(what + " has processing time " + Text.quote(duration.get())
                    + ", which is not days, hours or minutes; it is left out");
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
                nodes.warn(what + " has processing time " + Text.quote(duration.get()) + "; spbe4j counts whole minutes, so it is read as "
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
            nodes.warn(what + " has processing time " + Text.quote(duration.get()) + ", longer than spbe4j's limit; it is left out");
        }
        return t;
    }

    private @Nullable Cost cost(Resource r) {
        Node n = nodes.node(r);
        if (n == null) {
            nodes.warn("cost " + nodes.name(r) + " is not described in the document; it is left out");
            return null;
        }
        nodes.unmapped(n, "cost", COST_PROPERTIES);
        Optional<LegalReference> tariff = nodes.ref(n, "spbe:tariff").map(this::legal);
        Optional<String> kind = nodes.plain(n, "spbe:costKind");
        try {
            if (kind.isPresent()) {
                return switch (kind.get()) {
                    case "free" -> Cost.free();
                    case "fixed" -> new Cost.Fixed(nodes.number(n, "spbe:rupiah"), tariff);
                    case "range" -> new Cost.Range(nodes.number(n, "spbe:minimumRupiah"), nodes.number(n, "spbe:maximumRupiah"),
                            tariff);
                    case "per-unit" -> new Cost.PerUnit(nodes.number(n, "spbe:rupiah"),
                            nodes.plain(n, "spbe:unit").orElseThrow(() -> nodes.fail(r, "a per-unit cost needs spbe:unit")),
                            tariff);
                    default -> throw nodes.fail(r, "spbe:costKind must be one of free, fixed, range, per-unit; got "
                            + Text.quote(kind.get()));
                };
            }
        } catch (InvalidServiceException e) {
            throw nodes.fail(r, e.getMessage());
        }
        Optional<Resource> currency = nodes.ref(n, "cv:currency");
        if (currency.isPresent() && !currency.get().equals(new Iri(Vocab.RUPIAH))) {
            nodes.warn("cost " + nodes.name(r) + " is in currency " + nodes.name(currency.get())
                    + ", not rupiah (IDR); it is left out");
            return null;
        }
        Optional<String> value = nodes.plain(n, "cv:hasValue");
        if (value.isEmpty()) {
            nodes.warn("cost " + nodes.name(r) + " has no cv:hasValue; it is left out");
            return null;
        }
        double amount;
        try {
            amount = Double.parseDouble(value.get());
        } catch (NumberFormatException e) {
            throw nodes.fail(r, "cv:hasValue must be an xsd:double; got " + Text.quote(value.get()));
        }
        if (!(amount >= 0 && amount <= Cost.MAX_RUPIAH)) {
            nodes.warn("cost " + nodes.name(r) + " has value " + Text.quote(value.get()) + ", outside 0.." + Cost.MAX_RUPIAH
                    + " rupiah; it is left out");
            return null;
        }
        long rupiah = Math.round(amount);
        if (rupiah != amount) {
            nodes.warn("cost " + nodes.name(r) + " has value " + Text.quote(value.get()) + "; spbe4j keeps whole rupiah, so it is read as "
                    + rupiah);
        }
        if (currency.isEmpty()) {
            nodes.warn("cost " + nodes.name(r) + " names no currency; read as rupiah");
        }
        return rupiah == 0 ? Cost.free() : new Cost.Fixed(rupiah, tariff);
    }

    private @Nullable Output output(Resource r) {
        Node n = nodes.node(r);
        String title = n == null ? null : nodes.text(n, "dct:title").orElse(null);
        if (title == null) {
            nodes.warn("output " + nodes.name(r) + " has no title; it is left out");
            return null;
        }
        Optional<Resource> type = nodes.ref(n, "dct:type");
        OutputType t = null;
        if (type.isPresent() && type.get() instanceof Iri iri && iri.value().startsWith(Vocab.SPBE + "output-")) {
            t = Labels.fromKebab(OutputType.class, iri.value().substring((Vocab.SPBE + "output-").length()));
        }
        if (t == null) {
            t = OutputType.OTHER;
            nodes.warn("output " + nodes.name(r) + (type.isPresent()
                    ? " has type " + nodes.name(type.get()) + ", not one of spbe4j's output types" : " has no type")
                    + "; read as other");
        }
        return Output.of(title, t);
    }

    private LegalReference legal(Resource r) {
        Node n = nodes.node(r);
        URI uri = null;
        if (n != null) {
            Optional<Resource> page = nodes.ref(n, "foaf:page");
            Optional<String> literal = nodes.plain(n, "spbe:uri");
            String text = page.filter(Iri.class::isInstance).map(p -> ((Iri) p).value()).or(() -> literal).orElse(null);
            if (text == null && !nodes.ownExport() && r instanceof Iri iri
                    && (iri.value().startsWith("http://") || iri.value().startsWith("https://"))) {
                text = iri.value();
            }
            if (text != null) {
                // an address the link policy refuses is refused, not left out: it may be hostile
                String address = text;
                LinkPolicy.WEB.violation(address).ifPresent(reason -> {
                    throw nodes.fail(r, "the legal resource's address " + Text.quote(address) + " " + reason);
                });
                uri = URI.create(address);
            }
        }
        String title = n == null ? null : nodes.text(n, "dct:title").or(() -> nodes.text(n, "eli:title")).orElse(null);
        if (title == null) {
            title = r instanceof Iri iri ? iri.value() : nodes.name(r);
            nodes.warn("legal resource " + nodes.name(r) + " has no title; titled " + Text.quote(title));
        }
        return new LegalReference(title, Optional.ofNullable(uri));
    }

    @Override
    public String toString() {
        return "ContentReader[" + nodes + "]";
    }
}
