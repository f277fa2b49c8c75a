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
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fictional city, "Kota Contoh" (province 99 and city 99.71 do not exist), with its OPD, one
 * kecamatan of five kelurahan, four national concepts and twelve services, for tests to share.
 *
 * <p>The figures below are what the tests of the catalog's metrics rely on; change the fixture and
 * those tests together.
 *
 * <table>
 * <caption>Services, in catalog order</caption>
 * <tr><th>#</th><th>id</th><th>authority unit</th><th>channels</th><th>level</th><th>status</th><th>where</th></tr>
 * <tr><td>1</td><td>ktp-el</td><td>disdukcapil</td><td>counter, MPP, web</td><td>Interaksi</td><td>active</td><td>everywhere</td></tr>
 * <tr><td>2</td><td>kartu-keluarga</td><td>disdukcapil</td><td>web, counter</td><td>Transaksi</td><td>active</td><td>everywhere</td></tr>
 * <tr><td>3</td><td>akta-kelahiran</td><td>disdukcapil</td><td>counter</td><td>-</td><td>active</td><td>everywhere</td></tr>
 * <tr><td>4</td><td>pbg</td><td>dpmptsp</td><td>web</td><td>Kolaborasi</td><td>active</td><td>everywhere</td></tr>
 * <tr><td>5</td><td>izin-reklame</td><td>dpmptsp</td><td>counter, MPP</td><td>-</td><td>active</td><td>everywhere</td></tr>
 * <tr><td>6</td><td>sktm-daring-contoh-satu</td><td>kel-contoh-satu</td><td>web, kelurahan office</td><td>Transaksi</td><td>pilot</td><td>1001 only</td></tr>
 * <tr><td>7</td><td>sktm</td><td>kec-contoh-utara (all kelurahan execute)</td><td>kelurahan office</td><td>-</td><td>active</td><td>everywhere</td></tr>
 * <tr><td>8</td><td>sku</td><td>kec-contoh-utara (all kelurahan execute)</td><td>kelurahan office</td><td>-</td><td>active</td><td>everywhere; no complaint channel</td></tr>
 * <tr><td>9</td><td>rekomendasi-bansos</td><td>dinsos</td><td>counter</td><td>-</td><td>active</td><td>everywhere</td></tr>
 * <tr><td>10</td><td>pendaftaran-dtks</td><td>dinsos</td><td>web, counter</td><td>Transaksi</td><td>active</td><td>everywhere</td></tr>
 * <tr><td>11</td><td>legalisir-daring</td><td>disdukcapil</td><td>web</td><td>Transaksi</td><td>planned</td><td>everywhere</td></tr>
 * <tr><td>12</td><td>surat-pindah-manual</td><td>disdukcapil</td><td>counter</td><td>-</td><td>retired</td><td>everywhere</td></tr>
 * </table>
 *
 * <p>Only {@code ktp-el} states all fourteen standar components.
 */
public final class KotaContoh {

    /** The city's id. */
    public static final String AGENCY = "kota-contoh";
    /** The city's region code. */
    public static final RegionCode REGION = RegionCode.parse("99.71");
    /** The kecamatan's region code. */
    public static final RegionCode KECAMATAN = RegionCode.parse("99.71.01");
    /** Kelurahan Contoh Satu, where SKTM is piloted online. */
    public static final RegionCode KEL_SATU = RegionCode.parse("99.71.01.1001");
    /** Kelurahan Contoh Dua. */
    public static final RegionCode KEL_DUA = RegionCode.parse("99.71.01.1002");
    /** Kelurahan Contoh Tiga. */
    public static final RegionCode KEL_TIGA = RegionCode.parse("99.71.01.1003");
    /** Kelurahan Contoh Empat. */
    public static final RegionCode KEL_EMPAT = RegionCode.parse("99.71.01.1004");
    /** Kelurahan Contoh Lima. */
    public static final RegionCode KEL_LIMA = RegionCode.parse("99.71.01.1005");
    /** The five kelurahan, in code (and unit) order. */
    public static final List<RegionCode> KELURAHAN = List.of(KEL_SATU, KEL_DUA, KEL_TIGA, KEL_EMPAT, KEL_LIMA);
    /** The ids of the five kelurahan units, in the order of {@link #KELURAHAN}. */
    public static final List<String> KELURAHAN_UNITS = List.of("kel-contoh-satu", "kel-contoh-dua", "kel-contoh-tiga",
            "kel-contoh-empat", "kel-contoh-lima");

