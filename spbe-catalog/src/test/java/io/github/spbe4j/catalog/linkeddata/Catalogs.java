package io.github.spbe4j.catalog.linkeddata;

import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.json.CatalogJson;
import io.github.spbe4j.catalog.testing.CatalogGenerators;
import io.github.spbe4j.catalog.testing.KotaContoh;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogs the linked-data tests export, and the golden files they are compared with.
 *
 * <p>Golden files live in {@code src/test/resources/io/github/spbe4j/catalog/linkeddata/}. To
 * regenerate them after a deliberate change of the mapping, run
 * {@code mvn -pl spbe-catalog test -Dtest='CpsvApExportTest,SchemaOrgTest' -Dspbe.golden.update=true} from the
 * repository root and review the diff.
 */
final class Catalogs {

    /** The system property that makes golden-file tests write the files instead of comparing. */
    static final String UPDATE = "spbe.golden.update";

    private static final Path GOLDEN_DIR = Path.of("src/test/resources/io/github/spbe4j/catalog/linkeddata");

    private Catalogs() {
    }

    /** Returns the sample catalog, examples/data/kota-contoh-catalog.json. */
    static Catalog sample() {
        try (InputStream in = Catalogs.class.getResourceAsStream("/io/github/spbe4j/catalog/json/kota-contoh-catalog.json")) {
            return CatalogJson.read(in, "kota-contoh-catalog.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the hand-built fixture of the module's tests. */
    static Catalog kotaContoh() {
        return KotaContoh.catalog();
    }

    /** Returns generated catalogs, one per seed 1..count. */
    static List<Catalog> generated(int count) {
        List<Catalog> list = new ArrayList<>();
        for (long seed = 1; seed <= count; seed++) {
            list.add(CatalogGenerators.small(seed));
        }
        return list;
    }

    /**
     * Returns a golden file's content, or writes it first when {@value #UPDATE} is {@code true}.
     *
     * @param name the file name
     * @param actual what the test produced
     * @return the file's content
     */
    static String golden(String name, String actual) {
        Path file = GOLDEN_DIR.resolve(name);
        try {
            if (Boolean.getBoolean(UPDATE)) {
                Files.createDirectories(GOLDEN_DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            try (InputStream in = Catalogs.class.getResourceAsStream(name)) {
                if (in == null || Boolean.getBoolean(UPDATE)) {
                    if (!Files.exists(file)) {
                        throw new AssertionError("golden file " + file + " is missing; run with -D" + UPDATE + "=true to write it");
                    }
                    return Files.readString(file, StandardCharsets.UTF_8);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
