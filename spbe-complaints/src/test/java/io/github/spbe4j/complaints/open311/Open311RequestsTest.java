package io.github.spbe4j.complaints.open311;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.complaints.Complaint;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.TrackingId;
import io.github.spbe4j.complaints.json.ComplaintsJson;
import io.github.spbe4j.complaints.lifecycle.History;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A register's public complaints as Open311 requests: only what the public projection shows, with the SLA's expected time. */
class Open311RequestsTest {

    private static Path sample() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples/data"))) {
            dir = dir.getParent();
        }
        return dir.resolve("examples/data/kota-contoh-complaints.json");
    }

    private static final ComplaintRegister MARCH = ComplaintsJson.read(sample());
    private static final Instant AT = Instant.parse("2026-03-31T05:00:00Z");

    private static Map<String, ServiceRequest> requests() {
        return Open311Requests.of(MARCH, MARCH.slaClock(), AT).stream().collect(Collectors.toMap(ServiceRequest::id, Function.identity()));
    }

    @Test
    void of_leavesOutRahasiaAndWhistleBlowing_keepsTheRest() {
        Map<String, ServiceRequest> requests = requests();

        assertThat(requests).doesNotContainKey("LPR-2026-0004").hasSize(MARCH.size() - 1);
    }

    @Test
    void of_statusIsClosedForEveryEndedComplaint_andNotesNameTheActionsInOrder() {
        Map<String, ServiceRequest> requests = requests();

        assertThat(requests.get("LPR-2026-0001").status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(requests.get("LPR-2026-0001").statusNotes()).contains("closed (resolved)");
        assertThat(requests.get("LPR-2026-0007").status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(requests.get("LPR-2026-0002").status()).isEqualTo(RequestStatus.OPEN);
        Complaint first = MARCH.complaint(TrackingId.of("LPR-2026-0001")).orElseThrow();
        assertThat(requests.get("LPR-2026-0001").notes()).extracting(Note::type)
                .containsExactlyElementsOf(first.lifecycle().history().entries().stream().map(History.Entry::action).map(a -> a.id()).toList());
        assertThat(requests.get("LPR-2026-0001").agencyResponsible()).contains("dinas-pupr");
    }

    @Test
    void of_expectedIsTheSlaClocksExpectedCompletion_inTheAgencysZone() {
        for (ServiceRequest r : requests().values()) {
            Complaint c = MARCH.complaint(TrackingId.of(r.id())).orElseThrow();
            assertThat(r.expected().map(t -> t.toInstant()))
                    .isEqualTo(MARCH.slaStatus(c, MARCH.slaClock(), AT).expectedCompletion());
            assertThat(r.requested().getOffset()).isEqualTo(ZoneOffset.ofHours(7));
        }
    }

    @Test
    void of_anonimComplaint_hasNoAddressOrPosition_andItsTextIsRedacted() {
        Map<String, ServiceRequest> requests = requests();

        assertThat(requests.get("LPR-2026-0002").address()).isEmpty();
        assertThat(requests.get("LPR-2026-0002").position()).isEmpty();
        assertThat(requests.get("LPR-2026-0001").position()).isPresent();
        assertThat(requests.get("LPR-2026-0003").description().orElseThrow()).contains("[NIK]", "[pelapor]")
                .doesNotContain("9971015505900001", "Rina");
        assertThat(requests.get("LPR-2026-0001").mediaUrl()).isEmpty();
    }

    @Test
    void of_serviceCode_isTheCatalogServiceElseTheTopicElseTheType() {
        Map<String, ServiceRequest> requests = requests();

        assertThat(requests.get("LPR-2026-0003").serviceCode()).isEqualTo("ktp-el-disdukcapil");
        assertThat(requests.get("LPR-2026-0002").serviceCode()).isEqualTo("infrastruktur.jalan");
    }
}
