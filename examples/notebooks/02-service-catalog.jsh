// =====================================================================================
// Notebook 02 - a city's public-service catalog
//
// Builds the catalog of the fictional city "Kota Contoh": national service concepts
// (SKTM, KTP-el, Surat Keterangan Usaha), instantiated by the city's OPD and by its
// kelurahan, with the online SKTM piloted at one kelurahan before the others. Then it
// queries the catalog, prints the dashboard metrics, computes a due date with the
// working-day calendar, writes and reads the catalog file, and exports CPSV-AP 3.2.0
// and schema.org JSON-LD.
//
// Run it:   examples/run examples/notebooks/02-service-catalog.jsh
// Explore:  examples/run --jshell examples/notebooks/02-service-catalog.jsh
//
// Kota Contoh, its region codes (province 99 does not exist) and every service here are
// FICTIONAL sample data. Every figure printed is computed by spbe4j.
//
// Notebook style: a statement continued on the next line leaves its line visibly
// unfinished (it ends with `.`, `,`, `+` or an open bracket).
// =====================================================================================

import io.github.spbe4j.catalog.*;
import io.github.spbe4j.catalog.json.*;
import io.github.spbe4j.catalog.linkeddata.*;
import io.github.spbe4j.core.agency.*;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.identifier.RegionCode;
import java.time.LocalDate;

void heading(String title) { System.out.println(); System.out.println("## " + title); System.out.println(); }

// -------------------------------------------------------------------------------------
// 1. The city and its units
//
// An Instansi is a government with its region code and its units: the OPD, a kecamatan
// and its kelurahan offices, each kelurahan with its own village code.
// -------------------------------------------------------------------------------------
heading("1. Kota Contoh and its units");

List<Unit> kelurahan = List.of(
    Unit.of("kel-satu", "Kelurahan Contoh Satu", UnitKind.KELURAHAN, RegionCode.parse("99.71.01.1001")),
    Unit.of("kel-dua", "Kelurahan Contoh Dua", UnitKind.KELURAHAN, RegionCode.parse("99.71.01.1002")),
    Unit.of("kel-tiga", "Kelurahan Contoh Tiga", UnitKind.KELURAHAN, RegionCode.parse("99.71.01.1003")),
    Unit.of("kel-empat", "Kelurahan Contoh Empat", UnitKind.KELURAHAN, RegionCode.parse("99.71.01.1004")));

Instansi kota = Instansi.of("kota-contoh", "Pemerintah Kota Contoh", GovernmentKind.CITY, RegionCode.parse("99.71"), List.of(
    Unit.of("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", UnitKind.DINAS),
    Unit.of("dpmptsp", "Dinas Penanaman Modal dan PTSP", UnitKind.DINAS),
    Unit.of("kec-utara", "Kecamatan Contoh Utara", UnitKind.KECAMATAN, RegionCode.parse("99.71.01")).
        with(kelurahan.toArray(new Unit[0]))));

System.out.println(kota.name() + " (" + kota.region().orElseThrow() + "): " + kota.opd().size() + " OPD, " +
    kota.kelurahan().size() + " kelurahan");

// -------------------------------------------------------------------------------------
// 2. National concepts, local instances
//
// A concept holds what a service is everywhere; each OPD or kelurahan instantiates it and
// overrides what is local: channels, its own processing time, where it is available.
// -------------------------------------------------------------------------------------
heading("2. Concepts and their instances");

LegalReference uuPelayananPublik = LegalReference.of("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik");
ComplaintChannel lapor = ComplaintChannel.of(ComplaintChannel.Kind.SP4N_LAPOR, "https://www.lapor.go.id");

ServiceConcept sktm = ServiceConcept.builder("sktm", "Surat Keterangan Tidak Mampu").
    description("Surat keterangan bagi warga tidak mampu untuk keringanan biaya sekolah dan kesehatan (fiktif).").
    requirement(Requirement.of("domisili", "Berdomisili di kelurahan",
        Document.of("pengantar-rt-rw", "Surat pengantar RT/RW"), Document.of("kk", "Fotokopi Kartu Keluarga"))).
    procedure(List.of("Warga mengajukan permohonan", "Petugas memeriksa berkas", "Lurah menandatangani surat")).
    processingTime(ProcessingTime.parse("1 hari kerja")).
    cost(Cost.free()).
    output(Output.of("Surat Keterangan Tidak Mampu", OutputType.LETTER)).
    legalBasis(List.of(uuPelayananPublik)).
    complaintChannels(List.of(lapor)).
    build();

