package io.github.spbe4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.CatalogMetrics;
import io.github.spbe4j.catalog.Rollout;
import io.github.spbe4j.catalog.Share;
import io.github.spbe4j.core.framework.Framework;
import java.util.Locale;

/** The JSON report of {@code spbe catalog metrics}. */
final class CatalogMetricsJson {
    private CatalogMetricsJson() {
    }

    private static ObjectNode share(ObjectNode o, Share s) {
        return o.put("part", s.part()).put("total", s.total()).put("percent", s.percent());
    }

    static ObjectNode of(Catalog catalog, CatalogMetrics m, Framework framework) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("services", catalog.size());
        share(root.putObject("online"), m.onlineShare());
        ArrayNode byOpd = root.putArray("onlineByOpd");
        m.onlineShareByOpd().forEach((a, s) -> {
            ObjectNode o = byOpd.addObject().put("instansi", a.instansi());
            a.unit().ifPresent(u -> o.put("unit", u));
            o.put("name", catalog.nameOf(a));
            share(o, s);
        });
        ArrayNode byKel = root.putArray("onlineByKelurahan");
        m.onlineShareByKelurahan().forEach((v, s) -> share(byKel.addObject().put("code", v.toString())
                .put("name", catalog.villageName(v)), s));
        ArrayNode pilots = root.putArray("pilots");
        for (Rollout r : m.pilots()) {
            ObjectNode o = share(pilots.addObject().put("service", r.subject()), r.share());
            r.reached().forEach(v -> o.withArray("reached").add(v.toString()));
            r.notReached().forEach(v -> o.withArray("notReached").add(v.toString()));
        }
        ArrayNode completeness = root.putArray("completeness");
        for (CatalogMetrics.Completeness c : m.completeness()) {
            ObjectNode o = completeness.addObject().put("service", c.service().id()).put("stated", c.stated().part());
            ArrayNode missing = o.putArray("missing");
            c.missing().forEach(x -> missing.add(x.number()));
        }
        ArrayNode noComplaint = root.putArray("withoutComplaintChannel");
        m.withoutComplaintChannel().forEach(s -> noComplaint.add(s.id()));
        ObjectNode evidence = root.putObject("evidence").put("framework", framework.id());
        ArrayNode indicators = evidence.putArray("indicators");
        for (CatalogMetrics.EvidenceCandidates e : m.evidence(framework)) {
            ObjectNode o = indicators.addObject().put("code", e.indicator().code()).put("name", e.indicator().name())
                    .put("role", e.role().name().toLowerCase(Locale.ROOT)).put("note", e.note());
            e.highestLevel().ifPresent(l -> o.put("highestLevel", l.level()));
            ArrayNode services = o.putArray("services");
            e.services().forEach(s -> services.add(s.id()));
        }
        return root;
    }
}
