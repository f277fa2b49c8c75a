package io.github.spbe4j.complaints.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The writers against the specification's own examples (golden/README.md says where each comes from). */
class Open311GoldenTest {

    private static final List<String> LOREM = List.of("lorem", "ipsum", "dolor");

    static List<Open311Service> specServices() {
        return List.of(
                new Open311Service("001", "Cans left out 24x7", Optional.of("Garbage or recycling cans that have been left out for more than"
                        + " 24 hours after collection. Violators will be cited."), true, ServiceType.REALTIME, LOREM, Optional.of("sanitation")),
                new Open311Service("002", "Construction plate shifted", Optional.of("Metal construction plate covering the street or sidewalk"
                        + " has been moved."), true, ServiceType.REALTIME, LOREM, Optional.of("street")),
                new Open311Service("003", "Curb or curb ramp defect", Optional.of("Sidewalk curb or ramp has problems such as cracking, missing"
                        + " pieces, holes, and/or chipped curb."), true, ServiceType.REALTIME, LOREM, Optional.of("street")));
    }

    static ServiceDefinition specDefinition() {
        return ServiceDefinition.of("DMV66", List.of(Attribute.of("WHISHETN", Attribute.Datatype.SINGLEVALUELIST, true, 1,
                "What is the ticket/tag/DL number?", List.of(AttributeValue.of("123", "Ford"), AttributeValue.of("124", "Chrysler")))));
    }

    static List<ServiceRequest> specRequests() {
        return List.of(specRequest("638344", RequestStatus.CLOSED, "2010-04-14T06:37:38-08:00", "2010-04-15T06:37:38-08:00")
                        .statusNotes("Duplicate request.").build(),
                specRequest("638349", RequestStatus.OPEN, "2010-04-19T06:37:38-08:00", "2010-04-19T06:37:38-08:00").build());
    }

    private static ServiceRequest.Builder specRequest(String id, RequestStatus status, String at, String expected) {
        return ServiceRequest.builder(id, status, "006", OffsetDateTime.parse(at)).serviceName("Sidewalk and Curb Issues")
                .updated(OffsetDateTime.parse(at)).expected(OffsetDateTime.parse(expected)).address("8TH AVE and JUDAH ST")
                .addressId("545483").zipcode("94122").position(Position.parse("37.762221815", "-122.4651145"))
                .mediaUrl("http://city.gov.s3.amazonaws.com/requests/media/" + id + ".jpg");
    }

    private static void same(Open311Format format, String written, String golden) {
        String expected = Goldens.read(golden + "." + format.extension());
        if (format == Open311Format.JSON) {
            assertThat(Goldens.json(written)).isEqualTo(Goldens.json(expected));
        } else {
            assertThat(written).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            assertThat(Goldens.xml(written)).isEqualTo(Goldens.xml(expected));
        }
    }

    @Test
    void services_specExample_matchesGoldenInBothFormats() {
        for (Open311Format f : Open311Format.values()) {
            same(f, f.services(specServices()), "services");
        }
    }

    @Test
    void definition_specExample_matchesGoldenInBothFormats() {
        for (Open311Format f : Open311Format.values()) {
            same(f, f.definition(specDefinition()), "service-definition");
        }
    }

    @Test
    void requests_specExample_matchesGoldenInBothFormats() {
        for (Open311Format f : Open311Format.values()) {
            same(f, f.requests(specRequests()), "requests");
        }
    }

    @Test
    void posted_specExample_matchesGoldenInBothFormats() {
        PostResponse r = PostResponse.of("293944").withServiceNotice("The City will inspect and require the responsible party to correct"
                + " within 24 hours and/or issue a Correction Notice or Notice of Violation of the Public Works Code");
        for (Open311Format f : Open311Format.values()) {
            same(f, f.posted(List.of(r)), "post-response");
        }
    }

    @Test
    void errors_specExample_matchesGoldenInBothFormats() {
        Open311Error e = Open311Error.of(403, "Invalid api_key received -- can't proceed with create_request.");
        for (Open311Format f : Open311Format.values()) {
            same(f, f.errors(List.of(e)), "errors");
        }
    }

    @Test
    void goldenComparison_changedValue_isNoticed() {
        String changed = Open311Format.XML.services(List.of(specServices().get(0).withMetadata(false), specServices().get(1),
                specServices().get(2)));
        assertThat(Goldens.xml(changed)).isNotEqualTo(Goldens.xml(Goldens.read("services.xml")));
        assertThat(Goldens.json(Open311Format.JSON.requests(specRequests().subList(0, 1))))
                .isNotEqualTo(Goldens.json(Goldens.read("requests.json")));
    }
}