    /** The life event "kelahiran". */
    public static final LifeEvent KELAHIRAN = LifeEvent.of("kelahiran", "Kelahiran");
    /** The life event "memulai-usaha". */
    public static final LifeEvent MEMULAI_USAHA = LifeEvent.of("memulai-usaha", "Memulai usaha");

    /** The city's complaint line on SP4N-LAPOR!. */
    public static final ComplaintChannel LAPOR = ComplaintChannel.of(ComplaintChannel.Kind.SP4N_LAPOR, "https://www.lapor.go.id");

    /** Every internal component 8..14 stated. */
    public static final InternalComponents ALL_INTERNAL = InternalComponents.of(Map.of(
            StandarComponent.SARANA_PRASARANA, "Ruang tunggu, kursi roda dan jalur difabel",
            StandarComponent.KOMPETENSI_PELAKSANA, "Operator terlatih SIAK",
            StandarComponent.PENGAWASAN_INTERNAL, "Kepala dinas dan Inspektorat",
            StandarComponent.JUMLAH_PELAKSANA, "6 orang",
            StandarComponent.JAMINAN_PELAYANAN, "Maklumat pelayanan",
            StandarComponent.JAMINAN_KEAMANAN, "Data pemohon dijaga kerahasiaannya",
            StandarComponent.EVALUASI_KINERJA, "Survei kepuasan masyarakat tiap semester"));

    private static final Document PENGANTAR_RT_RW = Document.of("pengantar-rt-rw", "Surat pengantar RT/RW");
    private static final Document KARTU_KELUARGA = Document.of("kartu-keluarga", "Fotokopi Kartu Keluarga");
    private static final LegalReference UU_ADMINDUK = LegalReference.of(
            "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas UU 23/2006 tentang Administrasi Kependudukan");
    private static final LegalReference PERDA_RETRIBUSI = LegalReference.of(
            "Peraturan Daerah Kota Contoh Nomor 3 Tahun 2023 tentang Pajak Daerah dan Retribusi Daerah");

    private KotaContoh() {
    }

    /**
     * Returns the city: Disdukcapil, DPMPTSP and Dinas Sosial, and Kecamatan Contoh Utara with five kelurahan.
     *
     * @return the instansi
     */
    public static Instansi instansi() {
        Unit kecamatan = Unit.of("kec-contoh-utara", "Kecamatan Contoh Utara", UnitKind.KECAMATAN, KECAMATAN).with(
                Unit.of("kel-contoh-satu", "Kelurahan Contoh Satu", UnitKind.KELURAHAN, KEL_SATU),
                Unit.of("kel-contoh-dua", "Kelurahan Contoh Dua", UnitKind.KELURAHAN, KEL_DUA),
                Unit.of("kel-contoh-tiga", "Kelurahan Contoh Tiga", UnitKind.KELURAHAN, KEL_TIGA),
                Unit.of("kel-contoh-empat", "Kelurahan Contoh Empat", UnitKind.KELURAHAN, KEL_EMPAT),
                Unit.of("kel-contoh-lima", "Kelurahan Contoh Lima", UnitKind.KELURAHAN, KEL_LIMA));
        return Instansi.of(AGENCY, "Pemerintah Kota Contoh", GovernmentKind.CITY, REGION, List.of(
                Unit.of("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", UnitKind.DINAS),
                Unit.of("dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", UnitKind.DINAS),
                Unit.of("dinsos", "Dinas Sosial", UnitKind.DINAS),
                kecamatan));
    }

