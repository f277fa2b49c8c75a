package io.github.spbe4j.catalog.internal.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.catalog.internal.rdf.RdfGraph.Node;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.BlankNode;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.Iri;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.Literal;
import io.github.spbe4j.core.SpbeException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests of {@link JsonLdReader}: on the official example and on one document per supported feature,
 * its graph is the graph Apache Jena (Titanium JSON-LD) reads; every construct outside the subset is
 * refused with one {@link InvalidJsonLdException} naming the place, the rule and the value.
 */
class JsonLdReaderTest {

    private static final String CPSV = "http://purl.org/vocab/cpsv#";
    private static final String CV = "http://data.europa.eu/m8g/";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final String EXAMPLE = JenaOracle.officialFile("example-rdf_public_service.jsonld");
    private static final String PREFIXES = """
            {"ex": "http://example.org/", "dct": "http://purl.org/dc/terms/",
             "xsd": "http://www.w3.org/2001/XMLSchema#", "cv": "http://data.europa.eu/m8g/"}""";

    // ---- equal to Jena ----

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("official CPSV-AP example", EXAMPLE),
                Arguments.of("prefixes, compact and absolute IRIs, @type array", """
                        {"@context": %s,
                         "@id": "ex:service", "@type": ["cv:PublicService", "http://example.org/Other"],
                         "dct:identifier": "s-1", "http://purl.org/dc/terms/title": "Layanan KTP",
                         "cv:hasChannel": {"@id": "http://example.org/channel/1"}}""".formatted(PREFIXES)),
                Arguments.of("terms, defined in any order, simple and expanded", """
                        {"@context": {"title": "dct:title", "dct": "http://purl.org/dc/terms/",
                                      "Service": {"@id": "http://purl.org/vocab/cpsv#PublicService"},
                                      "ident": {"@id": "dct:identifier"}, "ex": "http://example.org/"},
                         "@id": "ex:s", "@type": "Service", "title": "Akta kelahiran", "ident": "AK-1"}"""),
                Arguments.of("@id-typed terms with compact, absolute and blank node values", """
                        {"@context": [%s, {"channel": {"@id": "cv:hasChannel", "@type": "@id"}}],
                         "@id": "ex:s", "channel": ["ex:c1", "http://example.org/c2", "_:c3"]}""".formatted(PREFIXES)),
                Arguments.of("datatype coercion of strings, numbers and booleans", """
                        {"@context": [%s, {"issued": {"@id": "dct:issued", "@type": "xsd:date"},
                                           "amount": {"@id": "cv:hasValue", "@type": "xsd:double"},
                                           "count": {"@id": "ex:count", "@type": "xsd:integer"},
                                           "online": {"@id": "ex:online", "@type": "xsd:boolean"}}],
                         "@id": "ex:s", "issued": "2025-01-31", "amount": [12.5, 10, "7.50"], "count": 3, "online": true}"""
                        .formatted(PREFIXES)),
                Arguments.of("@vocab for keys and types", """
                        {"@context": {"@vocab": "http://example.org/vocab#", "ex": "http://example.org/"},
                         "@id": "ex:s", "@type": "Service", "name": "Layanan", "ex:other": "x"}"""),
                Arguments.of("default @language, term @language and term @language null", """
                        {"@context": [%s, {"@language": "id", "nameEn": {"@id": "dct:title", "@language": "en-GB"},
                                           "code": {"@id": "dct:identifier", "@language": null}}],
                         "@id": "ex:s", "dct:title": "Layanan", "nameEn": "Service", "code": "S-1", "ex:n": 5}"""
                        .formatted(PREFIXES)),
                Arguments.of("value objects with @language, @type, numbers, booleans and null", """
                        {"@context": %s, "@id": "ex:s",
                         "dct:title": [{"@value": "Layanan", "@language": "id"}, {"@value": "Service", "@language": "EN-us"},
                                       {"@value": "Srpski", "@language": "sr-Latn-RS"}, {"@value": "Schweiz", "@language": "de-CH-1996"},
                                       {"@value": "Ext", "@language": "en-a-bbb-x-private"}, {"@value": "Min", "@language": "zh-cmn-Hans-CN"}],
                         "dct:issued": {"@value": "2025-01-31", "@type": "xsd:date"},
                         "ex:n": [{"@value": 9, "@type": "xsd:integer"}, {"@value": 2.5}, {"@value": false}, {"@value": null}],
                         "ex:plain": {"@value": "x"}}""".formatted(PREFIXES)),
                Arguments.of("nested node objects with and without @id, shared blank node labels", """
                        {"@context": %s, "@id": "ex:s",
                         "cv:contactPoint": {"@id": "ex:cp", "@type": "cv:ContactPoint", "cv:telephone": "+62 21 1"},
                         "ex:hours": {"@type": "ex:Hours", "ex:from": {"ex:hour": 9}},
                         "ex:a": {"@id": "_:shared", "ex:v": 1}, "ex:b": {"@id": "_:shared", "ex:w": 2}}""".formatted(PREFIXES)),
                Arguments.of("arrays, nested arrays, null and @set", """
                        {"@context": [%s, {"tags": {"@id": "ex:tag", "@container": "@set"}}], "@id": "ex:s",
                         "ex:k": ["a", ["b", ["c"]], null, []], "ex:none": null, "tags": "t",
                         "ex:set": {"@set": ["x", "y"]}}""".formatted(PREFIXES)),
                Arguments.of("@list objects and @list containers", """
                        {"@context": [%s, {"steps": {"@id": "ex:steps", "@container": "@list"},
                                           "order": {"@id": "ex:order", "@container": ["@list"], "@type": "@id"}}],
                         "@id": "ex:s", "ex:l": {"@list": [1, "two", {"@id": "ex:three"}, null]},
                         "ex:empty": {"@list": []}, "steps": ["a", "b"], "order": "ex:one",
                         "ex:single": {"@list": "only"}}""".formatted(PREFIXES)),
                Arguments.of("numbers as JSON-LD types them", """
                        {"@context": %s, "@id": "ex:s",
                         "ex:n": [0, -5, 1.0, 1E2, 1.5, 0.1, -2.25, 1000000000000000000000, 999999999999999999999,
                                  123456.789, 1e-7, 6.02e23, 100000000.0000000000002, 1e-400, -0.0, true, false]}""".formatted(PREFIXES)),
                Arguments.of("context arrays with null, embedded contexts overriding a prefix", """
                        {"@context": [{"ex": "http://wrong.example/"}, null, %s],
                         "@graph": [{"@id": "ex:s", "ex:p": {"@context": {"ex": "http://example.org/inner/"},
                                                            "@id": "ex:inner", "ex:q": "v"}}]}""".formatted(PREFIXES)),
                Arguments.of("top-level array of node objects", """
                        [{"@context": %s, "@id": "ex:a", "ex:p": "1"}, {"@id": "http://example.org/b", "http://example.org/p": "2"}]"""
                        .formatted(PREFIXES)),
                Arguments.of("@graph holding a single object", """
                        {"@context": %s, "@graph": {"@id": "ex:a", "ex:p": "1"}}""".formatted(PREFIXES)),
                Arguments.of("compact-IRI terms, @prefix, and gen-delim prefixes", """
                        {"@context": [%s, {"dct:issued": {"@type": "xsd:date"}, "vocab": {"@id": "http://example.org/v/", "@prefix": true},
                                           "h": "http://example.org/hash#", "q": "urn:example:q:", "w": "http://example.org/w?"}],
                         "@id": "ex:s", "dct:issued": "2025-02-01", "vocab:p": "a", "h:p": "b", "q:p": "c", "w:p": "d"}""".formatted(PREFIXES)),
                Arguments.of("CPSV-AP 3.2.0 context terms", """
                        {"@context": "%s", "@id": "http://example.org/s", "@type": "PublicService",
                         "PublicService.name": {"@value": "Layanan KTP", "@language": "id"},
                         "Cost.hasValue": 15000, "TemporalEntity.frequency": "http://example.org/DAILY",
                         "Agent.identifier": "A-1"}""".formatted(ContextProcessor.CPSV_AP_CONTEXT)),
                Arguments.of("strings with escapes and non-ASCII", """
                        {"@context": %s, "@id": "ex:s", "ex:t": ["kuota \\"50%%\\"\\n\\ttab", "é ü 日本 😀", "back\\\\slash", ""]}"""
                        .formatted(PREFIXES)),
                Arguments.of("opaque IRIs", """
                        {"@id": "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66", "http://example.org/mail": {"@id": "mailto:a@example.org"}}"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void read_supportedDocument_sameGraphAsJena(String name, String json) {
        RdfGraph graph = JsonLdReader.read(json).graph();
        Graph jena = JenaOracle.parseJsonLd(json).getGraph();

        assertThat(graph.triples()).isNotEmpty();
        assertThat(JenaOracle.lines(JenaOracle.toJena(graph))).as(name).hasSameSizeAs(JenaOracle.lines(jena));
        assertThat(JenaOracle.sameGraph(graph, jena))
                .as("%s%nreader:%n%s%njena:%n%s", name, String.join("\n", JenaOracle.lines(JenaOracle.toJena(graph))),
                        String.join("\n", JenaOracle.lines(jena)))
                .isTrue();
    }

    @Test
    void read_officialExample_graphAsTheOfficialTurtle() {
        RdfGraph graph = JsonLdReader.read(EXAMPLE).graph();

        assertThat(graph.triples()).hasSize(67);
        assertThat(JenaOracle.sameGraph(graph, JenaOracle.parseTurtle(JenaOracle.officialFile("example-rdf_public_service.ttl")).getGraph()))
                .isTrue();
    }

    @Test
    void read_bytesAndTree_sameGraphAsText() {
        RdfGraph fromText = JsonLdReader.read(EXAMPLE).graph();

        assertThat(JsonLdReader.read(EXAMPLE.getBytes(StandardCharsets.UTF_8)).graph().triples()).isEqualTo(fromText.triples());
        assertThat(JsonLdReader.read(EXAMPLE.getBytes(StandardCharsets.UTF_16)).graph().triples()).isEqualTo(fromText.triples());
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 500).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void read_randomSupportedDocument_sameGraphAsJena(long seed) {
        String json = RandomJsonLd.document(seed);

        RdfGraph graph = JsonLdReader.read(json).graph();
        Graph jena = JenaOracle.parseJsonLd(json).getGraph();

        assertThat(JenaOracle.sameGraph(graph, jena))
                .as("%s%nreader:%n%s%njena:%n%s", json, String.join("\n", JenaOracle.lines(JenaOracle.toJena(graph))),
                        String.join("\n", JenaOracle.lines(jena)))
                .isTrue();
        assertThat(JsonLdReader.read(json.getBytes(StandardCharsets.UTF_8)).graph().triples()).isEqualTo(graph.triples());
    }

    // ---- the graph's accessors ----

    @Test
    void nodesOfType_officialExample_findsTheServiceWithItsProperties() {
        RdfGraph graph = JsonLdReader.read(EXAMPLE).graph();

        List<Node> services = graph.nodesOfType(CPSV + "PublicService");

        assertThat(services).extracting(Node::id).containsExactly(new Iri("http://example.com/publicService1"));
        Iri service = new Iri("http://example.com/publicService1");
        assertThat(graph.literals(service, DCT + "title")).containsExactly(Literal.tagged("Tax-on-web", "en"));
        assertThat(graph.literals(service, DCT + "identifier")).containsExactly(Literal.typed("Tax-on-web", XSD + "string"));
        assertThat(graph.literals(service, DCT + "description")).singleElement()
                .satisfies(l -> assertThat(l.languageTag()).contains("fr"));
        assertThat(graph.iris(service, CV + "hasChannel")).containsExactly(new Iri("http://example.com/channel1"));
        assertThat(graph.values(service, CV + "hasChannel")).containsExactly(new Iri("http://example.com/channel1"));
        assertThat(graph.iris(service, DCT + "title")).isEmpty();
        assertThat(graph.literals(service, CV + "hasChannel")).isEmpty();
        assertThat(graph.values(service, "http://example.com/none")).isEmpty();
    }

    @Test
    void node_officialExample_typesPropertiesAndBlankNodes() {
        RdfGraph graph = JsonLdReader.read(EXAMPLE).graph();

        Node organisation = graph.node("http://example.com/publicOrganisation1").orElseThrow();
        assertThat(organisation.types()).containsExactly(new Iri(CV + "PublicOrganisation"));
        assertThat(organisation.literals("http://www.w3.org/2004/02/skos/core#prefLabel"))
                .extracting(Literal::language).containsExactly("fr", "nl", "en", "de");
        Iri hours = new Iri("http://example.com/openingHours1");
        RdfTerm beginning = graph.values(hours, "http://www.w3.org/2006/time#hasBeginning").get(0);
        assertThat(beginning).isInstanceOf(BlankNode.class);
        RdfTerm.Resource dateTime = (RdfTerm.Resource) graph.values((BlankNode) beginning, "http://www.w3.org/2006/time#inDateTime").get(0);
        assertThat(graph.literals(dateTime, "http://www.w3.org/2006/time#hour"))
                .containsExactly(Literal.typed("9", XSD + "integer"));
        assertThat(graph.node("http://example.com/none")).isEmpty();
        assertThat(graph.node(new Iri("http://publications.europa.eu/resource/authority/atu/BEL"))).isEmpty();
        assertThat(graph.nodes()).hasSize(17);
    }

    @Test
    void read_repeatedTriple_countsOnce() {
        RdfGraph graph = JsonLdReader.read("""
                {"@id": "http://example.org/s", "http://example.org/p": ["a", "a", {"@value": "a"}]}""").graph();

        assertThat(graph.triples()).hasSize(1);
        assertThat(graph.toString()).isEqualTo("<http://example.org/s> <http://example.org/p> \"a\" .\n");
    }

    @Test
    void literal_languageWithoutLangString_refused() {
        assertThatThrownBy(() -> new Literal("a", XSD + "string", "en")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Literal("a", RdfTerm.RDF_LANG_STRING, "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Literal.tagged("a", "EN-GB")).hasToString("\"a\"@en-gb");
    }

    // ---- the document's prefixes ----

    @Test
    void read_officialExample_prefixesOfItsTopLevelContextInOrderWithNoneFromTheBundledContext() {
        JsonLdDocument document = JsonLdReader.read(EXAMPLE);

        assertThat(document.prefixes().keySet()).containsExactly("cpsv", "cv", "dct", "ex", "foaf", "locn", "org", "org-type",
                "skos", "time", "xsd");
        assertThat(document.prefixes()).containsEntry("ex", "http://example.com/")
                .containsEntry("org-type", "http://publications.europa.eu/resource/authority/organization-type/");
    }

    @Test
    void read_topLevelNodeWithContext_prefixesExpandedAndOnlyTermsThatArePrefixes() {
        JsonLdDocument document = JsonLdReader.read("""
                {"@context": {"title": "dct:title", "dct": "http://purl.org/dc/terms/", "sub": "dct:sub/",
                              "nsNoDelimiter": {"@id": "http://example.org/ns", "@prefix": true},
                              "Service": "http://purl.org/vocab/cpsv#PublicService", "tagged": "tag:example.org,2026:"},
                 "@id": "tagged:s", "@type": "Service", "title": "Layanan"}""");

        // dct first: the title's definition uses it, so it is defined before the title
        assertThat(document.prefixes()).containsExactly(
                entry("dct", "http://purl.org/dc/terms/"),
                entry("sub", "http://purl.org/dc/terms/sub/"),
                entry("nsNoDelimiter", "http://example.org/ns"),
                entry("tagged", "tag:example.org,2026:"));
    }

    @Test
    void read_contextArrayWithNull_prefixesAfterTheNullOnly() {
        JsonLdDocument document = JsonLdReader.read("""
                {"@context": [{"a": "http://example.org/a/"}, null, {"b": "http://example.org/b/"}],
                 "@graph": [{"@id": "b:s", "b:p": "x"}]}""");

        assertThat(document.prefixes()).containsExactly(entry("b", "http://example.org/b/"));
    }

    @Test
    void read_prefixesOnlyInNestedOrArrayItemContexts_noPrefixes() {
        String nested = """
                {"@id": "http://example.org/s",
                 "http://example.org/p": {"@context": {"ex": "http://example.org/"}, "@id": "ex:o", "ex:q": "x"}}""";
        String array = """
                [{"@context": {"ex": "http://example.org/"}, "@id": "ex:s", "ex:p": "x"}]""";

        assertThat(JsonLdReader.read(nested).prefixes()).isEmpty();
        assertThat(JsonLdReader.read(array).prefixes()).isEmpty();
        assertThat(JsonLdReader.read(array).graph().triples()).hasSize(1);
    }

    // ---- refused ----

    static Stream<Arguments> refused() {
        String c = "{\"@context\": " + PREFIXES + ", ";
        return Stream.of(
                // name, document, place, rule, value
                Arguments.of("not JSON", "{\"@id\": ", "$", "well-formed JSON", "not valid JSON at line 1, column 9: the text ends in the middle of a value"),
                Arguments.of("duplicate keys", "{\"@id\": \"http://e.org/a\", \"@id\": \"http://e.org/b\"}", "$",
                        "without duplicate keys", "the field \"@id\" appears twice in one object"),
                Arguments.of("trailing tokens", "{} {}", "$", "well-formed JSON", "there is more after the end of the document"),
                Arguments.of("invalid UTF-8 string", "\"a", "$", "well-formed JSON", "the text ends inside a string"),
                Arguments.of("number root", "5", "$", "must be an object or an array", "got 5"),
                Arguments.of("top-level value", "[{\"@value\": 1}]", "$[0]", "must be a node object", "{\"@value\":1}"),
                Arguments.of("top-level string", "[\"x\"]", "$[0]", "must be a node object", "\"x\""),
                Arguments.of("@reverse", c + "\"@id\": \"ex:a\", \"@reverse\": {\"ex:p\": {\"@id\": \"ex:b\"}}}",
                        "$['@reverse']", "keyword @reverse is not supported in a node object", "'@reverse'"),
                Arguments.of("@nest in a node", c + "\"@id\": \"ex:a\", \"@nest\": {}}", "$['@nest']", "keyword @nest is not supported", "'@nest'"),
                Arguments.of("@included", c + "\"@included\": []}", "$['@included']", "not supported", "'@included'"),
                Arguments.of("@index in a node", c + "\"@index\": \"i\"}", "$['@index']", "not supported", "'@index'"),
                Arguments.of("@foo in a node", c + "\"@foo\": 1}", "$['@foo']", "not supported", "'@foo'"),
                Arguments.of("named graph", c + "\"@id\": \"ex:g\", \"@graph\": []}", "$", "named graphs", "'@id'"),
                Arguments.of("nested graph", c + "\"@id\": \"ex:a\", \"ex:p\": {\"@graph\": []}}", "$['ex:p']['@graph']",
                        "keyword @graph is not supported", "'@graph'"),
                Arguments.of("other remote context", "{\"@context\": \"https://schema.org/\", \"@id\": \"http://e.org/a\"}",
                        "$['@context']", "other remote contexts are not supported", "\"https://schema.org/\""),
                Arguments.of("@base", "{\"@context\": {\"@base\": \"http://e.org/\"}}", "$['@context']['@base']",
                        "keyword @base is not supported in a context", "'@base'"),
                Arguments.of("@import", "{\"@context\": {\"@import\": \"x\"}}", "$['@context']['@import']", "not supported", "'@import'"),
                Arguments.of("@protected", "{\"@context\": {\"@protected\": true}}", "$['@context']['@protected']", "not supported", "'@protected'"),
                Arguments.of("@propagate", "{\"@context\": {\"@propagate\": false}}", "$['@context']['@propagate']", "not supported", "'@propagate'"),
                Arguments.of("@version 1.0", "{\"@context\": {\"@version\": 1.0}}", "$['@context']['@version']", "@version must be 1.1", "got 1"),
                Arguments.of("context as number", "{\"@context\": 5}", "$['@context']", "a context must be null, a string", "5"),
                Arguments.of("scoped context", "{\"@context\": {\"p\": {\"@id\": \"http://e.org/p\", \"@context\": {}}}}",
                        "$['@context']['p']['@context']", "keyword @context is not supported in a term definition", "'@context'"),
                Arguments.of("@reverse term", "{\"@context\": {\"p\": {\"@reverse\": \"http://e.org/p\"}}}",
                        "$['@context']['p']['@reverse']", "keyword @reverse is not supported in a term definition", "'@reverse'"),
                Arguments.of("@nest term", "{\"@context\": {\"p\": {\"@id\": \"http://e.org/p\", \"@nest\": \"n\"}}}",
                        "$['@context']['p']['@nest']", "not supported", "'@nest'"),
                Arguments.of("keyword alias", "{\"@context\": {\"id\": \"@id\"}}", "$['@context']['id']",
                        "keyword aliases are not supported", "\"@id\""),
                Arguments.of("null term", "{\"@context\": {\"p\": null}}", "$['@context']['p']",
                        "null term definitions are not supported", "null"),
                Arguments.of("language container", "{\"@context\": {\"p\": {\"@id\": \"http://e.org/p\", \"@container\": \"@language\"}}}",
                        "$['@context']['p']['@container']", "@container may be only @set or @list", "\"@language\""),
                Arguments.of("@vocab-typed term", "{\"@context\": {\"p\": {\"@id\": \"http://e.org/p\", \"@type\": \"@vocab\"}}}",
                        "$['@context']['p']['@type']", "@vocab is not supported", "\"@vocab\""),
                Arguments.of("term cycle", "{\"@context\": {\"a\": \"b:x\", \"b\": \"a:y\"}}", "$['@context']['a']",
                        "cycle", "'a'"),
                Arguments.of("term without IRI", "{\"@context\": {\"p\": {\"@type\": \"@id\"}}}", "$['@context']['p']",
                        "needs an @id when there is no @vocab", "'p'"),
                Arguments.of("relative @vocab", "{\"@context\": {\"@vocab\": \"vocab/\"}}", "$['@context']['@vocab']",
                        "relative IRIs are not supported", "\"vocab/\""),
                Arguments.of("relative @id", c + "\"@id\": \"service-1\"}", "$['@id']", "relative IRIs are not supported", "'service-1'"),
                Arguments.of("@id not a string", c + "\"@id\": 5}", "$['@id']", "@id must be a string", "5"),
                Arguments.of("key not a term", c + "\"@id\": \"ex:a\", \"title\": \"x\"}", "$['title']",
                        "must be a defined term, a compact IRI or an absolute IRI", "'title'"),
                Arguments.of("undefined prefix", c + "\"@id\": \"ex:a\", \"dtc:title\": \"x\"}", "$['dtc:title']",
                        "prefix 'dtc' is not defined", "'dtc:title'"),
                Arguments.of("term that is no prefix", "{\"@context\": {\"ex\": {\"@id\": \"http://e.org/\"}}, \"@id\": \"ex:a\"}",
                        "$['@id']", "'ex' is a term but not a prefix", "'ex:a'"),
                Arguments.of("type not a term", c + "\"@id\": \"ex:a\", \"@type\": \"Service\"}", "$['@type']",
                        "must be a defined term", "'Service'"),
                Arguments.of("blank node type", c + "\"@id\": \"ex:a\", \"@type\": \"_:t\"}", "$['@type']",
                        "blank nodes as predicates, types or datatypes are not supported", "'_:t'"),
                Arguments.of("blank node predicate", c + "\"@id\": \"ex:a\", \"_:p\": \"x\"}", "$['_:p']",
                        "blank nodes as predicates", "'_:p'"),
                Arguments.of("empty blank node label", c + "\"@id\": \"_:\"}", "$['@id']", "needs a label", "'_:'"),
                Arguments.of("IRI with a space", c + "\"@id\": \"http://e.org/a b\"}", "$['@id']", "may not contain spaces",
                        "'http://e.org/a b'"),
                Arguments.of("IRI with a bracket outside the host", c + "\"@id\": \"ex:a\", \"@type\": \"Organizatiofile://[n\"}",
                        "$['@type']", "an IRI must be well-formed as RFC 3986 says", "'Organizatiofile://[n'"),
                Arguments.of("IRI with a dot segment", c + "\"@id\": \"ex:a\", \"ex:.\": 1}", "$['ex:.']",
                        "may not contain the dot segments", "'http://example.org/.'"),
                Arguments.of("IRI with bad percent", c + "\"@id\": \"http://e.org/%zz\"}", "$['@id']", "percent-encoding",
                        "'http://e.org/%zz'"),
                Arguments.of("bad language tag", c + "\"@id\": \"ex:a\", \"ex:p\": {\"@value\": \"x\", \"@language\": \"not a tag\"}}",
                        "$['ex:p']['@language']", "language tag must be well-formed", "'not a tag'"),
                Arguments.of("irregular language tag", c + "\"@id\": \"ex:a\", \"ex:p\": {\"@value\": \"x\", \"@language\": \"i-id\"}}",
                        "$['ex:p']['@language']", "language tag must be well-formed", "'i-id'"),
                Arguments.of("language tag with a long subtag", "{\"@context\": {\"@language\": \"en-abcdefghi\"}}",
                        "$['@context']['@language']", "language tag must be well-formed", "'en-abcdefghi'"),
                Arguments.of("@language and @type", c + "\"@id\": \"ex:a\", \"ex:p\": {\"@value\": \"x\", \"@language\": \"en\", \"@type\": \"xsd:string\"}}",
                        "$['ex:p']", "may not have both @language and @type", "{\"@value\":\"x\""),
                Arguments.of("@index in a value", c + "\"@id\": \"ex:a\", \"ex:p\": {\"@value\": \"x\", \"@index\": \"i\"}}",
                        "$['ex:p']['@index']", "keyword @index is not supported in a value object", "'@index'"),
                Arguments.of("@direction", c + "\"@id\": \"ex:a\", \"ex:p\": {\"@value\": \"x\", \"@direction\": \"rtl\"}}",
                        "$['ex:p']['@direction']", "not supported", "'@direction'"),
                Arguments.of("@json", c + "\"@id\": \"ex:a\", \"ex:p\": {\"@value\": {\"a\": 1}, \"@type\": \"@json\"}}",
                        "$['ex:p']['@type']", "@id and @json are not supported", "\"@json\""),
                Arguments.of("object @value", c + "\"@id\": \"ex:a\", \"ex:p\": {\"@value\": {\"a\": 1}}}",
                        "$['ex:p']['@value']", "@value must be a string, number, boolean or null", "{\"a\":1}"),
                Arguments.of("plain string for rdf:langString term", "{\"@context\": \"" + ContextProcessor.CPSV_AP_CONTEXT
                        + "\", \"@id\": \"http://e.org/a\", \"PublicService.name\": \"Layanan\"}",
                        "$['PublicService.name']", "typed rdf:langString, so its value needs a language", "\"Layanan\""),
                Arguments.of("rdf:langString value object", c + "\"@id\": \"ex:a\", \"ex:p\": {\"@value\": \"x\", \"@type\": "
                        + "\"http://www.w3.org/1999/02/22-rdf-syntax-ns#langString\"}}", "$['ex:p']", "needs a language", "{\"@value\":\"x\""),
                Arguments.of("number typed decimal", c + "\"@id\": \"ex:a\", \"ex:p\": {\"@value\": 1.5, \"@type\": \"xsd:decimal\"}}",
                        "$['ex:p']['@value']", "a JSON number is read as xsd:integer", "1.5"),
                Arguments.of("boolean typed string", c + "\"@id\": \"ex:a\", \"ex:p\": {\"@value\": true, \"@type\": \"xsd:string\"}}",
                        "$['ex:p']['@value']", "a JSON boolean is read as xsd:boolean", "true"),
                Arguments.of("number for @id term", "{\"@context\": {\"p\": {\"@id\": \"http://e.org/p\", \"@type\": \"@id\"}},"
                        + " \"@id\": \"http://e.org/a\", \"p\": 5}", "$['p']", "typed @id, so its value must be an IRI string", "5"),
                Arguments.of("large negative whole number", c + "\"@id\": \"ex:a\", \"ex:p\": -14321e67}", "$['ex:p']",
                        "whole numbers at or below -10^21 are read differently", "-1.4321E+71"),
                Arguments.of("number beyond double", c + "\"@id\": \"ex:a\", \"ex:p\": 1e400}", "$['ex:p']",
                        "within the range of xsd:double", "1E+400"),
                Arguments.of("lone surrogate", c + "\"@id\": \"ex:a\", \"ex:p\": \"\\ud800\"}", "$['ex:p']", "lone surrogates", "'"),
                Arguments.of("list of lists", c + "\"@id\": \"ex:a\", \"ex:p\": {\"@list\": [[1]]}}", "$['ex:p']['@list'][0]",
                        "lists of lists are not supported", "[1]"),
                Arguments.of("@list with another key", c + "\"@id\": \"ex:a\", \"ex:p\": {\"@list\": [], \"@index\": \"i\"}}",
                        "$['ex:p']['@index']", "an object with @list may have no other key", "'@index'"),
                Arguments.of("too deep", deep(JsonLdReader.MAX_DEPTH + 1), "$", "nesting may be at most 64 deep", "65"));
    }

    private static String deep(int levels) {
        String open = "{\"http://e.org/p\": ";
        return open.repeat(levels) + "\"x\"" + "}".repeat(levels);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void read_unsupportedOrInvalid_oneLineExceptionNamingPlaceRuleAndValue(String name, String json, String place, String rule,
            String value) {
        assertThatThrownBy(() -> JsonLdReader.read(json).graph())
                .isInstanceOf(InvalidJsonLdException.class)
                .isInstanceOf(SpbeException.class)
                .hasMessageStartingWith(place)
                .hasMessageContaining(rule)
                .hasMessageContaining(value)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r"));
    }

    @Test
    void read_treeWithNonFiniteDouble_refused() {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.put("@id", "http://example.org/s");
        tree.put("http://example.org/p", Double.NaN);

        assertThatThrownBy(() -> JsonLdReader.read(tree).graph())
                .isInstanceOf(InvalidJsonLdException.class)
                .hasMessage("$['http://example.org/p']: a number must be finite; got \"NaN\"");
    }

    @Test
    void read_treeFromDefaultMapper_sameGraphAsText() throws JsonProcessingException {
        JsonNode tree = new ObjectMapper().readTree(EXAMPLE);

        assertThat(JsonLdReader.read(tree).graph().triples()).isEqualTo(JsonLdReader.read(EXAMPLE).graph().triples());
    }

    @Test
    void read_nestingAtTheLimit_read() {
        RdfGraph graph = JsonLdReader.read(deep(JsonLdReader.MAX_DEPTH / 2 - 1)).graph();

        assertThat(graph.triples()).hasSize(JsonLdReader.MAX_DEPTH / 2 - 1);
    }
}
