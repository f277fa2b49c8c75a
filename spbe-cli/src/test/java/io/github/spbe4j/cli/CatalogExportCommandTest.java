package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.json.CatalogJson;
import io.github.spbe4j.catalog.linkeddata.CpsvAp;
import io.github.spbe4j.catalog.linkeddata.SchemaOrg;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogExportCommandTest {

    private static final String SAMPLE = Cli.sample("kota-contoh-catalog.json").toString();

    @Test
    void export_cpsvAp_printsTheLibrarysExportToStandardOutput() {
        Catalog catalog = CatalogJson.read(Path.of(SAMPLE));

        Cli.Run r = Cli.run("catalog", "export", SAMPLE, "--cpsv-ap");

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(CpsvAp.exporter().export(catalog));
    }

    @Test
    void export_issueSpellingFlagBeforeFile_sameOutput() {
        Cli.Run flagFirst = Cli.run("catalog", "export", "--cpsv-ap", SAMPLE);
        Cli.Run fileFirst = Cli.run("catalog", "export", SAMPLE, "--cpsv-ap");

        assertThat(flagFirst.code()).isZero();
        assertThat(flagFirst.out()).isEqualTo(fileFirst.out());
    }

    @Test
    void export_cpsvApReadBack_givesTheCatalog() {
        Catalog catalog = CatalogJson.read(Path.of(SAMPLE));

        Cli.Run r = Cli.run("catalog", "export", "--cpsv-ap", SAMPLE);

        assertThat(CpsvAp.exporter().read(r.out()).catalog().services()).isEqualTo(catalog.services());
    }

    @Test
    void export_schemaOrg_printsGovernmentServices() throws Exception {
        Catalog catalog = CatalogJson.read(Path.of(SAMPLE));

        Cli.Run r = Cli.run("catalog", "export", SAMPLE, "--schema-org");
        JsonNode json = new ObjectMapper().readTree(r.out());

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(SchemaOrg.export(catalog));
        assertThat(json.get("@graph")).hasSize(catalog.size())
                .allSatisfy(s -> assertThat(s.get("@type").asText()).isEqualTo("GovernmentService"));
    }

    @Test
    void export_baseAndOutput_writesTheFileNamedUnderTheBase(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("catalog.jsonld");
        Catalog catalog = CatalogJson.read(Path.of(SAMPLE));

        Cli.Run r = Cli.run("catalog", "export", SAMPLE, "--cpsv-ap", "--base",
                "https://data.kotacontoh.example/layanan/", "--output", out.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(
                CpsvAp.exporter().withBase(URI.create("https://data.kotacontoh.example/layanan/")).export(catalog));
    }

    @Test
    void export_standardInput_readsTheCatalogFromIt() throws Exception {
        Cli.Run r = Cli.runWithStandardInput(Files.readAllBytes(Path.of(SAMPLE)), "catalog", "export", "-", "--schema-org");

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(SchemaOrg.export(CatalogJson.read(Path.of(SAMPLE))));
    }

    @Test
    void export_neitherFormat_usageErrorNamingBoth() {
        Cli.Run r = Cli.run("catalog", "export", SAMPLE);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("spbe: ").contains("--cpsv-ap", "--schema-org");
    }

    @Test
    void export_bothFormats_usageError() {
        Cli.Run r = Cli.run("catalog", "export", SAMPLE, "--cpsv-ap", "--schema-org");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("spbe: ").contains("mutually exclusive");
    }

    @Test
    void export_baseWithSchemaOrg_usageError() {
        Cli.Run r = Cli.run("catalog", "export", SAMPLE, "--schema-org", "--base", "https://x.example/");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("spbe: --base applies to --cpsv-ap only");
    }

    @Test
    void export_badBase_oneLineError() {
        Cli.Run r = Cli.run("catalog", "export", SAMPLE, "--cpsv-ap", "--base", "relative/");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1).first().asString().isEqualTo(
                "spbe: --base IRI relative/ is not absolute; give a scheme, e.g. https://data.example.go.id/layanan/");
    }

    @Test
    void export_missingFile_oneLineError() {
        Cli.Run r = Cli.run("catalog", "export", "no-such-catalog.json", "--cpsv-ap");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("spbe: ").contains("no-such-catalog.json");
    }

    @Test
    void export_unwritableOutput_oneLineErrorAndOutputFailedExitCode(@TempDir Path dir) {
        Cli.Run r = Cli.run("catalog", "export", SAMPLE, "--cpsv-ap", "--output",
                dir.resolve("no-such-dir/out.jsonld").toString());

        assertThat(r.code()).isEqualTo(SpbeCommand.OUTPUT_FAILED);
        assertThat(r.err().lines()).hasSize(1).first().asString().isEqualTo("spbe: cannot write " + dir.resolve("no-such-dir/out.jsonld")
                + ": the directory " + dir.resolve("no-such-dir") + " does not exist; nothing was written");
    }

    @Test
    void export_outputExists_replacedByTheExportAndNoOtherFileLeft(@TempDir Path dir) throws Exception {
        Path out = Files.writeString(dir.resolve("catalog.jsonld"), "an older export, longer than nothing");

        Cli.Run r = Cli.run("catalog", "export", SAMPLE, "--schema-org", "-o", out.toString());

        assertThat(r.code()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(SchemaOrg.export(CatalogJson.read(Path.of(SAMPLE))));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void export_outputIsTheInput_usageErrorAndTheInputUntouched(@TempDir Path dir) throws Exception {
        Path file = Files.copy(Path.of(SAMPLE), dir.resolve("catalog.json"));

        Cli.Run r = Cli.run("catalog", "export", file.toString(), "--cpsv-ap", "-o", file.toString());

        assertThat(r.code()).isEqualTo(SpbeCommand.WRONG_USAGE);
        assertThat(r.err()).startsWith("spbe: --output " + file + " is the input file ");
        assertThat(Files.mismatch(file, Path.of(SAMPLE))).isEqualTo(-1L);
    }
}
