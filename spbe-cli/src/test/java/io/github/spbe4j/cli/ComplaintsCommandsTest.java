package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.json.ComplaintsJson;
import io.github.spbe4j.complaints.sla.SlaStatus;
import io.github.spbe4j.complaints.sla.Stage;
import io.github.spbe4j.complaints.sla.StageStatus;
import io.github.spbe4j.complaints.sla.SlaDeadline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spbe complaints sla | public | open311}: the library's answers for a complaints file, as text, JSON or XML. */
class ComplaintsCommandsTest {

    private static final Path FILE = Cli.sample("kota-contoh-complaints.json");
    private static final String AT = "2026-03-31T12:00:00+07:00";

    @TempDir
    Path dir;

    @Test
    void sla_json_givesEachComplaintsStateDeadlinesOverdueAndProvisional_asTheLibraryComputesThem() throws IOException {
        Cli.Run r = Cli.run("complaints", "sla", FILE.toString(), "--at", AT, "--format", "json");

        assertThat(r.code()).isZero();
        JsonNode report = new ObjectMapper().readTree(r.out());
        ComplaintRegister register = ComplaintsJson.read(FILE);
        Instant at = Instant.parse("2026-03-31T05:00:00Z");
        assertThat(report.get("complaints")).hasSize(register.size());
        int overdue = 0;
        for (int i = 0; i < register.size(); i++) {
            JsonNode c = report.get("complaints").get(i);
            SlaStatus s = register.slaStatus(register.complaints().get(i), register.slaClock(), at);
            assertThat(c.get("id").asText()).isEqualTo(register.complaints().get(i).id().value());
            assertThat(c.get("state").asText()).isEqualTo(s.state().id());
            for (Stage stage : Stage.values()) {
                JsonNode date = c.get(stage.id());
                String expected = s.stage(stage).flatMap(StageStatus::deadline).map(SlaDeadline::date).map(Object::toString).orElse(null);
                assertThat(date.isNull() ? null : date.asText()).as("%s %s", c.get("id"), stage).isEqualTo(expected);
            }
            List<String> stages = new ArrayList<>();
            c.get("overdue").forEach(n -> stages.add(n.asText()));
            assertThat(stages).containsExactlyElementsOf(s.overdue().stream().map(Stage::id).toList());
            assertThat(c.get("provisional").asBoolean()).isEqualTo(s.provisional());
            overdue += s.overdue().isEmpty() ? 0 : 1;
        }
        assertThat(report.get("overdueComplaints").asInt()).isEqualTo(overdue).isPositive();
        // LPR-2026-0003 was re-routed and dispositioned again on 12 March: its follow-up was due 26 March (cuti bersama skipped)
        JsonNode third = report.get("complaints").get(2);
        assertThat(third.get("followUp").asText()).isEqualTo("2026-03-26");
        assertThat(third.get("overdue").get(0).asText()).isEqualTo("followUp");
    }

    @Test
    void sla_text_listsEveryComplaintWithItsOutcomes() {
        Cli.Run r = Cli.run("complaints", "sla", FILE.toString(), "--at", AT);

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("9 complaints of Pemerintah Kota Contoh at 2026-03-31T12:00:00+07:00 (Asia/Jakarta)")
                .contains("LPR-2026-0003", "2026-03-26 overdue", "2026-03-16 late");
        Cli.assertTerminalSafe(r);
    }

    @Test
    void sla_deadlineIntoAYearWithoutADecree_isMarkedProvisional() throws IOException {
        String json = Files.readString(FILE).replace("2026-03-30T08:00:00+07:00", "2026-12-30T08:00:00+07:00");
        Path file = dir.resolve("akhir-tahun.json");
        Files.writeString(file, json);

        Cli.Run r = Cli.run("complaints", "sla", file.toString(), "--at", "2026-12-30T09:00:00+07:00", "--format", "json");

        assertThat(r.code()).isZero();
        JsonNode last = new ObjectMapper().readTree(r.out()).get("complaints").get(8);
        assertThat(last.get("verification").asText()).startsWith("2027-01-");
        assertThat(last.get("provisional").asBoolean()).isTrue();
        assertThat(last.get("estimatedDays")).isNotEmpty();
    }

    @Test
    void sla_badInstant_isAUsageErrorNamingTheValue() {
        Cli.Run r = Cli.run("complaints", "sla", FILE.toString(), "--at", "31-03-2026");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'31-03-2026' is not a date and time with its offset");
    }

