package io.github.spbe4j.catalog.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.InvalidCatalogException;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.ServiceConcept;
import io.github.spbe4j.catalog.form.CatalogFileForm;
import io.github.spbe4j.catalog.form.ConceptForm;
import io.github.spbe4j.catalog.form.FormValidator;
import io.github.spbe4j.catalog.form.ServiceForm;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.internal.StrictJson;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.json.SpbeJson;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Reads and writes catalog files: JSON objects {@code {"format": "spbe-catalog/1", "instansi": [...],
 * "concepts": [...], "services": [...]}} (see {@code docs/catalog-format.md}).
 *
 * <p>Reading is strict — unknown fields, duplicate keys, trailing content, a value of the wrong type
 * and a number that is not a whole number are refused — and all-or-nothing: it returns the whole
 * {@link CatalogData} or throws one {@link InvalidCatalogException} that lists every problem of the
 * file, one {@code "path: rule (value)"} each, such as
 * {@code services[3].cost.rupiah: must be less than or equal to 1000000000000 (2000000000000)}.
 * Malformed JSON is reported with its line and column. Writing is canonical: indented, fields in a
 * fixed order, empty and absent values left out; reading what was written gives equal data.
 *
 * <pre>{@code
 * CatalogData data = CatalogJson.read(Path.of("examples/data/kota-contoh-catalog.json"));
 * String json = CatalogJson.write(data);
 * }</pre>
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class CatalogJson {

    private static final ObjectMapper MAPPER = newMapper();
    private static final ObjectMapper CORE = SpbeJson.newMapper();

    private CatalogJson() {
    }

    /** Holds the validator, built on first use. */
    private static final class Validator {
        static final FormValidator INSTANCE = FormValidator.create();
    }

    /**
     * Returns a new mapper configured as catalog files are read and written: {@link SpbeCatalogModule},
     * duplicate keys, unknown fields and trailing tokens refused, no coercion between numbers, texts
     * and booleans, whole numbers only where whole numbers are expected, null fields left out, indented.
     *
     * @return a new mapper
     */
    public static ObjectMapper newMapper() {
        return StrictJson.mapperBuilder().addModule(new SpbeCatalogModule()).build();
    }

    /**
     * Reads a catalog file, with messages in English.
     *
     * @param file the file
     * @return the catalog data
     * @throws InvalidCatalogException listing every problem of the file
     * @throws SpbeException if the file cannot be read
     */
    public static CatalogData read(Path file) {
        return read(file, Locale.ENGLISH);
    }

    /**
     * Reads a catalog file into a {@link Catalog}, with messages in English: {@link #read(Path)}, then the
     * catalog's own checks (every service's instansi, unit and concept present, ids unique, villages
     * inside their instansi's region), all reported as problems of the file.
     *
     * <pre>{@code
     * Catalog catalog = CatalogJson.readCatalog(Path.of("examples/data/kota-contoh-catalog.json"));
     * }</pre>
     *
     * @param file the file
     * @return the catalog
     * @throws InvalidCatalogException listing every problem of the file
     * @throws SpbeException if the file cannot be read
     */
    public static Catalog readCatalog(Path file) {
        return readCatalog(file, Locale.ENGLISH);
    }

    /**
     * Reads a catalog file into a {@link Catalog}, with constraint messages in a language.
     *
     * @param file the file
     * @param locale the language of constraint messages
     * @return the catalog
     * @throws InvalidCatalogException listing every problem of the file
     * @throws SpbeException if the file cannot be read
     */
    public static Catalog readCatalog(Path file, Locale locale) {
        return fromFile(file, locale, (in, name) -> readCatalog(in, name, locale));
    }

    /**
     * Reads a catalog from a stream into a {@link Catalog}, with messages in English.
     *
     * @param in the stream, not closed
     * @param source a name for the stream in messages
     * @return the catalog
     * @throws InvalidCatalogException listing every problem
     * @throws SpbeException if the stream cannot be read
     */
    public static Catalog readCatalog(InputStream in, String source) {
        return readCatalog(in, source, Locale.ENGLISH);
    }

    /**
     * Reads a catalog from a stream into a {@link Catalog}, with constraint messages in a language: every
     * problem of the file and every inconsistency between its parts (a service naming an instansi, unit or
     * concept the file does not hold, a village outside its instansi's region) reported at once.
     *
     * @param in the stream, not closed
     * @param source a name for the stream in messages
     * @param locale the language of constraint messages
     * @return the catalog
     * @throws InvalidCatalogException listing every problem
     * @throws SpbeException if the stream cannot be read
     */
    public static Catalog readCatalog(InputStream in, String source, Locale locale) {
        String subject = subject(source);
        return new CatalogReader(MAPPER, Validator.INSTANCE, Objects.requireNonNull(locale, "locale"))
                .readCatalog(tree(in, subject), subject);
    }

    /**
     * Writes a catalog as a catalog file.
     *
     * @param catalog the catalog
     * @return the file's text
     */
    public static String write(Catalog catalog) {
        return write(CatalogData.of(catalog));
    }

    /**
     * Reads a catalog file, with constraint messages in a language.
     *
     * @param file the file
     * @param locale the language of constraint messages: Indonesian for language {@code id}, English otherwise
     * @return the catalog data
     * @throws InvalidCatalogException listing every problem of the file
     * @throws SpbeException if the file cannot be read
     */
    public static CatalogData read(Path file, Locale locale) {
        return fromFile(file, locale, (in, name) -> read(in, name, locale));
    }

    private static <T> T fromFile(Path file, Locale locale, BiFunction<InputStream, String, T> reader) {
        Objects.requireNonNull(locale, "locale");
        return StrictJson.readFile(file, "catalog file", reader);
    }

    /**
     * Reads a catalog from a stream, which is not closed, with messages in English.
     *
     * @param in the stream
     * @param source the name of the source for messages, e.g. a file name
     * @return the catalog data
     * @throws InvalidCatalogException listing every problem
     */
    public static CatalogData read(InputStream in, String source) {
        return read(in, source, Locale.ENGLISH);
    }

    /**
     * Reads a catalog from a stream, which is not closed, with constraint messages in a language.
     *
     * @param in the stream
     * @param source the name of the source for messages, e.g. a file name
     * @param locale the language of constraint messages
     * @return the catalog data
     * @throws InvalidCatalogException listing every problem
     * @throws SpbeException if the stream cannot be read
     */
    public static CatalogData read(InputStream in, String source, Locale locale) {
        String subject = subject(source);
        return new CatalogReader(MAPPER, Validator.INSTANCE, Objects.requireNonNull(locale, "locale")).read(tree(in, subject), subject);
    }

    private static String subject(String source) {
        return "catalog file " + Text.oneLine(Objects.requireNonNull(source, "source"));
    }

    /** Reads the JSON tree of a stream; malformed JSON ends in an {@link InvalidCatalogException}. */
    private static JsonNode tree(InputStream in, String subject) {
        return StrictJson.readTree(MAPPER, in, subject, InvalidCatalogException::new);
    }

    /**
     * Reads a catalog from JSON text, with messages in English.
     *
     * @param json the text
     * @return the catalog data
     * @throws InvalidCatalogException listing every problem
     */
    public static CatalogData read(String json) {
        Objects.requireNonNull(json, "json");
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "(JSON text)", Locale.ENGLISH);
    }

    /**
     * Writes catalog data as a catalog file: instansi, concepts and services in their given order,
     * fields in a fixed order, empty and absent values left out; a service that instantiates a concept
     * of the data is written as its overrides of the concept.
     *
     * @param data the data
     * @return indented JSON
     */
    public static String write(CatalogData data) {
        Objects.requireNonNull(data, "data");
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", CatalogFileForm.FORMAT);
        if (!data.instansi().isEmpty()) {
            ArrayNode instansi = root.putArray("instansi");
            data.instansi().forEach(a -> instansi.add(CORE.valueToTree(a)));
        }
        Map<String, ServiceConcept> concepts = new HashMap<>();
        if (!data.concepts().isEmpty()) {
            ArrayNode array = root.putArray("concepts");
            for (ServiceConcept c : data.concepts()) {
                concepts.putIfAbsent(c.id(), c);
                array.add(MAPPER.valueToTree(ConceptForm.from(c)));
            }
        }
        if (!data.services().isEmpty()) {
            ArrayNode array = root.putArray("services");
            for (PublicService s : data.services()) {
                array.add(MAPPER.valueToTree(ServiceForm.from(s, s.concept().map(concepts::get).orElse(null))));
            }
        }
        return text(root);
    }

    /**
     * Writes one service in full (every field, nothing inherited), as a catalog file lists it.
     *
     * @param service the service
     * @return indented JSON
     */
    public static String write(PublicService service) {
        return text(MAPPER.valueToTree(ServiceForm.from(Objects.requireNonNull(service, "service"))));
    }

    /**
     * Writes one concept as a catalog file lists it.
     *
     * @param concept the concept
     * @return indented JSON
     */
    public static String write(ServiceConcept concept) {
        return text(MAPPER.valueToTree(ConceptForm.from(Objects.requireNonNull(concept, "concept"))));
    }

    private static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JacksonException e) {
            // a tree of our own making always serialises
            throw new IllegalStateException(e);
        }
    }
}
