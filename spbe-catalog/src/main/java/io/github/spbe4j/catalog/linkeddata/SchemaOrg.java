package io.github.spbe4j.catalog.linkeddata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.catalog.Availability;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.Channel;
import io.github.spbe4j.catalog.Cost;
import io.github.spbe4j.catalog.ProcessingTime;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.internal.rdf.JsonText;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.identifier.RegionCode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The schema.org export of public services, as JSON-LD for web pages: each service a
 * {@code GovernmentService} with its provider ({@code GovernmentOrganization}), the area it serves
 * ({@code AdministrativeArea} named by its Kemendagri region code), its channels
 * ({@code ServiceChannel} with {@code serviceUrl}, {@code serviceLocation} and
 * {@code processingTime} as an ISO 8601 duration) and its price ({@code Offer} in whole rupiah,
 * {@code priceCurrency} IDR, 0 when free).
 *
 * <p>The context is inline, {@code {"@vocab": "https://schema.org/"}}, so the document reads offline;
 * search engines read it as they read {@code "@context": "https://schema.org"}. Nodes are nested,
 * without {@code @id}, in the order of the catalog, and the output is the same, byte for byte, for
 * equal input.
 *
 * <pre>{@code
 * String page = SchemaOrg.export(catalog.service("sktm-kel-contoh-satu").orElseThrow(), catalog);
 * String all = SchemaOrg.export(catalog);   // {"@context": …, "@graph": [every service]}
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class SchemaOrg {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SchemaOrg() {
    }

    /**
     * Exports every service of a catalog, as one {@code @graph}.
     *
     * @param catalog the catalog
     * @return the JSON-LD document, pretty-printed, ending in a line break
     */
    public static String export(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        ObjectNode root = context();
        ArrayNode graph = root.putArray("@graph");
        for (PublicService s : catalog.services()) {
            graph.add(service(s, catalog));
        }
        // about 1,600 characters a service
        return JsonText.write(root, (int) Math.min(1_600L * catalog.size() + 4_096, 1 << 30));
    }

    /**
     * Exports one service, for its own web page.
     *
     * @param service a service of the catalog
     * @param catalog the catalog, which holds its instansi and units
     * @return the JSON-LD document, pretty-printed, ending in a line break
     * @throws io.github.spbe4j.catalog.InvalidCatalogException if the service is not in the catalog
     */
    public static String export(PublicService service, Catalog catalog) {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(catalog, "catalog");
        ObjectNode root = context();
        root.setAll(service(service, catalog));
        return JsonText.write(root);
    }

    private static ObjectNode context() {
        ObjectNode root = F.objectNode();
        root.putObject("@context").put("@vocab", "https://schema.org/");
        return root;
    }

    private static ObjectNode service(PublicService s, Catalog catalog) {
        Instansi instansi = catalog.instansiOf(s);
        ObjectNode o = F.objectNode();
        o.put("@type", "GovernmentService");
        o.put("identifier", s.id());
        o.put("name", s.title());
        s.description().ifPresent(d -> o.put("description", d));
        o.put("serviceType", s.concept().flatMap(catalog::concept).map(c -> c.title()).orElse(s.title()));
        Optional<Unit> unit = s.authority().unit().flatMap(instansi::unit);
        ObjectNode provider = organisation(instansi, unit.orElse(null));
        o.set("provider", provider);
        o.set("serviceOperator", provider.deepCopy());
        ObjectNode jurisdiction = area(instansi.region().orElse(null), instansi.name());
        o.set("jurisdiction", jurisdiction);
        if (s.availability() instanceof Availability.Villages v) {
            ArrayNode areas = o.putArray("areaServed");
            for (RegionCode village : v.villages()) {
                areas.add(area(village, instansi.unitServing(village).map(Unit::name).orElse(null)));
            }
        } else {
            o.set("areaServed", jurisdiction.deepCopy());
        }
        if (!s.channels().isEmpty()) {
            ArrayNode channels = o.putArray("availableChannel");
            for (Channel c : s.channels()) {
                channels.add(channel(c, s));
            }
        }
        s.cost().ifPresent(c -> o.set("offers", offer(c)));
        if (!s.keywords().isEmpty()) {
            o.put("keywords", String.join(", ", s.keywords()));
        }
        return o;
    }

    private static ObjectNode organisation(Instansi instansi, @Nullable Unit unit) {
        ObjectNode a = F.objectNode().put("@type", "GovernmentOrganization").put("identifier", instansi.id()).put("name", instansi.name());
        if (unit == null) {
            return a;
        }
        ObjectNode u = F.objectNode().put("@type", "GovernmentOrganization").put("identifier", unit.id()).put("name", unit.name());
        u.set("parentOrganization", a);
        return u;
    }

    private static ObjectNode area(@Nullable RegionCode code, @Nullable String name) {
        if (code == null) {
            return F.objectNode().put("@type", "Country").put("identifier", "IDN").put("name", "Indonesia");
        }
        ObjectNode o = F.objectNode().put("@type", "AdministrativeArea").put("identifier", code.toString());
        if (name != null) {
            o.put("name", name);
        }
        return o;
    }

    private static ObjectNode channel(Channel c, PublicService s) {
        ObjectNode o = F.objectNode().put("@type", "ServiceChannel").put("name", c.kind().displayName());
        c.address().ifPresent(address -> {
            if (c.online() && (address.startsWith("https://") || address.startsWith("http://"))) {
                o.put("serviceUrl", address);
            } else {
                o.putObject("serviceLocation").put("@type", "Place").put("name", address);
            }
        });
        s.processingTime(c).ifPresent(t -> o.put("processingTime", duration(t)));
        return o;
    }

    private static String duration(ProcessingTime t) {
        return Labels.duration(t);
    }

    private static ObjectNode offer(Cost cost) {
        ObjectNode o = F.objectNode().put("@type", "Offer");
        if (cost instanceof Cost.Range r) {
            o.putObject("priceSpecification").put("@type", "PriceSpecification").put("minPrice", r.minimumRupiah())
                    .put("maxPrice", r.maximumRupiah()).put("priceCurrency", "IDR");
        } else if (cost instanceof Cost.PerUnit p) {
            o.putObject("priceSpecification").put("@type", "UnitPriceSpecification").put("price", p.rupiah())
                    .put("priceCurrency", "IDR").put("unitText", p.unit());
        } else {
            o.put("price", cost.minimum()).put("priceCurrency", "IDR");
        }
        o.put("description", cost.toString());
        return o;
    }
}
