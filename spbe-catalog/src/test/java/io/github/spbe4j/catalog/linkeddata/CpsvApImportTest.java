package io.github.spbe4j.catalog.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.Channel;
import io.github.spbe4j.catalog.Cost;
import io.github.spbe4j.catalog.Document;
import io.github.spbe4j.catalog.InvalidCatalogException;
import io.github.spbe4j.catalog.OutputType;
import io.github.spbe4j.catalog.ProcessingTime;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.Requirement;
import io.github.spbe4j.catalog.ServiceStatus;
import io.github.spbe4j.catalog.internal.rdf.JenaOracle;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.agency.GovernmentKind;
import io.github.spbe4j.core.agency.Instansi;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading foreign CPSV-AP: the official example, what is kept, what is warned about, and what is refused. */
class CpsvApImportTest {

    private static final CpsvAp CPSV_AP = CpsvAp.exporter();
    private static final String EXAMPLE = JenaOracle.officialFile("example-rdf_public_service.jsonld");

    private static final String PREFIXES = """
            {"cpsv": "http://purl.org/vocab/cpsv#", "cv": "http://data.europa.eu/m8g/", "dct": "http://purl.org/dc/terms/",
             "skos": "http://www.w3.org/2004/02/skos/core#", "xsd": "http://www.w3.org/2001/XMLSchema#", "ex": "http://example.com/"}""";

