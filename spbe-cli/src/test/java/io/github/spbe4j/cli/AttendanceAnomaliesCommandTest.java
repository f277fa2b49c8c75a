package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.attendance.anomaly.Anomaly;
import io.github.spbe4j.attendance.anomaly.AnomalyDetector;
import io.github.spbe4j.attendance.anomaly.AnomalyPolicy;
import io.github.spbe4j.attendance.record.RecordsCsv;
import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttendanceAnomaliesCommandTest {

    private static final String SAMPLE = Cli.sample("kota-contoh-attendance-2026-03.csv").toString();

    private static List<Anomaly> library(AnomalyPolicy policy) {
        AnomalyDetector detector = AnomalyDetector.of(policy);
        RecordsCsv.forEach(Cli.sample("kota-contoh-attendance-2026-03.csv"), IndonesiaTimeZone.WIB.zoneId(),
                row -> detector.accept(row.record()));
        return detector.findings();
    }

    @Test
    void anomalies_sample_printsEachFindingOfTheLibraryWithThePunchesBehindIt() {
        List<Anomaly> expected = library(AnomalyPolicy.defaults());

        Cli.Run r = Cli.assertTerminalSafe(Cli.run("attendance", "anomalies", SAMPLE));

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
        assertThat(r.out()).startsWith(SAMPLE + ": 407 records, " + expected.size() + " findings (window: day)");
        for (Anomaly a : expected) {
            assertThat(r.out()).contains("- " + a.description());
            a.punches().forEach(p -> assertThat(r.out()).contains("    " + p));
        }
        assertThat(expected).hasAtLeastOneElementOfType(Anomaly.SamePoint.class)
                .hasAtLeastOneElementOfType(Anomaly.SharedDevice.class)
                .hasAtLeastOneElementOfType(Anomaly.ImpossibleTravel.class);
    }

    @Test
    void anomalies_json_givesKindsEmployeesAndPunches() throws Exception {
        List<Anomaly> expected = library(AnomalyPolicy.defaults());

        Cli.Run r = Cli.run("attendance", "anomalies", SAMPLE, "--format", "json");
        JsonNode json = new ObjectMapper().readTree(r.out());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(json.get("records").asLong()).isEqualTo(407);
        assertThat(json.get("findings")).hasSize(expected.size());
        JsonNode same = json.get("findings").get(0);
        assertThat(same.get("kind").asText()).isEqualTo("same-point");
        assertThat(same.get("employees")).hasSize(4);
        assertThat(same.get("punches").get(0).get("side").asText()).isEqualTo("check-in");
        assertThat(same.get("punches").get(0).get("at").asText()).endsWith("+07:00");
        assertThat(json.get("findings")).anySatisfy(f -> {
            assertThat(f.get("kind").asText()).isEqualTo("impossible-travel");
            assertThat(f.get("distanceMetres").asLong()).isGreaterThan(190_000);
        });
    }

    @Test
    void anomalies_monthWindowAndThresholds_areThoseOfThePolicy() {
        AnomalyPolicy policy = AnomalyPolicy.defaults().withWindow(AnomalyPolicy.Window.MONTH).withSamePointEmployees(5)
                .withMaxSpeedKmh(1000);
        List<Anomaly> expected = library(policy);

        Cli.Run r = Cli.run("attendance", "anomalies", SAMPLE, "--window", "month", "--same-point", "5", "--max-speed", "1000");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith(SAMPLE + ": 407 records, " + expected.size() + (expected.size() == 1 ? " finding" : " findings")
                + " (window: month)");
        assertThat(expected).noneMatch(a -> a instanceof Anomaly.SamePoint || a instanceof Anomaly.ImpossibleTravel);
    }

    @Test
    void anomalies_badLine_failsWithTheLineAndPrintsNoFinding() {
        String csv = RecordsCsv.HEADER + "\n196805071987121001,2026-03-02,07:25,16:00\n196805071987121001,2026-03-03,25:61,16:00\n";

        Cli.Run r = Cli.runWithStandardInput(csv, "attendance", "anomalies", "-");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("line 3").contains("25:61");
    }

    @Test
    void anomalies_badThreshold_isAUsageError() {
        Cli.Run r = Cli.run("attendance", "anomalies", SAMPLE, "--same-point", "0");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("same");
    }
}
