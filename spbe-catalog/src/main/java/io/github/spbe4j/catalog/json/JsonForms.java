package io.github.spbe4j.catalog.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.catalog.CatalogMetrics;
import io.github.spbe4j.catalog.CatalogQuery;
import io.github.spbe4j.catalog.EvidenceMapping;
import io.github.spbe4j.catalog.InternalComponents;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.Rollout;
import io.github.spbe4j.catalog.Share;
import io.github.spbe4j.catalog.StandarComponent;
import io.github.spbe4j.catalog.linkeddata.CpsvAp;
import io.github.spbe4j.catalog.linkeddata.CpsvApImport;
import io.github.spbe4j.core.identifier.RegionCode;
import java.util.Collection;
import java.util.Map;

/**
 * The JSON forms of the catalog's results and other types without a catalog-file form, as trees: the
 * shapes {@code docs/catalog-format.md} documents under "JSON forms of the API types". Written only;
 * services and concepts are written by their forms.
 */
final class JsonForms {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonForms() {
    }

    /** {@code {"part": 3, "total": 8, "percent": 37.5}}. */
    static ObjectNode share(Share s) {
        return F.objectNode().put("part", s.part()).put("total", s.total()).put("percent", s.percent());
    }

    /** {@code {"subject": "sktm", "reached": [codes], "notReached": [codes], "share": {...}}}. */
    static ObjectNode rollout(Rollout r) {
        ObjectNode o = F.objectNode().put("subject", r.subject());
        o.set("reached", codes(r.reached()));
        o.set("notReached", codes(r.notReached()));
        o.set("share", share(r.share()));
        return o;
    }

    /** {@code {"service": "id", "missing": ["prosedur", ...], "stated": {share of 14}}}. */
    static ObjectNode completeness(CatalogMetrics.Completeness c) {
        ObjectNode o = F.objectNode().put("service", c.service().id());
        ArrayNode missing = o.putArray("missing");
        c.missing().forEach(m -> missing.add(Names.of(m)));
        o.set("stated", share(c.stated()));
        return o;
    }

    /** {@code {"indicator": {"code", "name"}, "role", "services": [ids], "note", "highestLevel"}}. */
    static ObjectNode evidenceCandidates(CatalogMetrics.EvidenceCandidates e) {
        ObjectNode o = F.objectNode();
        o.putObject("indicator").put("code", e.indicator().code()).put("name", e.indicator().name());
        o.put("role", Names.of(e.role()));
        o.set("services", ids(e.services()));
        o.put("note", e.note());
        e.highestLevel().ifPresent(l -> o.put("highestLevel", Names.of(l)));
        return o;
    }

    /** The dashboard: every metric that needs no framework. */
    static ObjectNode metrics(CatalogMetrics m) {
        ObjectNode o = F.objectNode();
        o.set("onlineShare", share(m.onlineShare()));
        ObjectNode byOpd = o.putObject("onlineShareByOpd");
        m.onlineShareByOpd().forEach((a, s) -> byOpd.set(a.toString(), share(s)));
        ObjectNode byKelurahan = o.putObject("onlineShareByKelurahan");
        m.onlineShareByKelurahan().forEach((v, s) -> byKelurahan.set(v.toString(), share(s)));
        ArrayNode pilots = o.putArray("pilots");
        m.pilots().forEach(r -> pilots.add(rollout(r)));
        ArrayNode completeness = o.putArray("completeness");
        m.completeness().forEach(c -> completeness.add(completeness(c)));
        o.set("missingCounts", missingCounts(m.missingCounts()));
        o.set("withoutComplaintChannel", ids(m.withoutComplaintChannel()));
        return o;
    }

    /** {@code {"persyaratan": 2, ...}}, keyed by the kebab name of each component. */
    static ObjectNode missingCounts(Map<StandarComponent, Integer> counts) {
        ObjectNode o = F.objectNode();
        counts.forEach((c, n) -> o.put(Names.of(c), n));
        return o;
    }

    /** The matching services, each in full, as a query lists them. */
    static ArrayNode query(CatalogQuery q) {
        ArrayNode a = F.arrayNode();
        q.list().forEach(s -> a.add(CatalogFiles.MAPPER.<JsonNode>valueToTree(ServiceForm.from(s))));
        return a;
    }

    /** {@code {"entries": [{"frameworkId", "indicatorCode", "role", "note"}]}}. */
    static ObjectNode evidenceMapping(EvidenceMapping m) {
        ObjectNode o = F.objectNode();
        ArrayNode entries = o.putArray("entries");
        m.entries().forEach(e -> entries.add(entry(e)));
        return o;
    }

    static ObjectNode entry(EvidenceMapping.Entry e) {
        return F.objectNode().put("frameworkId", e.frameworkId()).put("indicatorCode", e.indicatorCode())
                .put("role", Names.of(e.role())).put("note", e.note());
    }

    /** {@code {"sarana-prasarana": "text", ...}}, in component order. */
    static ObjectNode internal(InternalComponents c) {
        ObjectNode o = F.objectNode();
        c.asMap().forEach((k, text) -> o.put(Names.of(k), text));
        return o;
    }

    /** {@code {"base": "urn:spbe4j:"}}. */
    static ObjectNode cpsvAp(CpsvAp c) {
        return F.objectNode().put("base", c.base().toString());
    }

    /** {@code {"catalog": {catalog file}, "warnings": [...]}}. */
    static ObjectNode cpsvApImport(CpsvApImport i) {
        ObjectNode o = F.objectNode();
        o.set("catalog", CatalogFiles.tree(i.catalog()));
        ArrayNode warnings = o.putArray("warnings");
        i.warnings().forEach(warnings::add);
        return o;
    }

    private static ArrayNode codes(Collection<RegionCode> codes) {
        ArrayNode a = F.arrayNode();
        codes.forEach(c -> a.add(c.toString()));
        return a;
    }

    private static ArrayNode ids(Collection<PublicService> services) {
        ArrayNode a = F.arrayNode();
        services.forEach(s -> a.add(s.id()));
        return a;
    }
}
