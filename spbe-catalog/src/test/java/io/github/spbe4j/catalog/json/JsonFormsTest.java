package io.github.spbe4j.catalog.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.github.spbe4j.catalog.Authority;
import io.github.spbe4j.catalog.Availability;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.CatalogMetrics;
import io.github.spbe4j.catalog.CatalogQuery;
import io.github.spbe4j.catalog.Channel;
import io.github.spbe4j.catalog.ComplaintChannel;
import io.github.spbe4j.catalog.Cost;
import io.github.spbe4j.catalog.DigitalLevel;
import io.github.spbe4j.catalog.Document;
import io.github.spbe4j.catalog.EvidenceMapping;
import io.github.spbe4j.catalog.InternalComponents;
import io.github.spbe4j.catalog.InvalidCatalogException;
import io.github.spbe4j.catalog.InvalidServiceException;
import io.github.spbe4j.catalog.LegalReference;
import io.github.spbe4j.catalog.LifeEvent;
import io.github.spbe4j.catalog.Output;
import io.github.spbe4j.catalog.OutputType;
import io.github.spbe4j.catalog.ProcessingTime;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.Requirement;
import io.github.spbe4j.catalog.Rollout;
import io.github.spbe4j.catalog.ServiceConcept;
import io.github.spbe4j.catalog.ServiceStatus;
import io.github.spbe4j.catalog.Share;
import io.github.spbe4j.catalog.StandarComponent;
import io.github.spbe4j.catalog.linkeddata.CpsvAp;
import io.github.spbe4j.catalog.linkeddata.CpsvApImport;
import io.github.spbe4j.catalog.linkeddata.InvalidLinkedDataException;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.agency.GovernmentKind;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.agency.UnitKind;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.identifier.RegionCode;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON form of every public type of spbe-catalog, as an application's own mapper writes it with the
 * module found by {@code findAndRegisterModules()}: each exactly the documented shape of
 * docs/catalog-format.md ("JSON forms of the API types"), none with a field a bean getter would add.
 */
class JsonFormsTest {

    /** An application's mapper: Jackson's defaults, the modules found on the module or class path. */
    private static final ObjectMapper APP = new ObjectMapper().findAndRegisterModules();
    private static final ObjectMapper TREES = new ObjectMapper();

    /** Public types that are not values an application returns: static entry points, the module, builders. */
    private static final Set<Class<?>> NOT_VALUES = Set.of(CatalogJson.class, io.github.spbe4j.catalog.linkeddata.SchemaOrg.class,
            SpbeCatalogModule.class, PublicService.Builder.class, ServiceConcept.Builder.class);

    private static final RegionCode KEL = RegionCode.parse("99.71.01.1001");
    private static final Instansi KOTA = Instansi.of("kota-contoh", "Kota Contoh", GovernmentKind.CITY, RegionCode.parse("99.71"),
            List.of(Unit.of("kec", "Kecamatan Contoh", UnitKind.KECAMATAN, RegionCode.parse("99.71.01"))
                    .with(Unit.of("kel", "Kelurahan Contoh", UnitKind.KELURAHAN, KEL))));
    private static final ServiceConcept SKTM = ServiceConcept.builder("sktm", "SKTM")
            .processingTime(ProcessingTime.workingDays(1)).cost(Cost.free()).build();
    private static final PublicService SERVICE = SKTM.instantiate("sktm-kel", Authority.of("kota-contoh", "kel"))
            .channel(Channel.of(Channel.Kind.WEB, "https://x.example/sktm")).digitalLevel(DigitalLevel.TRANSAKSI)
            .status(ServiceStatus.PILOT).availability(Availability.in(Set.of(KEL))).build();
    private static final Catalog CATALOG = Catalog.of(List.of(KOTA), List.of(SKTM), List.of(SERVICE));

