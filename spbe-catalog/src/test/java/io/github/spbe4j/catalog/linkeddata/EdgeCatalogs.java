package io.github.spbe4j.catalog.linkeddata;

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
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small catalog with the cases the generators and the sample do not make: a central agency, every cost and time unit. */
final class EdgeCatalogs {

    private EdgeCatalogs() {
    }

    static Catalog edges() {
        Instansi kementerian = Instansi.of("kemendagri", "Kementerian Dalam Negeri (contoh)", GovernmentKind.CENTRAL, null,
                List.of(Unit.of("dukcapil", "Direktorat Jenderal Dukcapil", UnitKind.OTHER)
                        .with(Unit.of("upt 1/ä", "UPT dengan id \"aneh\"", UnitKind.UPT))));
        Instansi provinsi = Instansi.of("prov-contoh", "Pemerintah Provinsi Contoh", GovernmentKind.PROVINCE, RegionCode.parse("99"),
                List.of(Unit.of("bapenda", "Badan Pendapatan Daerah", UnitKind.BADAN),
                        Unit.of("kec", "Kecamatan Contoh", UnitKind.KECAMATAN, RegionCode.parse("99.71.01"))
                                .with(Unit.of("desa", "Desa Contoh", UnitKind.DESA, RegionCode.parse("99.71.01.2001")))));
        LegalReference relative = LegalReference.of("Perda dengan segmen titik", URI.create("https://jdih.example/perda/../3-2024"));
        LegalReference linked = LegalReference.of("Perda Provinsi Contoh Nomor 1 Tahun 2024 (fiktif)",
                URI.create("https://jdih.example/perda/1-2024?x=1#pasal-2"));
        ServiceConcept concept = ServiceConcept.builder("pajak-kendaraan", "Pembayaran Pajak Kendaraan Bermotor")
                .cost(Cost.perUnit(150_000, "kendaraan", linked))
                .processingTime(ProcessingTime.minutes(30))
                .legalBasis(List.of(relative, linked))
                .output(Output.of("Tanda bukti pembayaran", OutputType.FINANCIAL_OBLIGATION))
                .complaintChannels(List.of(ComplaintChannel.of(ComplaintChannel.Kind.PHONE, "+62 21 000 000"),
                        ComplaintChannel.of(ComplaintChannel.Kind.SUGGESTION_BOX, "Kotak saran di loket")))
                .internal(InternalComponents.none().with(StandarComponent.JUMLAH_PELAKSANA, "3 orang\nper loket"))
                .build();
        PublicService central = PublicService.builder("layanan-pusat", "Layanan Pusat \"dengan kutip\" & <tag>",
                        Authority.of("kemendagri"))
                .channel(Channel.of(Channel.Kind.WEB, "https://layanan.example.go.id/"))
                .digitalLevel(DigitalLevel.OPTIMALISASI)
                .cost(Cost.range(0, Cost.MAX_RUPIAH))
                .processingTime(ProcessingTime.hours(0))
                .executingUnits(List.of("upt 1/ä"))
                .lifeEvents(List.of(LifeEvent.of("a.b_c~d", "Peristiwa")))
                .build();
        PublicService pajak = concept.instantiate("pajak-kendaraan-prov", Authority.of("prov-contoh", "bapenda"))
                .description("Pajak kendaraan, dengan persyaratan lewat aplikasi.")
                .channel(Channel.of(Channel.Kind.MOBILE_APP, "Aplikasi Samsat (fiktif)").withProcessingTime(ProcessingTime.calendarDays(3))
                        .withRequirements(List.of(Requirement.of("foto-ktp", "Foto KTP", Document.of("ktp", "KTP-el", "Kartu asli"))
                                .withDescription("Diunggah lewat aplikasi"))))
                .channel(Channel.of(Channel.Kind.KIOSK).withProcessingTime(ProcessingTime.workingDays(2)))
                .requirement(Requirement.of("stnk", "STNK berlaku", Document.of("ktp", "KTP-el", "Kartu asli"), Document.of("stnk", "STNK")))
                .digitalLevel(DigitalLevel.KOLABORASI)
                .status(ServiceStatus.PILOT)
                .availability(Availability.in(Set.of(RegionCode.parse("99.71.01.2001"))))
                .executingUnits(List.of("kec", "desa"))
                .keywords(List.of("pajak", "PKB", "samsat"))
                .build();
        PublicService fixed = PublicService.builder("legalisir", "Legalisir dokumen", Authority.of("prov-contoh", "bapenda"))
                .status(ServiceStatus.RETIRED)
                .cost(Cost.fixed(1))
                .processingTime(ProcessingTime.calendarDays(ProcessingTime.MAX_AMOUNT))
                .procedure(List.of("Satu", "Dua"))
                .internal(InternalComponents.of(Map.of(StandarComponent.EVALUASI_KINERJA, "Survei", StandarComponent.SARANA_PRASARANA,
                        "Ruang tunggu")))
                .build();
        PublicService planned = PublicService.builder("rencana", "Layanan yang direncanakan", Authority.of("prov-contoh"))
                .status(ServiceStatus.PLANNED).cost(Cost.free()).build();
        return Catalog.of(List.of(kementerian, provinsi), List.of(concept), List.of(central, pajak, fixed, planned));
    }
}
