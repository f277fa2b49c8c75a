package io.github.spbe4j.catalog;

import io.github.spbe4j.core.agency.GovernmentKind;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.agency.UnitKind;
import io.github.spbe4j.core.identifier.RegionCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random catalogs, valid by construction, for the property tests of queries and metrics: two
 * or three fictional cities (province 99) with one or two kecamatan of one to four kelurahan, sometimes
 * a regency with desa and a central agency, three concepts, three life events, and 0..40 services with
 * random channels, levels, statuses and availability.
 */
final class RandomCatalogs {

    static final List<String> CONCEPTS = List.of("sktm", "ktp-el", "pbg");
    static final List<String> LIFE_EVENTS = List.of("kelahiran", "memulai-usaha", "pindah");
    static final List<String> WORDS = List.of("surat", "keterangan", "izin", "kartu", "usaha", "sosial", "bangunan",
            "penduduk", "akta", "rekomendasi");

    private RandomCatalogs() {
    }

    static Catalog generate(Random random) {
        List<Instansi> agencies = new ArrayList<>();
        int cities = 2 + random.nextInt(2);
        for (int c = 0; c < cities; c++) {
            agencies.add(city(random, "kota-" + c, "99." + (71 + c)));
        }
        if (random.nextBoolean()) {
            agencies.add(Instansi.of("kab-0", "Pemerintah Kabupaten Contoh", GovernmentKind.REGENCY, RegionCode.parse("99.01"),
                    List.of(Unit.of("kab-0-dinsos", "Dinas Sosial", UnitKind.DINAS),
                            Unit.of("kab-0-kec", "Kecamatan", UnitKind.KECAMATAN, RegionCode.parse("99.01.01")).with(
                                    Unit.of("kab-0-desa-1", "Desa Satu", UnitKind.DESA, RegionCode.parse("99.01.01.2001")),
                                    Unit.of("kab-0-desa-2", "Desa Dua", UnitKind.DESA, RegionCode.parse("99.01.01.2002"))))));
        }
        if (random.nextBoolean()) {
            agencies.add(Instansi.of("pusat", "Kementerian Contoh", GovernmentKind.CENTRAL, null,
                    List.of(Unit.of("pusat-ditjen", "Direktorat Jenderal", UnitKind.OTHER))));
        }
        List<ServiceConcept> concepts = new ArrayList<>();
        for (String id : CONCEPTS) {
            concepts.add(ServiceConcept.builder(id, "Konsep " + id).build());
        }
        List<RegionCode> allVillages = new ArrayList<>();
        for (Instansi a : agencies) {
            for (Unit u : a.allUnits()) {
                if (u.kind() == UnitKind.KELURAHAN || u.kind() == UnitKind.DESA) {
                    allVillages.add(u.region().orElseThrow());
                }
            }
        }
        List<PublicService> services = new ArrayList<>();
        int n = random.nextInt(41);
        for (int i = 0; i < n; i++) {
            services.add(service(random, "s" + i, agencies.get(random.nextInt(agencies.size())), allVillages));
        }
        return Catalog.of(agencies, concepts, services);
    }

    private static Instansi city(Random random, String id, String code) {
        List<Unit> units = new ArrayList<>();
        units.add(Unit.of(id + "-disdukcapil", "Disdukcapil", UnitKind.DINAS));
        units.add(Unit.of(id + "-dinsos", "Dinas Sosial", UnitKind.DINAS));
        int kecamatan = 1 + random.nextInt(2);
        for (int k = 1; k <= kecamatan; k++) {
            String kec = code + ".0" + k;
            List<Unit> kelurahan = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int v = 1; v <= count; v++) {
                kelurahan.add(Unit.of(id + "-kel-" + k + v, "Kelurahan " + k + v, UnitKind.KELURAHAN,
                        RegionCode.parse(kec + ".100" + v)));
            }
            units.add(Unit.of(id + "-kec-" + k, "Kecamatan " + k, UnitKind.KECAMATAN, RegionCode.parse(kec))
                    .with(kelurahan.toArray(Unit[]::new)));
        }
        return Instansi.of(id, "Pemerintah Kota " + id, GovernmentKind.CITY, RegionCode.parse(code), units);
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static PublicService service(Random random, String id, Instansi agency, List<RegionCode> allVillages) {
        List<Unit> units = agency.allUnits();
        Authority authority = random.nextInt(5) == 0 ? Authority.of(agency.id())
                : Authority.of(agency.id(), pick(random, units).id());
        String title = pick(random, WORDS) + " " + pick(random, WORDS) + " " + id;
        PublicService.Builder b = PublicService.builder(id, title, authority);
        Set<String> executing = new LinkedHashSet<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            executing.add(pick(random, units).id());
        }
        b.executingUnits(List.copyOf(executing));
        Set<Channel.Kind> kinds = new LinkedHashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            kinds.add(pick(random, List.of(Channel.Kind.values())));
        }
        ServiceStatus status = pick(random, List.of(ServiceStatus.values()));
        if (status.delivered() && kinds.isEmpty()) {
            kinds.add(Channel.Kind.COUNTER);
        }
        if (random.nextInt(3) > 0) {
            DigitalLevel level = pick(random, List.of(DigitalLevel.values()));
            if (level.level() >= 2 && kinds.stream().noneMatch(Channel.Kind::online)) {
                kinds.add(random.nextBoolean() ? Channel.Kind.WEB : Channel.Kind.MOBILE_APP);
            }
            b.digitalLevel(level);
        }
        kinds.forEach(k -> b.channel(k == Channel.Kind.WEB ? Channel.of(k, "https://layanan.example/" + id) : Channel.of(k)));
        b.status(status);
        if (random.nextInt(3) == 0) {
            b.concept(pick(random, CONCEPTS));
        }
        List<LifeEvent> events = new ArrayList<>();
        for (String e : LIFE_EVENTS) {
            if (random.nextInt(4) == 0) {
                events.add(LifeEvent.of(e, "Peristiwa " + e));
            }
        }
        b.lifeEvents(events);
        List<RegionCode> own = agency.region().map(r -> allVillages.stream().filter(r::isAncestorOf).toList())
                .orElse(allVillages);
        if (!own.isEmpty() && random.nextInt(3) == 0) {
            Set<RegionCode> villages = new LinkedHashSet<>();
            for (int i = 1 + random.nextInt(2); i > 0; i--) {
                villages.add(pick(random, own));
            }
            b.availability(Availability.in(villages));
        }
        return b.build();
    }
}
