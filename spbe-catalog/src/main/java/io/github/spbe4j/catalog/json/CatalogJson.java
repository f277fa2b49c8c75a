package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.InvalidCatalogException;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.internal.StrictJson;
import io.github.spbe4j.core.internal.Text;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The codec of catalog files: reads a {@link Catalog} from a catalog file — a JSON object
 * {@code {"format": "spbe-catalog/1", "instansi": [...], "concepts": [...], "services": [...]}}, see
 * {@code docs/catalog-format.md} — and writes one.
 *
 * <p>Reading is strict — unknown fields, duplicate keys, trailing content, a value of the wrong type
 * and a number that is not a whole number are refused — and all-or-nothing: it returns the whole
 * catalog or throws one {@link InvalidCatalogException} carrying every problem of the file at once,
 * each a {@link io.github.spbe4j.core.Problem} with its path, rule, message and rejected value, such as
 * {@code services[3].cost.rupiah: must be less than or equal to 1000000000000 (2000000000000)}: the
 * file's malformed JSON (with line and column), each field's constraints (in English, or in
 * Indonesian for a locale of language {@code id}), the rules of the model, and the references between
 * the parts (every service's instansi, unit and concept present, ids unique, villages inside their
 * instansi's region). Writing is canonical: indented, fields in a fixed order, empty and absent values
 * left out, a concept's instances written as their overrides; reading what was written gives an equal
 * catalog.
 *
 * <pre>{@code
 * Catalog catalog = CatalogJson.read(Path.of("examples/data/kota-contoh-catalog.json"));
 * String json = CatalogJson.write(catalog);
 * Catalog same = CatalogJson.parse(json);
 * }</pre>
 *
 * <p>Thread-safe. For a catalog, a service or a metric inside a larger JSON document, register
 * {@link SpbeCatalogModule} with an {@code ObjectMapper}.
 *
 * @since 0.1.0
 */
public final class CatalogJson {

    private CatalogJson() {
    }

    /**
     * Reads a catalog file, with constraint messages in English.
     *
     * @param file the file
     * @return the catalog
     * @throws InvalidCatalogException listing every problem of the file
     * @throws SpbeException if the file cannot be read
     */
    public static Catalog read(Path file) {
        return read(file, Locale.ENGLISH);
    }

    /**
     * Reads a catalog file, with constraint messages in a language.
     *
     * @param file the file
     * @param locale the language of constraint messages: Indonesian for language {@code id}, English otherwise
     * @return the catalog
     * @throws InvalidCatalogException listing every problem of the file
     * @throws SpbeException if the file cannot be read
     */
    public static Catalog read(Path file, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return StrictJson.readFile(file, "catalog file", (in, name) -> read(in, name, locale));
    }

    /**
     * Reads a catalog file from a stream, which is not closed, with constraint messages in English.
     *
     * @param in the stream
     * @param source the name of the source for messages, e.g. a file name
     * @return the catalog
     * @throws InvalidCatalogException listing every problem
     * @throws SpbeException if the stream cannot be read
     */
    public static Catalog read(InputStream in, String source) {
        return read(in, source, Locale.ENGLISH);
    }

    /**
     * Reads a catalog file from a stream, which is not closed, with constraint messages in a language.
     *
     * @param in the stream
     * @param source the name of the source for messages, e.g. a file name
     * @param locale the language of constraint messages: Indonesian for language {@code id}, English otherwise
     * @return the catalog
     * @throws InvalidCatalogException listing every problem
     * @throws SpbeException if the stream cannot be read
     */
    public static Catalog read(InputStream in, String source, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String subject = "catalog file " + Text.oneLine(Objects.requireNonNull(source, "source"));
        return new CatalogReader(locale).readCatalog(StrictJson.readTree(CatalogFiles.MAPPER, in, subject, InvalidCatalogException::new),
                subject);
    }

    /**
     * Reads a catalog file's text, with constraint messages in English.
     *
     * @param json the text
     * @return the catalog
     * @throws InvalidCatalogException listing every problem
     */
    public static Catalog parse(String json) {
        return parse(json, Locale.ENGLISH);
    }

    /**
     * Reads a catalog file's text, with constraint messages in a language.
     *
     * @param json the text
     * @param locale the language of constraint messages: Indonesian for language {@code id}, English otherwise
     * @return the catalog
     * @throws InvalidCatalogException listing every problem
     */
    public static Catalog parse(String json, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String subject = "catalog file (JSON text)";
        return new CatalogReader(locale).readCatalog(StrictJson.readTree(CatalogFiles.MAPPER, json, subject, InvalidCatalogException::new),
                subject);
    }

    /**
     * Writes a catalog as a catalog file: instansi, concepts and services in their order, fields in a
     * fixed order, indented, empty and absent values left out; a service that instantiates a concept of
     * the catalog is written as its overrides of the concept.
     *
     * @param catalog the catalog
     * @return the file's text, ending in a line break
     */
    public static String write(Catalog catalog) {
        return CatalogFiles.text(CatalogFiles.tree(Objects.requireNonNull(catalog, "catalog")));
    }
}