    private static final String SERVICE_JSON = "{\"id\":\"sktm-kel\",\"concept\":\"sktm\",\"title\":\"SKTM\","
            + "\"authority\":{\"instansi\":\"kota-contoh\",\"unit\":\"kel\"},\"status\":\"pilot\","
            + "\"availability\":{\"villages\":[\"99.71.01.1001\"]},\"digitalLevel\":\"transaksi\","
            + "\"channels\":[{\"kind\":\"web\",\"address\":\"https://x.example/sktm\"}],\"processingTime\":\"1 hari kerja\","
            + "\"cost\":{\"kind\":\"free\"}}";
    private static final String INSTANSI_JSON = "{\"id\":\"kota-contoh\",\"name\":\"Kota Contoh\",\"kind\":\"city\",\"region\":\"99.71\","
            + "\"units\":[{\"id\":\"kec\",\"name\":\"Kecamatan Contoh\",\"kind\":\"kecamatan\",\"region\":\"99.71.01\","
            + "\"units\":[{\"id\":\"kel\",\"name\":\"Kelurahan Contoh\",\"kind\":\"kelurahan\",\"region\":\"99.71.01.1001\"}]}]}";
    private static final String CATALOG_JSON = "{\"format\":\"spbe-catalog/1\",\"instansi\":[" + INSTANSI_JSON + "],"
            + "\"concepts\":[{\"id\":\"sktm\",\"title\":\"SKTM\",\"processingTime\":\"1 hari kerja\",\"cost\":{\"kind\":\"free\"}}],"
            + "\"services\":[{\"id\":\"sktm-kel\",\"concept\":\"sktm\",\"authority\":{\"instansi\":\"kota-contoh\",\"unit\":\"kel\"},"
            + "\"status\":\"pilot\",\"availability\":{\"villages\":[\"99.71.01.1001\"]},\"digitalLevel\":\"transaksi\","
            + "\"channels\":[{\"kind\":\"web\",\"address\":\"https://x.example/sktm\"}]}]}";
    private static final String FULL = "{\"part\":1,\"total\":1,\"percent\":100.0}";
    private static final String MISSING = "[\"persyaratan\",\"prosedur\",\"produk\",\"pengaduan\",\"dasar-hukum\",\"sarana-prasarana\","
            + "\"kompetensi-pelaksana\",\"pengawasan-internal\",\"jumlah-pelaksana\",\"jaminan-pelayanan\",\"jaminan-keamanan\","
            + "\"evaluasi-kinerja\"]";
    private static final LegalReference PERDA = LegalReference.of("Perda Kota Contoh 3/2024 (fiktif)",
            URI.create("https://jdih.example/3"));

