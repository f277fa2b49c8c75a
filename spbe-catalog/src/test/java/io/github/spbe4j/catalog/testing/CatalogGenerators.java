package io.github.spbe4j.catalog.testing;

import io.github.spbe4j.catalog.Authority;
import io.github.spbe4j.catalog.Availability;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.Channel;
import io.github.spbe4j.catalog.ComplaintChannel;
import io.github.spbe4j.catalog.Cost;
import io.github.spbe4j.catalog.DigitalLevel;
import io.github.spbe4j.catalog.Document;
import io.github.spbe4j.catalog.InternalComponents;
import io.github.spbe4j.catalog.LegalReference;
import io.github.spbe4j.catalog.LifeEvent;
import io.github.spbe4j.catalog.Output;
import io.github.spbe4j.catalog.OutputType;
import io.github.spbe4j.catalog.ProcessingTime;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.Requirement;
import io.github.spbe4j.catalog.ServiceConcept;
import io.github.spbe4j.catalog.ServiceStatus;
import io.github.spbe4j.catalog.StandarComponent;
import io.github.spbe4j.core.agency.GovernmentKind;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.agency.UnitKind;
import io.github.spbe4j.core.identifier.RegionCode;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Seeded generators of valid catalogs — instansi with kecamatan and kelurahan, national
 * concepts, and service instances that use them — for property tests, metrics and benchmarks.
 *
 * <pre>{@code
 * Catalog province = CatalogGenerators.catalog(42L, 20_000, 30);   // 20 000 services over 30 instansi
 * }</pre>
 *
 * <p>Everything is fictional: region codes of provinces 97..99, names such as "Kota Contoh 3".
 * The same seed always gives the same catalog. Every service refers to an instansi and unit of it,
 * and every concept instance to a concept of it.
 */
public final class CatalogGenerators {

    private static final String[] WORDS = {"Surat", "Keterangan", "Izin", "Pelayanan", "Penerbitan", "Rekomendasi",
        "Usaha", "Domisili", "Kelahiran", "Kematian", "Bangunan", "Reklame", "Bantuan", "Sosial", "Pendidikan",
        "Kesehatan", "Pindah", "Datang", "Akta", "Legalisir", "Pengaduan", "Tanah", "Air", "Sampah", "Parkir",
        "Perikanan", "Pertanian", "Pasar", "Gedung", "Pajak", "Retribusi", "Wisata", "Kebudayaan", "Ékspor", "Ñusantara",
        "“kutipan”", "<b>&amp;</b>", "Jl. Contoh No. 1/2", "100%", "漢字"};

    private static final Channel.Kind[] OFFLINE = {Channel.Kind.COUNTER, Channel.Kind.MAL_PELAYANAN_PUBLIK,
        Channel.Kind.KELURAHAN_OFFICE, Channel.Kind.KIOSK, Channel.Kind.MOBILE_UNIT};

    private CatalogGenerators() {
    }

    /**
     * Returns a catalog of a number of services over a number of agencies, each agency a city or regency
     * with four OPD and two or three kecamatan of two to five kelurahan each.
     *
     * @param seed the seed
     * @param services the number of service instances, 0 or more
     * @param agencies the number of agencies, 1..294
     * @return the catalog, valid by construction
     */
    public static Catalog catalog(long seed, int services, int agencies) {
        if (agencies < 1 || agencies > 294) {
            throw new IllegalArgumentException("agencies is " + agencies + "; the generator makes 1..294");
        }
        Random r = new Random(seed);
        List<Instansi> instansi = new ArrayList<>();
        for (int i = 0; i < agencies; i++) {
            instansi.add(agency(r, i));
        }
        List<ServiceConcept> concepts = new ArrayList<>();
        int conceptCount = Math.max(1, Math.min(40, services / 10 + 1));
        for (int i = 0; i < conceptCount; i++) {
            concepts.add(concept(r, "konsep-" + i));
        }
        List<PublicService> list = new ArrayList<>();
        for (int i = 0; i < services; i++) {
            Instansi a = instansi.get(r.nextInt(instansi.size()));
            @Nullable ServiceConcept c = r.nextInt(3) == 0 ? null : concepts.get(r.nextInt(concepts.size()));
            list.add(service(r, "layanan-" + i, a, c));
        }
        return Catalog.of(instansi, concepts, list);
    }

