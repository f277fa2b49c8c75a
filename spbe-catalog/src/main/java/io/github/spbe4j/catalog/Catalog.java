package io.github.spbe4j.catalog;

import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.agency.UnitKind;
import io.github.spbe4j.core.identifier.RegionCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A catalog of public services: the agencies that deliver them (each an {@link Instansi} with its
 * OPD and kelurahan), the national {@link ServiceConcept}s, and the {@link PublicService} instances,
 * with fast queries and the metrics of a dashboard.
 *
 * <p>A catalog is always consistent; {@link #of} checks, and reports all at once in an
 * {@link InvalidCatalogException}: ids unique among agencies, concepts and services; every service's
 * authority names an agency of the catalog and one of its units; its executing units are units of
 * that agency; its concept is in the catalog; the villages it is available in lie inside the agency's
 * region.
 *
 * <pre>{@code
 * Catalog catalog = Catalog.of(List.of(kotaContoh), List.of(sktm), services);
 * catalog.query().kelurahan(RegionCode.parse("99.71.01.1001")).online().list();
 * catalog.search("sktm");                       // finds "Surat Keterangan Tidak Mampu"
 * catalog.metrics().onlineShareByOpd();
 * }</pre>
 *
 * <p>Immutable and thread-safe; queries read indexes built once, on construction.
 */
public final class Catalog {

    private final List<Instansi> agencies;
    private final List<ServiceConcept> concepts;
    private final List<PublicService> services;
    private final Map<String, Instansi> agencyById;
    private final Map<String, ServiceConcept> conceptById;
    private final Map<String, Integer> serviceIndex;
    private final Map<String, List<RegionCode>> villages;
    private final CatalogIndex index;

    private Catalog(List<Instansi> agencies, List<ServiceConcept> concepts, List<PublicService> services) {
        this.agencies = List.copyOf(agencies);
        this.concepts = List.copyOf(concepts);
        this.services = List.copyOf(services);
        List<String> problems = new ArrayList<>();
        this.agencyById = uniqueIds(this.agencies, Instansi::id, "agency", problems);
        this.conceptById = uniqueIds(this.concepts, ServiceConcept::id, "concept", problems);
        Map<String, PublicService> byId = uniqueIds(this.services, PublicService::id, "service", problems);
        this.serviceIndex = new HashMap<>();
        for (int i = 0; i < this.services.size(); i++) {
            serviceIndex.putIfAbsent(this.services.get(i).id(), i);
        }
        for (PublicService s : this.services) {
            checkReferences(s, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogException("catalog", problems);
        }
        this.villages = new HashMap<>();
        for (Instansi agency : this.agencies) {
            List<RegionCode> list = new ArrayList<>();
            for (Unit u : agency.allUnits()) {
                if (u.kind() == UnitKind.KELURAHAN || u.kind() == UnitKind.DESA) {
                    u.region().ifPresent(list::add);
                }
            }
            villages.putIfAbsent(agency.id(), List.copyOf(list));
        }
        this.index = new CatalogIndex(this);
    }

    /**
     * Returns a catalog.
     *
     * @param agencies the agencies that deliver the services
     * @param concepts the national concepts the services instantiate
     * @param services the public services
     * @return the catalog
     * @throws InvalidCatalogException listing every inconsistency
     */
    public static Catalog of(List<Instansi> agencies, List<ServiceConcept> concepts, List<PublicService> services) {
        return new Catalog(Texts.copy(agencies, "agencies"), Texts.copy(concepts, "concepts"),
                Texts.copy(services, "services"));
    }

    /**
     * Returns a copy of this catalog with a service added, or replacing the service of the same id. The
     * new catalog is indexed anew; to add many services use {@link #with(List)}.
     *
     * @param service the service
     * @return the new catalog
     * @throws InvalidCatalogException if the service does not fit the catalog
     */
    public Catalog with(PublicService service) {
        Objects.requireNonNull(service, "service");
        List<PublicService> list = new ArrayList<>(services);
        Integer at = serviceIndex.get(service.id());
        if (at == null) {
            list.add(service);
        } else {
            list.set(at, service);
        }
        return new Catalog(agencies, concepts, list);
    }

    /**
     * Returns a copy of this catalog with services added, or replacing the services of the same ids.
     * Building a catalog indexes every service (tens of milliseconds for ten thousand), so add many
     * services with one call rather than one {@link #with(PublicService)} each.
     *
     * @param more the services
     * @return the new catalog
     * @throws InvalidCatalogException if a service does not fit the catalog
     */
    public Catalog with(List<PublicService> more) {
        List<PublicService> list = new ArrayList<>(services);
        Map<String, Integer> at = new HashMap<>(serviceIndex);
        for (PublicService service : Texts.copy(more, "services")) {
            Integer i = at.get(service.id());
            if (i == null) {
                at.put(service.id(), list.size());
                list.add(service);
            } else {
                list.set(i, service);
            }
        }
        return new Catalog(agencies, concepts, list);
    }

    private static <T> Map<String, T> uniqueIds(List<T> items, java.util.function.Function<T, String> id, String what,
            List<String> problems) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T item : items) {
            if (byId.putIfAbsent(id.apply(item), item) != null) {
                problems.add(what + " id " + id.apply(item) + " is used more than once");
            }
        }
        return byId;
    }

    private void checkReferences(PublicService s, List<String> problems) {
        String what = "service " + s.id();
        s.concept().ifPresent(c -> {
            if (!conceptById.containsKey(c)) {
                problems.add(what + " instantiates concept " + c + ", which the catalog does not hold");
            }
        });
        Instansi agency = agencyById.get(s.authority().instansi());
        if (agency == null) {
            problems.add(what + " names agency " + s.authority().instansi() + ", which the catalog does not hold; agencies: "
                    + agencyById.keySet());
            return;
        }
        s.authority().unitIfPresent().ifPresent(u -> {
            if (agency.unit(u).isEmpty()) {
                problems.add(what + " names unit " + u + ", which agency " + agency.id() + " does not have");
            }
        });
        for (String u : s.executingUnits()) {
            if (agency.unit(u).isEmpty()) {
                problems.add(what + " is carried out by unit " + u + ", which agency " + agency.id() + " does not have");
            }
        }
        if (s.availability() instanceof Availability.Villages v) {
            RegionCode region = agency.region().orElse(null);
            for (RegionCode village : v.villages()) {
                if (region != null && !region.isAncestorOf(village)) {
                    problems.add(what + " is available in village " + village + ", outside agency " + agency.id()
                            + "'s region " + region);
                }
            }
        }
    }

    /**
     * Returns the agencies.
     *
     * @return the agencies, in the order given
     */
    public List<Instansi> agencies() {
        return agencies;
    }

    /**
     * Returns an agency by id.
     *
     * @param id the agency's id
     * @return the agency, if held
     */
    public Optional<Instansi> agency(String id) {
        return Optional.ofNullable(agencyById.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns the national concepts.
     *
     * @return the concepts, in the order given
     */
    public List<ServiceConcept> concepts() {
        return concepts;
    }

    /**
     * Returns a concept by id.
     *
     * @param id the concept's id
     * @return the concept, if held
     */
    public Optional<ServiceConcept> concept(String id) {
        return Optional.ofNullable(conceptById.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns the services.
     *
     * @return the services, in the order given
     */
    public List<PublicService> services() {
        return services;
    }

    /**
     * Returns a service by id.
     *
     * @param id the service's id
     * @return the service, if held
     */
    public Optional<PublicService> service(String id) {
        Integer i = serviceIndex.get(Objects.requireNonNull(id, "id"));
        return i == null ? Optional.empty() : Optional.of(services.get(i));
    }

    /**
     * Returns the number of services.
     *
     * @return the number of services
     */
    public int size() {
        return services.size();
    }

    /**
     * Returns the agency that is the competent authority of a service of this catalog.
     *
     * @param service a service of this catalog
     * @return its agency
     * @throws IllegalArgumentException if the service is not in this catalog
     */
    public Instansi agencyOf(PublicService service) {
        requireHeld(service);
        return agencyById.get(service.authority().instansi());
    }

    /**
     * Returns the villages (kelurahan and desa) of an agency, from its units' region codes.
     *
     * @param agencyId the agency's id
     * @return the village codes in unit order; empty if the agency has no village units or is not held
     */
    public List<RegionCode> villagesOf(String agencyId) {
        return villages.getOrDefault(Objects.requireNonNull(agencyId, "agencyId"), List.of());
    }

    /**
     * Starts a query over all services.
     *
     * @return a query that matches every service until narrowed
     */
    public CatalogQuery query() {
        return new CatalogQuery(this);
    }

    /**
     * Returns the services matching keywords, best first: every word of the query must match a service's
     * title, keywords, description, output or concept, with Indonesian abbreviations expanded ("KTP",
     * "SKTM", "PBG/IMB"), case, accents and punctuation ignored.
     *
     * @param keywords the words searched for
     * @return the matching services, best first
     */
    public List<PublicService> search(String keywords) {
        return query().matching(keywords).list();
    }

    /**
     * Returns the dashboard metrics of this catalog.
     *
     * @return the metrics
     */
    public CatalogMetrics metrics() {
        return new CatalogMetrics(this);
    }

    CatalogIndex index() {
        return index;
    }

    int indexOf(PublicService service) {
        return requireHeld(service);
    }

    private int requireHeld(PublicService service) {
        Objects.requireNonNull(service, "service");
        Integer i = serviceIndex.get(service.id());
        if (i == null || !services.get(i).equals(service)) {
            throw new IllegalArgumentException("service " + service.id() + " is not in this catalog");
        }
        return i;
    }

    @Nullable Instansi agencyOrNull(String id) {
        return agencyById.get(id);
    }

    /**
     * Tells whether another catalog holds equal agencies, concepts and services, in the same order.
     *
     * @param o the other object
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Catalog c && agencies.equals(c.agencies) && concepts.equals(c.concepts)
                && services.equals(c.services);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(agencies, concepts, services);
    }

    @Override
    public String toString() {
        return "Catalog[" + agencies.size() + " agencies, " + concepts.size() + " concepts, " + services.size() + " services]";
    }
}