ServiceConcept ktp = ServiceConcept.builder("ktp-el", "Penerbitan KTP-el").
    requirement(Requirement.of("kk", "Kartu Keluarga", Document.of("kk", "Fotokopi Kartu Keluarga"))).
    processingTime(ProcessingTime.parse("14 hari")).
    cost(Cost.free()).
    output(Output.of("KTP-el", OutputType.CARD)).
    build();

ServiceConcept sku = ServiceConcept.builder("sku", "Surat Keterangan Usaha").
    keywords(List.of("izin usaha mikro")).
    processingTime(ProcessingTime.workingDays(2)).
    cost(Cost.fixed(10_000, LegalReference.of("Peraturan Daerah Kota Contoh Nomor 3 Tahun 2024 (fiktif)"))).
    output(Output.of("Surat Keterangan Usaha", OutputType.LETTER)).
    build();

List<PublicService> services = new ArrayList<>();

// KTP-el: the Disdukcapil, online and at its counter, everywhere in the city
services.add(ktp.instantiate("ktp-el-disdukcapil", Authority.of("kota-contoh", "disdukcapil")).
    channel(Channel.of(Channel.Kind.WEB, "https://dukcapil.kota-contoh.example/ktp")).
    channel(Channel.of(Channel.Kind.COUNTER, "Kantor Disdukcapil")).
    digitalLevel(DigitalLevel.TRANSAKSI).
    build());

// SKTM: the online pilot at Kelurahan Contoh Satu ...
services.add(sktm.instantiate("sktm-daring", Authority.of("kota-contoh", "kel-satu")).
    title("Surat Keterangan Tidak Mampu (daring)").
    channel(Channel.of(Channel.Kind.WEB, "https://layanan.kota-contoh.example/sktm").
        withProcessingTime(ProcessingTime.hours(4))).
    digitalLevel(DigitalLevel.TRANSAKSI).
    status(ServiceStatus.PILOT).
    availability(Availability.in(Set.of(RegionCode.parse("99.71.01.1001")))).
    build());

// ... and at the counter of every kelurahan office
for (Unit k : kelurahan) {
    services.add(sktm.instantiate("sktm-" + k.id(), Authority.of("kota-contoh", k.id())).
        channel(Channel.of(Channel.Kind.KELURAHAN_OFFICE, k.name())).
        availability(Availability.in(Set.of(k.region().orElseThrow()))).
        build());
}

// SKU at the kelurahan offices, published online (Informasi) but done at the counter
services.add(sku.instantiate("sku-kecamatan", Authority.of("kota-contoh", "kec-utara")).
    executingUnits(kelurahan.stream().map(Unit::id).toList()).
    channel(Channel.of(Channel.Kind.KELURAHAN_OFFICE)).
    digitalLevel(DigitalLevel.INFORMASI).
    build());

Catalog catalog = Catalog.of(List.of(kota), List.of(sktm, ktp, sku), services);
System.out.println(catalog);
for (PublicService s : catalog.services()) {
    System.out.printf("  %-22s %-40s %-7s %s%n", s.id(), s.title(), s.status(), s.online() ? "online" : "counter");
}

// -------------------------------------------------------------------------------------
// 3. Queries and keyword search
// -------------------------------------------------------------------------------------
heading("3. Queries and search");

RegionCode satu = RegionCode.parse("99.71.01.1001");
System.out.println("available at Kelurahan Contoh Satu: " + catalog.query().kelurahan(satu).count());
System.out.println("online there:                       " +
    catalog.query().kelurahan(satu).online().list().stream().map(PublicService::id).toList());
System.out.println("online at Kelurahan Contoh Dua:     " +
    catalog.query().kelurahan(RegionCode.parse("99.71.01.1002")).online().list().stream().map(PublicService::id).toList());
for (String words : List.of("sktm", "kartu tanda penduduk", "surat keterangan usaha", "izin usaha")) {
    System.out.println("search '" + words + "': " + catalog.search(words).stream().map(PublicService::id).toList());
}

// -------------------------------------------------------------------------------------
// 4. The dashboard
// -------------------------------------------------------------------------------------
heading("4. Dashboard metrics");