    /**
     * Returns a random catalog of modest size, for round-trip tests: up to 40 services over up to 4 agencies.
     *
     * @param seed the seed
     * @return the catalog
     */
    public static Catalog small(long seed) {
        Random r = new Random(seed);
        return catalog(r.nextLong(), r.nextInt(41), 1 + r.nextInt(4));
    }

    /**
     * Returns the i-th fictional agency: a city or regency in province 99, 98 or 97.
     *
     * @param r the source of randomness
     * @param i the index, 0..293
     * @return the agency
     */
    public static Instansi agency(Random r, int i) {
        int province = 99 - i / 98;
        int j = i % 98;
        boolean city = j < 29;
        String regency = String.format(Locale.ROOT, "%02d.%02d", province, city ? 71 + j : j - 28);
        String id = (city ? "kota-contoh-" : "kab-contoh-") + i;
        List<Unit> units = new ArrayList<>();
        units.add(Unit.of("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", UnitKind.DINAS));
        units.add(Unit.of("dpmptsp", "Dinas Penanaman Modal dan PTSP", UnitKind.DINAS));
        units.add(Unit.of("dinas-sosial", "Dinas Sosial", UnitKind.DINAS));
        units.add(Unit.of("dinas-pupr", "Dinas PUPR", UnitKind.DINAS));
        int kecamatan = 2 + r.nextInt(2);
        for (int k = 1; k <= kecamatan; k++) {
            String district = regency + String.format(Locale.ROOT, ".%02d", k);
            Unit kec = Unit.of("kec-" + k, "Kecamatan Contoh " + k, UnitKind.KECAMATAN, RegionCode.parse(district));
            int kelurahan = 2 + r.nextInt(4);
            List<Unit> kels = new ArrayList<>();
            for (int v = 1; v <= kelurahan; v++) {
                kels.add(Unit.of("kel-" + k + "-" + v, "Kelurahan Contoh " + k + "." + v, UnitKind.KELURAHAN,
                        RegionCode.parse(district + String.format(Locale.ROOT, ".%04d", 1000 + v))));
            }
            units.add(kec.with(kels.toArray(Unit[]::new)));
        }
        return Instansi.of(id, (city ? "Pemerintah Kota Contoh " : "Pemerintah Kabupaten Contoh ") + i,
                city ? GovernmentKind.CITY : GovernmentKind.REGENCY, RegionCode.parse(regency), units);
    }

    /**
     * Returns a random concept.
     *
     * @param r the source of randomness
     * @param id its id
     * @return the concept
     */
    public static ServiceConcept concept(Random r, String id) {
        ServiceConcept.Builder b = ServiceConcept.builder(id, text(r, 4));
        if (r.nextBoolean()) {
            b.description(text(r, 12));
        }
        b.keywords(distinct(r, 3)).lifeEvents(lifeEvents(r)).requirements(requirements(r, "req", 3))
                .procedure(distinct(r, 4)).legalBasis(legal(r, 2)).complaintChannels(complaints(r))
                .internal(internal(r));
        if (r.nextInt(4) > 0) {
            b.processingTime(time(r));
        }
        if (r.nextInt(4) > 0) {
            b.cost(cost(r));
        }
        if (r.nextInt(4) > 0) {
            b.output(Output.of(text(r, 3), OutputType.values()[r.nextInt(OutputType.values().length)]));
        }
        return b.build();
    }