    /** One instance of each public value type, with its documented JSON form. */
    static Map<Class<?>, Map.Entry<Object, String>> forms() {
        Map<Class<?>, Map.Entry<Object, String>> m = new LinkedHashMap<>();
        // the catalog file's forms
        m.put(PublicService.class, Map.entry(SERVICE, SERVICE_JSON));
        m.put(ServiceConcept.class, Map.entry(SKTM, "{\"id\":\"sktm\",\"title\":\"SKTM\",\"processingTime\":\"1 hari kerja\","
                + "\"cost\":{\"kind\":\"free\"}}"));
        m.put(Catalog.class, Map.entry(CATALOG, CATALOG_JSON));
        m.put(Authority.class, Map.entry(Authority.of("kota-contoh"), "{\"instansi\":\"kota-contoh\"}"));
        m.put(Availability.class, Map.entry(Availability.in(Set.of(KEL)), "{\"villages\":[\"99.71.01.1001\"]}"));
        m.put(Availability.Everywhere.class, Map.entry(Availability.everywhere(), "\"everywhere\""));
        m.put(Availability.Villages.class, Map.entry(Availability.in(Set.of(KEL)), "{\"villages\":[\"99.71.01.1001\"]}"));
        m.put(Channel.class, Map.entry(Channel.of(Channel.Kind.COUNTER, "Loket 1").withProcessingTime(ProcessingTime.hours(2))
                        .withRequirements(List.of(Requirement.of("ktp", "KTP-el"))),
                "{\"kind\":\"counter\",\"address\":\"Loket 1\",\"processingTime\":\"2 jam\",\"requirements\":[{\"id\":\"ktp\",\"title\":\"KTP-el\"}]}"));
        m.put(ComplaintChannel.class, Map.entry(ComplaintChannel.of(ComplaintChannel.Kind.SP4N_LAPOR, "https://www.lapor.go.id"),
                "{\"kind\":\"sp4n-lapor\",\"contact\":\"https://www.lapor.go.id\"}"));
        m.put(Cost.class, Map.entry(Cost.fixed(10_000, PERDA), "{\"kind\":\"fixed\",\"rupiah\":10000,"
                + "\"tariff\":{\"title\":\"Perda Kota Contoh 3/2024 (fiktif)\",\"uri\":\"https://jdih.example/3\"}}"));
        m.put(Cost.Free.class, Map.entry(Cost.free(), "{\"kind\":\"free\"}"));
        m.put(Cost.Fixed.class, Map.entry(Cost.fixed(10_000), "{\"kind\":\"fixed\",\"rupiah\":10000}"));
        m.put(Cost.Range.class, Map.entry(Cost.range(500_000, 25_000_000), "{\"kind\":\"range\",\"minimum\":500000,\"maximum\":25000000}"));
        m.put(Cost.PerUnit.class, Map.entry(Cost.perUnit(350_000, "jam"), "{\"kind\":\"per-unit\",\"rupiah\":350000,\"unit\":\"jam\"}"));
        m.put(Document.class, Map.entry(Document.of("kk", "Kartu Keluarga", "asli"),
                "{\"id\":\"kk\",\"title\":\"Kartu Keluarga\",\"description\":\"asli\"}"));
        m.put(Requirement.class, Map.entry(Requirement.of("domisili", "Berdomisili", Document.of("kk", "Kartu Keluarga"))
                        .withDescription("di kelurahan"),
                "{\"id\":\"domisili\",\"title\":\"Berdomisili\",\"description\":\"di kelurahan\","
                        + "\"documents\":[{\"id\":\"kk\",\"title\":\"Kartu Keluarga\"}]}"));
        m.put(LegalReference.class, Map.entry(PERDA, "{\"title\":\"Perda Kota Contoh 3/2024 (fiktif)\",\"uri\":\"https://jdih.example/3\"}"));
        m.put(LifeEvent.class, Map.entry(LifeEvent.of("kelahiran", "Kelahiran"), "{\"id\":\"kelahiran\",\"name\":\"Kelahiran\"}"));
        m.put(Output.class, Map.entry(Output.of("SKTM", OutputType.LETTER), "{\"title\":\"SKTM\",\"type\":\"letter\"}"));
        m.put(InternalComponents.class, Map.entry(InternalComponents.none().with(StandarComponent.JUMLAH_PELAKSANA, "3 orang")
                .with(StandarComponent.SARANA_PRASARANA, "Ruang tunggu"),
                "{\"sarana-prasarana\":\"Ruang tunggu\",\"jumlah-pelaksana\":\"3 orang\"}"));
        m.put(ProcessingTime.class, Map.entry(ProcessingTime.workingDays(5), "\"5 hari kerja\""));
        // enumerations: the kebab name of the constant
        m.put(ServiceStatus.class, Map.entry(ServiceStatus.PILOT, "\"pilot\""));
        m.put(DigitalLevel.class, Map.entry(DigitalLevel.TRANSAKSI, "\"transaksi\""));
        m.put(OutputType.class, Map.entry(OutputType.FINANCIAL_BENEFIT, "\"financial-benefit\""));
        m.put(StandarComponent.class, Map.entry(StandarComponent.JANGKA_WAKTU, "\"jangka-waktu\""));
        m.put(Channel.Kind.class, Map.entry(Channel.Kind.MAL_PELAYANAN_PUBLIK, "\"mal-pelayanan-publik\""));
        m.put(ComplaintChannel.Kind.class, Map.entry(ComplaintChannel.Kind.SP4N_LAPOR, "\"sp4n-lapor\""));
        m.put(ProcessingTime.Unit.class, Map.entry(ProcessingTime.Unit.WORKING_DAYS, "\"working-days\""));
        m.put(EvidenceMapping.Role.class, Map.entry(EvidenceMapping.Role.COMPLAINT_HANDLING, "\"complaint-handling\""));
        // results
        m.put(Share.class, Map.entry(new Share(3, 8), "{\"part\":3,\"total\":8,\"percent\":37.5}"));
        m.put(Rollout.class, Map.entry(CATALOG.metrics().rollout(SERVICE),
                "{\"subject\":\"sktm-kel\",\"reached\":[\"99.71.01.1001\"],\"notReached\":[],\"share\":" + FULL + "}"));
        m.put(CatalogMetrics.class, Map.entry(CATALOG.metrics(), "{\"onlineShare\":" + FULL + ","
                + "\"onlineShareByOpd\":{\"kota-contoh/kec\":" + FULL + "},"
                + "\"onlineShareByKelurahan\":{\"99.71.01.1001\":" + FULL + "},"
                + "\"pilots\":[{\"subject\":\"sktm-kel\",\"reached\":[\"99.71.01.1001\"],\"notReached\":[],\"share\":" + FULL + "}],"
                + "\"completeness\":[{\"service\":\"sktm-kel\",\"missing\":" + MISSING + ",\"stated\":{\"part\":2,\"total\":14,\"percent\":14.3}}],"
                + "\"missingCounts\":{\"persyaratan\":1,\"prosedur\":1,\"jangka-waktu\":0,\"biaya\":0,\"produk\":1,\"pengaduan\":1,"
                + "\"dasar-hukum\":1,\"sarana-prasarana\":1,\"kompetensi-pelaksana\":1,\"pengawasan-internal\":1,\"jumlah-pelaksana\":1,"
                + "\"jaminan-pelayanan\":1,\"jaminan-keamanan\":1,\"evaluasi-kinerja\":1},"
                + "\"withoutComplaintChannel\":[\"sktm-kel\"]}"));
        m.put(CatalogMetrics.Completeness.class, Map.entry(CATALOG.metrics().completeness().get(0),
                "{\"service\":\"sktm-kel\",\"missing\":" + MISSING + ",\"stated\":{\"part\":2,\"total\":14,\"percent\":14.3}}"));
        m.put(CatalogMetrics.EvidenceCandidates.class, Map.entry(
                CATALOG.metrics().evidence(FrameworkRegistry.builtIn().get("spbe-2020")).get(1),
                "{\"indicator\":{\"code\":\"45\",\"name\":\"" + FrameworkRegistry.builtIn().get("spbe-2020").indicator("45").orElseThrow().name()
                        + "\"},\"role\":\"public-service\",\"services\":[\"sktm-kel\"],"
                        + "\"note\":\"spbe4j reading: public services of the agency's own choosing (medium)\",\"highestLevel\":\"transaksi\"}"));
        m.put(CatalogQuery.class, Map.entry(CATALOG.query().online(), "[" + SERVICE_JSON + "]"));
        EvidenceMapping.Entry entry = new EvidenceMapping.Entry("spbe-2020", "42", EvidenceMapping.Role.COMPLAINT_HANDLING, "catatan");
        String entryJson = "{\"frameworkId\":\"spbe-2020\",\"indicatorCode\":\"42\",\"role\":\"complaint-handling\",\"note\":\"catatan\"}";
        m.put(EvidenceMapping.class, Map.entry(EvidenceMapping.of(List.of(entry)), "{\"entries\":[" + entryJson + "]}"));
        m.put(EvidenceMapping.Entry.class, Map.entry(entry, entryJson));
        // exceptions: the message and every problem, in spbe-core's form of the whole family
        m.put(InvalidServiceException.class, Map.entry(new InvalidServiceException(Problem.of("title", "NotBlank", "the title is blank", "\" \"")),
                "{\"message\":\"the title is blank\",\"problems\":[{\"path\":\"title\",\"rule\":\"NotBlank\",\"message\":\"the title is blank\","
                        + "\"rejectedValue\":\"\\\" \\\"\"}]}"));
        m.put(InvalidCatalogException.class, Map.entry(new InvalidCatalogException("catalog file k.json",
                        List.of(Problem.ofField("services[0].title", "NotBlank", "must not be blank", "\"\""), Problem.of("x is wrong"))),
                "{\"message\":\"catalog file k.json has 2 problems: services[0].title: must not be blank (\\\"\\\"); x is wrong\","
                        + "\"problems\":[{\"path\":\"services[0].title\",\"rule\":\"NotBlank\",\"message\":\"must not be blank\",\"rejectedValue\":\"\\\"\\\"\"},"
                        + "{\"path\":\"\",\"rule\":\"\",\"message\":\"x is wrong\"}]}"));
        m.put(InvalidLinkedDataException.class, Map.entry(new InvalidLinkedDataException("node ex:a: no title"),
                "{\"message\":\"node ex:a: no title\",\"problems\":[{\"path\":\"\",\"rule\":\"\",\"message\":\"node ex:a: no title\"}]}"));
        // linked data
        m.put(CpsvAp.class, Map.entry(CpsvAp.exporter(), "{\"base\":\"urn:spbe4j:\"}"));
        m.put(CpsvApImport.class, Map.entry(new CpsvApImport(CATALOG, List.of("a warning")),
                "{\"catalog\":" + CATALOG_JSON + ",\"warnings\":[\"a warning\"]}"));
        return m;
    }

