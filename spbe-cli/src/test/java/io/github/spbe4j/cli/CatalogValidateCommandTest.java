package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.json.CatalogJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogValidateCommandTest {

    private static final String SAMPLE = Cli.sample("kota-contoh-catalog.json").toString();

    @Test
    void validate_sample_isValidAndCountsItsParts() {
        Cli.Run r = Cli.run("catalog", "validate", SAMPLE);
        Catalog catalog = CatalogJson.read(Path.of(SAMPLE));

        assertThat(r.code()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).isEqualTo(SAMPLE + ": valid (1 instansi, "
                + catalog.concepts().size() + " concepts, " + catalog.size() + " services)");
    }

    @Test
    void validate_brokenFile_listsEveryProblemInTheChosenLanguage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"format\": \"spbe-catalog/1\", \"services\": [{\"id\": \"a b\", \"title\": \"\"}]}");

        Cli.Run en = Cli.run("catalog", "validate", file.toString());
        Cli.Run id = Cli.run("catalog", "validate", file.toString(), "--locale", "id");

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

        Cli.Run r = Cli.run("catalog", "validate", file.toString(), "--format", "json");
        JsonNode json = new ObjectMapper().readTree(r.out());

        assertThat(r.code()).isEqualTo(1);
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("problems")).hasSize(2);
        assertThat(json.get("omitted").asInt()).isZero();
        JsonNode title = json.get("problems").get(1);
        assertThat(title.get("path").asText()).isEqualTo("services[0].title");
        assertThat(title.get("rule").asText()).isEqualTo("Pattern");
        assertThat(title.get("message").asText()).isEqualTo("must not be blank");
        assertThat(title.get("rejectedValue").asText()).isEqualTo("\"\"");
        assertThat(json.get("problems").get(0).get("path").asText()).isEqualTo("services[0].authority");
    }

    @Test
    void validate_jsonFormat_validFileCountsItsParts() throws Exception {
        Cli.Run r = Cli.run("catalog", "validate", SAMPLE, "--format", "json");
        JsonNode json = new ObjectMapper().readTree(r.out());
        Catalog catalog = CatalogJson.read(Path.of(SAMPLE));

        assertThat(r.code()).isZero();
        assertThat(json.get("valid").asBoolean()).isTrue();
        assertThat(json.get("instansi").asInt()).isEqualTo(catalog.instansi().size());
        assertThat(json.get("services").asInt()).isEqualTo(catalog.size());
        assertThat(json.get("problems")).isEmpty();
        assertThat(json.get("omitted").asInt()).isZero();
    }

    @Test
    void validate_referenceProblem_namesItsPathInTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("unknown-instansi.json");
        Files.writeString(file, "{\"format\": \"spbe-catalog/1\", \"services\": [{\"id\": \"ok\", \"title\": \"Layanan\","
                + " \"authority\": {\"instansi\": \"k\"}, \"channels\": [{\"kind\": \"counter\"}]}]}");

        Cli.Run r = Cli.run("catalog", "validate", file.toString(), "--format", "json");
        JsonNode problem = new ObjectMapper().readTree(r.out()).get("problems").get(0);

        assertThat(problem.get("path").asText()).isEqualTo("services[0].authority.instansi");
        assertThat(problem.get("rule").asText()).isEqualTo("Reference");
        assertThat(problem.get("message").asText()).startsWith("service ok names instansi k, which the catalog does not hold");
    }

    @Test
    void validate_missingFile_oneLineError() {
        Cli.Run r = Cli.run("catalog", "validate", "no-such-catalog.json");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("spbe: ").contains("no-such-catalog.json");
    }
}
