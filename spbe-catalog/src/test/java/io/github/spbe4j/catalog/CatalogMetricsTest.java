package io.github.spbe4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.spbe4j.catalog.testing.KotaContoh;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.agency.UnitKind;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.identifier.RegionCode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogMetricsTest {

    private static final Catalog CATALOG = KotaContoh.catalog();
    private static final CatalogMetrics METRICS = CATALOG.metrics();
    private static final FrameworkRegistry FRAMEWORKS = FrameworkRegistry.builtIn();

    private static PublicService service(String id) {
        return CATALOG.service(id).orElseThrow();
    }

    private static List<String> ids(List<PublicService> services) {
        return services.stream().map(PublicService::id).toList();
    }

    @Test
    void onlineShare_kotaContoh_isFourOfTenDelivered() {
        // delivered: 10 (planned legalisir-daring and retired surat-pindah-manual do not count);
        // online: kartu-keluarga, pbg, sktm-daring-contoh-satu, pendaftaran-dtks
        assertThat(METRICS.onlineShare()).isEqualTo(new Share(4, 10));
        assertThat(METRICS.onlineShare().percent()).isEqualByComparingTo("40.0");
    }

    @Test
    void onlineShareByOpd_kotaContoh_exactlyInOrderOfFirstMention() {
        Map<Authority, Share> byOpd = METRICS.onlineShareByOpd();
        // the kelurahan's own online SKTM pilot counts for its kecamatan, the OPD above it
        assertThat(byOpd).containsExactly(
                Map.entry(Authority.of("kota-contoh", "disdukcapil"), new Share(1, 3)),
                Map.entry(Authority.of("kota-contoh", "dpmptsp"), new Share(1, 2)),
                Map.entry(Authority.of("kota-contoh", "kec-contoh-utara"), new Share(1, 3)),
                Map.entry(Authority.of("kota-contoh", "dinsos"), new Share(1, 2)));
        assertThatThrownBy(byOpd::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void onlineShareByKelurahan_kotaContoh_pilotKelurahanAheadOfTheOthers() {
        // everywhere and delivered: 9 services, 3 online; Kelurahan Contoh Satu also has the SKTM pilot
        Map<RegionCode, Share> byKelurahan = METRICS.onlineShareByKelurahan();
        assertThat(byKelurahan).containsExactly(
                Map.entry(KotaContoh.KEL_SATU, new Share(4, 10)),
                Map.entry(KotaContoh.KEL_DUA, new Share(3, 9)),
                Map.entry(KotaContoh.KEL_TIGA, new Share(3, 9)),
                Map.entry(KotaContoh.KEL_EMPAT, new Share(3, 9)),
                Map.entry(KotaContoh.KEL_LIMA, new Share(3, 9)));
        assertThat(byKelurahan.get(KotaContoh.KEL_DUA)).hasToString("3/9 (33.3%)");
    }

    @Test
    void rollout_sktmPilot_reachedTheOneKelurahan() {
        Rollout r = METRICS.rollout(service("sktm-daring-contoh-satu"));
        assertThat(r.subject()).isEqualTo("sktm-daring-contoh-satu");
        assertThat(r.reached()).containsExactly(KotaContoh.KEL_SATU);
        assertThat(r.notReached()).containsExactly(KotaContoh.KEL_DUA, KotaContoh.KEL_TIGA, KotaContoh.KEL_EMPAT, KotaContoh.KEL_LIMA);
        assertThat(r.share()).isEqualTo(new Share(1, 5));
        assertThat(r.share()).hasToString("1/5 (20.0%)");
        assertThat(r.complete()).isFalse();
    }

    @Test
    void rollout_everywhereService_isComplete() {
        Rollout r = METRICS.rollout(service("sktm"));
        assertThat(r.reached()).containsExactlyElementsOf(KotaContoh.KELURAHAN);
        assertThat(r.notReached()).isEmpty();
        assertThat(r.complete()).isTrue();
    }

    @Test
    void rollout_serviceNotInTheCatalog_isRefused() {
        PublicService stranger = service("sku").toBuilder().keywords(List.of("lain")).build();
        assertThatThrownBy(() -> METRICS.rollout(stranger)).isInstanceOf(InvalidCatalogException.class)
                .hasMessage("service sku is not in this catalog");
    }

    @Test
    void pilots_kotaContoh_isTheSktmPilotRollout() {
        assertThat(METRICS.pilots()).containsExactly(new Rollout("sktm-daring-contoh-satu", List.of(KotaContoh.KEL_SATU),
                List.of(KotaContoh.KEL_DUA, KotaContoh.KEL_TIGA, KotaContoh.KEL_EMPAT, KotaContoh.KEL_LIMA)));
    }

    @Test
    void onlineRollout_byConcept_villagesWithADeliveredOnlineInstance() {
        Rollout sktm = METRICS.onlineRollout("sktm");
        assertThat(sktm.subject()).isEqualTo("sktm");
        assertThat(sktm.reached()).containsExactly(KotaContoh.KEL_SATU);
        assertThat(sktm.share()).isEqualTo(new Share(1, 5));
        Rollout ktp = METRICS.onlineRollout("ktp-el");
        assertThat(ktp.reached()).isEmpty();
        assertThat(ktp.notReached()).containsExactlyElementsOf(KotaContoh.KELURAHAN);
        assertThat(METRICS.onlineRollout("pbg").complete()).isTrue();
        Rollout none = METRICS.onlineRollout("skck");
        assertThat(none.reached()).isEmpty();
        assertThat(none.notReached()).isEmpty();
    }

    @Test
    void onlineRollout_pilotRetired_reachesNothing() {
        PublicService pilot = service("sktm-daring-contoh-satu");
        Catalog retired = CATALOG.with(pilot.toBuilder().status(ServiceStatus.RETIRED).build());
        assertThat(retired.metrics().onlineRollout("sktm").reached()).isEmpty();
        assertThat(retired.metrics().onlineRollout("sktm").notReached()).hasSize(5);
        assertThat(retired.metrics().pilots()).isEmpty();
        assertThat(retired.metrics().onlineShare()).isEqualTo(new Share(3, 9));
    }

    @Test
    void completeness_kotaContoh_everyServiceInCatalogOrder() {
        List<CatalogMetrics.Completeness> all = METRICS.completeness();
        assertThat(all).extracting(c -> c.service().id()).containsExactlyElementsOf(ids(CATALOG.services()));
        assertThat(all.get(0).complete()).isTrue();
        assertThat(all.get(0).stated()).isEqualTo(new Share(14, 14));
        assertThat(all.get(1).stated()).isEqualTo(new Share(7, 14));
        assertThat(all.get(2).stated()).isEqualTo(new Share(5, 14));
        assertThat(all.get(8).missing()).containsExactly(StandarComponent.PERSYARATAN, StandarComponent.PROSEDUR,
                StandarComponent.JANGKA_WAKTU, StandarComponent.BIAYA, StandarComponent.DASAR_HUKUM,
                StandarComponent.SARANA_PRASARANA, StandarComponent.KOMPETENSI_PELAKSANA, StandarComponent.PENGAWASAN_INTERNAL,
                StandarComponent.JUMLAH_PELAKSANA, StandarComponent.JAMINAN_PELAYANAN, StandarComponent.JAMINAN_KEAMANAN,
                StandarComponent.EVALUASI_KINERJA);
        assertThat(all.get(11).stated()).isEqualTo(new Share(0, 14));
        assertThat(all).allSatisfy(c -> assertThat(c.missing()).isEqualTo(c.service().missingComponents()));
    }

    @Test
    void missingCounts_kotaContoh_exactlyForEveryComponent() {
        Map<StandarComponent, Integer> expected = new EnumMap<>(StandarComponent.class);
        expected.put(StandarComponent.PERSYARATAN, 3);   // bansos, legalisir, pindah
        expected.put(StandarComponent.PROSEDUR, 5);      // akta, reklame, bansos, legalisir, pindah
        expected.put(StandarComponent.JANGKA_WAKTU, 4);  // akta, bansos, legalisir, pindah
        expected.put(StandarComponent.BIAYA, 3);         // bansos, legalisir, pindah
        expected.put(StandarComponent.PRODUK, 2);        // legalisir, pindah
        expected.put(StandarComponent.PENGADUAN, 3);     // sku, legalisir, pindah
        expected.put(StandarComponent.DASAR_HUKUM, 4);   // sku, bansos, legalisir, pindah
        for (int n = 8; n <= 14; n++) {
            expected.put(StandarComponent.of(n), 11);    // all but ktp-el
        }
        assertThat(METRICS.missingCounts()).containsExactlyEntriesOf(expected);
    }

    @Test
    void missingCounts_emptyCatalog_isZeroForEveryComponent() {
        Map<StandarComponent, Integer> counts = Catalog.of(List.of(), List.of(), List.of()).metrics().missingCounts();
        assertThat(counts).hasSize(14).allSatisfy((c, n) -> assertThat(n).isZero());
    }

    @Test
    void withoutComplaintChannel_kotaContoh_onlyTheDeliveredSku() {
        assertThat(ids(METRICS.withoutComplaintChannel())).containsExactly("sku");
    }

    @Test
    void evidence_spbe2020_indicators42and45to47WithCandidatesStrongestFirst() {
        List<CatalogMetrics.EvidenceCandidates> evidence = METRICS.evidence(FRAMEWORKS.get("spbe-2020"));
        assertThat(evidence).extracting(e -> e.indicator().code()).containsExactly("42", "45", "46", "47");
        CatalogMetrics.EvidenceCandidates complaints = evidence.get(0);
        assertThat(complaints.role()).isEqualTo(EvidenceMapping.Role.COMPLAINT_HANDLING);
        // SP4N-LAPOR! first, then the others, each group in catalog order; sku has no channel, planned and retired don't count
        assertThat(ids(complaints.services())).containsExactly("ktp-el", "kartu-keluarga", "sktm-daring-contoh-satu",
                "pendaftaran-dtks", "akta-kelahiran", "pbg", "izin-reklame", "sktm", "rekomendasi-bansos");
        for (CatalogMetrics.EvidenceCandidates e : evidence.subList(1, 4)) {
            assertThat(e.role()).isEqualTo(EvidenceMapping.Role.PUBLIC_SERVICE);
            // highest level first (Kolaborasi, then Transaksi in catalog order, then Interaksi); no level, no candidate
            assertThat(ids(e.services())).containsExactly("pbg", "kartu-keluarga", "sktm-daring-contoh-satu",
                    "pendaftaran-dtks", "ktp-el");
            assertThat(e.highestLevel()).contains(DigitalLevel.KOLABORASI);
            assertThat(e.note()).isEqualTo("spbe4j reading: public services of the agency's own choosing (medium)");
        }
        assertThat(complaints.note()).isEqualTo("spbe4j reading of the indicator name (medium)");
    }

    @Test
    void evidence_pemdi2026_i17PublicServiceAndI19Complaints() {
        List<CatalogMetrics.EvidenceCandidates> evidence = METRICS.evidence(FRAMEWORKS.get("pemdi-2026"));
        assertThat(evidence).extracting(e -> e.indicator().code(), CatalogMetrics.EvidenceCandidates::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("I17", EvidenceMapping.Role.PUBLIC_SERVICE),
                org.assertj.core.groups.Tuple.tuple("I19", EvidenceMapping.Role.COMPLAINT_HANDLING));
        assertThat(ids(evidence.get(0).services())).first().isEqualTo("pbg");
        assertThat(ids(evidence.get(1).services())).hasSize(9).first().isEqualTo("ktp-el");
        assertThat(evidence.get(1).note()).endsWith("(low)");
    }

    @Test
    void evidence_spbe2018Variants_mapTheirOwnIndicators() {
        assertThat(METRICS.evidence(FRAMEWORKS.get("spbe-2018"))).extracting(e -> e.indicator().code())
                .containsExactly("32", "35.1", "35.2", "35.3");
        assertThat(METRICS.evidence(FRAMEWORKS.get("spbe-2018-35x3"))).extracting(e -> e.indicator().code())
                .containsExactly("32", "35.1", "35.2", "35.3");
        assertThat(METRICS.evidence(FRAMEWORKS.get("spbe-2018-35x1"))).extracting(e -> e.indicator().code())
                .containsExactly("32", "35");
    }

    @Test
    void evidence_frameworkWithoutMappedIndicators_isEmpty() {
        Framework spbe2020 = FRAMEWORKS.get("spbe-2020");
        assertThat(METRICS.evidence(spbe2020, EvidenceMapping.of(List.of()))).isEmpty();
        assertThat(METRICS.evidence(spbe2020, EvidenceMapping.of(EvidenceMapping.builtIn().entriesFor("pemdi-2026")))).isEmpty();
        EvidenceMapping unknownCode = EvidenceMapping.of(List.of(
                new EvidenceMapping.Entry("spbe-2020", "99", EvidenceMapping.Role.PUBLIC_SERVICE, "tidak ada")));
        assertThat(METRICS.evidence(spbe2020, unknownCode)).isEmpty();
    }

    @Test
    void evidence_ownMapping_isFollowedInItsOrder() {
        Framework spbe2020 = FRAMEWORKS.get("spbe-2020");
        EvidenceMapping mine = EvidenceMapping.of(List.of(
                new EvidenceMapping.Entry("spbe-2020", "47", EvidenceMapping.Role.COMPLAINT_HANDLING, "milik sendiri"),
                new EvidenceMapping.Entry("spbe-2020", "45", EvidenceMapping.Role.PUBLIC_SERVICE, "milik sendiri")));
        List<CatalogMetrics.EvidenceCandidates> e = METRICS.evidence(spbe2020, mine);
        assertThat(e).extracting(x -> x.indicator().code()).containsExactly("47", "45");
        assertThat(e.get(0).services()).hasSize(9);
        assertThat(e.get(0).note()).isEqualTo("milik sendiri");
        Indicator i47 = spbe2020.indicator("47").orElseThrow();
        assertThat(e.get(0).indicator()).isEqualTo(i47);
    }

    @Test
    void evidence_noLevelAnywhere_hasNoHighestLevel() {
        Catalog counters = Catalog.of(List.of(KotaContoh.instansi()), KotaContoh.concepts(),
                List.of(service("akta-kelahiran"), service("sku")));
        List<CatalogMetrics.EvidenceCandidates> e = counters.metrics().evidence(FRAMEWORKS.get("spbe-2020"));
        assertThat(e.get(1).services()).isEmpty();
        assertThat(e.get(1).highestLevel()).isEmpty();
        assertThat(ids(e.get(0).services())).containsExactly("akta-kelahiran");
    }

    @Test
    void metrics_emptyCatalog_everyFigureEmpty() {
        CatalogMetrics m = Catalog.of(List.of(KotaContoh.instansi()), List.of(), List.of()).metrics();
        assertThat(m.onlineShare()).isEqualTo(new Share(0, 0));
        assertThat(m.onlineShareByOpd()).isEmpty();
        assertThat(m.onlineShareByKelurahan()).hasSize(5).allSatisfy((v, s) -> assertThat(s).isEqualTo(new Share(0, 0)));
        assertThat(m.pilots()).isEmpty();
        assertThat(m.completeness()).isEmpty();
        assertThat(m.withoutComplaintChannel()).isEmpty();
    }

    @Test
    void publicApi_nullArguments_throwNullPointerException() {
        new NullPointerTester().setDefault(String.class, "sktm")
                .setDefault(PublicService.class, service("sktm"))
                .setDefault(Framework.class, FRAMEWORKS.get("spbe-2020"))
                .setDefault(EvidenceMapping.class, EvidenceMapping.builtIn())
                .testAllPublicInstanceMethods(METRICS);
    }

    // property test: the share by kelurahan against a count over the service list

    static Stream<Long> seeds() {
        return IntStream.range(0, 150).mapToObj(i -> 6271L * 1_000 + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void onlineShareByKelurahan_randomCatalog_equalsCountOverDeliveredServices(long seed) {
        Catalog catalog = RandomCatalogs.generate(new Random(seed));
        Map<RegionCode, Share> expected = new LinkedHashMap<>();
        for (Instansi agency : catalog.instansi()) {
            for (Unit u : agency.allUnits()) {
                if (u.kind() != UnitKind.KELURAHAN && u.kind() != UnitKind.DESA) {
                    continue;
                }
                int delivered = 0;
                int online = 0;
                for (PublicService s : catalog.services()) {
                    boolean counts = s.status() == ServiceStatus.ACTIVE || s.status() == ServiceStatus.PILOT;
                    if (counts && CatalogQueryTest.oracleAvailable(catalog, s, u.region().orElseThrow())) {
                        delivered++;
                        if (CatalogQueryTest.oracleOnline(s)) {
                            online++;
                        }
                    }
                }
                expected.putIfAbsent(u.region().orElseThrow(), new Share(online, delivered));
            }
        }
        assertThat(new ArrayList<>(catalog.metrics().onlineShareByKelurahan().entrySet()))
                .as("seed %d", seed).isEqualTo(new ArrayList<>(expected.entrySet()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void onlineShare_randomCatalog_equalsCountOverDeliveredServices(long seed) {
        Catalog catalog = RandomCatalogs.generate(new Random(seed));
        List<PublicService> delivered = catalog.services().stream()
                .filter(s -> s.status() == ServiceStatus.ACTIVE || s.status() == ServiceStatus.PILOT).toList();
        long online = delivered.stream().filter(CatalogQueryTest::oracleOnline).count();
        assertThat(catalog.metrics().onlineShare()).isEqualTo(new Share((int) online, delivered.size()));
        int sum = catalog.metrics().onlineShareByOpd().values().stream().mapToInt(Share::total).sum();
        assertThat(sum).isEqualTo(delivered.size());
    }
}
