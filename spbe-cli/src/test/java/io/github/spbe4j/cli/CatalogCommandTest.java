package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.CatalogMetrics;
import io.github.spbe4j.catalog.json.CatalogJson;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCommandTest {

    private static final String SAMPLE = SpbeCommandTest.sample("kota-contoh-catalog.json").toString();

    @Test
    void validate_sample_isValidAndCountsItsParts() {
        SpbeCommandTest.Run r = SpbeCommandTest.run("catalog", "validate", SAMPLE);
        Catalog catalog = CatalogJson.readCatalog(Path.of(SAMPLE));

        assertThat(r.code()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).isEqualTo(SAMPLE + ": valid (1 agency, "
                + catalog.concepts().size() + " concepts, " + catalog.size() + " services)");
    }

    @Test
    void validate_brokenFile_listsEveryProblemInTheChosenLanguage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"format\": \"spbe-catalog/1\", \"services\": [{\"id\": \"a b\", \"title\": \"\"}]}");

        SpbeCommandTest.Run en = SpbeCommandTest.run("catalog", "validate", file.toString());
        SpbeCommandTest.Run id = SpbeCommandTest.run("catalog", "validate", file.toString(), "--locale", "id");

        assertThat(en.code()).isEqualTo(1);
        assertThat(en.out().lines()).first().isEqualTo(file + ": 3 problems");
        assertThat(en.out()).contains("services[0].title: must not be blank (\"\")", "services[0].id:", "services[0].authority:");
        assertThat(id.code()).isEqualTo(1);
        assertThat(id.out()).contains("services[0].title: tidak boleh kosong (\"\")");
    }

    @Test
    void validate_jsonFormat_givesProblemsAsArray(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"format\": \"spbe-catalog/1\", \"services\": [{\"id\": \"ok\", \"title\": \"\"}]}");

        SpbeCommandTest.Run r = SpbeCommandTest.run("catalog", "validate", file.toString(), "--format", "json");
        JsonNode json = new ObjectMapper().readTree(r.out());

        assertThat(r.code()).isEqualTo(1);
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("problems")).isNotEmpty();
    }

    @Test
    void validate_missingFile_oneLineError() {
        SpbeCommandTest.Run r = SpbeCommandTest.run("catalog", "validate", "no-such-catalog.json");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("spbe: ").contains("no-such-catalog.json");
    }

    @Test
    void metrics_json_matchesTheApi() throws Exception {
        Catalog catalog = CatalogJson.readCatalog(Path.of(SAMPLE));
        CatalogMetrics m = catalog.metrics();

        SpbeCommandTest.Run r = SpbeCommandTest.run("catalog", "metrics", SAMPLE, "--format", "json");
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
        SpbeCommandTest.Run r = SpbeCommandTest.run("catalog", "metrics", SAMPLE, "--framework", "pemdi-2026");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Online by OPD", "Online by kelurahan", "Pilots and their rollout", "Standar pelayanan:",
                "without a complaint channel", "Evidence for pemdi-2026", "I17 ");
    }

    @Test
    void metrics_unknownFramework_oneLineError() {
        SpbeCommandTest.Run r = SpbeCommandTest.run("catalog", "metrics", SAMPLE, "--framework", "spbe-1999");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("spbe: ").contains("spbe-1999");
    }

    @Test
    void search_abbreviation_findsTheServicesBestFirst() throws Exception {
        Catalog catalog = CatalogJson.readCatalog(Path.of(SAMPLE));

        SpbeCommandTest.Run r = SpbeCommandTest.run("catalog", "search", SAMPLE, "sktm", "--format", "json");
        JsonNode json = new ObjectMapper().readTree(r.out());

        assertThat(r.code()).isZero();
        assertThat(json).extracting(n -> n.get("id").asText())
                .containsExactlyElementsOf(catalog.search("sktm").stream().map(s -> s.id()).toList())
                .isNotEmpty();
    }

    @Test
    void search_onlineInOneKelurahan_narrows() {
        SpbeCommandTest.Run r = SpbeCommandTest.run("catalog", "search", SAMPLE, "surat", "keterangan", "--online",
                "--kelurahan", "99.71.01.1002");
        SpbeCommandTest.Run none = SpbeCommandTest.run("catalog", "search", SAMPLE, "zzzz");

        assertThat(r.out()).doesNotContain("sktm-kel-contoh-satu");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err().strip()).isEqualTo("spbe: no service matches 'zzzz'");
    }
}
