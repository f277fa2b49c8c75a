package io.github.spbe4j.catalog.linkeddata;

import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.internal.StrictJson;
import io.github.spbe4j.core.internal.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The CPSV-AP 3.2.0 mapping of a service catalog: exports a {@link Catalog} as JSON-LD that
 * conforms to the official CPSV-AP 3.2.0 SHACL shapes, and reads CPSV-AP JSON-LD back into a
 * catalog.
 *
 * <p>An export is compact JSON-LD 1.1 with an inline {@code @context} (a prefix map only, so any
 * JSON-LD processor reads it offline) and one {@code @graph}: the instansi and their units as
 * {@code cv:PublicOrganisation}s, the national concepts as {@code spbe:ServiceConcept}s, the services
 * as {@code cpsv:PublicService}s, each followed by its channels, requirements, evidence, rules, cost,
 * output, legal resources and life events, then the regions ({@code dct:Location}) and the code-list
 * entries ({@code skos:Concept}) they reference. What CPSV-AP has no slot for (the digital level,
 * internal components 8..14, complaint channels, exact costs and working days, unit kinds, region
 * codes) is carried in spbe4j's namespace {@code https://spbe4j.github.io/ns/catalog#} (prefix
 * {@code spbe}). The output is the same, byte for byte, for equal catalogs; docs/cpsv-ap.md lists
 * the mapping.
 *
 * <p>Nodes are named under a base IRI, by default {@value #DEFAULT_BASE}: {@code urn:spbe4j:service/ID},
 * {@code urn:spbe4j:concept/ID}, {@code urn:spbe4j:agency/ID}, {@code urn:spbe4j:agency/ID/unit/ID},
 * {@code urn:spbe4j:region/CODE}, and below a service or concept {@code /channel/N},
 * {@code /requirement/ID}, {@code /evidence/ID}, {@code /step/N}, {@code /cost}, {@code /output},
 * {@code /legal/N}, {@code /life-event/ID}, {@code /complaint/N}, {@code /participation/ID}. A
 * publisher with its own domain passes a base such as {@code https://data.example.go.id/layanan/}.
 *
 * <p>Reading is lossless for spbe4j's own exports: {@code read(export(catalog)).catalog()} equals the
 * catalog and there are no warnings. A foreign document is mapped where it fits, and what does not
 * fit is reported in {@link CpsvApImport#warnings()}.
 *
 * <pre>{@code
 * String jsonLd = CpsvAp.exporter().export(catalog);
 * CpsvApImport back = CpsvAp.exporter().read(jsonLd);
 * back.catalog().equals(catalog);   // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CpsvAp {

    /** The default base IRI of exported nodes. */
    public static final String DEFAULT_BASE = "urn:spbe4j:";

    private static final CpsvAp DEFAULT = new CpsvAp(DEFAULT_BASE);

    private final String base;

    private CpsvAp(String base) {
        this.base = base;
    }

    /**
     * Returns the mapping with the default base IRI {@value #DEFAULT_BASE}.
     *
     * @return the mapping
     */
    public static CpsvAp exporter() {
        return DEFAULT;
    }

    /**
     * Returns a copy that names exported nodes under another base IRI.
     *
     * @param base an absolute IRI ending in {@code /}, {@code #} or {@code :}, e.g.
     *     {@code https://data.example.go.id/layanan/}
     * @return the copy
     * @throws SpbeException if the base is not absolute, does not end so, or its scheme is one of the
     *     export's prefixes (it would read as a compact IRI)
     */
    public CpsvAp withBase(URI base) {
        Objects.requireNonNull(base, "base");
        String text = base.toString();
        if (!base.isAbsolute() || base.getScheme() == null) {
            throw badBase(text, "base IRI " + text + " is not absolute; give a scheme, e.g. https://data.example.go.id/layanan/");
        }
        char last = text.charAt(text.length() - 1);
        if (last != '/' && last != '#' && last != ':') {
            throw badBase(text, "base IRI " + text + " must end in '/', '#' or ':' so that ids can be appended");
        }
        if (Vocab.PREFIXES.containsKey(base.getScheme()) || "_".equals(base.getScheme())) {
            throw badBase(text, "base IRI " + text + " has scheme " + base.getScheme()
                    + ", which is a prefix of the export's context; JSON-LD would read it as a compact IRI");
        }
        return new CpsvAp(text);
    }

    private static SpbeException badBase(String text, String message) {
        return new SpbeException(Problem.of("base", "BaseIri", Text.oneLine(message), Text.quote(text)));
    }

    /**
     * Returns the base IRI of exported nodes.
     *
     * @return the base, e.g. {@value #DEFAULT_BASE}
     */
    public URI base() {
        return URI.create(base);
    }

    /**
     * Exports a catalog as CPSV-AP 3.2.0 JSON-LD.
     *
     * @param catalog the catalog
     * @return the document, pretty-printed, ending in a line break
     */
    public String export(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return new CpsvApWriter(base, catalog).write();
    }

    /**
     * Reads a CPSV-AP 3.2.0 JSON-LD document into a catalog. The base IRI plays no part in reading.
     *
     * @param jsonLd the document
     * @return the catalog and the warnings
     * @throws InvalidLinkedDataException if the text is not JSON-LD spbe4j reads, holds no public
     *     service, or breaks a rule the catalog needs (e.g. a service without a competent authority)
     * @throws io.github.spbe4j.catalog.InvalidCatalogException if what it describes is not a
     *     consistent catalog
     */
    public CpsvApImport read(String jsonLd) {
        Objects.requireNonNull(jsonLd, "jsonLd");
        return CpsvApReader.read(jsonLd.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a CPSV-AP 3.2.0 JSON-LD document from a stream, in UTF-8. The stream is not closed.
     *
     * @param in the document
     * @return the catalog and the warnings
     * @throws InvalidLinkedDataException as {@link #read(String)}
     * @throws UncheckedIOException if the stream cannot be read
     */
    public CpsvApImport read(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            return CpsvApReader.read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a CPSV-AP 3.2.0 JSON-LD file.
     *
     * @param file the file
     * @return the catalog and the warnings
     * @throws InvalidLinkedDataException as {@link #read(String)}
     * @throws SpbeException if the file cannot be read
     */
    public CpsvApImport read(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SpbeException("cannot read CPSV-AP file " + Text.oneLine(file.toString()) + ": " + StrictJson.reason(e));
        }
        return CpsvApReader.read(bytes);
    }

    @Override
    public String toString() {
        return "CpsvAp[" + base + "]";
    }
}
