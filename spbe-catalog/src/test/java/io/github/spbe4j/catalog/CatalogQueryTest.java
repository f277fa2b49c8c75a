package io.github.spbe4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import io.github.spbe4j.catalog.testing.KotaContoh;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.agency.UnitKind;
import io.github.spbe4j.core.identifier.RegionCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogQueryTest {

    private static final Catalog CATALOG = KotaContoh.catalog();

    private static List<String> ids(CatalogQuery q) {
        assertThat(q.count()).isEqualTo(q.list().size());
        assertThat(q.stream().toList()).isEqualTo(q.list());
        assertThat(q.first()).isEqualTo(q.list().stream().findFirst());
        return q.list().stream().map(PublicService::id).toList();
    }

    @Test
    void query_unnarrowed_isEveryServiceInCatalogOrder() {
        assertThat(CATALOG.query().list()).isEqualTo(CATALOG.services());
        assertThat(CATALOG.query().count()).isEqualTo(12);
    }

    @Test
    void instansi_knownOrUnknownId_allOrNothing() {
        assertThat(CATALOG.query().instansi("kota-contoh").count()).isEqualTo(12);
        assertThat(ids(CATALOG.query().instansi("kota-lain"))).isEmpty();
    }

    @Test
    void unit_responsibleOrExecutingUnit_matchesBoth() {
        assertThat(ids(CATALOG.query().unit("disdukcapil")))
                .containsExactly("ktp-el", "kartu-keluarga", "akta-kelahiran", "legalisir-daring", "surat-pindah-manual");
        assertThat(ids(CATALOG.query().unit("kel-contoh-satu"))).containsExactly("sktm-daring-contoh-satu", "sktm", "sku");
        assertThat(ids(CATALOG.query().unit("kel-contoh-dua"))).containsExactly("sktm", "sku");
        assertThat(ids(CATALOG.query().unit("kec-contoh-utara"))).containsExactly("sktm", "sku");
        assertThat(ids(CATALOG.query().unit("bappeda"))).isEmpty();
    }

    @Test
    void kelurahan_village_listedOrEverywhereInItsRegion() {
        List<String> everywhere = List.of("ktp-el", "kartu-keluarga", "akta-kelahiran", "pbg", "izin-reklame", "sktm", "sku",
                "rekomendasi-bansos", "pendaftaran-dtks", "legalisir-daring", "surat-pindah-manual");
        List<String> satu = new ArrayList<>(everywhere);
        satu.add(5, "sktm-daring-contoh-satu");
        assertThat(ids(CATALOG.query().kelurahan(KotaContoh.KEL_SATU))).containsExactlyElementsOf(satu);
        assertThat(ids(CATALOG.query().kelurahan(KotaContoh.KEL_LIMA))).containsExactlyElementsOf(everywhere);
        assertThat(ids(CATALOG.query().kelurahan(RegionCode.parse("99.71.02.1001")))).containsExactlyElementsOf(everywhere);
        assertThat(ids(CATALOG.query().kelurahan(RegionCode.parse("99.72.01.1001")))).isEmpty();
    }

    @Test
    void conceptLifeEventChannel_eachFilter_matchesExactly() {
        assertThat(ids(CATALOG.query().concept("sktm"))).containsExactly("sktm-daring-contoh-satu", "sktm");
        assertThat(ids(CATALOG.query().concept("kk"))).isEmpty();
        assertThat(ids(CATALOG.query().lifeEvent("kelahiran"))).containsExactly("kartu-keluarga", "akta-kelahiran");
        assertThat(ids(CATALOG.query().lifeEvent("memulai-usaha"))).containsExactly("pbg", "izin-reklame", "sku");
        assertThat(ids(CATALOG.query().channel(Channel.Kind.MAL_PELAYANAN_PUBLIK))).containsExactly("ktp-el", "izin-reklame");
        assertThat(ids(CATALOG.query().channel(Channel.Kind.KELURAHAN_OFFICE)))
                .containsExactly("sktm-daring-contoh-satu", "sktm", "sku");
        assertThat(ids(CATALOG.query().channel(Channel.Kind.KIOSK))).isEmpty();
    }

    @Test
    void digitalLevel_exactOrAtLeast_matchesTheLevels() {
        assertThat(ids(CATALOG.query().digitalLevel(DigitalLevel.TRANSAKSI)))
                .containsExactly("kartu-keluarga", "sktm-daring-contoh-satu", "pendaftaran-dtks", "legalisir-daring");
        assertThat(ids(CATALOG.query().digitalLevel(DigitalLevel.INFORMASI))).isEmpty();
        assertThat(ids(CATALOG.query().digitalLevelAtLeast(DigitalLevel.INTERAKSI)))
                .containsExactly("ktp-el", "kartu-keluarga", "pbg", "sktm-daring-contoh-satu", "pendaftaran-dtks", "legalisir-daring");
        assertThat(ids(CATALOG.query().digitalLevelAtLeast(DigitalLevel.KOLABORASI))).containsExactly("pbg");
        assertThat(CATALOG.query().digitalLevelAtLeast(DigitalLevel.INFORMASI).count()).isEqualTo(6);
    }

    @Test
    void status_severalGiven_matchesAnyOfThem() {
        assertThat(ids(CATALOG.query().status(ServiceStatus.PILOT))).containsExactly("sktm-daring-contoh-satu");
        assertThat(ids(CATALOG.query().status(ServiceStatus.PLANNED, ServiceStatus.RETIRED)))
                .containsExactly("legalisir-daring", "surat-pindah-manual");
        assertThat(CATALOG.query().status(ServiceStatus.PILOT, ServiceStatus.ACTIVE).count()).isEqualTo(10);
    }

    @Test
    void onlineAndNotOnline_together_partitionTheCatalog() {
        assertThat(ids(CATALOG.query().online()))
                .containsExactly("kartu-keluarga", "pbg", "sktm-daring-contoh-satu", "pendaftaran-dtks", "legalisir-daring");
        assertThat(ids(CATALOG.query().notOnline()))
                .containsExactly("ktp-el", "akta-kelahiran", "izin-reklame", "sktm", "sku", "rekomendasi-bansos", "surat-pindah-manual");
        assertThat(ids(CATALOG.query().online().notOnline())).isEmpty();
    }

    @Test
    void narrowing_severalFilters_allConditionsHold() {
        assertThat(ids(CATALOG.query().kelurahan(KotaContoh.KEL_SATU).concept("sktm").online()))
                .containsExactly("sktm-daring-contoh-satu");
        assertThat(ids(CATALOG.query().kelurahan(KotaContoh.KEL_DUA).concept("sktm").online())).isEmpty();
        assertThat(ids(CATALOG.query().unit("disdukcapil").status(ServiceStatus.ACTIVE).channel(Channel.Kind.COUNTER)))
                .containsExactly("ktp-el", "kartu-keluarga", "akta-kelahiran");
        assertThat(ids(CATALOG.query().channel(Channel.Kind.WEB).notOnline())).containsExactly("ktp-el");
    }

    @Test
    void narrowing_leavesTheOriginalQueryUnchanged() {
        CatalogQuery disdukcapil = CATALOG.query().unit("disdukcapil");
        CatalogQuery online = disdukcapil.online();
        CatalogQuery matching = disdukcapil.matching("kartu");
        assertThat(disdukcapil.count()).isEqualTo(5);
        assertThat(ids(online)).containsExactly("kartu-keluarga", "legalisir-daring");
        assertThat(ids(matching)).contains("kartu-keluarga");
        assertThat(ids(disdukcapil))
                .containsExactly("ktp-el", "kartu-keluarga", "akta-kelahiran", "legalisir-daring", "surat-pindah-manual");
        CatalogQuery all = CATALOG.query();
        all.status(ServiceStatus.PILOT);
        assertThat(all.count()).isEqualTo(12);
    }

    @Test
    void matching_withFilters_keepsTheSearchOrderOfTheSurvivors() {
        for (String words : List.of("surat", "surat keterangan", "kartu", "sktm", "izin", "penerbitan", "pendaftaran")) {
            List<PublicService> found = CATALOG.search(words);
            assertThat(CATALOG.query().matching(words).list()).isEqualTo(found);
            assertThat(CATALOG.query().kelurahan(KotaContoh.KEL_DUA).matching(words).list())
                    .isEqualTo(found.stream().filter(s -> !s.id().equals("sktm-daring-contoh-satu")).toList());
            assertThat(CATALOG.query().matching(words).notOnline().list())
                    .isEqualTo(found.stream().filter(s -> !s.online()).toList());
            assertThat(CATALOG.query().matching(words).count()).isEqualTo(found.size());
        }
    }

    @Test
    void matching_sktmAtAKelurahanWithoutThePilot_findsOnlyTheCounterService() {
        assertThat(ids(CATALOG.query().kelurahan(KotaContoh.KEL_DUA).matching("sktm"))).containsExactly("sktm");
        assertThat(ids(CATALOG.query().kelurahan(KotaContoh.KEL_SATU).matching("sktm")))
                .containsExactlyInAnyOrder("sktm", "sktm-daring-contoh-satu");
    }

    @Test
    void matching_twice_requiresTheWordsOfBoth() {
        assertThat(ids(CATALOG.query().matching("surat").matching("usaha"))).containsExactly("sku");
        assertThat(ids(CATALOG.query().matching("surat keterangan usaha"))).containsExactly("sku");
        assertThat(ids(CATALOG.query().matching("sktm").matching("paspor"))).isEmpty();
    }

    @Test
    void matching_blankOrStopWords_matchesNothingEvenWithFilters() {
        assertThat(ids(CATALOG.query().matching(""))).isEmpty();
        assertThat(ids(CATALOG.query().unit("disdukcapil").matching("dan"))).isEmpty();
    }

    @Test
    void publicApi_nullArguments_throwNullPointerException() {
        new NullPointerTester().setDefault(String.class, "sktm").setDefault(RegionCode.class, KotaContoh.KEL_SATU)
                .testAllPublicInstanceMethods(CATALOG.query());
    }

    // property test: random catalogs and queries against plain predicates

    /** One filter, applied both to a query and, independently, as a predicate on a service. */
    private record Filter(String name, Function<CatalogQuery, CatalogQuery> query, Predicate<PublicService> oracle) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Whether a service is available in a village, by code text: listed, or everywhere in a region the code starts with. */
    static boolean oracleAvailable(Catalog catalog, PublicService s, RegionCode village) {
        if (s.availability() instanceof Availability.Villages v) {
            return v.villages().stream().anyMatch(c -> c.toString().equals(village.toString()));
        }
        Instansi agency = catalog.instansi().stream().filter(a -> a.id().equals(s.authority().instansi())).findFirst()
                .orElseThrow();
        return agency.region().map(r -> village.toString().startsWith(r.toString() + ".")).orElse(true);
    }

    static boolean oracleOnline(PublicService s) {
        return s.digitalLevel().map(l -> l.level() >= 3).orElse(false);
    }

    private static Filter randomFilter(Random random, Catalog catalog) {
        List<String> agencies = new ArrayList<>(catalog.instansi().stream().map(Instansi::id).toList());
        agencies.add("tidak-ada");
        List<String> units = new ArrayList<>(catalog.instansi().stream().flatMap(a -> a.allUnits().stream()).map(Unit::id).toList());
        units.add("tidak-ada");
        List<RegionCode> villages = new ArrayList<>(catalog.instansi().stream().flatMap(a -> a.allUnits().stream())
                .filter(u -> u.kind() == UnitKind.KELURAHAN || u.kind() == UnitKind.DESA).flatMap(u -> u.region().stream()).toList());
        villages.add(RegionCode.parse("98.71.01.1001"));
        switch (random.nextInt(11)) {
            case 0: {
                String a = agencies.get(random.nextInt(agencies.size()));
                return new Filter("instansi " + a, q -> q.instansi(a), s -> s.authority().instansi().equals(a));
            }
            case 1: {
                String u = units.get(random.nextInt(units.size()));
                return new Filter("unit " + u, q -> q.unit(u),
                        s -> s.authority().unit().filter(u::equals).isPresent() || s.executingUnits().contains(u));
            }
            case 2: {
                RegionCode v = villages.get(random.nextInt(villages.size()));
                return new Filter("kelurahan " + v, q -> q.kelurahan(v), s -> oracleAvailable(catalog, s, v));
            }
            case 3: {
                String c = random.nextInt(4) == 0 ? "tidak-ada" : RandomCatalogs.CONCEPTS.get(random.nextInt(3));
                return new Filter("concept " + c, q -> q.concept(c), s -> s.concept().orElse("").equals(c));
            }
            case 4: {
                String e = RandomCatalogs.LIFE_EVENTS.get(random.nextInt(3));
                return new Filter("lifeEvent " + e, q -> q.lifeEvent(e),
                        s -> s.lifeEvents().stream().anyMatch(x -> x.id().equals(e)));
            }
            case 5: {
                Channel.Kind k = Channel.Kind.values()[random.nextInt(Channel.Kind.values().length)];
                return new Filter("channel " + k, q -> q.channel(k), s -> s.channels().stream().anyMatch(c -> c.kind() == k));
            }
            case 6: {
                DigitalLevel l = DigitalLevel.values()[random.nextInt(5)];
                return new Filter("digitalLevel " + l, q -> q.digitalLevel(l), s -> s.digitalLevel().orElse(null) == l);
            }
            case 7: {
                DigitalLevel l = DigitalLevel.values()[random.nextInt(5)];
                return new Filter("digitalLevelAtLeast " + l, q -> q.digitalLevelAtLeast(l),
                        s -> s.digitalLevel().map(x -> x.level() >= l.level()).orElse(false));
            }
            case 8: {
                ServiceStatus first = ServiceStatus.values()[random.nextInt(4)];
                ServiceStatus second = ServiceStatus.values()[random.nextInt(4)];
                Set<ServiceStatus> any = EnumSet.of(first, second);
                return new Filter("status " + any, q -> q.status(first, second),
                        s -> any.contains(s.status()));
            }
            case 9:
                return new Filter("online", CatalogQuery::online, CatalogQueryTest::oracleOnline);
            default:
                return new Filter("notOnline", CatalogQuery::notOnline, s -> !oracleOnline(s));
        }
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 150).mapToObj(i -> 9971L * 1_000 + i);
    }

    @Test
    void randomCatalogs_overTheSeeds_coverEveryCaseTheOracleDistinguishes() {
        List<Catalog> catalogs = seeds().map(seed -> RandomCatalogs.generate(new Random(seed))).toList();
        List<PublicService> all = catalogs.stream().flatMap(c -> c.services().stream()).toList();
        assertThat(all).hasSizeGreaterThan(1_000);
        assertThat(all).anyMatch(s -> s.availability() instanceof Availability.Villages);
        assertThat(all).anyMatch(s -> s.authority().instansi().equals("pusat"));
        assertThat(all).anyMatch(s -> s.authority().instansi().equals("kab-0") && s.availability() instanceof Availability.Villages);
        assertThat(all).anyMatch(s -> s.authority().unit().isEmpty());
        assertThat(all).anyMatch(s -> !s.executingUnits().isEmpty());
        assertThat(all).anyMatch(s -> s.concept().isPresent());
        assertThat(all).anyMatch(s -> s.channels().isEmpty());
        for (ServiceStatus status : ServiceStatus.values()) {
            assertThat(all).anyMatch(s -> s.status() == status);
        }
        for (DigitalLevel level : DigitalLevel.values()) {
            assertThat(all).anyMatch(s -> s.digitalLevel().orElse(null) == level);
        }
        assertThat(catalogs).anyMatch(c -> c.size() == 0);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void list_randomCatalogAndFilters_equalsPlainFilteringOfTheServices(long seed) {
        Random random = new Random(seed);
        Catalog catalog = RandomCatalogs.generate(random);
        for (int round = 0; round < 20; round++) {
            List<Filter> filters = new ArrayList<>();
            CatalogQuery q = catalog.query();
            Predicate<PublicService> oracle = s -> true;
            for (int f = random.nextInt(4); f > 0; f--) {
                Filter filter = randomFilter(random, catalog);
                filters.add(filter);
                q = filter.query().apply(q);
                oracle = oracle.and(filter.oracle());
            }
            List<PublicService> expected = catalog.services().stream().filter(oracle).toList();
            assertThat(q.list()).as("seed %d, filters %s", seed, filters).isEqualTo(expected);
            assertThat(q.count()).as("seed %d, filters %s", seed, filters).isEqualTo(expected.size());
            String word = RandomCatalogs.WORDS.get(random.nextInt(RandomCatalogs.WORDS.size()));
            List<PublicService> found = catalog.search(word);
            assertThat(q.matching(word).list()).as("seed %d, filters %s, matching %s", seed, filters, word)
                    .isEqualTo(found.stream().filter(oracle).toList());
            assertThat(found).as("every service titled with %s is found", word)
                    .containsAll(catalog.services().stream().filter(s -> List.of(s.title().split(" ")).contains(word)).toList());
        }
    }
}
