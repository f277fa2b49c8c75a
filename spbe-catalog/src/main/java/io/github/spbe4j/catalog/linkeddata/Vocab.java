package io.github.spbe4j.catalog.linkeddata;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The namespaces and IRIs of the CPSV-AP mapping, and the inline JSON-LD context of an export. */
final class Vocab {

    static final String CPSV = "http://purl.org/vocab/cpsv#";
    static final String CV = "http://data.europa.eu/m8g/";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String ADMS = "http://www.w3.org/ns/adms#";
    static final String ELI = "http://data.europa.eu/eli/ontology#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    /** spbe4j's own namespace, for what CPSV-AP has no slot for. */
    static final String SPBE = "https://spbe4j.github.io/ns/catalog#";

    /** The EU country authority entry for Indonesia, the spatial coverage of a central agency. */
    static final String INDONESIA = "http://publications.europa.eu/resource/authority/country/IDN";
    /** The EU currency authority entry for the rupiah. */
    static final String RUPIAH = "http://publications.europa.eu/resource/authority/currency/IDR";

    /** The prefixes of an export, in the order written. */
    static final Map<String, String> PREFIXES;

    static {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("cpsv", CPSV);
        p.put("cv", CV);
        p.put("dct", DCT);
        p.put("dcat", DCAT);
        p.put("adms", ADMS);
        p.put("eli", ELI);
        p.put("foaf", FOAF);
        p.put("org", ORG);
        p.put("skos", SKOS);
        p.put("xsd", XSD);
        p.put("spbe", SPBE);
        PREFIXES = java.util.Collections.unmodifiableMap(p);
    }

    private Vocab() {
    }

    /**
     * Returns the inline context of an export: the prefix map.
     *
     * @return a new context object
     */
    static ObjectNode context() {
        ObjectNode c = JsonNodeFactory.instance.objectNode();
        PREFIXES.forEach(c::put);
        return c;
    }

    /**
     * Returns the full IRI of a compact IRI with one of {@link #PREFIXES}.
     *
     * @param compact e.g. {@code dct:title}
     * @return the IRI
     */
    static String iri(String compact) {
        int colon = compact.indexOf(':');
        String ns = PREFIXES.get(compact.substring(0, colon));
        if (ns == null) {
            throw new IllegalArgumentException("no prefix in " + compact);
        }
        return ns + compact.substring(colon + 1);
    }
}