CatalogMetrics metrics = catalog.metrics();
System.out.println("online overall: " + metrics.onlineShare());
metrics.onlineShareByOpd().forEach((opd, share) -> System.out.println("  OPD " + opd + ": " + share));
metrics.onlineShareByKelurahan().forEach((village, share) -> System.out.println("  kelurahan " + village + ": " + share));
for (Rollout r : metrics.pilots()) {
    System.out.println("pilot " + r.subject() + " has reached " + r.share() + " of the kelurahan; still to go: " + r.notReached());
}
System.out.println("SKTM online in " + metrics.onlineRollout("sktm").share() + " of the kelurahan");
for (CatalogMetrics.Completeness c : metrics.completeness()) {
    System.out.println("  " + c.service().id() + ": " + c.stated().part() + "/14 components, missing " +
        c.missing().stream().map(StandarComponent::number).toList());
}
System.out.println("without a complaint channel: " + metrics.withoutComplaintChannel().stream().map(PublicService::id).toList());
for (CatalogMetrics.EvidenceCandidates e : metrics.evidence(FrameworkRegistry.builtIn().get("spbe-2020"))) {
    System.out.println("evidence for SPBE 2020 indicator " + e.indicator().code() + ": " +
        e.services().stream().map(PublicService::id).toList());
}

// -------------------------------------------------------------------------------------
// 5. Processing time in working days
// -------------------------------------------------------------------------------------
heading("5. When is it due?");

WorkingDayCalendar calendar = WorkingDayCalendar.indonesia();
LocalDate received = LocalDate.of(2025, 3, 27);
for (PublicService s : List.of(catalog.service("sku-kecamatan").orElseThrow(), catalog.service("ktp-el-disdukcapil").orElseThrow())) {
    ProcessingTime t = s.processingTime().orElseThrow();
    System.out.println(s.title() + ": " + t + ", received " + received + " -> due " + t.dueDate(received, calendar));
}

// -------------------------------------------------------------------------------------
// 6. The catalog file
// -------------------------------------------------------------------------------------
heading("6. The catalog file");

String file = CatalogJson.write(catalog);
Catalog again = CatalogJson.parse(file);
System.out.println("catalog file: " + file.length() + " characters; read back equal: " + again.equals(catalog));

// A city application's REST controller returns the catalog's values as they are: the Jackson module
// (found by findAndRegisterModules) gives each a documented JSON form, and reads a service back.
com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();
System.out.println("online by OPD as JSON: " + mapper.writeValueAsString(metrics.onlineShareByOpd()));
PublicService posted = mapper.readValue(mapper.writeValueAsString(catalog.service("sktm-daring").orElseThrow()), PublicService.class);
System.out.println("a service through JSON and back equal: " + posted.equals(catalog.service("sktm-daring").orElseThrow()));

// -------------------------------------------------------------------------------------
// 7. Linked data: CPSV-AP 3.2.0 and schema.org
//
// CPSV-AP is the European catalog standard; the Indonesian components it has no slot
// for (digital level, internal components 8..14, complaint channels, exact rupiah and
// working days) travel as extension properties, so importing the export gives the same
// catalog back. schema.org's GovernmentService is the lighter form for web pages.
// -------------------------------------------------------------------------------------
heading("7. CPSV-AP and schema.org JSON-LD");

CpsvAp cpsv = CpsvAp.exporter().withBase(URI.create("https://data.kota-contoh.example/layanan/"));
String jsonLd = cpsv.export(catalog);
System.out.println("CPSV-AP export: " + jsonLd.length() + " characters, " +
    jsonLd.lines().filter(l -> l.contains("\"cpsv:PublicService\"")).count() + " public services");
// the first public service of the graph, as CPSV-AP writes it
List<String> lines = jsonLd.lines().toList();
int first = lines.indexOf(lines.stream().filter(l -> l.contains("\"cpsv:PublicService\"")).findFirst().orElseThrow());
lines.subList(first - 2, Math.min(lines.size(), first + 22)).forEach(System.out::println);
System.out.println("  ...");

CpsvApImport imported = cpsv.read(jsonLd);
System.out.println("imported back: " + imported.catalog() + ", same services: " +
    imported.catalog().services().equals(catalog.services()) + ", warnings: " + imported.warnings().size());

String page = SchemaOrg.export(catalog.service("sktm-daring").orElseThrow(), catalog);
System.out.println("schema.org for the SKTM page: " + page.length() + " characters");
System.out.println(page.lines().limit(8).collect(java.util.stream.Collectors.joining("\n")));
System.out.println("  ...");