    /**
     * Returns a random service of an agency, an instance of a concept when one is given.
     *
     * @param r the source of randomness
     * @param id its id
     * @param agency the agency that provides it
     * @param concept the concept it instantiates, or null
     * @return the service
     */
    public static PublicService service(Random r, String id, Instansi agency, @Nullable ServiceConcept concept) {
        List<Unit> all = agency.allUnits();
        Unit unit = all.get(r.nextInt(all.size()));
        Authority authority = r.nextInt(8) == 0 ? Authority.of(agency.id()) : Authority.of(agency.id(), unit.id());
        PublicService.Builder b = concept != null ? concept.instantiate(id, authority)
                : PublicService.builder(id, text(r, 4), authority);
        ServiceStatus status = ServiceStatus.values()[r.nextInt(ServiceStatus.values().length)];
        b.status(status);
        List<Channel> channels = new ArrayList<>();
        boolean online = r.nextBoolean();
        if (online) {
            Channel web = Channel.of(r.nextBoolean() ? Channel.Kind.WEB : Channel.Kind.MOBILE_APP, "https://layanan.example/" + id);
            if (r.nextInt(3) == 0) {
                web = web.withProcessingTime(time(r));
            }
            if (r.nextInt(3) == 0) {
                web = web.withRequirements(requirements(r, "ch-req", 2));
            }
            channels.add(web);
        }
        int offline = r.nextInt(3);
        List<Channel.Kind> kinds = new ArrayList<>(List.of(OFFLINE));
        for (int i = 0; i < offline && !kinds.isEmpty(); i++) {
            Channel.Kind k = kinds.remove(r.nextInt(kinds.size()));
            channels.add(r.nextBoolean() ? Channel.of(k) : Channel.of(k, text(r, 3)));
        }
        if (channels.isEmpty() && status.delivered()) {
            channels.add(Channel.of(Channel.Kind.COUNTER));
        }
        b.channels(channels);
        if (r.nextInt(3) > 0) {
            int max = online ? 5 : 1;
            b.digitalLevel(DigitalLevel.of(1 + r.nextInt(max)));
        }
        List<RegionCode> villages = agency.kelurahan().stream().flatMap(u -> u.region().stream()).toList();
        if (r.nextInt(3) == 0 && !villages.isEmpty()) {
            TreeSet<RegionCode> some = new TreeSet<>();
            int n = 1 + r.nextInt(villages.size());
            for (int i = 0; i < n; i++) {
                some.add(villages.get(r.nextInt(villages.size())));
            }
            b.availability(Availability.in(some));
        }
        if (r.nextInt(3) == 0) {
            b.executingUnits(List.of(all.get(r.nextInt(all.size())).id()));
        }
        if (concept == null || r.nextInt(4) == 0) {
            if (r.nextBoolean()) {
                b.requirements(requirements(r, "req", 3));
            }
            if (r.nextBoolean()) {
                b.procedure(distinct(r, 3));
            }
            if (r.nextBoolean()) {
                b.processingTime(time(r));
            }
            if (r.nextBoolean()) {
                b.cost(cost(r));
            }
            if (r.nextBoolean()) {
                b.output(Output.of(text(r, 3), OutputType.values()[r.nextInt(OutputType.values().length)]));
            }
            if (r.nextBoolean()) {
                b.complaintChannels(complaints(r));
            }
            if (r.nextBoolean()) {
                b.legalBasis(legal(r, 2));
            }
            if (r.nextBoolean()) {
                b.internal(internal(r));
            }
            if (r.nextBoolean()) {
                b.lifeEvents(lifeEvents(r));
            }
            if (r.nextBoolean()) {
                b.keywords(distinct(r, 2));
            }
            if (r.nextBoolean()) {
                b.description(text(r, 10));
            }
        }
        return b.build();
    }

