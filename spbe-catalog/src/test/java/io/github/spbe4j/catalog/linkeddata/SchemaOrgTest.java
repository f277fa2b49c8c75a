package io.github.spbe4j.catalog.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.catalog.Authority;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.internal.rdf.JenaOracle;
import io.github.spbe4j.catalog.internal.rdf.JsonLdReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The schema.org export for web pages: golden files, Jena reads it offline, and the fields a page needs. */
class SchemaOrgTest {

    private static final String SCHEMA = "https://schema.org/";

    @Test
    void export_sampleCatalog_matchesGoldenFile() {
        String actual = SchemaOrg.export(Catalogs.sample());

        assertThat(actual).isEqualTo(Catalogs.golden("kota-contoh-catalog.schema-org.jsonld", actual));
    }

    @Test
    void export_kotaContohFixture_matchesGoldenFile() {
        String actual = SchemaOrg.export(Catalogs.kotaContoh());

        assertThat(actual).isEqualTo(Catalogs.golden("kota-contoh-fixture.schema-org.jsonld", actual));
    }

    @Test
    void export_sample_jenaReadsOneGovernmentServicePerServiceOffline() {
        Catalog catalog = Catalogs.sample();
        String doc = SchemaOrg.export(catalog);
        Model model = JenaOracle.parseJsonLd(doc);

        List<Resource> services = model.listSubjectsWithProperty(RDF.type, model.createResource(SCHEMA + "GovernmentService")).toList();
        assertThat(services).hasSize(catalog.size());
        assertThat(JenaOracle.sameGraph(JsonLdReader.read(doc.getBytes(StandardCharsets.UTF_8)).graph(), model.getGraph())).isTrue();
    }

    @Test
    void export_oneService_hasProviderAreaChannelsProcessingTimeAndPrice() throws Exception {
        Catalog catalog = Catalogs.sample();
        PublicService sktm = catalog.service("sktm-kel-contoh-satu").orElseThrow();
        JsonNode s = new ObjectMapper().readTree(SchemaOrg.export(sktm, catalog));

        assertThat(s.get("@context").get("@vocab").asText()).isEqualTo(SCHEMA);
        assertThat(s.get("@type").asText()).isEqualTo("GovernmentService");
        assertThat(s.get("name").asText()).isEqualTo(sktm.title());
        assertThat(s.get("serviceType").asText()).isEqualTo("Surat Keterangan Tidak Mampu");
        assertThat(s.get("provider").get("@type").asText()).isEqualTo("GovernmentOrganization");
        assertThat(s.get("provider").get("parentOrganization").get("identifier").asText()).isEqualTo("kota-contoh");
        assertThat(s.get("jurisdiction").get("identifier").asText()).isEqualTo("99.71");
        assertThat(s.get("areaServed").get(0).get("@type").asText()).isEqualTo("AdministrativeArea");
        assertThat(s.get("areaServed").get(0).get("identifier").asText()).isEqualTo("99.71.01.1001");
        JsonNode web = s.get("availableChannel").get(0);
        assertThat(web.get("@type").asText()).isEqualTo("ServiceChannel");
        assertThat(web.get("serviceUrl").asText()).startsWith("https://");
        assertThat(web.get("processingTime").asText()).isEqualTo("P1D");
        assertThat(s.get("offers").get("price").asLong()).isZero();
        assertThat(s.get("offers").get("priceCurrency").asText()).isEqualTo("IDR");
    }

    @Test
    void export_costRangeAndPerUnit_givePriceSpecifications() throws Exception {
        Catalog edges = EdgeCatalogs.edges();
        JsonNode range = new ObjectMapper().readTree(SchemaOrg.export(edges.service("layanan-pusat").orElseThrow(), edges));
        JsonNode perUnit = new ObjectMapper().readTree(SchemaOrg.export(edges.service("pajak-kendaraan-prov").orElseThrow(), edges));

        assertThat(range.get("offers").get("priceSpecification").get("maxPrice").asLong()).isEqualTo(1_000_000_000_000L);
        assertThat(range.get("jurisdiction").get("@type").asText()).isEqualTo("Country");
        assertThat(perUnit.get("offers").get("priceSpecification").get("@type").asText()).isEqualTo("UnitPriceSpecification");
        assertThat(perUnit.get("offers").get("priceSpecification").get("unitText").asText()).isEqualTo("kendaraan");
    }

    @Test
    void export_edgeCatalog_parsesWithJena() {
        Model model = JenaOracle.parseJsonLd(SchemaOrg.export(EdgeCatalogs.edges()));
        Property name = model.createProperty(SCHEMA, "name");

        assertThat(model.listObjectsOfProperty(name).toList()).isNotEmpty();
    }

    @Test
    void export_serviceNotInTheCatalog_refused() {
        Catalog catalog = Catalogs.sample();
        PublicService stranger = PublicService.builder("asing", "Asing", Authority.of("kota-contoh"))
                .status(io.github.spbe4j.catalog.ServiceStatus.PLANNED).build();

        assertThatThrownBy(() -> SchemaOrg.export(stranger, catalog)).isInstanceOf(io.github.spbe4j.catalog.InvalidCatalogException.class)
                .hasMessageContaining("not in this catalog");
    }
}
