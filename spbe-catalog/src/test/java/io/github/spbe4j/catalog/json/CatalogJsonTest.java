package io.github.spbe4j.catalog.json;

import static io.github.spbe4j.catalog.testing.Problems.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.spbe4j.catalog.Availability;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.Channel;
import io.github.spbe4j.catalog.Cost;
import io.github.spbe4j.catalog.InvalidCatalogException;
import io.github.spbe4j.catalog.ProcessingTime;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.ServiceConcept;
import io.github.spbe4j.catalog.ServiceStatus;
import io.github.spbe4j.catalog.StandarComponent;
import io.github.spbe4j.catalog.testing.CatalogGenerators;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.identifier.RegionCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogJsonTest {

    static Catalog sample() {
        try (InputStream in = CatalogJsonTest.class.getResourceAsStream("kota-contoh-catalog.json")) {
            return CatalogJson.read(in, "kota-contoh-catalog.json");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, PublicService> byId(Catalog data) {
        return data.services().stream().collect(Collectors.toMap(PublicService::id, Function.identity()));
    }

    private static List<String> problems(String json) {
        try {
            CatalogJson.parse(json);
        } catch (InvalidCatalogException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return texts(e.problems());
        }
        throw new AssertionError("read accepted " + json);
    }

    private static String file(String services) {
        return "{\"format\": \"spbe-catalog/1\", \"instansi\": [" + INSTANSI_K + "], \"concepts\": [{\"id\": \"sktm\", \"title\": \"SKTM\", \"cost\": {\"kind\": \"free\"},"
                + " \"procedure\": [\"Ajukan\"], \"requirements\": [{\"id\": \"domisili\", \"title\": \"Berdomisili\"}]}],"
                + " \"services\": " + services + "}";
    }

    private static final String INSTANSI_K = "{\"id\": \"k\", \"name\": \"Kementerian K\", \"kind\": \"central\"}";

    private static final String OK = "{\"id\": \"ok\", \"title\": \"Layanan\", \"authority\": {\"instansi\": \"k\"},"
            + " \"channels\": [{\"kind\": \"counter\"}]}";

    @Test
    void read_sampleFile_loadsTheFictionalKotaContoh() {
        Catalog data = sample();
        assertThat(data.instansi()).hasSize(1);
        assertThat(data.instansi().get(0).kelurahan()).hasSize(5);
        assertThat(data.instansi().get(0).opd()).hasSize(6);
        assertThat(data.concepts()).extracting(ServiceConcept::id).containsExactly("ktp-el", "kartu-keluarga", "sktm", "sku", "pbg");
        assertThat(data.services()).hasSize(16);
        Map<String, PublicService> s = byId(data);
        PublicService pilot = s.get("sktm-kel-contoh-satu");
        assertThat(pilot.status()).isEqualTo(ServiceStatus.PILOT);
        assertThat(pilot.online()).isTrue();
        assertThat(pilot.availability()).isEqualTo(Availability.in(Set.of(RegionCode.parse("99.71.01.1001"))));
        assertThat(pilot.title()).isEqualTo("Surat Keterangan Tidak Mampu");
        assertThat(pilot.requirements()).extracting(r -> r.id()).containsExactly("domisili");
        assertThat(pilot.complaintChannels()).hasSize(2);
        assertThat(s.get("sktm-kel-contoh-dua").online()).isFalse();
        assertThat(s.get("sku-kel-contoh-tiga").missingComponents()).contains(StandarComponent.PENGADUAN);
        assertThat(s.get("ktp-el-disdukcapil").missingComponents()).isEmpty();
        assertThat(s.get("pbg-dpmptsp").cost()).contains(Cost.range(500_000, 25_000_000,
                s.get("pbg-dpmptsp").cost().orElseThrow().tariff().orElseThrow()));
        assertThat(s.get("sewa-alat-berat").cost().orElseThrow()).hasToString("Rp350.000 per jam");
        assertThat(s.get("usulan-bansos").channels()).isEmpty();
    }

    @Test
    void read_conceptInstance_inheritsAbsentFieldsAndTakesPresentOnes() {
        Map<String, PublicService> s = byId(sample());
        PublicService keliling = s.get("ktp-el-keliling");
        assertThat(keliling.title()).isEqualTo("Perekaman KTP-el Keliling");
        assertThat(keliling.concept()).contains("ktp-el");
        assertThat(keliling.processingTime()).contains(ProcessingTime.workingDays(3));
        assertThat(keliling.cost()).contains(Cost.free());
        assertThat(keliling.internal()).isEqualTo(s.get("ktp-el-disdukcapil").internal());
        assertThat(keliling.channels()).extracting(c -> c.kind()).containsExactly(Channel.Kind.MOBILE_UNIT);
        assertThat(s.get("sktm-kel-contoh-empat").processingTime()).contains(ProcessingTime.workingDays(2));
        assertThat(s.get("sktm-kel-contoh-lima").processingTime()).contains(ProcessingTime.workingDays(1));
    }

    @Test
    void read_overrides_listsReplaceWholeAndEmptyListsClear() {
        String json = file("[{\"id\": \"a\", \"concept\": \"sktm\", \"authority\": {\"instansi\": \"k\"}, \"channels\": [{\"kind\": \"counter\"}],"
                + " \"procedure\": [], \"requirements\": [{\"id\": \"lain\", \"title\": \"Lain\"}], \"internal\": {\"jumlah-pelaksana\": \"2\"}}]");
        PublicService a = CatalogJson.parse(json).services().get(0);
        assertThat(a.procedure()).isEmpty();
        assertThat(a.requirements()).extracting(r -> r.id()).containsExactly("lain");
        assertThat(a.cost()).contains(Cost.free());
        assertThat(a.title()).isEqualTo("SKTM");
        assertThat(a.internal().asMap()).containsOnlyKeys(StandarComponent.JUMLAH_PELAKSANA);
    }

    @Test
    void toDomain_conceptOtherThanTheNamedOne_isRefused() {
        Catalog d = CatalogJson.parse(file("[]"));
        ServiceForm form = new ServiceForm("a", "other", null, null, new AuthorityForm("k", null), null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> form.toDomain(d.concepts().get(0))).isInstanceOf(io.github.spbe4j.catalog.InvalidServiceException.class)
                .hasMessage("service a names concept other, not sktm");
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("", "the document is empty; expected a JSON object"),
                Arguments.of("[]", "the document must be a JSON object ([])"),
                Arguments.of("{\"format\": \"spbe-catalog/1\"} {}", "not valid JSON at line 1, column 30: there is more after the end of the document; a file holds one JSON object"),
                Arguments.of("{\"format\": \"spbe-catalog/2\"}", "format: must be \"spbe-catalog/1\", the format this version reads (\"spbe-catalog/2\")"),
                Arguments.of("{}", "format: must not be null (null)"),
                Arguments.of("{\"format\": 1}", "format: must be a string (1)"),
                Arguments.of("{\"format\": \"spbe-catalog/1\", \"colour\": \"red\"}",
                        "colour: is not a known field; known fields are format, instansi, concepts, services (\"red\")"),
                Arguments.of("{\"format\": \"spbe-catalog/1\", \"services\": {}}", "services: must be an array ({})"),
                Arguments.of(file("[null]"), "services[0]: must be an object (null)"),
                Arguments.of(file("[\"x\"]"), "services[0]: must be an object (\"x\")"),
                Arguments.of(file("[{\"id\": \"a\", \"title\": 5}]"), "services[0].title: must be a string (5)"),
                Arguments.of(file("[{\"id\": \"a\", \"colour\": 1}]"), "services[0].colour: is not a known field; known fields are authority, "
                        + "availability, channels, cleared, complaintChannels, concept, cost, description, digitalLevel, executingUnits, id, "
                        + "internal, keywords, legalBasis, lifeEvents, output, procedure, processingTime, requirements, status, title (1)"),
                Arguments.of(file("[{\"id\": \"a\", \"cost\": {\"kind\": \"fixed\", \"rupiah\": \"10000\"}}]"),
                        "services[0].cost.rupiah: must be a whole number (\"10000\")"),
                Arguments.of(file("[{\"id\": \"a\", \"cost\": {\"kind\": \"fixed\", \"rupiah\": 1.5}}]"),
                        "services[0].cost.rupiah: must be a whole number (1.5)"),
                Arguments.of(file("[{\"id\": \"a\", \"cost\": {\"kind\": \"fixed\", \"rupiah\": 1.5e0}}]"),
                        "services[0].cost.rupiah: must be a whole number (1.5)"),
                Arguments.of(file("[{\"id\": \"a\", \"cost\": {\"kind\": \"fixed\", \"rupiah\": 1e30}}]"),
                        "services[0].cost.rupiah: must be a whole number of at most 1000000000000 (1E+30)"),
                Arguments.of(file("[{\"id\": \"a\", \"cost\": {\"kind\": \"fixed\", \"rupiah\": 99999999999999999999}}]"),
                        "services[0].cost.rupiah: must be a whole number of at most 1000000000000 (99999999999999999999)"),
                Arguments.of(file("[{\"id\": \"a\", \"channels\": {\"kind\": \"web\"}}]"), "services[0].channels: must be an array ({\"kind\":\"web\"})"),
                Arguments.of(file("[{\"id\": \"a\", \"authority\": \"kota-contoh\"}]"), "services[0].authority: must be an object (\"kota-contoh\")"),
                Arguments.of(file("[{\"id\": \"a\", \"availability\": \"nowhere\"}]"),
                        "services[0].availability: must be \"everywhere\" or an object {\"villages\": [village codes]} (\"nowhere\")"),
                Arguments.of(file("[{\"id\": \"a\", \"keywords\": [1]}]"), "services[0].keywords[0]: must be a string (1)"),
                Arguments.of(file("[{\"id\": \"a\", \"title\": \"A\", \"authority\": {\"instansi\": \"k\"}, \"cost\": {\"kind\": \"free\", \"rupiah\": 0}}]"),
                        "services[0].cost.rupiah: must be left out for a cost of kind free (0)"),
                Arguments.of(file("[{\"id\": \"a\", \"concept\": \"nope\", \"authority\": {\"instansi\": \"k\"}}]"),
                        "services[0].concept: names a concept the file does not define (\"nope\")"),
                Arguments.of(file("[{\"id\": \"a\", \"title\": \"A\", \"authority\": {\"instansi\": \"k\"}}]"),
                        "services[0]: the service is active but has no channel; a delivered service needs at least one"),
                Arguments.of(file("[{\"id\": \"a\", \"title\": \"A\", \"authority\": {\"instansi\": \"k\"}, \"channels\": [{\"kind\": \"web\", \"address\": \"https://a.example/\","
                        + " \"requirements\": [{\"id\": \"r\", \"title\": \"R\"}, {\"id\": \"r\", \"title\": \"S\"}]}]}]"),
                        "services[0]: channel WEB lists requirement r more than once"),
                Arguments.of(file("[" + OK + ", " + OK + "]"), "services: id \"ok\" is used by 2 services (services[0] and services[1]) (\"ok\")"),
                Arguments.of("{\"format\": \"spbe-catalog/1\", \"instansi\": [{\"id\": \"k\", \"name\": \"K\", \"kind\": \"town\", \"region\": \"99.71\"}]}",
                        "instansi[0].kind is 'town'; allowed are central, province, regency, city"),
                Arguments.of("{\"format\": \"spbe-catalog/1\", \"instansi\": [{\"id\": \"k\", \"name\": \"K\", \"kind\": \"city\", \"region\": \"99.71\","
                        + " \"units\": [{\"id\": \"u\", \"name\": \"U\", \"kind\": \"dinas\", \"size\": 3}]}]}",
                        "instansi[0].units[0].size is not a known field; known fields are id, kind, name, region, units"),
                Arguments.of("{\"format\": \"spbe-catalog/1\", \"instansi\": [{\"id\": \"k\", \"name\": \"K\", \"kind\": \"city\"},"
                        + " {\"id\": \"k\", \"name\": \"K\", \"kind\": \"central\"}]}",
                        "instansi[0].region is missing; a city government has a Kemendagri kota code (regency/city digits 71..99, e.g. 62.71)"));
    }

    @ParameterizedTest
    @MethodSource("brokenFiles")
    void read_brokenFile_oneProblemNamingPathRuleAndValue(String json, String problem) {
        List<String> problems = problems(json);
        assertThat(problems).contains(problem);
    }

    @Test
    void read_repeatedIdsOfInstansiConceptsAndServices_eachOnceWithCountAndPlaces_inTheChosenLanguage() {
        String concept = "{\"id\": \"sktm\", \"title\": \"SKTM\"}";
        String json = "{\"format\": \"spbe-catalog/1\", \"instansi\": [" + INSTANSI_K + ", " + INSTANSI_K + ", " + INSTANSI_K + "],"
                + " \"concepts\": [" + concept + ", " + concept + "], \"services\": [" + OK + ", " + OK + "]}";
        assertThat(problems(json)).containsExactly(
                "concepts: id \"sktm\" is used by 2 concepts (concepts[0] and concepts[1]) (\"sktm\")",
                "instansi: id \"k\" is used by 3 instansi (instansi[0], instansi[1] and instansi[2]) (\"k\")",
                "services: id \"ok\" is used by 2 services (services[0] and services[1]) (\"ok\")");
        InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class,
                () -> CatalogJson.parse(file("[" + String.join(", ", java.util.Collections.nCopies(12, OK)) + "]"), Locale.forLanguageTag("id")));
        assertThat(texts(e.problems())).containsExactly("services: id \"ok\" dipakai oleh 12 layanan (services[0], services[1], services[2],"
                + " services[3], services[4], services[5], services[6], services[7], services[8], services[9] dan 2 lainnya) (\"ok\")");
    }

    @Test
    void read_malformedJson_reportsLineAndColumn() {
        assertThat(problems("{\n  \"format\": \"spbe-catalog/1\",\n  \"services\": [,]\n}")).singleElement()
                .asString().startsWith("not valid JSON at line 3, column 16: ");
        assertThat(problems("{\"format\": \"a\", \"format\": \"b\"}")).singleElement()
                .asString().isEqualTo("not valid JSON at line 1, column 25: the field \"format\" appears twice in one object");
    }

    @Test
    void read_fileWithManyProblems_reportsEveryOneAtOnce() {
        String json = "{\"format\": \"spbe-catalog/0\", \"extra\": 1, \"instansi\": [" + INSTANSI_K + "], \"services\": ["
                + "{\"id\": \"a b\", \"authority\": {\"instansi\": \"k\"}, \"status\": \"gone\", \"channels\": [{\"kind\": \"counter\"}]},"
                + "{\"id\": \"b\", \"title\": \"B\", \"authority\": {\"instansi\": \"k\"}, \"cost\": {\"kind\": \"range\", \"minimum\": 9, \"maximum\": 3}},"
                + "{\"id\": \"c\", \"title\": []}," + OK + "]}";
        assertThatThrownBy(() -> CatalogJson.parse(json)).isInstanceOfSatisfying(InvalidCatalogException.class, e -> {
            assertThat(texts(e.problems())).containsExactly(
                    "extra: is not a known field; known fields are format, instansi, concepts, services (1)",
                    "format: must be \"spbe-catalog/1\", the format this version reads (\"spbe-catalog/0\")",
                    "services[0].id: must be an id: 1..128 letters, digits, '.', '_', '~' or '-', starting with a letter or digit (\"a b\")",
                    "services[0].status: must be one of planned, pilot, active, retired (\"gone\")",
                    "services[0].title: must be given when the service names no concept (null)",
                    "services[1].cost.maximum: must be above the minimum 9 (3)",
                    "services[2].title: must be a string ([])");
            assertThat(e.getMessage()).startsWith("catalog file (JSON text) has 7 problems: extra: is not a known field");
        });
    }

    @Test
    void read_indonesianLocale_givesConstraintMessagesInIndonesian() {
        String json = file("[{\"id\": \"a\", \"title\": \" \", \"authority\": {\"instansi\": \"k\"}, \"channels\": [{\"kind\": \"counter\"}]}]");
        assertThatThrownBy(() -> CatalogJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x.json",
                Locale.forLanguageTag("id"))).isInstanceOf(InvalidCatalogException.class)
                .hasMessage("catalog file x.json: services[0].title: tidak boleh kosong (\" \")");
    }

    @Test
    void read_missingFile_throwsSpbeExceptionNamingIt() {
        assertThatThrownBy(() -> CatalogJson.read(Path.of("target/no-such-catalog.json")))
                .isExactlyInstanceOf(SpbeException.class)
                .hasMessage("cannot read catalog file target/no-such-catalog.json: no such file");
    }

    @Test
    void read_oneBadServiceAmongGoodOnes_returnsNothing() {
        StringBuilder services = new StringBuilder("[");
        for (int i = 0; i < 20; i++) {
            services.append(OK.replace("\"ok\"", "\"ok-" + i + "\"")).append(',');
        }
        services.append("{\"id\": \"bad\", \"title\": \"B\", \"authority\": {\"instansi\": \"k\"}, \"processingTime\": \"segera\","
                + " \"channels\": [{\"kind\": \"counter\"}]}]");
        assertThat(problems(file(services.toString()))).containsExactly(
                "services[20].processingTime: must be a whole number and a unit: menit, jam, hari kerja or hari (e.g. \"5 hari kerja\") (\"segera\")");
    }

    @Test
    void write_sample_readsBackEqualAndIsCanonical() {
        Catalog data = sample();
        String json = CatalogJson.write(data);
        Catalog again = CatalogJson.parse(json);
        assertThat(again).isEqualTo(data);
        assertThat(CatalogJson.write(again)).isEqualTo(json);
        assertThat(json).startsWith("{\n  \"format\" : \"spbe-catalog/1\",\n  \"instansi\" : [ {")
                .doesNotContain("null").doesNotContain("\"procedure\" : [ ]");
    }

    static LongStream seeds() {
        return LongStream.range(0, 60);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void write_generatedCatalog_readsBackEqual(long seed) {
        Catalog data = CatalogGenerators.small(seed);
        String json = CatalogJson.write(data);
        assertThat(CatalogJson.parse(json)).isEqualTo(data);
        assertThat(CatalogJson.write(CatalogJson.parse(json))).isEqualTo(json);
    }

    @Test
    void write_largeGeneratedCatalog_readsBackEqual() {
        Catalog data = CatalogGenerators.catalog(7L, 2_000, 12);
        assertThat(data.services()).hasSize(2_000);
        assertThat(data.instansi()).hasSize(12);
        assertThat(CatalogJson.parse(CatalogJson.write(data))).isEqualTo(data);
    }

    @Test
    void catalogGenerators_sameSeed_sameData() {
        assertThat(CatalogGenerators.catalog(3L, 50, 3)).isEqualTo(CatalogGenerators.catalog(3L, 50, 3));
        assertThat(CatalogGenerators.catalog(3L, 50, 3)).isNotEqualTo(CatalogGenerators.catalog(4L, 50, 3));
    }

    @Test
    void module_singleServiceAndConcept_writesEveryFieldOfTheServiceAndReadsBack() throws IOException {
        Map<String, PublicService> s = byId(sample());
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        String json = mapper.writeValueAsString(s.get("sktm-kel-contoh-dua"));
        ServiceForm form = CatalogFiles.MAPPER.readValue(json, ServiceForm.class);
        assertThat(form.title()).isEqualTo("Surat Keterangan Tidak Mampu");
        assertThat(form.concept()).isEqualTo("sktm");
        assertThat(mapper.readValue(json, PublicService.class)).isEqualTo(s.get("sktm-kel-contoh-dua"));
        ServiceConcept sktm = sample().concepts().get(2);
        assertThat(mapper.writeValueAsString(sktm)).contains("\"id\":\"sktm\"");
        assertThat(mapper.readValue(mapper.writeValueAsString(sktm), ServiceConcept.class)).isEqualTo(sktm);
    }

    @Test
    void spbeCatalogModule_ownMapper_readsAndWritesAvailability() throws IOException {
        ObjectMapper mapper = JsonMapper.builder().addModule(new SpbeCatalogModule()).build();
        assertThat(mapper.readValue("\"everywhere\"", AvailabilityForm.class).isEverywhere()).isTrue();
        AvailabilityForm v = mapper.readValue("{\"villages\": [\"99.71.01.1001\"]}", AvailabilityForm.class);
        assertThat(v.villages()).containsExactly("99.71.01.1001");
        assertThat(mapper.writeValueAsString(v)).isEqualTo("{\"villages\":[\"99.71.01.1001\"]}");
        assertThat(mapper.writeValueAsString(AvailabilityForm.everywhere())).isEqualTo("\"everywhere\"");
    }

    @Test
    void write_instanceLackingWhatItsConceptGives_writesClearedAndReadsBackEqual() {
        Catalog sample = sample();
        PublicService withConcept = sample.services().stream().filter(x -> x.concept().isPresent()).findFirst().orElseThrow();
        ServiceConcept concept = sample.concepts().stream().filter(c -> c.id().equals(withConcept.concept().orElseThrow()))
                .findFirst().orElseThrow();
        assertThat(concept.cost()).as("the sample's concept states a cost").isPresent();
        PublicService lacking = withConcept.toBuilder().clear(io.github.spbe4j.catalog.StandarComponent.BIAYA).build();
        List<PublicService> services = new java.util.ArrayList<>(sample.services());
        services.set(services.indexOf(withConcept), lacking);
        Catalog data = Catalog.of(sample.instansi(), sample.concepts(), services);

        String json = CatalogJson.write(data);

        assertThat(json).contains("\"cleared\" : [ \"cost\" ]");
        assertThat(CatalogJson.parse(json)).isEqualTo(data);
    }

    @Test
    void read_fieldBothGivenAndCleared_isRefusedWithItsPath() {
        String json = file("[{\"id\": \"a\", \"concept\": \"sktm\", \"authority\": {\"instansi\": \"k\"}, "
                + "\"channels\": [{\"kind\": \"counter\"}], \"cost\": {\"kind\": \"free\"}, \"cleared\": [\"cost\"]}]");

        assertThatThrownBy(() -> CatalogJson.parse(json)).isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("services[0]").hasMessageContaining("both gives and clears cost");
    }

    @Test
    void read_fileAndReferenceProblems_allReportedAtOnce() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(CatalogJson.write(sample()));
        com.fasterxml.jackson.databind.node.ArrayNode services = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("services");
        ((com.fasterxml.jackson.databind.node.ObjectNode) services.get(0)).putObject("cost").put("kind", "range")
                .put("minimum", 5).put("maximum", 3);
        ((com.fasterxml.jackson.databind.node.ObjectNode) services.get(2).get("authority")).put("unit", "bappeda");

        InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class,
                () -> CatalogJson.read(new java.io.ByteArrayInputStream(root.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        "broken.json"));

        assertThat(texts(e.problems())).hasSize(2);
        assertThat(e.problems().get(0).toString()).startsWith("services[0].cost.maximum: must be above the minimum 5");
        assertThat(e.problems().get(0).rule()).isEqualTo("ValidCost");
        // the catalog's own check names the service's place in the file, although the broken services[0] is not in the catalog
        assertThat(e.problems().get(1).toString()).startsWith("service " + services.get(2).get("id").asText() + " names unit bappeda");
        assertThat(e.problems().get(1).path()).isEqualTo("services[2].authority.unit");
        assertThat(e.problems().get(1).rule()).isEqualTo("Reference");
        assertThat(e.getMessage()).startsWith("catalog file broken.json has 2 problems");
    }
}