    /**
     * Returns a random cost of any kind.
     *
     * @param r the source of randomness
     * @return the cost
     */
    public static Cost cost(Random r) {
        Optional<LegalReference> tariff = r.nextBoolean() ? Optional.empty() : Optional.of(legal(r, 1).get(0));
        long a = 1 + (long) (r.nextDouble() * (r.nextBoolean() ? 100_000 : Cost.MAX_RUPIAH - 1));
        return switch (r.nextInt(4)) {
            case 0 -> Cost.free();
            case 1 -> new Cost.Fixed(a, tariff);
            case 2 -> new Cost.Range(r.nextInt(2) == 0 ? 0 : a - 1, Math.min(Cost.MAX_RUPIAH, a + 1 + r.nextInt(1_000_000)), tariff);
            default -> new Cost.PerUnit(a, r.nextBoolean() ? "lembar" : "m2", tariff);
        };
    }

    /**
     * Returns a random processing time.
     *
     * @param r the source of randomness
     * @return the time
     */
    public static ProcessingTime time(Random r) {
        ProcessingTime.Unit[] units = ProcessingTime.Unit.values();
        return new ProcessingTime(r.nextInt(4) == 0 ? r.nextInt((int) ProcessingTime.MAX_AMOUNT + 1) : r.nextInt(30),
                units[r.nextInt(units.length)]);
    }

    private static List<Requirement> requirements(Random r, String prefix, int max) {
        List<Requirement> list = new ArrayList<>();
        int n = r.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            List<Document> documents = new ArrayList<>();
            int e = r.nextInt(3);
            for (int j = 0; j < e; j++) {
                // the same id always means the same document
                int k = r.nextInt(6);
                documents.add(new Document("bukti-" + k, "Bukti " + k, k % 2 == 0 ? Optional.empty() : Optional.of("Dokumen asli " + k)));
            }
            list.add(new Requirement(prefix + "-" + i, text(r, 4), r.nextBoolean() ? Optional.empty() : Optional.of(text(r, 6)),
                    documents.stream().distinct().toList()));
        }
        return list;
    }

    private static List<LifeEvent> lifeEvents(Random r) {
        List<LifeEvent> list = new ArrayList<>();
        String[] ids = {"kelahiran", "pernikahan", "memulai-usaha", "pindah", "kematian"};
        for (String id : ids) {
            if (r.nextInt(4) == 0) {
                list.add(LifeEvent.of(id, Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ')));
            }
        }
        return list;
    }

    private static List<LegalReference> legal(Random r, int max) {
        List<LegalReference> list = new ArrayList<>();
        int n = max == 1 ? 1 : r.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            String title = "Peraturan Daerah Kota Contoh Nomor " + (1 + r.nextInt(20)) + " Tahun " + (2000 + r.nextInt(26)) + " (fiktif)";
            list.add(r.nextBoolean() ? LegalReference.of(title)
                    : LegalReference.of(title, URI.create("https://jdih.example/perda/" + r.nextInt(1000))));
        }
        return list;
    }

    private static List<ComplaintChannel> complaints(Random r) {
        List<ComplaintChannel> list = new ArrayList<>();
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            ComplaintChannel.Kind[] kinds = ComplaintChannel.Kind.values();
            list.add(ComplaintChannel.of(kinds[r.nextInt(kinds.length)], i == 0 ? "https://www.lapor.go.id" : text(r, 2)));
        }
        return list;
    }

    private static InternalComponents internal(Random r) {
        Map<StandarComponent, String> map = new EnumMap<>(StandarComponent.class);
        for (StandarComponent c : StandarComponent.values()) {
            if (c.number() >= 8 && r.nextInt(3) == 0) {
                map.put(c, text(r, 5));
            }
        }
        return InternalComponents.of(map);
    }

    private static List<String> distinct(Random r, int max) {
        List<String> list = new ArrayList<>();
        int n = r.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            String t = text(r, 3) + " " + i;
            list.add(t);
        }
        return list;
    }

    /**
     * Returns a text of a few words, some with accents, markup characters or CJK.
     *
     * @param r the source of randomness
     * @param words the most words
     * @return the text, not blank
     */
    public static String text(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(words);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }
}
