package io.github.spbe4j.core.json;

import static io.github.spbe4j.core.testing.Checks.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.agency.GovernmentKind;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.InvalidAgencyException;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.agency.UnitKind;
import io.github.spbe4j.core.identifier.InvalidIdentifierException;
import io.github.spbe4j.core.identifier.RegionCode;
import io.github.spbe4j.core.testing.Generators;
import io.github.spbe4j.core.testing.Trees;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Instansi, units, agencies and region codes in JSON (docs/agency-format.md): what is written reads
 * back equal, and a bad document is refused with every problem named by its JSON path, rule and value.
 * Codes of Kota Contoh are fictional (province 99); Palangka Raya's are real.
 */
class AgencyJsonTest {

    /** A user's own mapper with nothing but the module. */
    private static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new SpbeCoreModule());

    /** The example of docs/agency-format.md, as SpbeJson writes it. */
    private static final String KOTA_CONTOH_JSON = """
            {
              "id" : "kota-contoh",
              "name" : "Pemerintah Kota Contoh",
              "kind" : "city",
              "region" : "99.71",
              "units" : [ {
                "id" : "setda",
                "name" : "Sekretariat Daerah",
                "kind" : "sekretariat"
              }, {
                "id" : "disdukcapil",
                "name" : "Dinas Kependudukan dan Pencatatan Sipil",
                "kind" : "dinas",
                "units" : [ {
                  "id" : "bidang-dafduk",
                  "name" : "Bidang Pelayanan Pendaftaran Penduduk",
                  "kind" : "bidang"
                } ]
              }, {
                "id" : "kec-contoh-utara",
                "name" : "Kecamatan Contoh Utara",
                "kind" : "kecamatan",
                "region" : "99.71.01",
                "units" : [ {
                  "id" : "kel-contoh-satu",
                  "name" : "Kelurahan Contoh Satu",
                  "kind" : "kelurahan",
                  "region" : "99.71.01.1001"
                }, {
                  "id" : "kel-contoh-dua",
                  "name" : "Kelurahan Contoh Dua",
                  "kind" : "kelurahan",
                  "region" : "99.71.01.1002"
                } ]
              } ]
            }""";

    private static Instansi kotaContoh() {
        return Instansi.of("kota-contoh", "Pemerintah Kota Contoh", GovernmentKind.CITY, RegionCode.parse("99.71"), List.of(
                Unit.of("setda", "Sekretariat Daerah", UnitKind.SEKRETARIAT),
                Unit.of("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", UnitKind.DINAS)
                        .with(Unit.of("bidang-dafduk", "Bidang Pelayanan Pendaftaran Penduduk", UnitKind.BIDANG)),
                Unit.of("kec-contoh-utara", "Kecamatan Contoh Utara", UnitKind.KECAMATAN, RegionCode.parse("99.71.01"))
                        .with(Unit.of("kel-contoh-satu", "Kelurahan Contoh Satu", UnitKind.KELURAHAN, RegionCode.parse("99.71.01.1001")),
                                Unit.of("kel-contoh-dua", "Kelurahan Contoh Dua", UnitKind.KELURAHAN, RegionCode.parse("99.71.01.1002")))));
    }

    private static Instansi palangkaRaya() {
        return Instansi.of("kota-palangka-raya", "Pemerintah Kota Palangka Raya", GovernmentKind.CITY, RegionCode.parse("62.71"),
                List.of(Unit.of("kec-jekan-raya", "Kecamatan Jekan Raya", UnitKind.KECAMATAN, RegionCode.parse("62.71.03"))
                        .with(Unit.of("kel-bukit-tunggal", "Kelurahan Bukit Tunggal", UnitKind.KELURAHAN,
                                RegionCode.parse("62.71.03.1003")))));
    }

    /** A document with one field replaced, as a JSON object tree. */
    private static ObjectNode kotaContohTree() {
        return Trees.toTree(kotaContoh());
    }

    private static InvalidAgencyException refused(JsonNode document) {
        return catchThrowableOfType(InvalidAgencyException.class, () -> SpbeJson.readInstansi(document.toString()));
    }

    private static ObjectNode unit(ObjectNode instansi, int... indices) {
        ObjectNode node = instansi;
        for (int i : indices) {
            node = (ObjectNode) node.get("units").get(i);
        }
        return node;
    }

    // ---------------------------------------------------------------- the form and round trips

    @Test
    void write_kotaContoh_givesTheDocumentedForm() {
        assertThat(SpbeJson.write(kotaContoh())).isEqualToNormalizingNewlines(KOTA_CONTOH_JSON);
    }

    @Test
    void readInstansi_documentedForm_givesKotaContoh() {
        Instansi read = SpbeJson.readInstansi(KOTA_CONTOH_JSON);

        assertThat(read).isEqualTo(kotaContoh());
        assertThat(read.kelurahan()).extracting(Unit::id).containsExactly("kel-contoh-satu", "kel-contoh-dua");
    }

    @Test
    void readInstansi_undottedCodesAndNullOptionals_readAsDottedAndAbsent() {
        String json = """
                {"id": "kota-palangka-raya", "name": "Pemerintah Kota Palangka Raya", "kind": "city", "region": "6271",
                 "units": [{"id": "kec-jekan-raya", "name": "Kecamatan Jekan Raya", "kind": "kecamatan", "region": "627103",
                            "units": [{"id": "kel-bukit-tunggal", "name": "Kelurahan Bukit Tunggal", "kind": "kelurahan",
                                       "region": "6271031003", "units": null}]}]}""";

        Instansi read = SpbeJson.readInstansi(json);

        assertThat(read).isEqualTo(palangkaRaya());
        assertThat(SpbeJson.write(read)).contains("\"region\" : \"62.71.03.1003\"");
    }

    @Test
    void write_bpsCodes_carryTheirPrefixAndReadBackInTheirScheme() {
        Instansi bps = Instansi.of("bps", "Badan Pusat Statistik", GovernmentKind.CENTRAL, null, List.of(
                Unit.of("bps-62", "BPS Provinsi Kalimantan Tengah", UnitKind.OTHER, RegionCode.parse("BPS:62"))
                        .with(Unit.of("bps-6271", "BPS Kota Palangka Raya", UnitKind.OTHER, RegionCode.parse("BPS:62.71")))));

        String json = SpbeJson.write(bps);
        Instansi read = SpbeJson.readInstansi(json);

        assertThat(json).contains("\"region\" : \"BPS:62.71\"").doesNotContain("\"region\" : \"62");
        assertThat(read).isEqualTo(bps);
        assertThat(read.unit("bps-6271").flatMap(Unit::region).map(RegionCode::scheme)).contains(RegionCode.Scheme.BPS);
        assertThat(SpbeJson.write(read)).isEqualTo(json);
    }

    @Test
    void readInstansi_streamFileAndTree_readTheSameInstansi(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("kota-contoh.json");
        Files.writeString(file, KOTA_CONTOH_JSON);

        assertThat(SpbeJson.readInstansi(file)).isEqualTo(kotaContoh());
        assertThat(SpbeJson.readInstansi(new ByteArrayInputStream(KOTA_CONTOH_JSON.getBytes(StandardCharsets.UTF_8)), "kota-contoh.json"))
                .isEqualTo(kotaContoh());
        assertThat(Trees.readInstansi(Trees.toTree(kotaContoh()), "agencies[0]")).isEqualTo(kotaContoh());
    }

    @Test
    void module_plainMapper_readsAndWritesInstansiUnitAgencyAndRegionCode() throws JsonProcessingException {
        Instansi kota = kotaContoh();
        Unit kecamatan = kota.unit("kec-contoh-utara").orElseThrow();

        assertThat(PLAIN.readValue(PLAIN.writeValueAsString(kota), Instansi.class)).isEqualTo(kota);
        assertThat(PLAIN.readTree(PLAIN.writeValueAsString(kota))).isEqualTo(PLAIN.readTree(KOTA_CONTOH_JSON));
        assertThat(PLAIN.readValue(PLAIN.writeValueAsString(kecamatan), Unit.class)).isEqualTo(kecamatan);
        assertThat(PLAIN.writeValueAsString(Agency.of("Kota Contoh", "99.71"))).isEqualTo("{\"name\":\"Kota Contoh\",\"code\":\"99.71\"}");
        assertThat(PLAIN.writeValueAsString(Agency.named("Kota Contoh"))).isEqualTo("{\"name\":\"Kota Contoh\"}");
        assertThat(PLAIN.readValue("{\"name\":\"Kota Contoh\",\"code\":\"99.71\"}", Agency.class)).isEqualTo(Agency.of("Kota Contoh", "99.71"));
        assertThat(PLAIN.writeValueAsString(List.of(RegionCode.parse("62.71.03.1003"), RegionCode.parse("BPS:62.71"))))
                .isEqualTo("[\"62.71.03.1003\",\"BPS:62.71\"]");
        assertThat(PLAIN.readValue("\"BPS:62.71\"", RegionCode.class)).isEqualTo(RegionCode.parse("BPS:62.71"));
        assertThat(PLAIN.readValue("\"6271031003\"", RegionCode.class)).isEqualTo(RegionCode.parse("62.71.03.1003"));
    }

    // ---------------------------------------------------------------- errors: the document

    @Test
    void readInstansi_malformedJson_namesLineAndColumn() {
        assertThatThrownBy(() -> SpbeJson.readInstansi("{\"id\": \"kota-contoh\",}"))
                .isInstanceOf(InvalidAgencyException.class)
                .hasMessageStartingWith("instansi (JSON text): not valid JSON at line 1, column 22: ");
    }

    @Test
    void readInstansi_emptyStream_isRefusedNamingTheSource() {
        assertThatThrownBy(() -> SpbeJson.readInstansi(new ByteArrayInputStream(new byte[0]), "kota-contoh.json"))
                .isInstanceOf(InvalidAgencyException.class)
                .hasMessage("instansi kota-contoh.json: the document is empty; expected a JSON object");
    }

    @Test
    void readInstansi_missingFile_saysNoSuchFile(@TempDir Path dir) {
        Path file = dir.resolve("nope.json");
        assertThatThrownBy(() -> SpbeJson.readInstansi(file))
                .isExactlyInstanceOf(SpbeException.class)
                .hasMessage("cannot read instansi file " + file + ": no such file");
    }

    @Test
    void readInstansi_arrayDocument_saysItMustBeAnObject() {
        assertThatThrownBy(() -> SpbeJson.readInstansi("[1]"))
                .isInstanceOf(InvalidAgencyException.class)
                .hasMessage("instansi (JSON text): the document must be a JSON object, was [1]");
    }

    @Test
    void readInstansi_nullSource_isRefused() {
        assertThatThrownBy(() -> SpbeJson.readInstansi(new ByteArrayInputStream(new byte[0]), null))
                .isInstanceOf(NullPointerException.class).hasMessage("source");
    }

    // ---------------------------------------------------------------- errors: fields

    @Test
    void readInstansi_missingAndBlankFields_namesEachField() {
        ObjectNode doc = kotaContohTree();
        doc.remove("id");
        doc.put("name", " ");
        doc.remove("kind");
        unit(doc, 0).remove("name");
        unit(doc, 1).put("id", 7);

        InvalidAgencyException e = refused(doc);

        assertThat(texts(e.problems())).containsExactly(
                "id is missing; it must be a string",
                "name is blank; it must be a non-empty string",
                "kind is missing; it must be a string",
                "units[0].name is missing; it must be a string",
                "units[1].id must be a string, was 7");
        assertThat(e).hasMessageStartingWith("instansi (JSON text) has 5 problems: id is missing; it must be a string; ");
    }

    @Test
    void readInstansi_unknownFields_listTheKnownOnes() {
        ObjectNode doc = kotaContohTree();
        doc.put("kode", "99.71");
        unit(doc, 2, 1).put("lurah", "Budi");

        assertThat(texts(refused(doc).problems())).containsExactly(
                "kode is not a known field; known fields are id, kind, name, region, units",
                "units[2].units[1].lurah is not a known field; known fields are id, kind, name, region, units");
    }

    @Test
    void readInstansi_unknownKinds_listTheAllowedNames() {
        ObjectNode doc = kotaContohTree();
        doc.put("kind", "town");
        unit(doc, 1).put("kind", "Dinas");

        assertThat(texts(refused(doc).problems())).containsExactly(
                "kind is 'town'; allowed are central, province, regency, city",
                "units[1].kind is 'Dinas'; allowed are sekretariat, inspektorat, dinas, badan, kecamatan, kelurahan, desa,"
                        + " upt, bidang, other");
    }

    @Test
    void readInstansi_wrongShapes_nameTheFieldAndValue() {
        ObjectNode doc = kotaContohTree();
        unit(doc, 1).put("units", "bidang-dafduk");
        ((ArrayNode) doc.get("units")).add(3);
        unit(doc, 2, 0).put("region", 9971011001L);
        unit(doc, 2, 1).put("id", "kel\ncontoh");

        assertThat(texts(refused(doc).problems())).containsExactly(
                "units[1].units must be an array, was \"bidang-dafduk\"",
                "units[2].units[0].region must be a string, was 9971011001",
                "units[2].units[1].id \"kel\\ncontoh\" holds a line break U+000A at character 4; it must be one line without control characters",
                "units[3] must be a JSON object, was 3");
    }

    @Test
    void readInstansi_malformedRegionCodes_nameThePathAndTheCodeRule() {
        ObjectNode doc = kotaContohTree();
        doc.put("region", "99-71");
        unit(doc, 2).put("region", "99.71.1");
        unit(doc, 2, 0).put("region", "99.71.01.4001");

        assertThat(texts(refused(doc).problems())).containsExactly(
                "region: Kemendagri region code \"99-71\" is neither 2, 4, 6 nor 10 digits nor their dotted form 11.01.01.2001",
                "units[2].region: Kemendagri region code \"99.71.1\" is neither 2, 4, 6 nor 10 digits nor their dotted form"
                        + " 11.01.01.2001",
                "units[2].units[0].region: Kemendagri region code 99.71.01.4001 has village type digit 4; it is 1 (kelurahan),"
                        + " 2 (desa) or 3 (desa adat)");
    }

    // ---------------------------------------------------------------- errors: rules of the organisation

    @Test
    void readInstansi_governmentRegionOfWrongLevelKindOrScheme_namesTheRule() {
        ObjectNode city = kotaContohTree();
        city.put("region", "99.01");
        assertThat(texts(refused(city).problems())).startsWith(
                "region is \"99.01\", a kabupaten code; a city government has a Kemendagri kota code (regency/city digits 71..99,"
                        + " e.g. 62.71)");

        ObjectNode province = kotaContohTree();
        province.put("kind", "province");
        province.put("region", "BPS:99");
        ObjectNode regency = kotaContohTree();
        regency.put("kind", "regency");
        regency.put("region", "99");
        ObjectNode central = kotaContohTree();
        central.put("kind", "central");
        ObjectNode city2 = kotaContohTree();
        city2.remove("region");

        assertThat(texts(refused(province).problems())).startsWith(
                "region is \"BPS:99\", a BPS code; a province government has a Kemendagri province code (2 digits, e.g. 62)");
        assertThat(texts(refused(regency).problems())).startsWith(
                "region is \"99\", a province code; a regency government has a Kemendagri kabupaten code (regency/city digits"
                        + " 01..69, e.g. 62.01)");
        assertThat(texts(refused(central).problems())).containsExactly("region is \"99.71\"; a central agency has no region code");
        assertThat(texts(refused(city2).problems())).containsExactly(
                "region is missing; a city government has a Kemendagri kota code (regency/city digits 71..99, e.g. 62.71)");
    }

    @Test
    void readInstansi_unitRegionsBreakingTheirKind_namePathRuleAndValue() {
        ObjectNode doc = kotaContohTree();
        unit(doc, 2).remove("region");
        unit(doc, 2, 0).put("region", "99.71.01.2001");
        unit(doc, 2, 1).put("kind", "desa");
        ((ArrayNode) doc.get("units")).addObject().put("id", "kec-contoh-selatan").put("name", "Kecamatan Contoh Selatan")
                .put("kind", "kecamatan").put("region", "99.71");

        assertThat(texts(refused(doc).problems())).containsExactly(
                "units[2].region is missing; a kecamatan has a district code (6 digits, e.g. 62.71.03)",
                "units[2].units[0].region is \"99.71.01.2001\", a desa code; a kelurahan has a kelurahan code (village type digit 1)",
                "units[2].units[1].region is \"99.71.01.1002\", a kelurahan code; a desa has a desa or desa adat code (village type"
                        + " digit 2 or 3)",
                "units[3].region is \"99.71\", a regency/city code; a kecamatan has a district code (6 digits, e.g. 62.71.03)");
    }

    @Test
    void readInstansi_unitsOutsideTheirRegions_nameBothRegions() {
        ObjectNode doc = kotaContohTree();
        unit(doc, 1).put("region", "99.72");
        unit(doc, 2, 1).put("region", "99.71.02.1002");
        unit(doc, 2, 0).put("region", "BPS:99.71.01.1001");

        assertThat(texts(refused(doc).problems())).containsExactly(
                "units[1].region is \"99.72\", outside the instansi's region 99.71; a unit serves an area inside its government's",
                "units[2].units[0].region is \"BPS:99.71.01.1001\", outside the instansi's region 99.71; a unit serves an area inside"
                        + " its government's",
                "units[2].units[0].region is \"BPS:99.71.01.1001\", outside the region 99.71.01 of units[2] (kec-contoh-utara);"
                        + " a unit serves an area inside its parent's",
                "units[2].units[1].region is \"99.71.02.1002\", outside the region 99.71.01 of units[2] (kec-contoh-utara); a unit"
                        + " serves an area inside its parent's");
    }

    @Test
    void readInstansi_duplicateUnitIds_nameBothPaths() {
        ObjectNode doc = kotaContohTree();
        unit(doc, 2, 1).put("id", "disdukcapil");
        unit(doc, 1, 0).put("id", "setda");

        assertThat(texts(refused(doc).problems())).containsExactly(
                "units[1].units[0].id is \"setda\", already the id of units[0]; unit ids are unique within an instansi",
                "units[2].units[1].id is \"disdukcapil\", already the id of units[1]; unit ids are unique within an instansi");
    }

    // ---------------------------------------------------------------- the tree-level reader

    @Test
    void readInstansiOfTree_catalogEntry_prefixesEveryProblemWithItsPath() {
        ObjectNode doc = kotaContohTree();
        unit(doc, 2).remove("region");
        unit(doc, 0).put("kind", "sekda");

        InvalidAgencyException e = catchThrowableOfType(InvalidAgencyException.class,
                () -> Trees.readInstansi(doc, "agencies[0]"));

        assertThat(texts(e.problems())).containsExactly(
                "agencies[0].units[0].kind is 'sekda'; allowed are sekretariat, inspektorat, dinas, badan, kecamatan, kelurahan,"
                        + " desa, upt, bidang, other",
                "agencies[0].units[2].region is missing; a kecamatan has a district code (6 digits, e.g. 62.71.03)");
        assertThat(e).hasMessageStartingWith("instansi at agencies[0] has 2 problems: agencies[0].units[0].kind is 'sekda'");
    }

    @Test
    void readInstansiOfTree_notAnObject_namesThePath() throws JsonProcessingException {
        JsonNode catalog = PLAIN.readTree("{\"agencies\": [\"kota-contoh\"]}");

        assertThatThrownBy(() -> Trees.readInstansi(catalog.get("agencies").get(0), "agencies[0]"))
                .isInstanceOf(InvalidAgencyException.class)
                .hasMessage("instansi at agencies[0]: agencies[0] must be a JSON object, was \"kota-contoh\"");
    }

    @Test
    void readInstansiOfTree_javadocExample_readsTheFirstAgency() throws JsonProcessingException {
        ObjectNode catalogTree = PLAIN.createObjectNode();
        catalogTree.putArray("agencies").add(Trees.toTree(kotaContoh()));
        String file = catalogTree.toString();

        JsonNode catalog = SpbeJson.newMapper().readTree(file);
        Instansi first = Trees.readInstansi(catalog.get("agencies").get(0), "agencies[0]");

        assertThat(first).isEqualTo(kotaContoh());
    }

    // ---------------------------------------------------------------- errors: the module's other types

    @Test
    void module_badAgencyUnitAndRegionCode_areRefusedWithTheirRules() {
        assertThatThrownBy(() -> PLAIN.readValue("{\"name\":\"Kota Contoh\",\"kode\":\"x\"}", Agency.class))
                .isInstanceOf(InvalidAgencyException.class)
                .hasMessage("agency (JSON input): kode is not a known field; known fields are code, name");
        assertThatThrownBy(() -> PLAIN.readValue("{\"name\":\"Kota Contoh\",\"code\":\" \"}", Agency.class))
                .isInstanceOf(InvalidAgencyException.class)
                .hasMessage("agency (JSON input): code is blank; leave it out or give a value");
        assertThatThrownBy(() -> PLAIN.readValue("{\"id\":\"kec\",\"name\":\"Kecamatan\",\"kind\":\"kecamatan\",\"region\":\"99.71.01\","
                + "\"units\":[{\"id\":\"kel\",\"name\":\"Kelurahan\",\"kind\":\"kelurahan\",\"region\":\"99.71.02.1001\"}]}", Unit.class))
                .isInstanceOf(InvalidAgencyException.class)
                .hasMessage("unit (JSON input): units[0].region is \"99.71.02.1001\", outside the region 99.71.01 of the unit (kec);"
                        + " a unit serves an area inside its parent's");
        assertThatThrownBy(() -> PLAIN.readValue("6271", RegionCode.class))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("region code (JSON input): a region code must be a string such as \"62.71\", was 6271");
        assertThatThrownBy(() -> PLAIN.readValue("\"62.70\"", RegionCode.class))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("has regency/city digits 70");
    }

    // ---------------------------------------------------------------- property: random valid trees

    static Stream<Long> seeds() {
        return Generators.seeds(41, 200).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void readInstansi_writtenRandomInstansi_readsBackEqualAndWritesTheSame(long seed) {
        Instansi instansi = randomInstansi(new Random(seed));

        String json = SpbeJson.write(instansi);
        Instansi back = SpbeJson.readInstansi(json);

        assertThat(back).isEqualTo(instansi);
        assertThat(back.allUnits()).isEqualTo(instansi.allUnits());
        assertThat(SpbeJson.write(back)).isEqualTo(json);
        assertThat(Trees.readInstansi(Trees.toTree(instansi), "agencies[" + seed + "]")).isEqualTo(instansi);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void readInstansi_randomUnitMovedOutsideItsRegion_isRefusedAtThatUnitsPath(long seed) {
        Random random = new Random(seed);
        Instansi instansi = randomInstansi(random);
        ObjectNode doc = Trees.toTree(instansi);
        // oracle: the units with a region inside an enclosing region and no unit with a region below them, found in the JSON tree
        List<String> paths = new ArrayList<>();
        List<ObjectNode> nodes = new ArrayList<>();
        collectMovable(doc, "", doc.has("region"), paths, nodes);
        if (nodes.isEmpty()) {
            assertThat(Trees.readInstansi(doc, "")).isEqualTo(instansi);
            return;
        }
        int i = random.nextInt(nodes.size());
        ObjectNode moved = nodes.get(i);
        // the same code in province 10, which no generated region contains
        RegionCode code = RegionCode.parse(moved.get("region").asText());
        String other = (code.scheme() == RegionCode.Scheme.BPS ? "BPS:" : "") + "10" + code.undotted().substring(2);
        moved.put("region", other);

        InvalidAgencyException e = catchThrowableOfType(InvalidAgencyException.class, () -> Trees.readInstansi(doc, "agencies[0]"));

        assertThat(e).as("moving %s to %s", paths.get(i), other).isNotNull();
        assertThat(texts(e.problems())).allSatisfy(p -> assertThat(p).startsWith("agencies[0]." + paths.get(i) + ".region is \""
                + RegionCode.parse(other) + "\", outside the "));
    }

    private static void collectMovable(JsonNode node, String path, boolean enclosed, List<String> paths, List<ObjectNode> nodes) {
        JsonNode units = node.get("units");
        for (int i = 0; units != null && i < units.size(); i++) {
            JsonNode unit = units.get(i);
            String p = (path.isEmpty() ? "units" : path + ".units") + "[" + i + "]";
            boolean regionBelow = unit.has("units") && unit.get("units").findValue("region") != null;
            if (enclosed && unit.has("region") && !regionBelow) {
                paths.add(p);
                nodes.add((ObjectNode) unit);
            }
            collectMovable(unit, p, enclosed || unit.has("region"), paths, nodes);
        }
    }

    /** A random valid instansi: any kind of government, OPD with nested units, kecamatan with kelurahan and desa. */
    static Instansi randomInstansi(Random r) {
        GovernmentKind kind = GovernmentKind.values()[r.nextInt(GovernmentKind.values().length)];
        int province = 11 + r.nextInt(89);
        RegionCode region = switch (kind) {
            case CENTRAL -> null;
            case PROVINCE -> RegionCode.parse(String.format("%02d", province));
            case REGENCY -> RegionCode.parse(String.format("%02d%02d", province, 1 + r.nextInt(69)));
            case CITY -> RegionCode.parse(String.format("%02d%02d", province, 71 + r.nextInt(29)));
        };
        boolean bps = kind == GovernmentKind.CENTRAL && r.nextBoolean();
        String regency = region != null && region.level() == RegionCode.Level.REGENCY_CITY ? region.undotted()
                : String.format("%02d%02d", province, 1 + r.nextInt(69));
        int[] counter = {0};
        List<Unit> units = new ArrayList<>();
        int opd = r.nextInt(5);
        for (int i = 0; i < opd; i++) {
            units.add(randomOpd(r, counter, 0));
        }
        int kecamatan = r.nextInt(4);
        for (int i = 0; i < kecamatan; i++) {
            String district = regency + String.format("%02d", i + 1);
            Unit kec = new Unit(id(r, counter), name(r), UnitKind.KECAMATAN, Optional.of(code(bps, district)), List.of());
            int villages = r.nextInt(5);
            for (int v = 0; v < villages; v++) {
                int type = 1 + r.nextInt(3);
                String village = district + type + String.format("%03d", v + 1);
                UnitKind unitKind = type == 1 ? UnitKind.KELURAHAN : UnitKind.DESA;
                Unit villageUnit = new Unit(id(r, counter), name(r), unitKind, Optional.of(code(bps, village)), List.of());
                if (r.nextInt(3) == 0) {
                    villageUnit = villageUnit.with(Unit.of(id(r, counter), name(r), UnitKind.UPT));
                }
                kec = kec.with(villageUnit);
            }
            units.add(kec);
        }
        java.util.Collections.shuffle(units, r);
        return Instansi.of("instansi-" + r.nextInt(1000), name(r), kind, region, units);
    }

    private static RegionCode code(boolean bps, String digits) {
        return RegionCode.parse((bps ? "BPS:" : "") + digits);
    }

    private static Unit randomOpd(Random r, int[] counter, int depth) {
        UnitKind[] kinds = {UnitKind.SEKRETARIAT, UnitKind.INSPEKTORAT, UnitKind.DINAS, UnitKind.BADAN, UnitKind.UPT, UnitKind.BIDANG,
            UnitKind.OTHER};
        Unit unit = Unit.of(id(r, counter), name(r), kinds[r.nextInt(kinds.length)]);
        int children = depth < 3 ? r.nextInt(3) : 0;
        for (int i = 0; i < children; i++) {
            unit = unit.with(randomOpd(r, counter, depth + 1));
        }
        return unit;
    }

    private static String id(Random r, int[] counter) {
        return "u" + counter[0]++ + (r.nextBoolean() ? "" : "-\u00e9\"\\/" + r.nextInt(10));
    }

    private static String name(Random r) {
        String[] words = {"Dinas", "Kecamatan", "Kelurahan", "Badan", "\u201cContoh\u201d", "Raya", "Utara", "Selatan", "\\ \"", "\ud83c\udfdb",
            "Pelayanan"};
        StringBuilder sb = new StringBuilder(words[r.nextInt(words.length)]);
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            sb.append(r.nextBoolean() ? " " : "  ").append(words[r.nextInt(words.length)]);
        }
        return sb.toString();
    }
}