    @Test
    void read_officialExample_taxOnWebWithItsAuthorityRequirementAndEvidence() {
        Catalog catalog = CPSV_AP.read(EXAMPLE).catalog();

        assertThat(catalog.services()).hasSize(1);
        PublicService s = catalog.services().get(0);
        assertThat(s.id()).isEqualTo("Tax-on-web");
        assertThat(s.title()).isEqualTo("Tax-on-web");
        assertThat(s.description()).hasValue("Service pour la déclaration à l'impôt des personnes physiques en ligne");
        Instansi agency = catalog.instansiOf(s);
        assertThat(agency.id()).isEqualTo("publicOrganisation1");
        assertThat(agency.name()).isEqualTo("Federal Public Service FINANCE");
        assertThat(agency.kind()).isEqualTo(GovernmentKind.CENTRAL);
        assertThat(agency.region()).isEmpty();
        assertThat(s.authority().unit()).isEmpty();
        assertThat(s.requirements()).containsExactly(Requirement.of("req-123", "Request to provide certificate about childcare costs",
                Document.of("evi-123", "Attestation garde d'enfants",
                        "Attestation en matière de frais de garde d'enfants de l'année 2020")));
        assertThat(s.channels()).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(Channel.Kind.COUNTER));
        assertThat(s.status()).isEqualTo(ServiceStatus.ACTIVE);
    }

    @Test
    void read_officialExample_warnsAboutEverythingItCannotCarry() {
        List<String> warnings = CPSV_AP.read(EXAMPLE).warnings();

        assertThat(warnings).containsExactly(
                "service ex:publicService1 has cv:contactPoint, cv:hasInputType, which spbe4j's catalog has no place for; they are left out",
                "organisation ex:publicOrganisation1 is read as a central agency without region (publicOrganisation1); its dct:spatial "
                        + "<http://publications.europa.eu/resource/authority/atu/BEL> is not an Indonesian region code",
                "requirement ex:requirement1 has dct:type, which spbe4j's catalog has no place for; it is left out",
                "evidence ex:evidence1 has dct:conformsTo, which spbe4j's catalog has no place for; it is left out",
                "channel ex:channel1 has type <http://data.europa.eu/snb/com-channel/b37115f83e>, not one of spbe4j's channel kinds; "
                        + "read as counter");
    }

    @Test
    void read_notJson_refusedAsInvalidLinkedData() {
        assertThatThrownBy(() -> CPSV_AP.read("not json")).isInstanceOf(InvalidLinkedDataException.class)
                .hasMessageContaining("well-formed JSON");
    }

    @Test
    void read_outsideTheReadSubset_refusedAsInvalidLinkedDataNamingPlaceRuleAndValue() {
        assertThatThrownBy(() -> CPSV_AP.read("{\"@context\": {\"@base\": \"http://e/\"}, \"@id\": \"x\"}"))
                .isInstanceOf(InvalidLinkedDataException.class)
                .hasMessage("$['@context']['@base']: the keyword @base is not supported in a context; got '@base'");
    }

    @Test
    void read_documentWithoutPublicService_refusedNamingTheRule() {
        String doc = "{\"@context\": " + PREFIXES + ", \"@id\": \"ex:o\", \"@type\": \"cv:PublicOrganisation\"}";

        assertThatThrownBy(() -> CPSV_AP.read(doc)).isInstanceOf(InvalidLinkedDataException.class)
                .hasMessage("the document has no node of type cpsv:PublicService (http://purl.org/vocab/cpsv#PublicService); "
                        + "a CPSV-AP catalog describes at least one public service");
    }

    @Test
    void read_serviceWithoutCompetentAuthority_refusedNamingTheNodeAndTheRule() {
        String doc = "{\"@context\": " + PREFIXES + ", \"@id\": \"ex:s\", \"@type\": \"cpsv:PublicService\","
                + " \"dct:identifier\": \"s\", \"dct:title\": {\"@value\": \"S\", \"@language\": \"en\"}}";

        assertThatThrownBy(() -> CPSV_AP.read(doc)).isInstanceOf(InvalidLinkedDataException.class)
                .hasMessage("node ex:s: a cpsv:PublicService needs a cv:hasCompetentAuthority (CPSV-AP 3.2.0: 1..*); none given");
    }

    @Test
    void read_serviceWithoutTitle_refusedNamingTheNodeAndTheRule() {
        String doc = "{\"@context\": " + PREFIXES + ", \"@id\": \"ex:s\", \"@type\": \"cpsv:PublicService\","
                + " \"cv:hasCompetentAuthority\": {\"@id\": \"ex:o\"}}";

        assertThatThrownBy(() -> CPSV_AP.read(doc)).isInstanceOf(InvalidLinkedDataException.class)
                .hasMessageContaining("node ex:s: a cpsv:PublicService needs a dct:title");
    }

    @Test
    void read_foreignService_idSanitisedTitleByLanguagePreferenceAndNoChannelReadAsPlanned() {
        String doc = "{\"@context\": " + PREFIXES + ", \"@graph\": ["
                + "{\"@id\": \"ex:s\", \"@type\": \"cpsv:PublicService\", \"dct:identifier\": \"Pajak / Daerah!\","
                + " \"dct:title\": [{\"@value\": \"Local tax\", \"@language\": \"en\"}, {\"@value\": \"Pajak daerah\", \"@language\": \"id\"},"
                + " {\"@value\": \"Taxe\", \"@language\": \"fr\"}],"
                + " \"cv:hasCompetentAuthority\": {\"@id\": \"ex:o\"}, \"cv:processingTime\": {\"@value\": \"PT90M\", \"@type\": \"xsd:duration\"},"
                + " \"cv:hasCost\": {\"@id\": \"ex:c\"}, \"cpsv:produces\": {\"@id\": \"ex:out\"}},"
                + "{\"@id\": \"ex:o\", \"@type\": \"cv:PublicOrganisation\", \"skos:prefLabel\": {\"@value\": \"Badan\", \"@language\": \"id\"}},"
                + "{\"@id\": \"ex:c\", \"@type\": \"cv:Cost\", \"dct:identifier\": \"c\", \"cv:hasValue\": {\"@value\": \"2500.5\", \"@type\": \"xsd:double\"}},"
                + "{\"@id\": \"ex:out\", \"@type\": \"cv:Output\", \"dct:title\": {\"@value\": \"Bukti\", \"@language\": \"id\"}}"
                + "]}";

        CpsvApImport result = CPSV_AP.read(doc);
        PublicService s = result.catalog().services().get(0);

        assertThat(s.id()).isEqualTo("Pajak-Daerah-");
        assertThat(s.title()).isEqualTo("Pajak daerah");
        assertThat(s.status()).isEqualTo(ServiceStatus.PLANNED);
        assertThat(s.processingTime()).hasValue(ProcessingTime.minutes(90));
        assertThat(s.cost()).hasValue(Cost.fixed(2501));
        assertThat(s.output().orElseThrow().type()).isEqualTo(OutputType.OTHER);
        assertThat(result.warnings()).contains(
                "cost ex:c has value \"2500.5\"; spbe4j keeps whole rupiah, so it is read as 2501",
                "cost ex:c names no currency; read as rupiah",
                "output ex:out has no type; read as other",
                "service ex:s has no channel, which an active or pilot service needs in spbe4j; read as planned");
    }

    @Test
    void read_costInAnotherCurrency_leftOutWithAWarning() {
        String doc = "{\"@context\": " + PREFIXES + ", \"@graph\": ["
                + "{\"@id\": \"ex:s\", \"@type\": \"cpsv:PublicService\", \"dct:title\": \"S\", \"cv:hasCompetentAuthority\": {\"@id\": \"ex:o\"},"
                + " \"cv:hasCost\": {\"@id\": \"ex:c\"}, \"cv:processingTime\": {\"@value\": \"P1Y\", \"@type\": \"xsd:duration\"}},"
                + "{\"@id\": \"ex:c\", \"@type\": \"cv:Cost\", \"cv:hasValue\": 10.0,"
                + " \"cv:currency\": {\"@id\": \"http://publications.europa.eu/resource/authority/currency/EUR\"}}]}";

        CpsvApImport result = CPSV_AP.read(doc);

        assertThat(result.catalog().services().get(0).cost()).isEmpty();
        assertThat(result.catalog().services().get(0).processingTime()).isEmpty();
        assertThat(result.warnings()).contains(
                "cost ex:c is in currency <http://publications.europa.eu/resource/authority/currency/EUR>, not rupiah (IDR); it is left out",
                "service ex:s has processing time \"P1Y\", which is not days, hours or minutes; it is left out",
                "organisation ex:o has no skos:prefLabel; named o");
    }

    @Test
    void read_ownExportWithABrokenExtension_refusedNamingTheNode() {
        String doc = CPSV_AP.export(Catalogs.sample()).replace("\"spbe:costKind\": \"free\"", "\"spbe:costKind\": \"cheap\"");

        assertThatThrownBy(() -> CPSV_AP.read(doc)).isInstanceOf(InvalidLinkedDataException.class)
                .hasMessageContaining("spbe:costKind must be one of free, fixed, range, per-unit; got \"cheap\"")
                .hasMessageStartingWith("node <urn:spbe4j:concept/ktp-el/cost>");
    }

    @Test
    void read_ownExportWithAnUnknownUnitKind_refusedNamingTheUnit() {
        String doc = CPSV_AP.export(Catalogs.sample()).replace("\"spbe:unitKind\": \"inspektorat\"", "\"spbe:unitKind\": \"kantor\"");

        assertThatThrownBy(() -> CPSV_AP.read(doc)).isInstanceOf(InvalidLinkedDataException.class)
                .hasMessageStartingWith("node <urn:spbe4j:agency/kota-contoh/unit/inspektorat>: spbe:unitKind must be")
                .hasMessageContaining("got \"kantor\"");
    }

    @Test
    void read_ownExportWithAVillageOutsideTheAgency_refusedByTheCatalog() {
        String doc = CPSV_AP.export(Catalogs.sample()).replace("\"dct:identifier\": \"99.71.01.1001\"",
                "\"dct:identifier\": \"98.71.01.1001\"");

        assertThatThrownBy(() -> CPSV_AP.read(doc)).isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("outside instansi kota-contoh's region 99.71");
    }

    @Test
    void read_missingFile_oneLineSpbeException() {
        assertThatThrownBy(() -> CPSV_AP.read(Path.of("no-such-file.jsonld"))).isInstanceOf(SpbeException.class)
                .hasMessage("cannot read CPSV-AP file no-such-file.jsonld: no such file");
    }
}
