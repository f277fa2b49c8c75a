package io.github.spbe4j.catalog;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.agency.UnitKind;
import io.github.spbe4j.core.identifier.RegionCode;
import io.github.spbe4j.core.internal.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A catalog of public services: the instansi that deliver them (each a government with its OPD and
 * kelurahan, spbe-core's {@link Instansi}), the national {@link ServiceConcept}s, and the
 * {@link PublicService} instances, with fast queries and the metrics of a dashboard.
 *
 * <p>A catalog is always consistent; {@link #of} checks, and reports all at once in an
 * {@link InvalidCatalogException}, each problem with its path ({@code services[3].authority.unit}):
 * ids unique among the instansi, among the concepts and among the services (each id used more than
 * once reported once, with how many use it and where); every service's
 * authority names an instansi of the catalog and one of its units; its executing units are units of
 * that instansi; its concept is in the catalog; the villages it is available in lie inside the
 * instansi's region.
 *
 * <pre>{@code
 * Catalog catalog = Catalog.of(List.of(kotaContoh), List.of(sktm), services);
 * catalog.query().kelurahan(RegionCode.parse("99.71.01.1001")).online().list();
 * catalog.search("sktm");                       // finds "Surat Keterangan Tidak Mampu"
 * catalog.metrics().onlineShareByOpd();
 * }</pre>
 *
 * <p>Immutable and thread-safe; queries read indexes built once, on construction.
 *
 * @since 0.1.0
 */
public final class Catalog {

    private final List<Instansi> instansi;
    private final List<ServiceConcept> concepts;
    private final List<PublicService> services;
    private final Map<String, Instansi> instansiById;
    private final Map<String, ServiceConcept> conceptById;
    private final Map<String, Integer> serviceIndex;
    private final Map<String, List<RegionCode>> villages;
    private final CatalogIndex index;

    private Catalog(List<Instansi> instansi, List<ServiceConcept> concepts, List<PublicService> services) {
        this.instansi = List.copyOf(instansi);
        this.concepts = List.copyOf(concepts);
        this.services = List.copyOf(services);
        Checks checks = new Checks();
        this.instansiById = byId(this.instansi, Instansi::id);
        this.conceptById = byId(this.concepts, ServiceConcept::id);
        checks.unique("instansi", "instansi", this.instansi, Instansi::id);
        checks.unique("concepts", "concepts", this.concepts, ServiceConcept::id);
        checks.unique("services", "services", this.services, PublicService::id);
        this.serviceIndex = new HashMap<>();
        for (int i = 0; i < this.services.size(); i++) {
            serviceIndex.putIfAbsent(this.services.get(i).id(), i);
        }
        String held = held(instansiById.keySet());
        for (int i = 0; i < this.services.size(); i++) {
            checkReferences(this.services.get(i), "services[" + i + "]", held, checks);
        }
        checks.throwCatalogAbout("catalog");
        this.villages = new HashMap<>();
        for (Instansi government : this.instansi) {
            List<RegionCode> list = new ArrayList<>();
            for (Unit u : government.allUnits()) {
                if (u.kind() == UnitKind.KELURAHAN || u.kind() == UnitKind.DESA) {
                    u.region().ifPresent(list::add);
                }
            }
            villages.putIfAbsent(government.id(), List.copyOf(list));
        }
        this.index = new CatalogIndex(this);
    }

    /**
     * Returns a catalog.
     *
     * @param instansi the instansi that deliver the services
     * @param concepts the national concepts the services instantiate
     * @param services the public services
     * @return the catalog
     * @throws InvalidCatalogException listing every inconsistency, each with its path such as
     *     {@code services[3].authority.unit}
     */
    public static Catalog of(List<Instansi> instansi, List<ServiceConcept> concepts, List<PublicService> services) {
        return new Catalog(Checks.copy(instansi, "instansi"), Checks.copy(concepts, "concepts"),
                Checks.copy(services, "services"));
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
        return new Catalog(instansi, concepts, list);
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
        for (PublicService service : Checks.copy(more, "services")) {
            Integer i = at.get(service.id());
            if (i == null) {
                at.put(service.id(), list.size());
                list.add(service);
            } else {
                list.set(i, service);
            }
        }
        return new Catalog(instansi, concepts, list);
    }

    /** Returns the items by id, the first of each id. */
    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T item : items) {
            byId.putIfAbsent(id.apply(item), item);
        }
        return byId;
    }

    /** Returns the ids of the instansi held, as a message names them: once for all the services that need it. */
    private static String held(Collection<String> ids) {
        if (ids.isEmpty()) {
            return "it holds no instansi";
        }
        StringBuilder sb = new StringBuilder("instansi: ");
        int shown = 0;
        for (String id : ids) {
            if (shown == SHOWN_IDS) {
                sb.append(" and ").append(ids.size() - shown).append(" more");
                break;
            }
            sb.append(shown == 0 ? "" : ", ").append(Text.clean(id));
            shown++;
        }
        return sb.toString();
    }

    /** The most instansi ids a message about a missing one lists. */
    private static final int SHOWN_IDS = 20;

    private void checkReferences(PublicService s, String at, String held, Checks checks) {
        String what = "service " + s.id();
        s.concept().ifPresent(c -> {
            if (!conceptById.containsKey(c)) {
                checks.add(at + ".concept", Checks.REFERENCE, what + " instantiates concept " + c
                        + ", which the catalog does not hold", Text.quote(c));
            }
        });
        Instansi government = instansiById.get(s.authority().instansi());
        if (government == null) {
            checks.add(at + ".authority.instansi", Checks.REFERENCE, what + " names instansi " + Text.clean(s.authority().instansi())
                    + ", which the catalog does not hold; " + held, Text.quote(s.authority().instansi()));
            return;
        }
        s.authority().unit().ifPresent(u -> {
            if (government.unit(u).isEmpty()) {
                checks.add(at + ".authority.unit", Checks.REFERENCE, what + " names unit " + Text.clean(u) + ", which instansi "
                        + Text.clean(government.id()) + " does not have", Text.quote(u));
            }
        });
        List<String> executing = s.executingUnits();
        for (int i = 0; i < executing.size(); i++) {
            String u = executing.get(i);
            if (government.unit(u).isEmpty()) {
                checks.add(at + ".executingUnits[" + i + "]", Checks.REFERENCE, what + " is carried out by unit " + Text.clean(u)
                        + ", which instansi " + Text.clean(government.id()) + " does not have", Text.quote(u));
            }
        }
        if (s.availability() instanceof Availability.Villages v) {
            Optional<RegionCode> region = government.region();
            for (RegionCode village : v.villages()) {
                if (region.isPresent() && !region.get().isAncestorOf(village)) {
                    checks.add(at + ".availability.villages", "VillageInRegion", what + " is available in village " + village
                            + ", outside instansi " + Text.clean(government.id()) + "'s region " + region.get(), Text.quote(village.toString()));
                }
            }
        }
    }

    /**
     * Returns the instansi — the governments whose units deliver the catalog's services.
     *
     * @return the instansi, in the order given
     */
    public List<Instansi> instansi() {
        return instansi;
    }

    /**
     * Returns an instansi by id.
     *
     * @param id the instansi's id
     * @return the instansi, if held
     */
    public Optional<Instansi> instansi(String id) {
        return Optional.ofNullable(instansiById.get(Objects.requireNonNull(id, "id")));
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
     * Returns the instansi that is the competent authority of a service of this catalog.
     *
     * @param service a service of this catalog
     * @return its instansi
     * @throws InvalidCatalogException if the service is not in this catalog
     */
    public Instansi instansiOf(PublicService service) {
        requireHeld(service);
        return instansiById.get(service.authority().instansi());
    }

    /**
     * Returns the villages (kelurahan and desa) of an instansi, from its units' region codes.
     *
     * @param instansiId the instansi's id
     * @return the village codes in unit order; empty if the instansi has no village units or is not held
     */
    public List<RegionCode> villagesOf(String instansiId) {
        return villages.getOrDefault(Objects.requireNonNull(instansiId, "instansiId"), List.of());
    }

    /**
     * Returns the name shown for an authority: the name of its unit in the catalog, else the name of its
     * instansi, else the authority's code ({@code instansi/unit}) when the catalog does not hold its instansi.
     *
     * @param authority the authority, of a service of this catalog or not
     * @return the name shown for it
     */
    public String nameOf(Authority authority) {
        Objects.requireNonNull(authority, "authority");
        Instansi government = instansiById.get(authority.instansi());
        if (government == null) {
            return authority.toString();
        }
        return authority.unit().flatMap(government::unit).map(Unit::name).orElse(government.name());
    }

    /**
     * Returns the unit of an id in any instansi of the catalog: the first such unit, instansi in the order
     * given.
     *
     * @param id the unit's id, such as an agency id of a complaints file
     * @return the unit, if some instansi has one of that id
     */
    public Optional<Unit> unit(String id) {
        Objects.requireNonNull(id, "id");
        for (Instansi government : instansi) {
            Optional<Unit> unit = government.unit(id);
            if (unit.isPresent()) {
                return unit;
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the name shown for a village (kelurahan or desa): the name of the first unit serving it,
     * instansi in the order given, else the village's code.
     *
     * @param village the village's region code
     * @return the name shown for it
     */
    public String villageName(RegionCode village) {
        Objects.requireNonNull(village, "village");
        for (Instansi government : instansi) {
            Optional<Unit> unit = government.unitServing(village);
            if (unit.isPresent()) {
                return unit.get().name();
            }
        }
        return village.toString();
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
            throw new InvalidCatalogException(Problem.of("service", "InCatalog", "service " + service.id()
                    + " is not in this catalog", Text.quote(service.id())));
        }
        return i;
    }

    @Nullable Instansi instansiOrNull(String id) {
        return instansiById.get(id);
    }

    /**
     * Tells whether another catalog holds equal instansi, concepts and services, in the same order.
     *
     * @param o the other object
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Catalog c && instansi.equals(c.instansi) && concepts.equals(c.concepts)
                && services.equals(c.services);
    }

    @Override
    public int hashCode() {
        return Objects.hash(instansi, concepts, services);
    }

    @Override
    public String toString() {
        return "Catalog[" + instansi.size() + " instansi, " + concepts.size() + " concepts, " + services.size() + " services]";
    }
}
