package io.github.spbe4j.cli;

import io.github.spbe4j.catalog.Authority;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.CatalogMetrics;
import io.github.spbe4j.catalog.EvidenceMapping;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.Rollout;
import io.github.spbe4j.catalog.Share;
import io.github.spbe4j.catalog.StandarComponent;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.identifier.RegionCode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The text report of {@code spbe catalog metrics}. */
final class CatalogMetricsText {
    private CatalogMetricsText() {
    }

    static void print(PrintWriter out, Catalog catalog, CatalogMetrics m, Framework framework) {
        out.printf("Catalog: %s — %d services, %d concepts%n",
                catalog.instansi().stream().map(Instansi::name).collect(Collectors.joining(", ")), catalog.size(),
                catalog.concepts().size());
        Share online = m.onlineShare();
        out.printf("Online (digital level Transaksi or above): %d of %d delivered services (%s%%)%n%n",
                online.part(), online.total(), online.percent().toPlainString());
        out.println("Online by OPD");
        for (Map.Entry<Authority, Share> e : m.onlineShareByOpd().entrySet()) {
            out.printf("  %-14s %s%n", e.getValue(), catalog.nameOf(e.getKey()));
        }
        out.println();
        out.println("Online by kelurahan (delivered services available there)");
        for (Map.Entry<RegionCode, Share> e : m.onlineShareByKelurahan().entrySet()) {
            out.printf("  %-14s %-14s %s%n", e.getValue(), e.getKey(), catalog.villageName(e.getKey()));
        }
        out.println();
        out.println("Pilots and their rollout across kelurahan");
        List<Rollout> pilots = m.pilots();
        if (pilots.isEmpty()) {
            out.println("  (no service is piloted)");
        }
        for (Rollout r : pilots) {
            out.printf("  %-28s reached %s: %s%n", r.subject(), r.share(),
                    r.reached().stream().map(catalog::villageName).collect(Collectors.joining(", ")));
        }
        out.println();
        List<CatalogMetrics.Completeness> completeness = m.completeness();
        long complete = completeness.stream().filter(CatalogMetrics.Completeness::complete).count();
        out.printf("Standar pelayanan: %d of %d services state all 14 components%n", complete, completeness.size());
        for (CatalogMetrics.Completeness c : completeness) {
            if (!c.complete()) {
                out.printf("  %-28s %2d/14  missing %s%n", c.service().id(), c.stated().part(),
                        c.missing().stream().map(x -> String.valueOf(x.number())).collect(Collectors.joining(", ")));
            }
        }
        out.println("  most often missing: " + m.missingCounts().entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<StandarComponent, Integer>comparingByValue().reversed()).limit(3)
                .map(e -> e.getKey().number() + " " + e.getKey().displayName(Locale.forLanguageTag("id")) + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", ")));
        out.println();
        List<PublicService> noComplaint = m.withoutComplaintChannel();
        out.println("Delivered services without a complaint channel: "
                + (noComplaint.isEmpty() ? "none" : noComplaint.stream().map(PublicService::id).collect(Collectors.joining(", "))));
        out.println();
        out.println("Evidence for " + framework.id() + " (spbe4j's reading of the indicators, see docs/catalog.md)");
        List<CatalogMetrics.EvidenceCandidates> evidence = m.evidence(framework);
        if (evidence.isEmpty()) {
            out.println("  (no indicator of this framework is mapped)");
        }
        for (CatalogMetrics.EvidenceCandidates e : evidence) {
            out.printf("  %-5s %s: %d services%s%s%n", e.indicator().code(), e.indicator().name(), e.services().size(),
                    e.role() == EvidenceMapping.Role.PUBLIC_SERVICE
                            ? e.highestLevel().map(l -> ", highest level " + l.level() + " " + l.displayName()).orElse("") : "",
                    e.services().isEmpty() ? "" : "; first " + e.services().get(0).id());
        }
    }
}