    /**
     * Returns the concept of the Surat Keterangan Tidak Mampu.
     *
     * @return the concept {@code sktm}
     */
    public static ServiceConcept sktmConcept() {
        return ServiceConcept.builder("sktm", "Surat Keterangan Tidak Mampu")
                .description("Surat keterangan bagi warga kurang mampu untuk keringanan biaya sekolah atau berobat")
                .keywords(List.of("keringanan biaya", "warga miskin"))
                .requirement(Requirement.of("domisili", "Berdomisili di kelurahan", PENGANTAR_RT_RW, KARTU_KELUARGA))
                .procedure(List.of("Pemohon membawa surat pengantar RT/RW", "Petugas memeriksa berkas",
                        "Lurah menandatangani surat"))
                .processingTime(ProcessingTime.workingDays(1))
                .cost(Cost.free())
                .output(Output.of("Surat Keterangan Tidak Mampu", OutputType.LETTER))
                .legalBasis(List.of(LegalReference.of("Peraturan Wali Kota Contoh Nomor 12 Tahun 2024 tentang Standar Pelayanan Kelurahan")))
                .build();
    }

    /**
     * Returns the concept of the KTP-el.
     *
     * @return the concept {@code ktp-el}
     */
    public static ServiceConcept ktpElConcept() {
        return ServiceConcept.builder("ktp-el", "Penerbitan KTP-el")
                .lifeEvents(List.of())
                .requirement(Requirement.of("usia", "Berusia 17 tahun atau sudah menikah", KARTU_KELUARGA))
                .procedure(List.of("Perekaman data biometrik", "Pencetakan KTP-el"))
                .processingTime(ProcessingTime.workingDays(14))
                .cost(Cost.free())
                .output(Output.of("Kartu Tanda Penduduk Elektronik", OutputType.CARD))
                .legalBasis(List.of(UU_ADMINDUK))
                .build();
    }

    /**
     * Returns the concept of the Surat Keterangan Usaha (no legal basis stated).
     *
     * @return the concept {@code sku}
     */
    public static ServiceConcept skuConcept() {
        return ServiceConcept.builder("sku", "Surat Keterangan Usaha")
                .lifeEvents(List.of(MEMULAI_USAHA))
                .requirement(Requirement.of("usaha", "Memiliki usaha di kelurahan", PENGANTAR_RT_RW))
                .procedure(List.of("Pemohon mengisi formulir", "Lurah menandatangani surat"))
                .processingTime(ProcessingTime.workingDays(1))
                .cost(Cost.free())
                .output(Output.of("Surat Keterangan Usaha", OutputType.LETTER))
                .build();
    }

    /**
     * Returns the concept of the Persetujuan Bangunan Gedung (formerly IMB).
     *
     * @return the concept {@code pbg}
     */
    public static ServiceConcept pbgConcept() {
        return ServiceConcept.builder("pbg", "Persetujuan Bangunan Gedung")
                .keywords(List.of("bangunan", "SIMBG"))
                .lifeEvents(List.of(MEMULAI_USAHA))
                .requirement(Requirement.of("dokumen-teknis", "Dokumen rencana teknis",
                        Document.of("gambar-arsitektur", "Gambar arsitektur")))
                .procedure(List.of("Pendaftaran di SIMBG", "Konsultasi TPA", "Penilaian dokumen", "Penerbitan PBG"))
                .processingTime(ProcessingTime.workingDays(28))
                .cost(Cost.range(1_000_000, 50_000_000, PERDA_RETRIBUSI))
                .output(Output.of("Persetujuan Bangunan Gedung", OutputType.PERMIT))
                .legalBasis(List.of(LegalReference.of("Peraturan Pemerintah Nomor 16 Tahun 2021")))
                .build();
    }

    /**
     * Returns the four concepts: sktm, ktp-el, sku, pbg.
     *
     * @return the concepts
     */
    public static List<ServiceConcept> concepts() {
        return List.of(sktmConcept(), ktpElConcept(), skuConcept(), pbgConcept());
    }

    private static Authority unit(String unitId) {
        return Authority.of(AGENCY, unitId);
    }

