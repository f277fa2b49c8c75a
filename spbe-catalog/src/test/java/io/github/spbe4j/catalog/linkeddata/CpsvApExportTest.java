package io.github.spbe4j.catalog.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.catalog.Authority;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.Channel;
import io.github.spbe4j.catalog.Cost;
import io.github.spbe4j.catalog.ProcessingTime;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.internal.rdf.JenaOracle;
import io.github.spbe4j.catalog.internal.rdf.JsonLdReader;
import io.github.spbe4j.catalog.internal.rdf.RdfGraph;
import io.github.spbe4j.catalog.linkeddata.Shacl.Violation;
import io.github.spbe4j.catalog.testing.KotaContoh;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

/** The CPSV-AP export: golden files, the official SHACL shapes, Jena as a second reader, and the mapping's details. */
class CpsvApExportTest {

    private static final CpsvAp CPSV_AP = CpsvAp.exporter();

    @Test
    void export_sampleCatalog_matchesGoldenFile() {
        String actual = CPSV_AP.export(Catalogs.sample());

        assertThat(actual).isEqualTo(Catalogs.golden("kota-contoh-catalog.cpsv-ap.jsonld", actual));
    }

    @Test
    void export_kotaContohFixture_matchesGoldenFile() {
        String actual = CPSV_AP.export(Catalogs.kotaContoh());

        assertThat(actual).isEqualTo(Catalogs.golden("kota-contoh-fixture.cpsv-ap.jsonld", actual));
    }

    @Test
    void export_sameCatalogTwice_sameText() {
        assertThat(CPSV_AP.export(Catalogs.sample())).isEqualTo(CPSV_AP.export(Catalogs.sample()));
    }

    @Test
    void export_sampleFixtureAndEdgeCatalogs_conformToOfficialShapesWithoutViolations() {
        for (Catalog c : List.of(Catalogs.sample(), Catalogs.kotaContoh(), EdgeCatalogs.edges())) {
            assertThat(Shacl.validate(CPSV_AP.export(c))).as(c.toString()).isEmpty();
        }
    }

