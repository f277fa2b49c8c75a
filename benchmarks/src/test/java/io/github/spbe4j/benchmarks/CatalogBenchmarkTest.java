package io.github.spbe4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.catalog.Availability;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.CatalogMetrics;
import io.github.spbe4j.catalog.Channel;
import io.github.spbe4j.catalog.DigitalLevel;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.ServiceStatus;
import io.github.spbe4j.core.agency.GovernmentKind;
import io.github.spbe4j.core.identifier.RegionCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog benchmarks compare equal work: every method computes, input by input, what its baseline
 * computes on the same services (the keyword search: at least what the naive scan finds), and the
 * generated province is the same on every run.
 */
class CatalogBenchmarkTest {

    private static final CatalogBenchmark BENCH = new CatalogBenchmark();

    @BeforeAll
    static void setUp() {
        BENCH.setUp();
    }

    /** Calls a benchmark method once per input, in input order. */
    private static <T> List<T> perInput(Supplier<T> method) {
        BENCH.cursor = 0;
        List<T> out = new ArrayList<>();
        for (int k = 0; k < CatalogBenchmark.INPUTS; k++) {
            out.add(method.get());
        }
        return out;
    }

    private static Set<String> ids(List<PublicService> services) {
        return services.stream().map(PublicService::id).collect(Collectors.toSet());
    }

    @Test
    void generate_sameSeed_sameProvinceOfExactlyTenThousandServices() {
        ProvinceCatalog a = ProvinceCatalog.generate(ProvinceCatalog.SEED);
        ProvinceCatalog b = ProvinceCatalog.generate(ProvinceCatalog.SEED);
        assertThat(a.services()).hasSize(ProvinceCatalog.SERVICES).hasSize(10_000).isEqualTo(b.services());
        assertThat(a.instansi()).isEqualTo(b.instansi());
        assertThat(a.concepts()).isEqualTo(b.concepts()).hasSize(ProvinceCatalog.CONCEPTS);
        assertThat(ProvinceCatalog.generate(ProvinceCatalog.SEED + 1).services()).isNotEqualTo(a.services());
    }

