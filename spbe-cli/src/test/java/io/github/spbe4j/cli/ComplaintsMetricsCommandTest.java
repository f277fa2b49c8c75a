package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ComplaintsMetricsCommandTest {

    private static final String SAMPLE = Cli.sample("kota-contoh-complaints.json").toString();
    private static final String[] MARCH = {"--from", "2026-03-01", "--to", "2026-03-31", "--at", "2026-04-01T00:00:00+07:00"};

    private static Cli.Run metrics(String... more) {
        String[] args = new String[3 + MARCH.length + more.length];
        args[0] = "complaints";
        args[1] = "metrics";
        args[2] = SAMPLE;
        System.arraycopy(MARCH, 0, args, 3, MARCH.length);
        System.arraycopy(more, 0, args, 3 + MARCH.length, more.length);
        return Cli.assertTerminalSafe(Cli.run(args));
    }

    @Test
    void metrics_json_givesTheFiguresOfTheSampleMonth() throws Exception {
        Cli.Run r = metrics("--format", "json");
        JsonNode json = new ObjectMapper().readTree(r.out());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(json.get("period").get("from").asText()).isEqualTo("2026-03-01");
        assertThat(json.get("at").asText()).isEqualTo("2026-04-01T00:00:00+07:00");
        assertThat(json.get("provisional").asBoolean()).isFalse();
        JsonNode all = json.get("overall");
        assertThat(all.get("complaints").asInt()).isEqualTo(9);
        assertThat(all.get("states").get("followed-up").asInt()).isEqualTo(2);
        assertThat(all.get("states").get("split").asInt()).isZero();
        assertThat(all.get("verification").get("median").asInt()).isEqualTo(1);
        assertThat(all.get("verification").get("p90").asInt()).isEqualTo(2);
        assertThat(all.get("followUp").get("p90").asInt()).isEqualTo(8);
        assertThat(all.get("sla").get("verification").get("withinSla").get("part").asInt()).isEqualTo(6);
        assertThat(all.get("sla").get("verification").get("withinSla").get("total").asInt()).isEqualTo(8);
        assertThat(all.get("sla").get("followUp").get("withinSla").get("percent").decimalValue()).isEqualByComparingTo("40.0");
        assertThat(all.get("resolutionRate").get("percent").decimalValue()).isEqualByComparingTo("100");
        assertThat(all.get("backlog").get("6-14").asInt()).isEqualTo(6);
        assertThat(json.get("byAgency")).extracting(n -> n.get("agency").asText())
                .containsExactly("dinas-pupr", "disdukcapil", "inspektorat");
        assertThat(json.get("notDispositioned").get("complaints").asInt()).isEqualTo(4);
        assertThat(json.get("byTopic").get(0).get("topic").asText()).isEqualTo("infrastruktur");
        assertThat(json.get("byTopic").get(0).get("name").asText()).isEqualTo("Infrastruktur");
        assertThat(json.get("byTopic").get(0).get("complaints").asInt()).isEqualTo(5);
        assertThat(json.get("withoutTopic").get("complaints").asInt()).isEqualTo(1);
        assertThat(json.get("byMonth")).singleElement().satisfies(n -> {
            assertThat(n.get("month").asText()).isEqualTo("2026-03");
            assertThat(n.get("complaints").asInt()).isEqualTo(9);
        });
    }

    @Test
    void metrics_jsonOfAnEmptyPeriod_writesNullRatesNotZero() throws Exception {
        Cli.Run r = Cli.run("complaints", "metrics", SAMPLE, "--from", "2025-01-01", "--to", "2025-01-31", "--at",
                "2026-04-01T00:00:00Z", "--format", "json");
        JsonNode all = new ObjectMapper().readTree(r.out()).get("overall");

        assertThat(r.code()).isZero();
        assertThat(all.get("complaints").asInt()).isZero();
        assertThat(all.get("resolutionRate").isNull()).isTrue();
        assertThat(all.get("reopenRate").isNull()).isTrue();
        assertThat(all.get("sla").get("settlement").get("withinSla").isNull()).isTrue();
        assertThat(all.get("verification").get("median").isNull()).isTrue();
    }

    @Test
    void metrics_text_showsEachGroupWithItsFigures() {
        Cli.Run r = metrics();

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Complaints of Pemerintah Kota Contoh submitted from 2026-03-01 to 2026-03-31, read at "
                + "2026-04-01T00:00:00+07:00 (Asia/Jakarta)", "All complaints: 9 complaints",
                "to verification        median 1, 90th percentile 2 working days (of 6)",
                "within SLA             verification 6/8 (75.0%), 2 overdue; follow-up 2/5 (40.0%), 2 overdue",
                "resolution rate        1/1 (100.0%) (closed: 1 resolved, 0 not resolved, 0 automatically)",
                "backlog                7 open; by working days since submission 0-3: 1, 4-5: 0, 6-14: 6, 15-60: 0, over-60: 0",
                "OPD dinas-pupr: 3 complaints", "Not dispositioned (no OPD holds it): 4 complaints",
                "Topic infrastruktur (Infrastruktur): 5 complaints", "Without a topic: 1 complaint",
                "By month of submission", "Month 2026-03: 9 complaints");
    }

    @Test
    void metrics_withoutPeriod_countsEveryComplaintSubmittedByTheInstant() {
        Cli.Run r = Cli.run("complaints", "metrics", SAMPLE, "--at", "2026-03-10T00:00:00+07:00");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("submitted at any date", "All complaints: 2 complaints");
    }

    @Test
    void metrics_atWithoutOffset_isRefusedInPlainWords() {
        Cli.Run r = Cli.assertTerminalSafe(Cli.run("complaints", "metrics", SAMPLE, "--at", "2026-04-01 00:00\u001b[2J"));

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is not a date and time with its offset; give one such as").doesNotContain("\u001b");
    }

    @Test
    void metrics_toBeforeFrom_isRefused() {
        Cli.Run r = Cli.run("complaints", "metrics", SAMPLE, "--from", "2026-03-31", "--to", "2026-03-01");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--to 2026-03-01 is before --from 2026-03-31");
    }

    @Test
    void metrics_badFile_namesTheProblemInTheLocaleAsked() throws Exception {
        var file = Files.createTempFile("complaints", ".json");
        try {
            Files.writeString(file, "{\"format\":\"spbe-complaints/1\",\"agency\":{\"name\":\"Kota Contoh\",\"region\":\"61.71\"},"
                    + "\"complaints\":[{\"id\":\"LPR-1\"}]}", StandardCharsets.UTF_8);
            Cli.Run en = Cli.run("complaints", "metrics", file.toString());
            Cli.Run id = Cli.run("complaints", "metrics", file.toString(), "--locale", "id");

            assertThat(en.code()).isEqualTo(1);
            assertThat(id.code()).isEqualTo(1);
            assertThat(en.err()).contains("complaints[0]");
            assertThat(id.err()).isNotEqualTo(en.err());
        } finally {
            Files.delete(file);
        }
    }
}
