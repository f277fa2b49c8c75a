package io.github.spbe4j.catalog;

import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.identifier.RegionCode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The figures a dashboard of a {@link Catalog} shows: how many services can be completed online, per
 * OPD and per kelurahan; how far piloted services have rolled out across kelurahan; which standar
 * components each service lacks; which services have no complaint channel; and which services can
 * serve as evidence for the public-service indicators of an evaluation framework.
 *
 * <p>Only delivered services (status pilot or active) count, except in {@link #completeness()},
 * which covers every service. "Online" means {@link PublicService#online()}: a digital level of
 * Transaksi or above, which needs an online channel — an app, or a web channel, which always has its
 * http or https address (a web channel without one, or with a {@code javascript:} one, is refused). Results are computed when asked, from the catalog's indexes; shares are exact
 * counts.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CatalogMetrics {

    /**
     * The completeness of one service's standar pelayanan.
     *
     * @param service the service
     * @param missing the components it does not state, in component order
     * @since 0.1.0
     */
    public record Completeness(PublicService service, Set<StandarComponent> missing) {
        /**
         * Copies the set.
         */
        public Completeness {
            Objects.requireNonNull(service, "service");
            missing = Collections.unmodifiableSet(missing.isEmpty() ? EnumSet.noneOf(StandarComponent.class) : EnumSet.copyOf(missing));
        }

        /**
         * Returns the share of the fourteen components stated.
         *
         * @return stated of 14
         */
        public Share stated() {
            return new Share(StandarComponent.values().length - missing.size(), StandarComponent.values().length);
        }

        /**
         * Tells whether all fourteen components are stated.
         *
         * @return true when none is missing
         */
        public boolean complete() {
            return missing.isEmpty();
        }
    }

    /**
     * The services that can serve as evidence for one indicator of a framework.
     *
     * @param indicator the indicator
     * @param role what the services offer it
     * @param services the candidates, strongest first: by digital level, highest first, for public-service
     *     indicators; those with an SP4N-LAPOR! channel first for complaint indicators
     * @param note where the mapping comes from
     * @since 0.1.0
     */
    public record EvidenceCandidates(Indicator indicator, EvidenceMapping.Role role, List<PublicService> services,
            String note) {
        /**
         * Copies the list.
         */
        public EvidenceCandidates {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(role, "role");
            services = List.copyOf(services);
            Objects.requireNonNull(note, "note");
        }

        /**
         * Returns the highest digital level among the candidates, a hint for a public-service
         * indicator's level on the service ladder.
         *
         * @return the highest level, if any candidate has one
         */
        public Optional<DigitalLevel> highestLevel() {
            return services.stream().flatMap(s -> s.digitalLevel().stream()).max(Comparator.naturalOrder());
        }
    }

    private final Catalog catalog;
    private final BitSet delivered;

    CatalogMetrics(Catalog catalog) {
        this.catalog = catalog;
        CatalogIndex index = catalog.index();
        this.delivered = (BitSet) index.status(ServiceStatus.ACTIVE).clone();
        delivered.or(index.status(ServiceStatus.PILOT));
    }

    private Share online(BitSet services) {
        BitSet d = (BitSet) services.clone();
        d.and(delivered);
        int total = d.cardinality();
        d.and(catalog.index().online());
        return new Share(d.cardinality(), total);
    }

    /**
     * Returns the share of delivered services that can be completed online.
     *
     * @return online of delivered
     */
    public Share onlineShare() {
        return online(catalog.index().all());
    }

    /**
     * Returns, for each OPD (perangkat daerah) responsible for delivered services, the share of them
     * that can be completed online. A service whose responsible unit is not itself an OPD (a kelurahan
     * office, a UPT, a bidang) counts for the nearest OPD above it — a kelurahan for its kecamatan; a
     * service with no unit, or none with an OPD above it, counts for its instansi as a whole (an
     * authority without a unit).
     *
     * @return the share by OPD as an authority (instansi and OPD unit), in the order the services first
     *     name them
     */
    public Map<Authority, Share> onlineShareByOpd() {
        Map<Authority, int[]> counts = new LinkedHashMap<>();
        List<PublicService> services = catalog.services();
        for (int i = delivered.nextSetBit(0); i >= 0; i = delivered.nextSetBit(i + 1)) {
            PublicService s = services.get(i);
            int[] c = counts.computeIfAbsent(opdOf(s.authority()), a -> new int[2]);
            c[1]++;
            if (s.online()) {
                c[0]++;
            }
        }
        Map<Authority, Share> shares = new LinkedHashMap<>();
        counts.forEach((a, c) -> shares.put(a, new Share(c[0], c[1])));
        return Collections.unmodifiableMap(shares);
    }

    private Authority opdOf(Authority authority) {
        Instansi government = catalog.instansiOrNull(authority.instansi());
        Optional<Unit> unit = authority.unit().flatMap(u -> government == null ? Optional.empty() : government.unit(u));
        while (unit.isPresent() && !unit.get().kind().perangkatDaerah()) {
            unit = government == null ? Optional.empty() : government.parentOf(unit.get().id());
        }
        return new Authority(authority.instansi(), unit.map(Unit::id));
    }

    /**
     * Returns, for each village (kelurahan or desa) of the catalog's instansi, the share of the delivered
     * services available there that can be completed online.
     *
     * @return the share by village code, in instansi and unit order
     */
    public Map<RegionCode, Share> onlineShareByKelurahan() {
        Map<RegionCode, Share> shares = new LinkedHashMap<>();
        for (Instansi government : catalog.instansi()) {
            for (RegionCode village : catalog.villagesOf(government.id())) {
                shares.putIfAbsent(village, online(catalog.index().village(village)));
            }
        }
        return Collections.unmodifiableMap(shares);
    }

    /**
     * Returns how far a service has been rolled out across its instansi's villages.
     *
     * @param service a service of the catalog
     * @return the villages reached and not yet reached
     * @throws InvalidCatalogException if the service is not in the catalog
     */
    public Rollout rollout(PublicService service) {
        Instansi government = catalog.instansiOf(service);
        List<RegionCode> reached = new ArrayList<>();
        List<RegionCode> notReached = new ArrayList<>();
        for (RegionCode village : new TreeSet<>(catalog.villagesOf(government.id()))) {
            (service.availableIn(village, government.region()) ? reached : notReached).add(village);
        }
        return new Rollout(service.id(), reached, notReached);
    }

    /**
     * Returns the rollout of every piloted service.
     *
     * @return one rollout per service with status pilot, in catalog order
     */
    public List<Rollout> pilots() {
        return catalog.query().status(ServiceStatus.PILOT).list().stream().map(this::rollout).toList();
    }

    /**
     * Returns how far a concept can be completed online across the villages of the instansi that
     * deliver it: the villages where a delivered online instance is available.
     *
     * @param conceptId the concept's id
     * @return the villages reached online and not yet
     */
    public Rollout onlineRollout(String conceptId) {
        Objects.requireNonNull(conceptId, "conceptId");
        BitSet instances = (BitSet) catalog.index().concept(conceptId).clone();
        instances.and(delivered);
        TreeSet<RegionCode> villages = new TreeSet<>();
        List<PublicService> services = catalog.services();
        for (int i = instances.nextSetBit(0); i >= 0; i = instances.nextSetBit(i + 1)) {
            villages.addAll(catalog.villagesOf(services.get(i).authority().instansi()));
        }
        instances.and(catalog.index().online());
        List<RegionCode> reached = new ArrayList<>();
        List<RegionCode> notReached = new ArrayList<>();
        for (RegionCode village : villages) {
            BitSet here = catalog.index().village(village);
            (here.intersects(instances) ? reached : notReached).add(village);
        }
        return new Rollout(conceptId, reached, notReached);
    }

    /**
     * Returns the completeness of every service's standar pelayanan.
     *
     * @return one entry per service, in catalog order
     */
    public List<Completeness> completeness() {
        return catalog.services().stream().map(s -> new Completeness(s, s.missingComponents())).toList();
    }

    /**
     * Returns, for each standar component, how many services do not state it.
     *
     * @return the count by component, every component present, in component order
     */
    public Map<StandarComponent, Integer> missingCounts() {
        Map<StandarComponent, Integer> counts = new EnumMap<>(StandarComponent.class);
        for (StandarComponent c : StandarComponent.values()) {
            counts.put(c, 0);
        }
        for (PublicService s : catalog.services()) {
            for (StandarComponent c : s.missingComponents()) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Returns the delivered services that name no complaint channel (standar component 6).
     *
     * @return the services, in catalog order
     */
    public List<PublicService> withoutComplaintChannel() {
        List<PublicService> result = new ArrayList<>();
        List<PublicService> services = catalog.services();
        for (int i = delivered.nextSetBit(0); i >= 0; i = delivered.nextSetBit(i + 1)) {
            if (services.get(i).complaintChannels().isEmpty()) {
                result.add(services.get(i));
            }
        }
        return List.copyOf(result);
    }

    /**
     * Returns the services that can serve as evidence for the indicators of a framework, by
     * {@link EvidenceMapping#builtIn() spbe4j's reading}.
     *
     * @param framework the framework
     * @return one entry per mapped indicator the framework has, in mapping order
     */
    public List<EvidenceCandidates> evidence(Framework framework) {
        return evidence(framework, EvidenceMapping.builtIn());
    }

    /**
     * Returns the services that can serve as evidence for the indicators of a framework, by a mapping.
     *
     * @param framework the framework
     * @param mapping which indicators services serve
     * @return one entry per mapped indicator the framework has, in mapping order
     */
    public List<EvidenceCandidates> evidence(Framework framework, EvidenceMapping mapping) {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(mapping, "mapping");
        List<PublicService> deliveredServices = new ArrayList<>();
        List<PublicService> services = catalog.services();
        for (int i = delivered.nextSetBit(0); i >= 0; i = delivered.nextSetBit(i + 1)) {
            deliveredServices.add(services.get(i));
        }
        List<PublicService> byLevel = deliveredServices.stream().filter(s -> s.digitalLevel().isPresent())
                .sorted(Comparator.comparing((PublicService s) -> s.digitalLevel().orElseThrow()).reversed())
                .toList();
        List<PublicService> byComplaints = deliveredServices.stream().filter(s -> !s.complaintChannels().isEmpty())
                .sorted(Comparator.comparing((PublicService s) -> s.complaintChannels().stream()
                        .noneMatch(c -> c.kind() == ComplaintChannel.Kind.SP4N_LAPOR)))
                .toList();
        List<EvidenceCandidates> result = new ArrayList<>();
        for (EvidenceMapping.Entry e : mapping.entriesFor(framework.id())) {
            framework.indicator(e.indicatorCode()).ifPresent(indicator -> result.add(new EvidenceCandidates(indicator,
                    e.role(), e.role() == EvidenceMapping.Role.PUBLIC_SERVICE ? byLevel : byComplaints, e.note())));
        }
        return List.copyOf(result);
    }
}
