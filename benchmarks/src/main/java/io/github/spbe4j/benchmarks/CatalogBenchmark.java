package io.github.spbe4j.benchmarks;

import io.github.spbe4j.catalog.Authority;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.CatalogMetrics;
import io.github.spbe4j.catalog.Channel;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.Rollout;
import io.github.spbe4j.catalog.ServiceConcept;
import io.github.spbe4j.catalog.ServiceStatus;
import io.github.spbe4j.catalog.Share;
import io.github.spbe4j.catalog.StandarComponent;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.agency.UnitKind;
import io.github.spbe4j.core.identifier.RegionCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The public-service catalog of a province ({@link ProvinceCatalog}: 14 regencies and cities and the
 * province, 1,454 villages, 30 concepts, 10,000 services): its queries, keyword search and
 * dashboard metrics, each against the baseline a city app would write over the same
 * {@code List<PublicService>} without the catalog's indexes, and the cost of building the catalog.
 *
 * <ul>
 *   <li>{@link #queryKelurahan} ({@code query().kelurahan(v).status(ACTIVE, PILOT).online().list()})
 *       against {@link #streamKelurahan}, a {@code services.stream().filter(…)} with the same predicates;
 *   <li>{@link #queryUnitChannel} ({@code query().unit(u).channel(k).list()}) against
 *       {@link #streamUnitChannel};
 *   <li>{@link #searchPhrase} and {@link #searchAbbreviation} ({@code catalog.search(…)}) against
 *       {@link #scanPhrase} and {@link #scanAbbreviation}: titles and keywords lower-cased and checked
 *       with {@code contains} for every query word, which does less (no abbreviations, no ranking,
 *       no description, output or concept);
 *   <li>{@link #onlineShareByKelurahan} against {@link #loopOnlineShareByKelurahan} (every service
 *       checked for every village); {@link #onlineShareByOpd}, {@link #completeness} and
 *       {@link #pilots} against plain loops computing the same;
 *   <li>{@link #build} ({@code Catalog.of}, which checks and indexes) and {@link #withOneService}
 *       ({@code catalog.with(service)}, a rebuild): no baseline.
 * </ul>
 *
 * <p>Query inputs ({@value #INPUTS} villages, units with channels) are drawn once from a fixed seed
 * and cycled through by a counter. {@code CatalogBenchmarkTest} checks that every method computes
 * what its baseline computes.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CatalogBenchmark}; see benchmarks/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CatalogBenchmark {

    /** How many distinct query inputs of each kind are cycled through; a power of two. */
    static final int INPUTS = 64;

    /** The seed the query inputs are drawn from. */
    static final long SEED = 0x5BE_CA7L;

    /** Phrase queries, cycled through. */
    static final String[] PHRASES = {
        "surat keterangan tidak mampu", "persetujuan bangunan gedung", "akta kelahiran", "surat keterangan domisili"};

    /** Abbreviation queries, cycled through. */
    static final String[] ABBREVIATIONS = {"sktm", "pbg", "imb", "skck"};

    List<Instansi> instansi;
    List<ServiceConcept> concepts;
    List<PublicService> services;
    Catalog catalog;
    /** For the baselines: each instansi's region (empty for a central government), by instansi id. */
    Map<String, Optional<RegionCode>> regionByInstansi;
    /** Villages queried. */
    RegionCode[] villages;
    /** Units queried, with {@link #channels}. */
    String[] units;
    Channel.Kind[] channels;
    /** A changed copy of one service, for {@link #withOneService}. */
    PublicService changed;
    int cursor;
    int phraseCursor;
    int abbreviationCursor;

    /** Generates the catalog and draws the inputs; the same on every run and in every fork. */
    @Setup(Level.Trial)
    public void setUp() {
        ProvinceCatalog province = ProvinceCatalog.generate(ProvinceCatalog.SEED);
        instansi = province.instansi();
        concepts = province.concepts();
        services = province.services();
        catalog = Catalog.of(instansi, concepts, services);
        regionByInstansi = new HashMap<>();
        for (Instansi a : instansi) {
            regionByInstansi.put(a.id(), a.region());
        }
        List<ProvinceCatalog.Village> all = province.villages();
        SplittableRandom random = new SplittableRandom(SEED);
        villages = new RegionCode[INPUTS];
        units = new String[INPUTS];
        channels = new Channel.Kind[INPUTS];
        List<String> opd = List.of("disdukcapil", "dpmptsp", "dinsos", "bapenda");
        Channel.Kind[] kinds = {Channel.Kind.WEB, Channel.Kind.COUNTER, Channel.Kind.MOBILE_APP, Channel.Kind.WEB};
        for (int k = 0; k < INPUTS; k++) {
            ProvinceCatalog.Village v = all.get(random.nextInt(all.size()));
            villages[k] = v.code();
            // three in four a kecamatan office (its own services, and those of the OPD it carries out);
            // one in four an OPD id, which every regency and city has
            ProvinceCatalog.Village w = all.get(random.nextInt(all.size()));
            units[k] = random.nextInt(4) == 0 ? opd.get(random.nextInt(opd.size())) : w.kecamatanId();
            channels[k] = kinds[random.nextInt(kinds.length)];
        }
        PublicService first = services.get(0);
        changed = first.toBuilder().keywords(List.of("diubah")).build();
        cursor = 0;
        phraseCursor = 0;
        abbreviationCursor = 0;
    }

    private int next() {
        return cursor++ & (INPUTS - 1);
    }

    private Optional<RegionCode> regionOf(PublicService s) {
        return regionByInstansi.get(s.authority().instansi());
    }

    // --- queries ------------------------------------------------------------------------------------

    /**
     * The delivered online services available in a village.
     *
     * @return the services, in catalog order
     */
    @Benchmark
    public List<PublicService> queryKelurahan() {
        return catalog.query().kelurahan(villages[next()]).status(ServiceStatus.ACTIVE, ServiceStatus.PILOT).online().list();
    }

    /**
     * Baseline: the same with a stream over the list.
     *
     * @return the services, in catalog order
     */
    @Benchmark
    public List<PublicService> streamKelurahan() {
        RegionCode village = villages[next()];
        return services.stream()
                .filter(s -> s.status() == ServiceStatus.ACTIVE || s.status() == ServiceStatus.PILOT)
                .filter(PublicService::online)
                .filter(s -> s.availableIn(village, regionOf(s)))
                .toList();
    }

    /**
     * The services of a unit (responsible or carrying out) through a kind of channel.
     *
     * @return the services, in catalog order
     */
    @Benchmark
    public List<PublicService> queryUnitChannel() {
        int k = next();
        return catalog.query().unit(units[k]).channel(channels[k]).list();
    }

    /**
     * Baseline: the same with a stream over the list.
     *
     * @return the services, in catalog order
     */
    @Benchmark
    public List<PublicService> streamUnitChannel() {
        int k = next();
        String unit = units[k];
        Channel.Kind kind = channels[k];
        return services.stream()
                .filter(s -> unit.equals(s.authority().unit().orElse(null)) || s.executingUnits().contains(unit))
                .filter(s -> s.channels().stream().anyMatch(c -> c.kind() == kind))
                .toList();
    }

    // --- keyword search -----------------------------------------------------------------------------

    /**
     * Keyword search for a service's name.
     *
     * @return the services, best first
     */
    @Benchmark
    public List<PublicService> searchPhrase() {
        return catalog.search(PHRASES[phraseCursor++ & (PHRASES.length - 1)]);
    }

    /**
     * Baseline: every word of the query in the lower-cased title and keywords.
     *
     * @return the services, in catalog order
     */
    @Benchmark
    public List<PublicService> scanPhrase() {
        return scan(PHRASES[phraseCursor++ & (PHRASES.length - 1)]);
    }

    /**
     * Keyword search for an abbreviation, which the search expands.
     *
     * @return the services, best first
     */
    @Benchmark
    public List<PublicService> searchAbbreviation() {
        return catalog.search(ABBREVIATIONS[abbreviationCursor++ & (ABBREVIATIONS.length - 1)]);
    }

    /**
     * Baseline: the abbreviation in the lower-cased title and keywords.
     *
     * @return the services, in catalog order
     */
    @Benchmark
    public List<PublicService> scanAbbreviation() {
        return scan(ABBREVIATIONS[abbreviationCursor++ & (ABBREVIATIONS.length - 1)]);
    }

    /** The naive search: lower-case title and keywords, and require every query word as a substring. */
    List<PublicService> scan(String query) {
        String[] words = query.toLowerCase(Locale.ROOT).split("\\s+");
        List<PublicService> result = new ArrayList<>();
        for (PublicService s : services) {
            String text = (s.title() + " " + String.join(" ", s.keywords())).toLowerCase(Locale.ROOT);
            boolean all = true;
            for (String w : words) {
                if (!text.contains(w)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                result.add(s);
            }
        }
        return result;
    }

    // --- metrics ------------------------------------------------------------------------------------

    /**
     * The online share of delivered services available in each village.
     *
     * @return the share by village
     */
    @Benchmark
    public Map<RegionCode, Share> onlineShareByKelurahan() {
        return catalog.metrics().onlineShareByKelurahan();
    }

    /**
     * Baseline: for each village of each agency, every service checked.
     *
     * @return the share by village, in the same order
     */
    @Benchmark
    public Map<RegionCode, Share> loopOnlineShareByKelurahan() {
        Map<RegionCode, Share> shares = new LinkedHashMap<>();
        for (Instansi agency : instansi) {
            for (Unit u : agency.allUnits()) {
                if ((u.kind() != UnitKind.KELURAHAN && u.kind() != UnitKind.DESA) || u.region() == null
                        || shares.containsKey(u.region())) {
                    continue;
                }
                RegionCode village = u.region().orElseThrow();
                int total = 0;
                int online = 0;
                for (PublicService s : services) {
                    if (s.status().delivered() && s.availableIn(village, regionOf(s))) {
                        total++;
                        if (s.online()) {
                            online++;
                        }
                    }
                }
                shares.put(village, new Share(online, total));
            }
        }
        return shares;
    }

    /**
     * The online share of delivered services by competent authority.
     *
     * @return the share by authority
     */
    @Benchmark
    public Map<Authority, Share> onlineShareByOpd() {
        return catalog.metrics().onlineShareByOpd();
    }

    /**
     * Baseline: one pass over the list, counting by the responsible unit's nearest OPD (walking up
     * the agency's unit tree, as the library does).
     *
     * @return the share by authority, in the same order
     */
    @Benchmark
    public Map<Authority, Share> loopOnlineShareByOpd() {
        Map<Authority, int[]> counts = new LinkedHashMap<>();
        for (PublicService s : services) {
            if (s.status().delivered()) {
                int[] c = counts.computeIfAbsent(nearestOpd(s.authority()), a -> new int[2]);
                c[1]++;
                if (s.online()) {
                    c[0]++;
                }
            }
        }
        Map<Authority, Share> shares = new LinkedHashMap<>();
        counts.forEach((a, c) -> shares.put(a, new Share(c[0], c[1])));
        return shares;
    }

    private Authority nearestOpd(Authority authority) {
        io.github.spbe4j.core.agency.Instansi agency = catalog.instansi(authority.instansi()).orElseThrow();
        java.util.Optional<io.github.spbe4j.core.agency.Unit> unit = authority.unit().flatMap(agency::unit);
        while (unit.isPresent() && !unit.get().kind().perangkatDaerah()) {
            unit = agency.parentOf(unit.get().id());
        }
        return new Authority(authority.instansi(), unit.map(io.github.spbe4j.core.agency.Unit::id));
    }

    /**
     * The completeness of every service's standar.
     *
     * @return one entry per service
     */
    @Benchmark
    public List<CatalogMetrics.Completeness> completeness() {
        return catalog.metrics().completeness();
    }

    /**
     * Baseline: the missing components of every service, without the {@code Completeness} records.
     *
     * @return the missing components, per service
     */
    @Benchmark
    public List<Set<StandarComponent>> loopMissingComponents() {
        List<Set<StandarComponent>> result = new ArrayList<>(services.size());
        for (PublicService s : services) {
            result.add(s.missingComponents());
        }
        return result;
    }

    /**
     * The rollout of every pilot across its agency's villages.
     *
     * @return one rollout per pilot
     */
    @Benchmark
    public List<Rollout> pilots() {
        return catalog.metrics().pilots();
    }

    /**
     * Baseline: for each pilot, its agency's villages (from the unit tree) checked one by one.
     *
     * @return one rollout per pilot, in the same order
     */
    @Benchmark
    public List<Rollout> loopPilots() {
        Map<String, Instansi> byId = instansi.stream().collect(Collectors.toMap(Instansi::id, a -> a));
        List<Rollout> result = new ArrayList<>();
        for (PublicService s : services) {
            if (s.status() != ServiceStatus.PILOT) {
                continue;
            }
            Instansi agency = byId.get(s.authority().instansi());
            TreeSet<RegionCode> all = new TreeSet<>();
            for (Unit u : agency.allUnits()) {
                if (u.kind() == UnitKind.KELURAHAN || u.kind() == UnitKind.DESA) {
                    u.region().ifPresent(all::add);
                }
            }
            List<RegionCode> reached = new ArrayList<>();
            List<RegionCode> notReached = new ArrayList<>();
            Optional<RegionCode> region = agency.region();
            for (RegionCode v : all) {
                (s.availableIn(v, region) ? reached : notReached).add(v);
            }
            result.add(new Rollout(s.id(), reached, notReached));
        }
        return Collections.unmodifiableList(result);
    }

    // --- building -----------------------------------------------------------------------------------

    /**
     * Building the catalog: checking every reference and building every index, the keyword index too.
     *
     * @return the catalog
     */
    @Benchmark
    public Catalog build() {
        return Catalog.of(instansi, concepts, services);
    }

    /**
     * Replacing one service: a new catalog, rebuilt.
     *
     * @return the new catalog
     */
    @Benchmark
    public Catalog withOneService() {
        return catalog.with(changed);
    }
}