    static Stream<Class<?>> publicTypes() throws IOException {
        List<Class<?>> types = new ArrayList<>();
        for (String pkg : List.of("io/github/spbe4j/catalog", "io/github/spbe4j/catalog/json", "io/github/spbe4j/catalog/linkeddata")) {
            try (Stream<Path> files = Files.list(Path.of("target/classes", pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                    String name = pkg.replace('/', '.') + "." + f.getFileName().toString().replace(".class", "");
                    if (name.endsWith("package-info")) {
                        continue;
                    }
                    Class<?> c;
                    try {
                        c = Class.forName(name);
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                    if (isPublic(c) && !c.isAnonymousClass() && !c.isSynthetic()) {
                        types.add(c);
                    }
                }
            }
        }
        return types.stream();
    }

    private static boolean isPublic(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    @Test
    void everyPublicType_hasADocumentedForm_orIsNoValue() throws IOException {
        Set<String> missing = new TreeSet<>();
        Map<Class<?>, Map.Entry<Object, String>> forms = forms();
        publicTypes().filter(t -> !NOT_VALUES.contains(t) && !forms.containsKey(t)).forEach(t -> missing.add(t.getName()));
        assertThat(missing).as("public types without a JSON form in this test").isEmpty();
        assertThat(publicTypes().toList()).containsAll(NOT_VALUES);
    }

    @ParameterizedTest
    @MethodSource("publicTypes")
    void write_everyPublicType_isItsDocumentedFormWithoutBeanFields(Class<?> type) throws IOException {
        if (NOT_VALUES.contains(type)) {
            return;
        }
        Map.Entry<Object, String> form = forms().get(type);
        assertThat(type).isAssignableFrom(form.getKey().getClass());
        JsonNode written = TREES.readTree(APP.writeValueAsString(form.getKey()));
        assertThat(written).as(type.getName()).isEqualTo(TREES.readTree(form.getValue()));
        // no name a bean getter would give, unless the documented form has it
        Set<String> fields = new TreeSet<>();
        collectFields(written, fields);
        for (BeanPropertyDefinition p : TREES.getSerializationConfig().introspect(TREES.constructType(type)).findProperties()) {
            if (!fields.contains(p.getName())) {
                assertThat(written.toString()).as(type.getName() + " leaks " + p.getName()).doesNotContain("\"" + p.getName() + "\":");
            }
        }
    }

    private static void collectFields(JsonNode node, Set<String> into) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            into.add(e.getKey());
            collectFields(e.getValue(), into);
        }
        if (node.isArray()) {
            node.forEach(n -> collectFields(n, into));
        }
    }

    @Test
    void read_serviceConceptAndCatalog_readBackEqualFromTheirForms() throws IOException {
        assertThat(APP.readValue(APP.writeValueAsString(SERVICE), PublicService.class)).isEqualTo(SERVICE);
        assertThat(APP.readValue(APP.writeValueAsString(SKTM), ServiceConcept.class)).isEqualTo(SKTM);
        assertThat(APP.readValue(APP.writeValueAsString(CATALOG), Catalog.class)).isEqualTo(CATALOG);
        Catalog sample = CatalogJsonTest.sample();
        assertThat(APP.readValue(APP.writeValueAsString(sample), Catalog.class)).isEqualTo(sample);
        for (PublicService s : sample.services()) {
            assertThat(APP.readValue(APP.writeValueAsString(s), PublicService.class)).isEqualTo(s);
        }
    }

    @Test
    void read_processingTimeAndConstants_fromTheirText() throws IOException {
        assertThat(APP.readValue("\"5 hari kerja\"", ProcessingTime.class)).isEqualTo(ProcessingTime.workingDays(5));
        assertThat(APP.readValue("\"mal-pelayanan-publik\"", Channel.Kind.class)).isEqualTo(Channel.Kind.MAL_PELAYANAN_PUBLIK);
        assertThat(APP.readValue("[\"pilot\",\"active\"]", ServiceStatus[].class)).containsExactly(ServiceStatus.PILOT, ServiceStatus.ACTIVE);
        Problem p = catchThrowableOfType(InvalidServiceException.class, () -> APP.readValue("\"tinggi\"", DigitalLevel.class))
                .problems().get(0);
        assertThat(p).hasToString("(input): must be one of informasi, interaksi, transaksi, kolaborasi, optimalisasi (\"tinggi\")");
        assertThat(p.rule()).isEqualTo("OneOf");
        // inside an application's own type, Jackson wraps the exception; the problem names the field
        JsonMappingException wrapped = catchThrowableOfType(JsonMappingException.class,
                () -> APP.readValue("{\"level\": \"tinggi\"}", Level.class));
        assertThat(wrapped.getCause()).isInstanceOfSatisfying(InvalidServiceException.class,
                e -> assertThat(e.problems().get(0).path()).isEqualTo("level"));
    }

    /** An application's own type holding a constant. */
    record Level(DigitalLevel level) {
    }

    @Test
    void read_invalidService_everyProblemAtOnceWithItsPathRuleAndValue() {
        String json = "{\"id\": \"a b\", \"title\": \" \", \"authority\": {\"instansi\": \"k\"}, \"cost\": {\"kind\": \"fixed\", \"rupiah\": 0},"
                + " \"channels\": [{\"kind\": \"counter\"}]}";
        InvalidServiceException e = catchThrowableOfType(InvalidServiceException.class, () -> APP.readValue(json, PublicService.class));
        assertThat(e.problems()).extracting(Problem::path, Problem::rule, Problem::toString).containsExactly(
                org.assertj.core.groups.Tuple.tuple("cost.rupiah", "ValidCost", "cost.rupiah: must be at least 1 for a cost of kind fixed (0)"),
                org.assertj.core.groups.Tuple.tuple("id", "Pattern", "id: must be an id: 1..128 letters, digits, '.', '_', '~' or '-',"
                        + " starting with a letter or digit (\"a b\")"),
                org.assertj.core.groups.Tuple.tuple("title", "Pattern", "title: must not be blank (\" \")"));
        assertThat(e).hasMessageStartingWith("service (JSON input) has 3 problems: cost.rupiah:");
        InvalidServiceException unknown = catchThrowableOfType(InvalidServiceException.class,
                () -> APP.readValue("{\"id\": \"a\", \"colour\": 1}", PublicService.class));
        assertThat(unknown.problems()).singleElement().extracting(Problem::path, Problem::rule).containsExactly("colour", "UnknownField");
    }

    @Test
    void read_serviceNamingAConceptWithoutTitle_isRefusedForItInheritsNothing() {
        String json = "{\"id\": \"a\", \"concept\": \"sktm\", \"authority\": {\"instansi\": \"k\"}, \"channels\": [{\"kind\": \"counter\"}]}";
        InvalidServiceException e = catchThrowableOfType(InvalidServiceException.class, () -> APP.readValue(json, PublicService.class));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("title");
            assertThat(p).hasToString("service a has no title; a service read without its concept inherits none");
        });
    }

    @Test
    void findAndRegisterModules_registersSpbeCoreModuleToo() throws IOException {
        assertThat(APP.getRegisteredModuleIds()).contains("spbe-catalog", "spbe-core");
        assertThat(TREES.readTree(APP.writeValueAsString(KOTA))).isEqualTo(TREES.readTree(INSTANSI_JSON));
        assertThat(APP.writeValueAsString(Map.of(StandarComponent.BIAYA, 2))).isEqualTo("{\"biaya\":2}");
    }
}
