package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.CatalogMetrics;
import io.github.spbe4j.catalog.json.CatalogJson;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CatalogMetricsCommandTest {

    private static final String SAMPLE = Cli.sample("kota-contoh-catalog.json").toString();

    @Test
    void metrics_json_matchesTheApi() throws Exception {
        Catalog catalog = CatalogJson.read(Path.of(SAMPLE));
        CatalogMetrics m = catalog.metrics();

        Cli.Run r = Cli.run("catalog", "metrics", SAMPLE, "--format", "json");
        JsonNode json = new ObjectMapper().readTree(r.out());

        assertThat(r.code()).isZero();
        assertThat(json.get("online").get("part").asInt()).isEqualTo(m.onlineShare().part());
        assertThat(json.get("online").get("total").asInt()).isEqualTo(m.onlineShare().total());
        assertThat(json.get("onlineByKelurahan")).hasSize(m.onlineShareByKelurahan().size());
        assertThat(json.get("pilots")).hasSize(m.pilots().size());
        assertThat(json.get("withoutComplaintChannel")).hasSize(m.withoutComplaintChannel().size());
        assertThat(json.get("evidence").get("indicators")).extracting(n -> n.get("code").asText())
                .containsExactly("42", "45", "46", "47");
        assertThat(json.get("evidence").get("indicators").get(1).get("services"))
                .hasSize(m.evidence(FrameworkRegistry.builtIn().get("spbe-2020")).get(1).services().size());
    }

    @Test
    void metrics_text_showsEachSection() {
        Cli.Run r = Cli.run("catalog", "metrics", SAMPLE, "--framework", "pemdi-2026");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Online by OPD", "Online by kelurahan", "Pilots and their rollout", "Standar pelayanan:",
                "without a complaint channel", "Evidence for pemdi-2026", "I17 ");
    }

    @Test
    void metrics_unknownFramework_oneLineError() {
        Cli.Run r = Cli.run("catalog", "metrics", SAMPLE, "--framework", "spbe-1999");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("spbe: ").contains("spbe-1999");
    }
}
