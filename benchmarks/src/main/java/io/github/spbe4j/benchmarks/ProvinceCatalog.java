package io.github.spbe4j.benchmarks;

import io.github.spbe4j.catalog.Authority;
import io.github.spbe4j.catalog.Availability;
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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A province-sized public-service catalog, generated from a seed: the same instansi, concepts and
 * services on every run, in every fork and in the tests.
 *
 * <p>The province is fictional (code 99, which Kemendagri does not use; {@link RegionCode} accepts it,
 * as {@link Instansi}'s own example does), shaped like Kalimantan Tengah: 12 regencies (99.01–99.12)
 * and 2 cities (99.71, 99.72), each with 8–12 kecamatan of 7–13 villages (kelurahan in the cities
 * and at each regency seat, desa elsewhere), plus the provincial government itself. Every regency or
 * city has 12 OPD. There are {@value #CONCEPTS} national concepts: 20 delivered by OPD (KTP-el, Kartu
 * Keluarga, akta, PBG, SLF, NIB, DTKS, PBB-P2 …) and 10 letters of the kelurahan and desa office
 * (SKTM, domisili, SKU, pengantar nikah …).
 *
 * <p>The {@value #SERVICES} services are, in this order: the OPD concepts instantiated by every
 * regency and city (agency-wide); a few local services of the province; 2–5 pilots per regency or
 * city, available in 3–20 of its villages only; 1–3 local services of each kecamatan, available in
 * its villages; and, filling up to exactly {@value #SERVICES}, the village letters, each village
 * delivering a different subset of them at its own office. Channels, digital levels, statuses
 * (mostly active; some planned, retired or pilot), keywords and the completeness of the standar
 * pelayanan vary at random, cities being more digital than regencies.
 *
 * @param instansi the 14 regencies and cities, then the province
 * @param concepts the national concepts
 * @param services the services, {@value #SERVICES} of them
 */
public record ProvinceCatalog(List<Instansi> instansi, List<ServiceConcept> concepts, List<PublicService> services) {

    /** The number of services generated. */
    public static final int SERVICES = 10_000;

    /** The number of national concepts. */
    public static final int CONCEPTS = 30;

    /** The seed the benchmarks use. */
    public static final long SEED = 0x5BE_CA7A_109L;

    /** The fictional province's code. */
    static final String PROVINCE = "99";

    /** Copies the lists. */
    public ProvinceCatalog {
        instansi = List.copyOf(instansi);
        concepts = List.copyOf(concepts);
        services = List.copyOf(services);
    }

    // --- life events -------------------------------------------------------------------------------

    private static final LifeEvent KELAHIRAN = LifeEvent.of("kelahiran", "Kelahiran");
    private static final LifeEvent KEMATIAN = LifeEvent.of("kematian", "Kematian");
    private static final LifeEvent PERKAWINAN = LifeEvent.of("perkawinan", "Perkawinan");
    private static final LifeEvent PINDAH = LifeEvent.of("pindah-domisili", "Pindah domisili");
    private static final LifeEvent DEWASA = LifeEvent.of("dewasa", "Menjadi dewasa");
    private static final LifeEvent USAHA = LifeEvent.of("memulai-usaha", "Memulai usaha");
    private static final LifeEvent RUMAH = LifeEvent.of("membangun-rumah", "Membangun rumah");
    private static final LifeEvent BANSOS = LifeEvent.of("bantuan-sosial", "Bantuan sosial");
    private static final LifeEvent KERJA = LifeEvent.of("mencari-kerja", "Mencari kerja");
    private static final LifeEvent SEKOLAH = LifeEvent.of("sekolah", "Sekolah");

    // --- the OPD of every regency and city ----------------------------------------------------------

    /** An OPD: id, name, kind. */
    private record Opd(String id, String name, UnitKind kind) {
    }

    private static final List<Opd> OPD = List.of(
            new Opd("setda", "Sekretariat Daerah", UnitKind.SEKRETARIAT),
            new Opd("inspektorat", "Inspektorat", UnitKind.INSPEKTORAT),
            new Opd("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", UnitKind.DINAS),
            new Opd("dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", UnitKind.DINAS),
            new Opd("dinsos", "Dinas Sosial", UnitKind.DINAS),
            new Opd("dinkes", "Dinas Kesehatan", UnitKind.DINAS),
            new Opd("disdik", "Dinas Pendidikan", UnitKind.DINAS),
            new Opd("dpupr", "Dinas Pekerjaan Umum dan Penataan Ruang", UnitKind.DINAS),
            new Opd("dishub", "Dinas Perhubungan", UnitKind.DINAS),
            new Opd("disnaker", "Dinas Tenaga Kerja", UnitKind.DINAS),
            new Opd("diskominfo", "Dinas Komunikasi dan Informatika", UnitKind.DINAS),
            new Opd("bapenda", "Badan Pendapatan Daerah", UnitKind.BADAN));

    // --- concepts -----------------------------------------------------------------------------------

    /**
     * What the generator knows of a concept besides the concept itself.
     *
     * @param concept the concept
     * @param opd the OPD that delivers it, or null for a village letter
     * @param kecamatan true when kecamatan offices carry it out (KTP-el recording, KK)
     * @param titles local titles an instance may use instead of the concept's
     */
    private record ConceptInfo(ServiceConcept concept, String opd, boolean kecamatan, List<String> titles) {
    }

    private static final LegalReference UU_25 = LegalReference.of("UU 25/2009 tentang Pelayanan Publik");
    private static final LegalReference UU_24 = LegalReference.of("UU 24/2013 tentang Perubahan atas UU 23/2006 tentang Administrasi Kependudukan");
    private static final LegalReference PERPRES_96 = LegalReference.of("Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil");
    private static final LegalReference PP_16 = LegalReference.of("PP 16/2021 tentang Peraturan Pelaksanaan UU 28/2002 tentang Bangunan Gedung");
    private static final LegalReference PP_5 = LegalReference.of("PP 5/2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko");
    private static final LegalReference UU_1_2022 = LegalReference.of("UU 1/2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah");
    private static final LegalReference PERMENDAGRI_2 = LegalReference.of("Permendagri 2/2016 tentang Kartu Identitas Anak");
    private static final LegalReference UU_6_2014 = LegalReference.of("UU 6/2014 tentang Desa");
    private static final LegalReference PERDA_RETRIBUSI = LegalReference.of("Perda tentang Pajak Daerah dan Retribusi Daerah");

    private static final Document KTP_EL = Document.of("ktp-el", "KTP-el");
    private static final Document KK = Document.of("kk", "Kartu Keluarga");
    private static final Document PENGANTAR = Document.of("surat-pengantar-rt-rw", "Surat pengantar RT/RW");
    private static final Document AKTA = Document.of("akta-kelahiran", "Akta Kelahiran");
    private static final Document NIB = Document.of("nib", "Nomor Induk Berusaha");
    private static final Document SERTIFIKAT = Document.of("bukti-hak-tanah", "Bukti kepemilikan hak atas tanah");
    private static final Document GAMBAR = Document.of("gambar-teknis", "Dokumen rencana teknis bangunan");
    private static final Document SURAT_KET = Document.of("surat-keterangan-kelurahan", "Surat keterangan dari kelurahan/desa");

    private static final Requirement REQ_KTP = Requirement.of("ktp", "Fotokopi KTP-el pemohon", KTP_EL);
    private static final Requirement REQ_KK = Requirement.of("kk", "Fotokopi Kartu Keluarga", KK);
    private static final Requirement REQ_PENGANTAR = Requirement.of("pengantar", "Surat pengantar RT/RW", PENGANTAR);
    private static final Requirement REQ_AKTA = Requirement.of("akta", "Fotokopi Akta Kelahiran", AKTA);
    private static final Requirement REQ_NIB = Requirement.of("nib", "Nomor Induk Berusaha", NIB);
    private static final Requirement REQ_TANAH = Requirement.of("tanah", "Bukti kepemilikan tanah", SERTIFIKAT);
    private static final Requirement REQ_GAMBAR = Requirement.of("gambar", "Dokumen rencana teknis", GAMBAR);
    private static final Requirement REQ_SURAT = Requirement.of("surat-kelurahan", "Surat keterangan dari kelurahan/desa", SURAT_KET);

    private static ConceptInfo concept(String id, String title, String opd, boolean kecamatan, OutputType type,
            List<String> keywords, List<LifeEvent> events, List<Requirement> requirements, Cost cost,
            ProcessingTime time, List<LegalReference> legal, String description, List<String> titles) {
        ServiceConcept.Builder b = ServiceConcept.builder(id, title)
                .keywords(keywords)
                .lifeEvents(events)
                .requirements(requirements)
                .procedure(List.of("Pemohon menyerahkan berkas persyaratan", "Petugas memverifikasi berkas",
                        "Dokumen diterbitkan dan diserahkan kepada pemohon"))
                .processingTime(time)
                .cost(cost)
                .output(Output.of(title.replaceFirst("^(Penerbitan|Pelayanan|Pendaftaran|Pembayaran) ", ""), type))
                .legalBasis(legal)
                .complaintChannels(List.of(ComplaintChannel.of(ComplaintChannel.Kind.SP4N_LAPOR, "https://www.lapor.go.id")));
        if (!description.isEmpty()) {
            b.description(description);
        }
        return new ConceptInfo(b.build(), opd, kecamatan, titles);
    }

    private static List<ConceptInfo> conceptInfos() {
        Cost free = Cost.free();
        List<ConceptInfo> c = new ArrayList<>();
        // population administration (Disdukcapil)
        c.add(concept("ktp-el", "Penerbitan KTP-el", "disdukcapil", true, OutputType.CARD,
                List.of("KTP", "e-KTP", "kartu tanda penduduk", "rekam KTP"), List.of(DEWASA, PINDAH),
                List.of(REQ_KK, REQ_PENGANTAR), free, ProcessingTime.workingDays(1), List.of(UU_24, PERPRES_96),
                "Perekaman dan pencetakan kartu tanda penduduk elektronik bagi penduduk berusia 17 tahun atau sudah kawin.",
                List.of("Perekaman dan Pencetakan KTP-el", "Pelayanan KTP Elektronik")));
        c.add(concept("kk", "Penerbitan Kartu Keluarga", "disdukcapil", true, OutputType.CARD,
                List.of("KK", "kartu keluarga", "perubahan KK"), List.of(KELAHIRAN, PERKAWINAN, PINDAH),
                List.of(REQ_KK, REQ_PENGANTAR), free, ProcessingTime.workingDays(1), List.of(UU_24, PERPRES_96), "",
                List.of("Pelayanan Kartu Keluarga (KK)")));
        c.add(concept("akta-kelahiran", "Penerbitan Akta Kelahiran", "disdukcapil", false, OutputType.CERTIFICATE,
                List.of("akta lahir", "akte kelahiran"), List.of(KELAHIRAN),
                List.of(REQ_KK, REQ_KTP, REQ_SURAT), free, ProcessingTime.workingDays(1), List.of(UU_24, PERPRES_96),
                "Pencatatan kelahiran dan penerbitan kutipan akta kelahiran.", List.of()));
        c.add(concept("akta-kematian", "Penerbitan Akta Kematian", "disdukcapil", false, OutputType.CERTIFICATE,
                List.of("akta kematian", "akte kematian"), List.of(KEMATIAN),
                List.of(REQ_KK, REQ_SURAT), free, ProcessingTime.workingDays(1), List.of(UU_24), "", List.of()));
        c.add(concept("akta-perkawinan", "Penerbitan Akta Perkawinan", "disdukcapil", false, OutputType.CERTIFICATE,
                List.of("akta nikah", "pencatatan perkawinan"), List.of(PERKAWINAN),
                List.of(REQ_KTP, REQ_KK), free, ProcessingTime.workingDays(3), List.of(UU_24), "", List.of()));
        c.add(concept("kia", "Penerbitan Kartu Identitas Anak", "disdukcapil", false, OutputType.CARD,
                List.of("KIA", "kartu anak"), List.of(KELAHIRAN, SEKOLAH),
                List.of(REQ_KK, REQ_AKTA), free, ProcessingTime.workingDays(1), List.of(PERMENDAGRI_2), "", List.of()));
        c.add(concept("pindah", "Penerbitan Surat Keterangan Pindah", "disdukcapil", false, OutputType.LETTER,
                List.of("SKPWNI", "pindah datang", "surat pindah"), List.of(PINDAH),
                List.of(REQ_KK, REQ_KTP), free, ProcessingTime.workingDays(1), List.of(UU_24), "", List.of()));
        // licensing (DPMPTSP)
        c.add(concept("pbg", "Persetujuan Bangunan Gedung", "dpmptsp", false, OutputType.PERMIT,
                List.of("PBG", "IMB", "izin bangunan"), List.of(RUMAH),
                List.of(REQ_KTP, REQ_TANAH, REQ_GAMBAR), Cost.range(100_000, 50_000_000, PERDA_RETRIBUSI),
                ProcessingTime.workingDays(28), List.of(PP_16),
                "Persetujuan untuk membangun baru, mengubah, memperluas atau merawat bangunan gedung.",
                List.of("Pelayanan Persetujuan Bangunan Gedung (PBG)")));
        c.add(concept("slf", "Penerbitan Sertifikat Laik Fungsi", "dpmptsp", false, OutputType.CERTIFICATE,
                List.of("SLF"), List.of(RUMAH), List.of(REQ_KTP, REQ_GAMBAR),
                Cost.range(100_000, 10_000_000, PERDA_RETRIBUSI), ProcessingTime.workingDays(3), List.of(PP_16), "",
                List.of()));
        c.add(concept("nib", "Pendampingan Penerbitan Nomor Induk Berusaha", "dpmptsp", false, OutputType.REGISTRATION,
                List.of("NIB", "OSS", "izin usaha"), List.of(USAHA), List.of(REQ_KTP), free,
                ProcessingTime.hours(2), List.of(PP_5), "", List.of()));
        c.add(concept("sip", "Penerbitan Surat Izin Praktik Tenaga Kesehatan", "dpmptsp", false, OutputType.PERMIT,
                List.of("SIP", "izin praktik"), List.of(KERJA), List.of(REQ_KTP), free,
                ProcessingTime.workingDays(5), List.of(PP_5), "", List.of()));
        c.add(concept("pirt", "Penerbitan Sertifikat Produksi Pangan Industri Rumah Tangga", "dpmptsp", false,
                OutputType.CERTIFICATE, List.of("SPP-IRT", "P-IRT", "izin pangan"), List.of(USAHA),
                List.of(REQ_KTP, REQ_NIB), free, ProcessingTime.workingDays(14), List.of(PP_5), "", List.of()));
        c.add(concept("reklame", "Penerbitan Izin Penyelenggaraan Reklame", "dpmptsp", false, OutputType.PERMIT,
                List.of("izin reklame", "baliho"), List.of(USAHA), List.of(REQ_KTP, REQ_NIB),
                Cost.perUnit(25_000, "m2", PERDA_RETRIBUSI), ProcessingTime.workingDays(5), List.of(), "", List.of()));
        // social, revenue, health, work, transport, education
        c.add(concept("dtks", "Pendaftaran Data Terpadu Kesejahteraan Sosial", "dinsos", false, OutputType.REGISTRATION,
                List.of("DTKS", "bansos", "PKH"), List.of(BANSOS), List.of(REQ_KTP, REQ_KK, REQ_SURAT), free,
                ProcessingTime.workingDays(14), List.of(), "Pendaftaran keluarga miskin dan rentan ke dalam DTKS.",
                List.of()));
        c.add(concept("pbb", "Pembayaran PBB-P2", "bapenda", false, OutputType.FINANCIAL_OBLIGATION,
                List.of("PBB", "SPPT", "pajak bumi dan bangunan"), List.of(RUMAH), List.of(), free,
                ProcessingTime.minutes(15), List.of(UU_1_2022), "", List.of("Pelayanan Pajak Bumi dan Bangunan")));
        c.add(concept("bphtb", "Pelayanan BPHTB", "bapenda", false, OutputType.FINANCIAL_OBLIGATION,
                List.of("BPHTB", "bea perolehan hak atas tanah dan bangunan"), List.of(RUMAH), List.of(REQ_KTP, REQ_TANAH),
                free, ProcessingTime.workingDays(3), List.of(UU_1_2022), "", List.of()));
        c.add(concept("ambulans", "Pelayanan Ambulans Gawat Darurat", "dinkes", false, OutputType.PHYSICAL,
                List.of("ambulans", "gawat darurat", "119"), List.of(), List.of(), free, ProcessingTime.minutes(30),
                List.of(UU_25), "", List.of()));
        c.add(concept("kartu-kuning", "Penerbitan Kartu Tanda Pencari Kerja", "disnaker", false, OutputType.CARD,
                List.of("AK/I", "kartu kuning", "pencari kerja"), List.of(KERJA), List.of(REQ_KTP), free,
                ProcessingTime.workingDays(1), List.of(), "", List.of()));
        c.add(concept("uji-kir", "Pengujian Berkala Kendaraan Bermotor", "dishub", false, OutputType.CERTIFICATE,
                List.of("KIR", "uji kendaraan"), List.of(USAHA), List.of(REQ_KTP),
                Cost.fixed(87_000, PERDA_RETRIBUSI), ProcessingTime.hours(2), List.of(), "", List.of()));
        c.add(concept("legalisir-ijazah", "Legalisasi Ijazah", "disdik", false, OutputType.OTHER,
                List.of("legalisir", "ijazah"), List.of(SEKOLAH, KERJA), List.of(), free,
                ProcessingTime.workingDays(1), List.of(), "", List.of()));
        // letters of the kelurahan and desa office
        c.add(concept("sktm", "Surat Keterangan Tidak Mampu", null, false, OutputType.LETTER,
                List.of("SKTM", "keringanan biaya", "warga miskin"), List.of(BANSOS, SEKOLAH),
                List.of(REQ_KTP, REQ_KK, REQ_PENGANTAR), free, ProcessingTime.workingDays(1), List.of(UU_6_2014),
                "Surat keterangan bagi warga yang tidak mampu secara ekonomi, untuk keringanan biaya sekolah, berobat atau bantuan sosial.",
                List.of("Pelayanan Surat Keterangan Tidak Mampu (SKTM)", "Pelayanan SKTM")));
        c.add(concept("domisili", "Surat Keterangan Domisili", null, false, OutputType.LETTER,
                List.of("SKD", "surat domisili"), List.of(PINDAH), List.of(REQ_KTP, REQ_KK, REQ_PENGANTAR), free,
                ProcessingTime.workingDays(1), List.of(), "", List.of("Surat Keterangan Domisili (SKD)")));
        c.add(concept("sku", "Surat Keterangan Usaha", null, false, OutputType.LETTER,
                List.of("SKU", "keterangan usaha", "UMKM"), List.of(USAHA), List.of(REQ_KTP, REQ_PENGANTAR), free,
                ProcessingTime.workingDays(1), List.of(), "", List.of("Pelayanan Surat Keterangan Usaha (SKU)")));
        c.add(concept("pengantar-nikah", "Surat Pengantar Nikah", null, false, OutputType.LETTER,
                List.of("N1", "N2", "N4", "nikah"), List.of(PERKAWINAN), List.of(REQ_KTP, REQ_KK, REQ_AKTA), free,
                ProcessingTime.workingDays(1), List.of(), "", List.of()));
        c.add(concept("ket-kelahiran", "Surat Keterangan Kelahiran", null, false, OutputType.LETTER,
                List.of("keterangan lahir"), List.of(KELAHIRAN), List.of(REQ_KK), free,
                ProcessingTime.workingDays(1), List.of(), "", List.of()));
        c.add(concept("ket-kematian", "Surat Keterangan Kematian", null, false, OutputType.LETTER,
                List.of("keterangan meninggal"), List.of(KEMATIAN), List.of(REQ_KK), free,
                ProcessingTime.workingDays(1), List.of(), "", List.of()));
        c.add(concept("pengantar-skck", "Surat Pengantar SKCK", null, false, OutputType.LETTER,
                List.of("SKCK", "catatan kepolisian"), List.of(KERJA), List.of(REQ_KTP, REQ_KK, REQ_PENGANTAR), free,
                ProcessingTime.workingDays(1), List.of(), "", List.of()));
        c.add(concept("ahli-waris", "Surat Keterangan Ahli Waris", null, false, OutputType.LETTER,
                List.of("waris", "ahli waris"), List.of(KEMATIAN), List.of(REQ_KTP, REQ_KK), free,
                ProcessingTime.workingDays(3), List.of(), "", List.of()));
        c.add(concept("belum-menikah", "Surat Keterangan Belum Menikah", null, false, OutputType.LETTER,
                List.of("belum kawin", "status lajang"), List.of(PERKAWINAN, KERJA), List.of(REQ_KTP, REQ_KK), free,
                ProcessingTime.workingDays(1), List.of(), "", List.of()));
        c.add(concept("pengantar-pindah", "Surat Pengantar Pindah", null, false, OutputType.LETTER,
                List.of("pindah keluar", "pindah domisili"), List.of(PINDAH), List.of(REQ_KTP, REQ_KK), free,
                ProcessingTime.workingDays(1), List.of(), "", List.of()));
        return c;
    }

    /** Local services of a kecamatan office (PATEN): title and keywords. */
    private static final List<List<String>> KECAMATAN_SERVICES = List.of(
            List.of("Legalisasi Dokumen Kependudukan", "legalisir", "kecamatan"),
            List.of("Rekomendasi Izin Keramaian", "izin keramaian", "hajatan"),
            List.of("Pelayanan Dispensasi Nikah", "dispensasi", "nikah"),
            List.of("Surat Keterangan Ahli Waris (Kecamatan)", "waris", "kecamatan"),
            List.of("Rekomendasi Penerbitan Surat Izin Tempat Usaha", "SITU", "izin usaha"));

    /** Local services of the provincial government: title, OPD, keywords. */
    private static final List<List<String>> PROVINCE_SERVICES = List.of(
            List.of("Pembayaran Pajak Kendaraan Bermotor", "bapenda", "PKB", "Samsat", "pajak kendaraan"),
            List.of("Bea Balik Nama Kendaraan Bermotor", "bapenda", "BBNKB", "Samsat"),
            List.of("Penerimaan Peserta Didik Baru SMA/SMK", "disdik", "PPDB", "sekolah"),
            List.of("Rujukan Rumah Sakit Umum Daerah Provinsi", "dinkes", "rujukan", "RSUD"),
            List.of("Izin Trayek Angkutan Antarkota dalam Provinsi", "dishub", "AKDP", "trayek"),
            List.of("Penerbitan Surat Izin Usaha Perikanan", "dpmptsp", "SIUP perikanan", "nelayan"),
            List.of("Layanan Pengaduan Masyarakat Provinsi", "diskominfo", "pengaduan", "SP4N-LAPOR"),
            List.of("Pelatihan Kerja Berbasis Kompetensi", "disnaker", "BLK", "pelatihan"));

    // --- names --------------------------------------------------------------------------------------

    private static final List<String> REGENCIES = List.of(
            "Sungai Jernih", "Bukit Raya", "Tanjung Harapan", "Muara Teweh Hilir", "Kapuas Tengah", "Barito Hulu",
            "Seruyan Jaya", "Lamandau Asri", "Katingan Permai", "Gunung Emas", "Pulau Pisang", "Sukamara Baru");
    private static final List<String> CITIES = List.of("Palangka Contoh", "Sampit Raya");

    private static final List<String> NAME_FIRST = List.of(
            "Sungai", "Tanjung", "Bukit", "Pasir", "Sei", "Muara", "Tumbang", "Kuala", "Telok", "Pulau", "Batu",
            "Karang", "Sumber", "Sido", "Mekar", "Suka", "Lubuk", "Tanah", "Bangun", "Rantau");
    private static final List<String> NAME_SECOND = List.of(
            "Jaya", "Makmur", "Raya", "Baru", "Indah", "Mulya", "Sari", "Harapan", "Tunggal", "Rejo", "Agung",
            "Damai", "Permai", "Lestari", "Asri", "Tengah", "Hilir", "Hulu", "Mas", "Putih", "Merah", "Panjang",
            "Kecil", "Besar", "Sejahtera", "Mandiri");
    private static final List<String> NAME_THIRD = List.of(
            "", "", "", " Satu", " Dua", " Timur", " Barat", " Utara", " Selatan", " Hulu", " Hilir");

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String uniqueName(SplittableRandom random, Set<String> used) {
        while (true) {
            String name = NAME_FIRST.get(random.nextInt(NAME_FIRST.size())) + " "
                    + NAME_SECOND.get(random.nextInt(NAME_SECOND.size()))
                    + NAME_THIRD.get(random.nextInt(NAME_THIRD.size()));
            if (used.add(name)) {
                return name;
            }
        }
    }

    private static String code2(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    // --- agencies -----------------------------------------------------------------------------------

    /** A village of the province: its agency, its unit and its code. */
    record Village(String agencyId, String unitId, String name, RegionCode code, String kecamatanId) {
    }

    /** A regency or city while generating: its instansi, kecamatan ids, villages and digital maturity. */
    private record Region(Instansi instansi, boolean city, List<String> kecamatan, List<Village> villages,
            List<List<RegionCode>> villagesByKecamatan, double maturity, String domain) {
    }

    private static Region region(SplittableRandom random, Set<String> usedNames, String name, boolean city, int number) {
        String kind = city ? "kota" : "kab";
        String id = kind + "-" + slug(name);
        RegionCode code = RegionCode.parse(PROVINCE + "." + code2(number));
        List<Unit> units = new ArrayList<>();
        for (Opd opd : OPD) {
            units.add(Unit.of(opd.id(), opd.name() + (city ? " Kota " : " Kabupaten ") + name, opd.kind()));
        }
        List<String> kecIds = new ArrayList<>();
        List<Village> villages = new ArrayList<>();
        List<List<RegionCode>> byKec = new ArrayList<>();
        int kecCount = 8 + random.nextInt(5);
        for (int k = 1; k <= kecCount; k++) {
            String kecName = uniqueName(random, usedNames);
            String kecId = "kec-" + slug(kecName);
            RegionCode kecCode = RegionCode.parse(code + "." + code2(k));
            int villageCount = 7 + random.nextInt(7);
            // cities have kelurahan only; a regency has kelurahan at its seat (the first kecamatan) and desa elsewhere
            int kelurahan = city ? villageCount : k == 1 ? 3 + random.nextInt(3) : 0;
            List<Unit> children = new ArrayList<>();
            List<RegionCode> codes = new ArrayList<>();
            for (int v = 1; v <= villageCount; v++) {
                boolean isKelurahan = v <= kelurahan;
                String vName = uniqueName(random, usedNames);
                RegionCode vCode = RegionCode.parse(kecCode + "." + (isKelurahan ? "1" : "2") + "0" + code2(v));
                String vId = (isKelurahan ? "kel-" : "desa-") + slug(vName);
                String label = (isKelurahan ? "Kelurahan " : "Desa ") + vName;
                children.add(Unit.of(vId, label, isKelurahan ? UnitKind.KELURAHAN : UnitKind.DESA, vCode));
                villages.add(new Village(id, vId, label, vCode, kecId));
                codes.add(vCode);
            }
            units.add(new Unit(kecId, "Kecamatan " + kecName, UnitKind.KECAMATAN, java.util.Optional.of(kecCode), children));
            kecIds.add(kecId);
            byKec.add(List.copyOf(codes));
        }
        Instansi instansi = Instansi.of(id, (city ? "Pemerintah Kota " : "Pemerintah Kabupaten ") + name,
                city ? GovernmentKind.CITY : GovernmentKind.REGENCY, code, units);
        double maturity = city ? 0.55 + random.nextDouble() * 0.3 : 0.1 + random.nextDouble() * 0.4;
        return new Region(instansi, city, List.copyOf(kecIds), List.copyOf(villages), List.copyOf(byKec), maturity,
                slug(name).replace("-", "") + (city ? "kota" : "kab") + ".go.id");
    }

    // --- services -----------------------------------------------------------------------------------

    /** Draws the channels and digital level of a service from its region's maturity. */
    private static void channelsAndLevel(PublicService.Builder b, SplittableRandom random, Region region,
            Channel.Kind inPerson, String path, boolean delivered) {
        boolean web = random.nextDouble() < region.maturity();
        boolean app = random.nextDouble() < region.maturity() * 0.4;
        if (delivered || random.nextBoolean()) {
            b.channel(Channel.of(inPerson));
            if (region.city() && inPerson == Channel.Kind.COUNTER && random.nextDouble() < 0.5) {
                b.channel(Channel.of(Channel.Kind.MAL_PELAYANAN_PUBLIK, "Mal Pelayanan Publik " + region.instansi().name()));
            }
            if (random.nextDouble() < 0.05) {
                b.channel(Channel.of(Channel.Kind.MOBILE_UNIT));
            }
        }
        if (web) {
            b.channel(Channel.of(Channel.Kind.WEB, "https://layanan." + region.domain() + "/" + path));
        }
        if (app) {
            b.channel(Channel.of(Channel.Kind.MOBILE_APP, "Sapa Warga " + region.instansi().name()));
        }
        if (web || app) {
            double r = random.nextDouble();
            b.digitalLevel(r < 0.15 ? DigitalLevel.INFORMASI : r < 0.5 ? DigitalLevel.INTERAKSI
                    : r < 0.9 ? DigitalLevel.TRANSAKSI : r < 0.97 ? DigitalLevel.KOLABORASI : DigitalLevel.OPTIMALISASI);
        } else if (random.nextDouble() < 0.5) {
            b.digitalLevel(DigitalLevel.INFORMASI);
        }
    }

    /** Varies the completeness of the standar: drops some components, adds complaint channels and internal ones. */
    private static void completeness(PublicService.Builder b, SplittableRandom random, Region region) {
        double r = random.nextDouble();
        if (r < 0.10) {
            b.requirements(List.of());
        }
        if (random.nextDouble() < 0.15) {
            b.procedure(List.of());
        }
        if (random.nextDouble() < 0.25) {
            b.legalBasis(List.of());
        }
        if (random.nextDouble() < 0.3) {
            b.complaintChannels(List.of());
        } else if (random.nextDouble() < 0.5) {
            b.complaintChannels(List.of(ComplaintChannel.of(ComplaintChannel.Kind.SP4N_LAPOR, "https://www.lapor.go.id"),
                    ComplaintChannel.of(ComplaintChannel.Kind.MESSAGING, "WhatsApp pengaduan " + region.instansi().name())));
        }
        if (random.nextDouble() < 0.35) {
            Map<StandarComponent, String> internal = new EnumMap<>(StandarComponent.class);
            internal.put(StandarComponent.SARANA_PRASARANA, "Ruang tunggu, loket, komputer dan printer");
            internal.put(StandarComponent.KOMPETENSI_PELAKSANA, "Memahami peraturan pelayanan administrasi");
            internal.put(StandarComponent.PENGAWASAN_INTERNAL, "Atasan langsung");
            internal.put(StandarComponent.JUMLAH_PELAKSANA, "2 orang");
            if (random.nextDouble() < 0.6) {
                internal.put(StandarComponent.JAMINAN_PELAYANAN, "Maklumat pelayanan");
                internal.put(StandarComponent.JAMINAN_KEAMANAN, "Data pemohon dijaga kerahasiaannya");
                internal.put(StandarComponent.EVALUASI_KINERJA, "Survei kepuasan masyarakat tiap semester");
            }
            b.internal(InternalComponents.of(internal));
        }
    }

    private static ServiceStatus villageStatus(SplittableRandom random) {
        double r = random.nextDouble();
        return r < 0.04 ? ServiceStatus.PLANNED : r < 0.07 ? ServiceStatus.RETIRED : r < 0.11 ? ServiceStatus.PILOT
                : ServiceStatus.ACTIVE;
    }

    private static String title(SplittableRandom random, ConceptInfo c) {
        if (!c.titles().isEmpty() && random.nextDouble() < 0.25) {
            return c.titles().get(random.nextInt(c.titles().size()));
        }
        return c.concept().title();
    }

    /**
     * Generates the catalog.
     *
     * @param seed the seed
     * @return the instansi, concepts and exactly {@value #SERVICES} services
     */
    public static ProvinceCatalog generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> usedNames = new HashSet<>();
        usedNames.addAll(REGENCIES);
        usedNames.addAll(CITIES);
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < REGENCIES.size(); i++) {
            regions.add(region(random, usedNames, REGENCIES.get(i), false, i + 1));
        }
        for (int i = 0; i < CITIES.size(); i++) {
            regions.add(region(random, usedNames, CITIES.get(i), true, 71 + i));
        }
        List<Unit> provinceUnits = new ArrayList<>();
        for (Opd opd : OPD) {
            provinceUnits.add(Unit.of(opd.id(), opd.name() + " Provinsi Contoh", opd.kind()));
        }
        Instansi province = Instansi.of("prov-contoh", "Pemerintah Provinsi Contoh", GovernmentKind.PROVINCE,
                RegionCode.parse(PROVINCE), provinceUnits);

        List<ConceptInfo> infos = conceptInfos();
        List<ServiceConcept> concepts = infos.stream().map(ConceptInfo::concept).toList();
        List<ConceptInfo> opdConcepts = infos.stream().filter(c -> c.opd() != null).toList();
        List<ConceptInfo> villageConcepts = infos.stream().filter(c -> c.opd() == null).toList();

        List<PublicService> services = new ArrayList<>(SERVICES);
        // 1. every OPD concept, agency-wide, in every regency and city
        for (Region region : regions) {
            String agency = region.instansi().id();
            for (ConceptInfo c : opdConcepts) {
                PublicService.Builder b = copyContent(
                        c.concept().instantiate(agency + "." + c.concept().id(), Authority.of(agency, c.opd())),
                        title(random, c));
                if (c.kecamatan()) {
                    b.executingUnits(region.kecamatan());
                }
                double r = random.nextDouble();
                ServiceStatus status = r < 0.03 ? ServiceStatus.PLANNED : ServiceStatus.ACTIVE;
                b.status(status);
                channelsAndLevel(b, random, region, Channel.Kind.COUNTER, c.concept().id(), status.delivered());
                completeness(b, random, region);
                services.add(b.build());
            }
        }
        // 2. the province's own services, everywhere in the province
        for (int i = 0; i < PROVINCE_SERVICES.size(); i++) {
            List<String> s = PROVINCE_SERVICES.get(i);
            PublicService.Builder b = PublicService.builder("prov-contoh.layanan-" + (i + 1), s.get(0),
                    Authority.of(province.id(), s.get(1)))
                    .keywords(s.subList(2, s.size()))
                    .channel(Channel.of(Channel.Kind.COUNTER))
                    .channel(Channel.of(Channel.Kind.WEB, "https://layanan.provinsicontoh.go.id/" + (i + 1)))
                    .digitalLevel(i % 3 == 0 ? DigitalLevel.TRANSAKSI : DigitalLevel.INTERAKSI)
                    .cost(Cost.free());
            services.add(b.build());
        }
        // 3. pilots: an OPD service online at a few villages first
        for (Region region : regions) {
            String agency = region.instansi().id();
            int pilots = 2 + random.nextInt(4);
            for (int p = 0; p < pilots; p++) {
                ConceptInfo c = random.nextBoolean() ? villageConcepts.get(random.nextInt(villageConcepts.size()))
                        : opdConcepts.get(random.nextInt(7)); // the Disdukcapil ones
                String opd = c.opd() == null ? "diskominfo" : c.opd();
                Set<RegionCode> where = new LinkedHashSet<>();
                int n = 3 + random.nextInt(18);
                while (where.size() < Math.min(n, region.villages().size())) {
                    where.add(region.villages().get(random.nextInt(region.villages().size())).code());
                }
                PublicService.Builder b = copyContent(
                        c.concept().instantiate(agency + ".pilot-" + (p + 1) + "." + c.concept().id(), Authority.of(agency, opd)),
                        c.concept().title() + " Online di Kelurahan (Uji Coba)");
                b.status(ServiceStatus.PILOT)
                        .availability(Availability.in(where))
                        .channel(Channel.of(Channel.Kind.WEB, "https://layanan." + region.domain() + "/uji-coba/" + c.concept().id()))
                        .channel(Channel.of(Channel.Kind.KELURAHAN_OFFICE))
                        .digitalLevel(random.nextDouble() < 0.8 ? DigitalLevel.TRANSAKSI : DigitalLevel.INTERAKSI);
                if (random.nextBoolean()) {
                    b.channel(Channel.of(Channel.Kind.MOBILE_APP, "Sapa Warga " + region.instansi().name()));
                }
                completeness(b, random, region);
                services.add(b.build());
            }
        }
        // 4. kecamatan services, in the kecamatan's villages
        for (Region region : regions) {
            String agency = region.instansi().id();
            for (int k = 0; k < region.kecamatan().size(); k++) {
                String kec = region.kecamatan().get(k);
                int n = 1 + random.nextInt(3);
                int first = random.nextInt(KECAMATAN_SERVICES.size());
                for (int j = 0; j < n; j++) {
                    int which = (first + j) % KECAMATAN_SERVICES.size();
                    List<String> s = KECAMATAN_SERVICES.get(which);
                    ServiceStatus status = random.nextDouble() < 0.05 ? ServiceStatus.PLANNED : ServiceStatus.ACTIVE;
                    PublicService.Builder b = PublicService.builder(agency + "." + kec + ".paten-" + (which + 1), s.get(0),
                            Authority.of(agency, kec))
                            .keywords(s.subList(1, s.size()))
                            .status(status)
                            .availability(Availability.in(region.villagesByKecamatan().get(k)))
                            .procedure(List.of("Pemohon datang ke kantor kecamatan", "Petugas PATEN memproses permohonan"))
                            .processingTime(ProcessingTime.workingDays(1 + random.nextInt(3)));
                    channelsAndLevel(b, random, region, Channel.Kind.COUNTER, "paten/" + (which + 1), status.delivered());
                    if (random.nextDouble() < 0.6) {
                        b.cost(Cost.free());
                    }
                    services.add(b.build());
                }
            }
        }
        // 5. village letters, round by round (each village a different one per round) until exactly SERVICES
        List<Village> villages = new ArrayList<>();
        List<Region> villageRegions = new ArrayList<>();
        List<int[]> orders = new ArrayList<>();
        for (Region region : regions) {
            for (Village v : region.villages()) {
                villages.add(v);
                villageRegions.add(region);
                int[] order = new int[villageConcepts.size()];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                // SKTM and domisili first everywhere, the rest in a village's own order
                for (int i = order.length - 1; i > 2; i--) {
                    int j = 2 + random.nextInt(i - 1);
                    int t = order[i];
                    order[i] = order[j];
                    order[j] = t;
                }
                orders.add(order);
            }
        }
        int round = 0;
        while (services.size() < SERVICES) {
            if (round == villageConcepts.size()) {
                throw new IllegalStateException("only " + services.size() + " services; the villages are too few");
            }
            for (int i = 0; i < villages.size() && services.size() < SERVICES; i++) {
                Village v = villages.get(i);
                Region region = villageRegions.get(i);
                ConceptInfo c = villageConcepts.get(orders.get(i)[round]);
                ServiceStatus status = villageStatus(random);
                PublicService.Builder b = copyContent(
                        c.concept().instantiate(v.agencyId() + "." + v.unitId() + "." + c.concept().id(),
                                Authority.of(v.agencyId(), v.unitId())),
                        title(random, c));
                if (random.nextDouble() < 0.2) {
                    b.keywords(List.of()); // entered locally without the concept's keywords
                }
                b.status(status)
                        .availability(Availability.in(List.of(v.code())))
                        .description("Layanan " + c.concept().title() + " di " + v.name() + ".");
                channelsAndLevel(b, random, region, Channel.Kind.KELURAHAN_OFFICE,
                        v.unitId() + "/" + c.concept().id(), status.delivered());
                if (random.nextDouble() < 0.3) {
                    b.processingTime(random.nextBoolean() ? ProcessingTime.hours(1) : ProcessingTime.minutes(30));
                }
                completeness(b, random, region);
                services.add(b.build());
            }
            round++;
        }
        List<Instansi> agencies = new ArrayList<>();
        for (Region region : regions) {
            agencies.add(region.instansi());
        }
        agencies.add(province);
        return new ProvinceCatalog(agencies, concepts, services);
    }

    /** Returns the builder with its title replaced (the concept's builder fixes the title). */
    private static PublicService.Builder copyContent(PublicService.Builder fromConcept, String title) {
        // built as planned, which needs no channel yet; the caller sets the status
        PublicService s = fromConcept.status(ServiceStatus.PLANNED).build();
        if (s.title().equals(title)) {
            return s.toBuilder().status(ServiceStatus.ACTIVE);
        }
        PublicService.Builder b = PublicService.builder(s.id(), title, s.authority());
        s.concept().ifPresent(b::concept);
        s.description().ifPresent(b::description);
        s.processingTime().ifPresent(b::processingTime);
        s.cost().ifPresent(b::cost);
        s.output().ifPresent(b::output);
        return b.keywords(s.keywords()).lifeEvents(s.lifeEvents()).requirements(s.requirements())
                .procedure(s.procedure()).legalBasis(s.legalBasis()).complaintChannels(s.complaintChannels())
                .internal(s.internal());
    }

    /**
     * Returns the villages (kelurahan and desa) of the regencies and cities, in instansi and unit order.
     *
     * @return the villages
     */
    List<Village> villages() {
        List<Village> villages = new ArrayList<>();
        for (Instansi agency : instansi) {
            for (Unit kec : agency.units()) {
                for (Unit v : kec.units()) {
                    v.region().ifPresent(r -> villages.add(new Village(agency.id(), v.id(), v.name(), r, kec.id())));
                }
            }
        }
        return villages;
    }
}