    @Test
    void generate_looksLikeAProvince() {
        ProvinceCatalog p = ProvinceCatalog.generate(ProvinceCatalog.SEED);
        // 12 regencies, 2 cities and the province, all in fictional province 99
        assertThat(p.instansi()).hasSize(15);
        assertThat(p.instansi().stream().filter(a -> a.kind() == GovernmentKind.REGENCY)).hasSize(12);
        assertThat(p.instansi().stream().filter(a -> a.kind() == GovernmentKind.CITY)).hasSize(2);
        assertThat(p.instansi()).allSatisfy(a -> assertThat(a.region().orElseThrow().undotted()).startsWith("99"));
        List<ProvinceCatalog.Village> villages = p.villages();
        assertThat(villages).hasSizeBetween(1_000, 1_600);
        assertThat(villages.stream().map(v -> v.code().kind().orElseThrow()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(RegionCode.Kind.KELURAHAN, RegionCode.Kind.DESA);
        assertThat(p.instansi().get(0).opd().size()).isGreaterThan(12); // 12 OPD and the kecamatan
        // a realistic mix of statuses, levels and channels
        Map<ServiceStatus, Long> byStatus = p.services().stream()
                .collect(Collectors.groupingBy(PublicService::status, Collectors.counting()));
        assertThat(byStatus.keySet()).containsExactlyInAnyOrder(ServiceStatus.values());
        assertThat(byStatus.get(ServiceStatus.ACTIVE)).isGreaterThan(8_000L);
        Set<DigitalLevel> levels = EnumSet.noneOf(DigitalLevel.class);
        Set<Channel.Kind> kinds = EnumSet.noneOf(Channel.Kind.class);
        for (PublicService s : p.services()) {
            s.digitalLevel().ifPresent(levels::add);
            s.channels().stream().map(Channel::kind).forEach(kinds::add);
        }
        assertThat(levels).containsExactlyInAnyOrder(DigitalLevel.values());
        assertThat(kinds).contains(Channel.Kind.WEB, Channel.Kind.MOBILE_APP, Channel.Kind.COUNTER,
                Channel.Kind.KELURAHAN_OFFICE, Channel.Kind.MAL_PELAYANAN_PUBLIK);
        long online = p.services().stream().filter(PublicService::online).count();
        assertThat(online).isBetween(1_000L, 6_000L);
        // pilots available in some villages only
        List<PublicService> pilots = p.services().stream()
                .filter(s -> s.status() == ServiceStatus.PILOT && s.availability() instanceof Availability.Villages v
                        && v.villages().size() > 1)
                .toList();
        assertThat(pilots).hasSizeGreaterThan(28);
        assertThat(p.services().stream().filter(s -> s.title().equals("Surat Keterangan Tidak Mampu")).count())
                .isGreaterThan(500L);
        assertThat(p.services().stream().filter(s -> !s.lifeEvents().isEmpty()).count()).isGreaterThan(9_000L);
        // and a valid catalog
        assertThat(Catalog.of(p.instansi(), p.concepts(), p.services()).size()).isEqualTo(10_000);
    }

    @Test
    void queryKelurahan_equalsTheStream() {
        List<List<PublicService>> query = perInput(BENCH::queryKelurahan);
        List<List<PublicService>> stream = perInput(BENCH::streamKelurahan);
        assertThat(query).isEqualTo(stream);
        assertThat(query).allSatisfy(l -> assertThat(l).isNotEmpty());
        // village services, pilots and agency-wide ones
        assertThat(query.stream().mapToInt(List::size).sum()).isGreaterThan(CatalogBenchmark.INPUTS * 5);
    }

    @Test
    void queryUnitChannel_equalsTheStream() {
        List<List<PublicService>> query = perInput(BENCH::queryUnitChannel);
        List<List<PublicService>> stream = perInput(BENCH::streamUnitChannel);
        assertThat(query).isEqualTo(stream);
        assertThat(query.stream().filter(l -> !l.isEmpty()).count()).isGreaterThan(CatalogBenchmark.INPUTS / 2L);
    }

    @Test
    void searchPhrase_findsWhatTheScanFinds() {
        int more = 0;
        for (int k = 0; k < CatalogBenchmark.PHRASES.length; k++) {
            BENCH.phraseCursor = k;
            List<PublicService> search = BENCH.searchPhrase();
            BENCH.phraseCursor = k;
            List<PublicService> scan = BENCH.scanPhrase();
            assertThat(scan).as(CatalogBenchmark.PHRASES[k]).isNotEmpty();
            assertThat(ids(search)).as(CatalogBenchmark.PHRASES[k]).containsAll(ids(scan));
            assertThat(search).doesNotHaveDuplicates();
            more += search.size() - scan.size();
        }
        // "Pelayanan SKTM" without the concept's keywords: only the search, which expands SKTM, finds it
        assertThat(more).isPositive();
    }

    @Test
    void searchAbbreviation_findsWhatTheScanFindsAndTheExpansions() {
        int more = 0;
        for (int k = 0; k < CatalogBenchmark.ABBREVIATIONS.length; k++) {
            BENCH.abbreviationCursor = k;
            List<PublicService> search = BENCH.searchAbbreviation();
            BENCH.abbreviationCursor = k;
            List<PublicService> scan = BENCH.scanAbbreviation();
            assertThat(scan).as(CatalogBenchmark.ABBREVIATIONS[k]).isNotEmpty();
            assertThat(ids(search)).as(CatalogBenchmark.ABBREVIATIONS[k]).containsAll(ids(scan));
            more += search.size() - scan.size();
        }
        // services titled "Surat Keterangan Tidak Mampu" without the keyword SKTM: only the search finds them
        assertThat(more).isGreaterThan(100);
        BENCH.abbreviationCursor = 0;
        assertThat(BENCH.searchAbbreviation()).extracting(s -> s.concept().orElse(""))
                .containsOnly("sktm");
    }

    @Test
    void onlineShareByKelurahan_equalsTheLoop() {
        var metrics = BENCH.onlineShareByKelurahan();
        var loop = BENCH.loopOnlineShareByKelurahan();
        assertThat(metrics).isEqualTo(loop);
        assertThat(new ArrayList<>(metrics.keySet())).isEqualTo(new ArrayList<>(loop.keySet()));
        assertThat(metrics).hasSize(BENCH.catalog.instansi().stream().mapToInt(a -> BENCH.catalog.villagesOf(a.id()).size()).sum());
        assertThat(metrics.values().stream().filter(s -> s.part() > 0)).isNotEmpty();
    }

    @Test
    void onlineShareByOpd_equalsTheLoop() {
        var metrics = BENCH.onlineShareByOpd();
        var loop = BENCH.loopOnlineShareByOpd();
        assertThat(metrics).isEqualTo(loop);
        assertThat(new ArrayList<>(metrics.keySet())).isEqualTo(new ArrayList<>(loop.keySet()));
    }

    @Test
    void completeness_equalsTheMissingComponents() {
        List<CatalogMetrics.Completeness> metrics = BENCH.completeness();
        assertThat(metrics.stream().map(CatalogMetrics.Completeness::missing).toList())
                .isEqualTo(BENCH.loopMissingComponents());
        assertThat(metrics.stream().map(CatalogMetrics.Completeness::service).toList()).isEqualTo(BENCH.services);
        assertThat(new HashSet<>(BENCH.loopMissingComponents())).hasSizeGreaterThan(10);
    }

    @Test
    void pilots_equalsTheLoop() {
        assertThat(BENCH.pilots()).isEqualTo(BENCH.loopPilots()).hasSizeGreaterThan(28);
    }

    @Test
    void buildAndWith_giveTheCatalog() {
        Catalog built = BENCH.build();
        assertThat(built.services()).isEqualTo(BENCH.services);
        Catalog changed = BENCH.withOneService();
        assertThat(changed.size()).isEqualTo(10_000);
        assertThat(changed.service(BENCH.changed.id())).contains(BENCH.changed);
        assertThat(changed.search("diubah")).containsExactly(BENCH.changed);
    }

    @Test
    void cyclesThroughEveryInput() {
        BENCH.cursor = 0;
        List<PublicService> first = BENCH.queryKelurahan();
        for (int k = 1; k < CatalogBenchmark.INPUTS; k++) {
            BENCH.queryKelurahan();
        }
        assertThat(BENCH.queryKelurahan()).isEqualTo(first);
        assertThat(new HashSet<>(List.of(BENCH.villages))).hasSizeGreaterThan(CatalogBenchmark.INPUTS * 3 / 4);
    }
}