    /**
     * Returns the twelve services, in the order of the class description.
     *
     * @return the services
     */
    public static List<PublicService> services() {
        PublicService ktpEl = ktpElConcept().instantiate("ktp-el", unit("disdukcapil"))
                .channel(Channel.of(Channel.Kind.COUNTER, "Loket Disdukcapil"))
                .channel(Channel.of(Channel.Kind.MAL_PELAYANAN_PUBLIK))
                .channel(Channel.of(Channel.Kind.WEB, "https://dukcapil.kotacontoh.example/antrean"))
                .digitalLevel(DigitalLevel.INTERAKSI)
                .complaintChannel(LAPOR)
                .internal(ALL_INTERNAL)
                .keywords(List.of("e-KTP", "kartu identitas"))
                .build();
        PublicService kk = PublicService.builder("kartu-keluarga", "Penerbitan Kartu Keluarga", unit("disdukcapil"))
                .channel(Channel.of(Channel.Kind.WEB, "https://dukcapil.kotacontoh.example"))
                .channel(Channel.of(Channel.Kind.COUNTER))
                .digitalLevel(DigitalLevel.TRANSAKSI)
                .requirement(Requirement.of("kk-lama", "Kartu Keluarga lama", KARTU_KELUARGA))
                .procedure(List.of("Pengisian formulir F-1.01", "Verifikasi", "Pencetakan"))
                .processingTime(ProcessingTime.workingDays(3))
                .cost(Cost.free())
                .output(Output.of("Kartu Keluarga", OutputType.CARD))
                .complaintChannel(LAPOR)
                .complaintChannel(ComplaintChannel.of(ComplaintChannel.Kind.PHONE, "(0999) 123456"))
                .legalBasis(List.of(UU_ADMINDUK))
                .lifeEvents(List.of(KELAHIRAN))
                .build();
        PublicService akta = PublicService.builder("akta-kelahiran", "Penerbitan Akta Kelahiran", unit("disdukcapil"))
                .channel(Channel.of(Channel.Kind.COUNTER))
                .requirement(Requirement.of("surat-lahir", "Surat keterangan lahir",
                        Document.of("surat-lahir-rs", "Surat keterangan lahir dari rumah sakit atau bidan")))
                .cost(Cost.free())
                .output(Output.of("Akta Kelahiran", OutputType.CERTIFICATE))
                .complaintChannel(ComplaintChannel.of(ComplaintChannel.Kind.IN_PERSON, "Meja pengaduan Disdukcapil"))
                .legalBasis(List.of(UU_ADMINDUK))
                .lifeEvents(List.of(KELAHIRAN))
                .build();
        PublicService pbg = pbgConcept().instantiate("pbg", unit("dpmptsp"))
                .channel(Channel.of(Channel.Kind.WEB, "https://simbg.pu.go.id"))
                .digitalLevel(DigitalLevel.KOLABORASI)
                .complaintChannel(ComplaintChannel.of(ComplaintChannel.Kind.WEBSITE, "https://dpmptsp.kotacontoh.example/pengaduan"))
                .build();
        PublicService reklame = PublicService.builder("izin-reklame", "Izin Penyelenggaraan Reklame", unit("dpmptsp"))
                .channel(Channel.of(Channel.Kind.COUNTER))
                .channel(Channel.of(Channel.Kind.MAL_PELAYANAN_PUBLIK))
                .requirement(Requirement.of("desain", "Desain reklame", Document.of("desain-reklame", "Gambar desain reklame")))
                .processingTime(ProcessingTime.workingDays(5))
                .cost(Cost.perUnit(25_000, "m2", PERDA_RETRIBUSI))
                .output(Output.of("Izin Reklame", OutputType.PERMIT))
                .complaintChannel(ComplaintChannel.of(ComplaintChannel.Kind.EMAIL, "pengaduan@dpmptsp.kotacontoh.example"))
                .legalBasis(List.of(PERDA_RETRIBUSI))
                .lifeEvents(List.of(MEMULAI_USAHA))
                .build();
        Requirement scan = Requirement.of("pindaian-ktp", "Pindaian KTP-el pemohon", Document.of("pindaian-ktp-el", "Berkas pindaian KTP-el"));
        PublicService sktmPilot = sktmConcept().instantiate("sktm-daring-contoh-satu", unit("kel-contoh-satu"))
                .channel(Channel.of(Channel.Kind.WEB, "https://layanan.kotacontoh.example/sktm")
                        .withProcessingTime(ProcessingTime.hours(2)).withRequirements(List.of(scan)))
                .channel(Channel.of(Channel.Kind.KELURAHAN_OFFICE, "Kantor Kelurahan Contoh Satu"))
                .digitalLevel(DigitalLevel.TRANSAKSI)
                .status(ServiceStatus.PILOT)
                .availability(Availability.in(Set.of(KEL_SATU)))
                .complaintChannel(LAPOR)
                .build();
        PublicService sktm = sktmConcept().instantiate("sktm", unit("kec-contoh-utara"))
                .executingUnits(KELURAHAN_UNITS)
                .channel(Channel.of(Channel.Kind.KELURAHAN_OFFICE))
                .complaintChannel(ComplaintChannel.of(ComplaintChannel.Kind.IN_PERSON, "Kantor kelurahan"))
                .build();
        PublicService sku = skuConcept().instantiate("sku", unit("kec-contoh-utara"))
                .executingUnits(KELURAHAN_UNITS)
                .channel(Channel.of(Channel.Kind.KELURAHAN_OFFICE))
                .build();
        PublicService bansos = PublicService.builder("rekomendasi-bansos", "Rekomendasi Bantuan Sosial", unit("dinsos"))
                .channel(Channel.of(Channel.Kind.COUNTER))
                .output(Output.of("Surat Rekomendasi", OutputType.RECOMMENDATION))
                .complaintChannel(ComplaintChannel.of(ComplaintChannel.Kind.PHONE, "(0999) 654321"))
                .build();
        PublicService dtks = PublicService.builder("pendaftaran-dtks", "Pendaftaran Data Terpadu Kesejahteraan Sosial", unit("dinsos"))
                .channel(Channel.of(Channel.Kind.WEB, "https://dinsos.kotacontoh.example/dtks"))
                .channel(Channel.of(Channel.Kind.COUNTER))
                .digitalLevel(DigitalLevel.TRANSAKSI)
                .requirement(Requirement.of("kk-dtks", "Kartu Keluarga", KARTU_KELUARGA))
                .procedure(List.of("Pendaftaran", "Verifikasi lapangan"))
                .processingTime(ProcessingTime.calendarDays(30))
                .cost(Cost.free())
                .output(Output.of("Nomor pendaftaran DTKS", OutputType.REGISTRATION))
                .complaintChannel(LAPOR)
                .legalBasis(List.of(LegalReference.of("Peraturan Menteri Sosial Nomor 3 Tahun 2021")))
                .build();
        PublicService legalisir = PublicService.builder("legalisir-daring", "Legalisir Dokumen Kependudukan Daring", unit("disdukcapil"))
                .channel(Channel.of(Channel.Kind.WEB, "https://dukcapil.kotacontoh.example/legalisir"))
                .digitalLevel(DigitalLevel.TRANSAKSI)
                .status(ServiceStatus.PLANNED)
                .build();
        PublicService pindah = PublicService.builder("surat-pindah-manual", "Surat Keterangan Pindah (manual)", unit("disdukcapil"))
                .channel(Channel.of(Channel.Kind.COUNTER))
                .status(ServiceStatus.RETIRED)
                .build();
        return List.of(ktpEl, kk, akta, pbg, reklame, sktmPilot, sktm, sku, bansos, dtks, legalisir, pindah);
    }

    /**
     * Returns the catalog of the city, its four concepts and twelve services.
     *
     * @return the catalog
     */
    public static Catalog catalog() {
        return Catalog.of(List.of(instansi()), concepts(), services());
    }
}