    @Test
    void export_twentyGeneratedCatalogs_conformToOfficialShapesWithoutViolations() {
        List<String> failures = new ArrayList<>();
        int seed = 1;
        for (Catalog c : Catalogs.generated(20)) {
            List<Violation> violations = Shacl.validate(CPSV_AP.export(c));
            if (!violations.isEmpty()) {
                failures.add("seed " + seed + ": " + violations);
            }
            seed++;
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void export_withHttpBase_conformsAndNamesNodesUnderTheBase() throws Exception {
        String doc = CPSV_AP.withBase(URI.create("https://data.kotacontoh.example/layanan/")).export(Catalogs.sample());
        JsonNode graph = new ObjectMapper().readTree(doc).get("@graph");

        assertThat(Shacl.validate(doc)).isEmpty();
        assertThat(StreamSupport.stream(graph.spliterator(), false).map(n -> n.get("@id").asText()))
                .contains("https://data.kotacontoh.example/layanan/service/sktm-kel-contoh-satu",
                        "https://data.kotacontoh.example/layanan/agency/kota-contoh/unit/disdukcapil");
    }

    @Test
    void export_anyCatalog_jenaAndTheOwnReaderReadTheSameGraph() {
        List<Catalog> catalogs = new ArrayList<>(List.of(Catalogs.sample(), Catalogs.kotaContoh(), EdgeCatalogs.edges()));
        catalogs.addAll(Catalogs.generated(5));
        for (Catalog c : catalogs) {
            String doc = CPSV_AP.export(c);
            RdfGraph own = JsonLdReader.read(doc.getBytes(StandardCharsets.UTF_8)).graph();
            Model jena = JenaOracle.parseJsonLd(doc);

            assertThat(JenaOracle.sameGraph(own, jena.getGraph()))
                    .as("%s: own %s\nJena %s", c, JenaOracle.lines(JenaOracle.toJena(own)), JenaOracle.lines(jena.getGraph()))
                    .isTrue();
        }
    }

    @Test
    void export_sample_contextIsInlineAndEveryNodeHasAnIdAndType() throws Exception {
        JsonNode root = new ObjectMapper().readTree(CPSV_AP.export(Catalogs.sample()));

        assertThat(root.get("@context").isObject()).isTrue();
        assertThat(root.get("@context").get("cpsv").asText()).isEqualTo("http://purl.org/vocab/cpsv#");
        assertThat(root.get("@context").get("spbe").asText()).isEqualTo("https://spbe4j.github.io/ns/catalog#");
        assertThat(root.get("@graph")).allSatisfy(n -> assertThat(n.has("@id") && n.has("@type")).isTrue());
    }

    @Test
    void export_serviceWithoutDescription_writesTheTitleAndMarksIt() throws Exception {
        JsonNode service = node(EdgeCatalogs.edges(), "urn:spbe4j:service/legalisir");

        assertThat(service.get("dct:description").get("@value").asText()).isEqualTo("Legalisir dokumen");
        assertThat(service.get("spbe:descriptionFromTitle").asBoolean()).isTrue();
    }

    @Test
    void export_workingDays_writesDurationInDaysAndTheExactText() throws Exception {
        JsonNode service = node(Catalogs.sample(), "urn:spbe4j:service/sktm-kel-contoh-satu");

        assertThat(service.get("cv:processingTime").get("@value").asText()).isEqualTo("P1D");
        assertThat(service.get("cv:processingTime").get("@type").asText()).isEqualTo("xsd:duration");
        assertThat(service.get("spbe:processingTime").asText()).isEqualTo("1 hari kerja");
    }

    @Test
    void export_costRange_valueIsTheMinimumAndTheBoundsAreExtensions() throws Exception {
        JsonNode cost = node(EdgeCatalogs.edges(), "urn:spbe4j:service/layanan-pusat/cost");

        assertThat(cost.get("cv:hasValue").get("@value").asText()).isEqualTo("0");
        assertThat(cost.get("cv:hasValue").get("@type").asText()).isEqualTo("xsd:double");
        assertThat(cost.get("cv:currency").get("@id").asText()).isEqualTo("http://publications.europa.eu/resource/authority/currency/IDR");
        assertThat(cost.get("spbe:costKind").asText()).isEqualTo("range");
        assertThat(cost.get("spbe:maximumRupiah").asLong()).isEqualTo(Cost.MAX_RUPIAH);
    }

    @Test
    void export_centralAgency_spatialIsIndonesiaTypedAsLocation() throws Exception {
        Catalog edges = EdgeCatalogs.edges();

        assertThat(node(edges, "urn:spbe4j:agency/kemendagri").get("dct:spatial").get("@id").asText())
                .isEqualTo("http://publications.europa.eu/resource/authority/country/IDN");
        assertThat(node(edges, "http://publications.europa.eu/resource/authority/country/IDN").get("@type").asText())
                .isEqualTo("dct:Location");
    }

    @Test
    void export_unitIdOutsideTheIdRule_isPercentEncodedInTheIri() throws Exception {
        JsonNode unit = node(EdgeCatalogs.edges(), "urn:spbe4j:agency/kemendagri/unit/upt%201%2F%C3%A4");

        assertThat(unit.get("dct:identifier").asText()).isEqualTo("upt 1/ä");
    }

    @Test
    void export_channelKindAndStatus_areConceptsTypedInTheGraph() throws Exception {
        Catalog catalog = Catalogs.sample();

        assertThat(node(catalog, "spbe:channel-web").get("@type").asText()).isEqualTo("skos:Concept");
        assertThat(node(catalog, "spbe:status-pilot").get("skos:prefLabel").get("@value").asText()).isEqualTo("Uji coba");
    }

    @Test
    void withBase_invalidBases_refused() {
        assertThatThrownBy(() -> CPSV_AP.withBase(URI.create("layanan/"))).isInstanceOf(io.github.spbe4j.core.SpbeException.class)
                .hasMessageContaining("not absolute");
        assertThatThrownBy(() -> CPSV_AP.withBase(URI.create("https://data.example/id"))).isInstanceOf(io.github.spbe4j.core.SpbeException.class)
                .hasMessageContaining("must end in");
        assertThatThrownBy(() -> CPSV_AP.withBase(URI.create("dct:x/"))).isInstanceOf(io.github.spbe4j.core.SpbeException.class)
                .hasMessageContaining("compact IRI");
    }

    @Test
    void base_default_isTheUrnScheme() {
        assertThat(CPSV_AP.base()).isEqualTo(URI.create("urn:spbe4j:"));
        assertThat(CPSV_AP.withBase(URI.create("https://x.example/")).base()).isEqualTo(URI.create("https://x.example/"));
    }

    @Test
    void export_channelOwnProcessingTime_writtenOnTheChannel() throws Exception {
        PublicService s = PublicService.builder("s", "S", Authority.of(KotaContoh.AGENCY, "disdukcapil"))
                .channel(Channel.of(Channel.Kind.COUNTER).withProcessingTime(ProcessingTime.hours(2))).build();
        Catalog c = Catalog.of(List.of(KotaContoh.instansi()), List.of(), List.of(s));

        assertThat(node(c, "urn:spbe4j:service/s/channel/1").get("cv:processingTime").get("@value").asText()).isEqualTo("PT2H");
    }

    private static JsonNode node(Catalog catalog, String id) throws Exception {
        JsonNode graph = new ObjectMapper().readTree(CPSV_AP.export(catalog)).get("@graph");
        for (JsonNode n : graph) {
            if (n.get("@id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no node " + id);
    }
}