    @Test
    void public_leavesOutRahasiaAndHidesAnonimReporters() throws IOException {
        Cli.Run r = Cli.run("complaints", "public", FILE.toString());

        assertThat(r.code()).isZero();
        JsonNode list = new ObjectMapper().readTree(r.out());
        List<String> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.get("id").asText()));
        assertThat(ids).doesNotContain("LPR-2026-0004").contains("LPR-2026-0001", "LPR-2026-0002", "LPR-2026-0003");
        assertThat(r.out()).doesNotContain("Rina Contoh", "Budi Contoh", "budi@contoh.example", "0812-3456-7890", "9971015505900001",
                "lapor/2026/03/0001-1.jpg", "dekat masjid").contains("Siti Contoh", "[NIK]", "[pelapor]");
    }

    @Test
    void open311Requests_xmlAndJson_holdTheSamePublicRequests() throws IOException {
        Cli.Run xml = Cli.run("complaints", "open311", "requests", FILE.toString(), "--at", AT, "--format", "xml");
        Cli.Run json = Cli.run("complaints", "open311", "requests", FILE.toString(), "--at", AT);

        assertThat(xml.code()).isZero();
        assertThat(json.code()).isZero();
        assertThat(xml.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("<service_requests>")
                .contains("<service_request_id>LPR-2026-0001</service_request_id>").doesNotContain("LPR-2026-0004");
        JsonNode requests = new ObjectMapper().readTree(json.out());
        assertThat(requests).hasSize(8);
        assertThat(requests.get(0).get("status").asText()).isEqualTo("closed");
        assertThat(requests.get(1).get("status").asText()).isEqualTo("open");
        assertThat(requests.get(1).get("expected_datetime").asText()).isEqualTo("2026-05-08T23:59:59+07:00");
        assertThat(json.out()).doesNotContain("Budi Contoh", "Gang Melati");
    }

    @Test
    void open311Services_listsTheCatalogsServicesThatAcceptComplaints() throws IOException {
        Cli.Run r = Cli.run("complaints", "open311", "services", Cli.sample("kota-contoh-catalog.json").toString());

        assertThat(r.code()).isZero();
        JsonNode services = new ObjectMapper().readTree(r.out());
        assertThat(services).isNotEmpty();
        assertThat(services.get(0).get("service_code").asText()).isEqualTo("ktp-el-disdukcapil");
        assertThat(services.get(0).get("type").asText()).isEqualTo("realtime");
    }

    @Test
    void badComplaintsFile_namesEveryProblemAndExitsOne() throws IOException {
        Path file = dir.resolve("rusak.json");
        Files.writeString(file, "{\"format\":\"spbe-complaints/1\",\"agency\":{\"name\":\"Kota Contoh\",\"region\":\"61.71\"},"
                + "\"complaints\":[{\"id\":\"LPR 1\",\"type\":\"keluhan\",\"submitted\":\"2026-03-17T09:15:00+07:00\",\"title\":\"x\"}]}");

        Cli.Run r = Cli.run("complaints", "public", file.toString(), "--locale", "id");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("complaints[0].id", "complaints[0].type: harus salah satu dari");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void hostileText_isRefusedNamingThePlaceAndNeverReachesTheTerminalRaw() throws IOException {
        Path file = dir.resolve("jahat.json");
        Files.writeString(file, "{\"format\":\"spbe-complaints/1\",\"agency\":{\"name\":\"Kota Contoh\",\"region\":\"61.71\"},"
                + "\"complaints\":[{\"id\":\"LPR-1\",\"type\":\"pengaduan\",\"submitted\":\"2026-03-17T09:15:00+07:00\","
                + "\"title\":\"Lampu \\u001b[2J mati\",\"text\":\"abc \\u202e cba\",\"reporter\":{\"name\":\"Siti\",\"email\":\"javascript:alert(1)\"}}]}");

        for (String command : List.of("sla", "public")) {
            Cli.Run r = Cli.assertTerminalSafe(Cli.run("complaints", command, file.toString()));

            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("complaints[0].title", "complaints[0].text", "complaints[0].reporter.email");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void sla_privateWorkforce_countsCutiBersamaAsWorkingDays() throws IOException {
        Cli.Run civil = Cli.run("complaints", "sla", FILE.toString(), "--at", AT, "--format", "json");
        Cli.Run priv = Cli.run("complaints", "sla", FILE.toString(), "--at", AT, "--format", "json", "--workforce", "private");

        assertThat(civil.code()).isZero();
        assertThat(priv.code()).isZero();
        // LPR-2026-0006, submitted on 17 March: 3 working days, across the cuti bersama of 18 and 23-24 March for civil servants
        JsonNode c = new ObjectMapper().readTree(civil.out()).get("complaints").get(5);
        JsonNode p = new ObjectMapper().readTree(priv.out()).get("complaints").get(5);
        assertThat(c.get("id").asText()).isEqualTo("LPR-2026-0006");
        assertThat(p.get("verification").asText()).isLessThan(c.get("verification").asText());
    }
}
