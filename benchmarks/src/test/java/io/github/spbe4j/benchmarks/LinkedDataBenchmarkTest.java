package io.github.spbe4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.catalog.json.CatalogJson;
import io.github.spbe4j.catalog.linkeddata.CpsvAp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks that the three exports the benchmark compares each carry the whole catalog. */
class LinkedDataBenchmarkTest {

    private static final LinkedDataBenchmark BENCH = new LinkedDataBenchmark();

    @BeforeAll
    static void setUp() {
        BENCH.setUp();
    }

    @Test
    void cpsvAp_holdsEveryServiceAndReadsBackEqual() {
        String jsonLd = BENCH.cpsvAp();

        assertThat(jsonLd.lines().filter(l -> l.contains("\"@type\": \"cpsv:PublicService\"")).count())
                .isEqualTo(ProvinceCatalog.SERVICES);
        assertThat(CpsvAp.exporter().read(jsonLd).catalog().services()).isEqualTo(BENCH.catalog.services());
    }

    @Test
    void schemaOrg_holdsEveryService() {
        assertThat(BENCH.schemaOrg().lines().filter(l -> l.contains("\"GovernmentService\"")).count())
                .isEqualTo(ProvinceCatalog.SERVICES);
    }

    @Test
    void catalogFile_readsBackEqual() {
        assertThat(CatalogJson.parse(BENCH.catalogFile())).isEqualTo(BENCH.catalog);
    }
}
