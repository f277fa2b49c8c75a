package io.github.spbe4j.catalog.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.testing.CatalogGenerators;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading spbe4j's own export gives back the catalog it came from, whole, without warnings. */
class CpsvApRoundTripTest {

    private static final CpsvAp CPSV_AP = CpsvAp.exporter();

    @Test
    void read_exportOfSample_equalsTheSampleWithoutWarnings() {
        assertRoundTrip(Catalogs.sample(), CPSV_AP);
    }

    @Test
    void read_exportOfKotaContohFixture_equalsTheFixture() {
        assertRoundTrip(Catalogs.kotaContoh(), CPSV_AP);
    }

    @Test
    void read_exportOfEdgeCases_equalsThem() {
        assertRoundTrip(EdgeCatalogs.edges(), CPSV_AP);
    }

    @Test
    void read_exportWithHttpBase_equalsTheCatalog() {
        assertRoundTrip(EdgeCatalogs.edges(), CPSV_AP.withBase(URI.create("https://data.example.go.id/layanan/")));
        assertRoundTrip(Catalogs.sample(), CPSV_AP.withBase(URI.create("tag:kotacontoh.example,2026:")));
    }

    @Test
    void read_exportOfTwoHundredGeneratedCatalogs_equalsEach() {
        for (long seed = 1; seed <= 200; seed++) {
            Catalog catalog = CatalogGenerators.small(seed);
            CpsvApImport back = CPSV_AP.read(CPSV_AP.export(catalog));

            assertThat(back.warnings()).as("seed %d", seed).isEmpty();
            assertEqual(back.catalog(), catalog, "seed " + seed);
        }
    }

    @Test
    void read_exportOfALargeGeneratedCatalog_equalsIt() {
        Catalog catalog = CatalogGenerators.catalog(7L, 400, 6);

        assertRoundTrip(catalog, CPSV_AP);
    }

    @Test
    void export_ofAReadExport_isTheSameText() {
        String first = CPSV_AP.export(Catalogs.sample());

        assertThat(CPSV_AP.export(CPSV_AP.read(first).catalog())).isEqualTo(first);
    }

    @Test
    void read_streamAndFile_readTheSameAsText(@TempDir Path dir) throws Exception {
        String doc = CPSV_AP.export(Catalogs.sample());
        Path file = dir.resolve("catalog.jsonld");
        Files.writeString(file, doc, StandardCharsets.UTF_8);

        assertThat(CPSV_AP.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))).catalog().services())
                .isEqualTo(Catalogs.sample().services());
        assertThat(CPSV_AP.read(file).catalog().services()).isEqualTo(Catalogs.sample().services());
    }

    private static void assertRoundTrip(Catalog catalog, CpsvAp mapping) {
        CpsvApImport back = mapping.read(mapping.export(catalog));

        assertThat(back.warnings()).isEmpty();
        assertEqual(back.catalog(), catalog, catalog.toString());
    }

    /** Catalog has no equals of its own: compares the three lists it is made of, service by service for a readable failure. */
    private static void assertEqual(Catalog actual, Catalog expected, String what) {
        assertThat(actual.instansi()).as(what + " agencies").isEqualTo(expected.instansi());
        assertThat(actual.concepts()).as(what + " concepts").isEqualTo(expected.concepts());
        List<PublicService> a = actual.services();
        List<PublicService> e = expected.services();
        assertThat(a).as(what + " services").hasSameSizeAs(e);
        for (int i = 0; i < e.size(); i++) {
            assertThat(a.get(i)).as(what + " service " + e.get(i).id()).usingRecursiveComparison().isEqualTo(e.get(i));
            assertThat(a.get(i)).as(what + " service " + e.get(i).id()).isEqualTo(e.get(i));
        }
    }
}
