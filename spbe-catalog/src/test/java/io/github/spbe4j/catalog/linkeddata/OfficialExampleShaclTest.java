package io.github.spbe4j.catalog.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.catalog.internal.rdf.JenaOracle;
import io.github.spbe4j.catalog.linkeddata.Shacl.Violation;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

/**
 * Pins the SHACL harness on the standard's own example, so that later tests can trust "conforms":
 * the official example gives exactly the six violations the standards README describes, and typing
 * the code-list entries it references makes it conform.
 */
class OfficialExampleShaclTest {

    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final String EXAMPLE = JenaOracle.officialFile("example-rdf_public_service.jsonld");

    /** The entries of code lists the example references without typing them, and their classes. */
    private static final String TYPED_REFERENCES = """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            <http://example.com/federalreduction> a skos:Concept .
            <http://example.com/certicate> a skos:Concept .
            <http://data.europa.eu/snb/com-channel/b37115f83e> a skos:Concept .
            <http://publications.europa.eu/resource/authority/frequency/DAILY> a skos:Concept .
            <http://publications.europa.eu/resource/authority/frequency/WEEKLY> a skos:Concept .
            <http://publications.europa.eu/resource/authority/atu/BEL> a dct:Location .
            """;

    @Test
    void validate_officialExample_sixClassViolationsOnUntypedCodeListEntries() {
        List<Violation> violations = Shacl.validate(EXAMPLE);

        assertThat(violations).hasSize(6);
        assertThat(violations).allSatisfy(v -> {
            assertThat(v.component()).isEqualTo(SH + "ClassConstraintComponent");
            assertThat(v.severity()).isEqualTo("Violation");
        });
        assertThat(violations).extracting(v -> v.focusNode() + " " + v.path() + " " + v.value()).containsExactlyInAnyOrder(
                "http://example.com/requirement1 <http://purl.org/dc/terms/type> http://example.com/federalreduction",
                "http://example.com/evidenceType1 <http://data.europa.eu/m8g/evidenceTypeClassification> http://example.com/certicate",
                "http://example.com/channel1 <http://purl.org/dc/terms/type> http://data.europa.eu/snb/com-channel/b37115f83e",
                "http://example.com/openingHours1 <http://data.europa.eu/m8g/frequency> "
                        + "http://publications.europa.eu/resource/authority/frequency/DAILY",
                "http://example.com/specialOpeningHours1 <http://data.europa.eu/m8g/frequency> "
                        + "http://publications.europa.eu/resource/authority/frequency/WEEKLY",
                "http://example.com/publicOrganisation1 <http://purl.org/dc/terms/spatial> "
                        + "http://publications.europa.eu/resource/authority/atu/BEL");
        assertThat(violations).filteredOn(v -> v.value().endsWith("/BEL"))
                .allSatisfy(v -> assertThat(v.message()).contains("http://purl.org/dc/terms/Location"));
        assertThat(violations).filteredOn(v -> !v.value().endsWith("/BEL"))
                .allSatisfy(v -> assertThat(v.message()).contains("http://www.w3.org/2004/02/skos/core#Concept"));
    }

    @Test
    void validate_officialExampleWithReferencedConceptsTyped_conforms() {
        Model model = JenaOracle.parseJsonLd(EXAMPLE);
        model.add(JenaOracle.parseTurtle(TYPED_REFERENCES));

        assertThat(Shacl.validate(model)).isEmpty();
    }

    @Test
    void validate_officialExampleWithOneReferenceLeftUntyped_reportsJustThatOne() {
        Model model = JenaOracle.parseJsonLd(EXAMPLE);
        model.add(JenaOracle.parseTurtle(TYPED_REFERENCES.replace("<http://example.com/certicate> a skos:Concept .", "")));

        assertThat(Shacl.validate(model)).extracting(Violation::value).containsExactly("http://example.com/certicate");
    }

    @Test
    void parseJsonLd_officialExample_equalsTheOfficialTurtle() {
        Model fromJsonLd = JenaOracle.parseJsonLd(EXAMPLE);
        Model fromTurtle = JenaOracle.parseTurtle(JenaOracle.officialFile("example-rdf_public_service.ttl"));

        assertThat(fromJsonLd.size()).isEqualTo(67);
        assertThat(fromJsonLd.isIsomorphicWith(fromTurtle)).isTrue();
    }

    @Test
    void validate_publicServiceWithoutTitle_reportsTheMissingTitle() {
        String doc = """
                {"@context": "%s", "@id": "http://example.com/s", "@type": "PublicService",
                 "dct:identifier": "s"}""".formatted(JenaOracle.CPSV_AP_CONTEXT).replace("dct:identifier", "http://purl.org/dc/terms/identifier");

        assertThat(Shacl.validate(doc)).anySatisfy(v -> {
            assertThat(v.focusNode()).isEqualTo("http://example.com/s");
            assertThat(v.path()).isEqualTo("<http://purl.org/dc/terms/title>");
            assertThat(v.component()).isEqualTo(SH + "MinCountConstraintComponent");
        });
    }

    @Test
    void parseJsonLd_otherRemoteContext_refusedWithoutNetwork() {
        assertThatThrownBy(() -> JenaOracle.parseJsonLd("{\"@context\": \"https://example.org/other.jsonld\", \"@id\": \"http://e/x\"}"))
                .isInstanceOf(RuntimeException.class);
    }
}
