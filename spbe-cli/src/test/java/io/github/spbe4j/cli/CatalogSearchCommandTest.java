package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.json.CatalogJson;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CatalogSearchCommandTest {

    private static final String SAMPLE = Cli.sample("kota-contoh-catalog.json").toString();

    @Test
    void search_abbreviation_findsTheServicesBestFirst() throws Exception {
        Catalog catalog = CatalogJson.read(Path.of(SAMPLE));

        Cli.Run r = Cli.run("catalog", "search", SAMPLE, "sktm", "--format", "json");
        JsonNode json = new ObjectMapper().readTree(r.out());

        assertThat(r.code()).isZero();
        assertThat(json).extracting(n -> n.get("id").asText())
                .containsExactlyElementsOf(catalog.search("sktm").stream().map(s -> s.id()).toList())
                .isNotEmpty();
    }

    @Test
    void search_onlineInOneKelurahan_narrows() {
        Cli.Run r = Cli.run("catalog", "search", SAMPLE, "surat", "keterangan", "--online",
                "--kelurahan", "99.71.01.1002");
        Cli.Run none = Cli.run("catalog", "search", SAMPLE, "zzzz");

        assertThat(r.out()).doesNotContain("sktm-kel-contoh-satu");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err().strip()).isEqualTo("spbe: no service matches 'zzzz'");
    }
}
