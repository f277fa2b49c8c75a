package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.attendance.recap.EmployeeRecap;
import io.github.spbe4j.attendance.recap.MonthlyRecap;
import io.github.spbe4j.attendance.recap.RecapAccumulator;
import io.github.spbe4j.attendance.recap.RecapPlan;
import io.github.spbe4j.attendance.record.RecordsCsv;
import io.github.spbe4j.attendance.schedule.LatenessRules;
import io.github.spbe4j.attendance.schedule.WorkSchedule;
import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import io.github.spbe4j.core.identifier.Nip;
import io.github.spbe4j.core.internal.CsvCells;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttendanceRecapCommandTest {

    private static final Path SAMPLE_PATH = Cli.sample("kota-contoh-attendance-2026-03.csv");
    private static final String SAMPLE = SAMPLE_PATH.toString();

    private static MonthlyRecap library(LatenessRules rules) {
        Map<Nip, String> agencies = new HashMap<>();
        RecordsCsv.forEach(SAMPLE_PATH, IndonesiaTimeZone.WIB.zoneId(), row -> agencies.put(row.record().employee(), row.opd().orElseThrow()));
        RecapAccumulator acc = RecapPlan.of(YearMonth.of(2026, 3), WorkSchedule.national(IndonesiaTimeZone.WIB.zoneId()), rules)
                .withAgencies(agencies).start();
        RecordsCsv.forEach(SAMPLE_PATH, IndonesiaTimeZone.WIB.zoneId(), row -> acc.add(row.record()));
        return acc.finish();
    }

    @Test
    void recap_json_givesPerNipTheFiguresTheLibraryComputes() throws Exception {
        MonthlyRecap expected = library(LatenessRules.permentan68of2012());

        Cli.Run r = Cli.run("attendance", "recap", SAMPLE, "--month", "2026-03", "--format", "json");
        JsonNode json = new ObjectMapper().readTree(r.out());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(json.get("month").asText()).isEqualTo("2026-03");
        assertThat(json.get("records").get("counted").asLong()).isEqualTo(407);
        assertThat(json.get("employees")).hasSize(25);
        for (EmployeeRecap e : expected.employees()) {
            JsonNode n = json.get("employees").get(e.employee().toString());
            assertThat(n.get("workingDays").asInt()).isEqualTo(e.workingDays());
            assertThat(n.get("present").asInt()).isEqualTo(e.present());
            assertThat(n.get("absent").asInt()).isEqualTo(e.absent());
            assertThat(n.get("late").get("total").asInt()).isEqualTo(e.late().total());
            assertThat(n.get("late").get("TL1").asInt()).isEqualTo(e.late().count("TL1"));
            assertThat(n.get("earlyLeave").get("total").asInt()).isEqualTo(e.earlyLeave().total());
            assertThat(n.get("earlyLeave").get("PSW4").asInt()).isEqualTo(e.earlyLeave().count("PSW4"));
            assertThat(n.get("deduction").decimalValue()).isEqualByComparingTo(e.deduction());
        }
        // the sample's OPD column gives the agencies
        assertThat(json.get("agencies").fieldNames()).toIterable().containsExactly("BAPPEDA", "DISDUKCAPIL", "DISKOMINFO");
        assertThat(json.get("totals").get("deduction").decimalValue()).isEqualByComparingTo(expected.totals().deduction());
    }

    @Test
    void recap_text_namesRulesThresholdsAndARowPerEmployee() {
        MonthlyRecap expected = library(LatenessRules.permentan68of2012());

        Cli.Run r = Cli.assertTerminalSafe(Cli.run("attendance", "recap", SAMPLE, "--month", "2026-03"));

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("attendance recap 2026-03", "Rules: " + expected.rules().name(), "(medium confidence)",
                "Records: 407 counted, 0 skipped", "OPD BAPPEDA: ");
        for (EmployeeRecap e : expected.employees()) {
            assertThat(r.out()).containsPattern("(?m)^" + e.employee() + "\\s+" + e.agency() + "\\s+" + e.workingDays() + "\\s+"
                    + e.present() + "\\s+" + e.absent() + "\\s.*\\s" + e.deduction().toPlainString().replace(".", "\\.") + "\\b");
        }
    }

    @Test
    void recap_csv_hasAHeaderAndOneRowPerEmployee() {
        MonthlyRecap expected = library(LatenessRules.permentan68of2012());

        Cli.Run r = Cli.run("attendance", "recap", SAMPLE, "--month", "2026-03", "--format", "csv");

        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("nip,opd,month,working_days,present,absent,late_TL1,")
                .contains(",late_total,early_PSW1,").endsWith(",deduction_percent,absent_in_year,longest_absent_run,flags");
        assertThat(lines).hasSize(1 + expected.employees().size());
        EmployeeRecap first = expected.employees().get(0);
        assertThat(lines.get(1)).startsWith(first.employee() + "," + first.agency() + ",2026-03," + first.workingDays() + ","
                + first.present() + "," + first.absent() + ",");
    }

    @Test
    void recap_csvWithAFormulaAsOpd_writesItAsText() {
        String csv = RecordsCsv.HEADER + ",opd\n196805071987121001,2026-03-02,07:25,16:00,=1+2\n"
                + "200012312024211001,2026-03-02,07:25,16:00,\"Dinas, Kota\"\n";
        String oneOpd = RecordsCsv.HEADER + ",opd\n196805071987121001,2026-03-02,07:25,16:00,=1+2\n";

        Cli.Run r = Cli.runWithStandardInput(oneOpd, "attendance", "recap", "-", "--month", "2026-03", "--format", "csv");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\n196805071987121001,'=1+2,2026-03,");
        assertThat(Cli.runWithStandardInput(csv, "attendance", "recap", "-", "--month", "2026-03").code()).isEqualTo(1);
    }

    @Test
    void csvCells_quotesSeparatorsAndDisarmsFormulas() {
        assertThat(CsvCells.text("Dinas, Kota")).isEqualTo("\"Dinas, Kota\"");
        assertThat(CsvCells.text("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.text("-1")).isEqualTo("'-1");
        assertThat(CsvCells.text("=A1,B1")).isEqualTo("\"'=A1,B1\"");
        assertThat(CsvCells.text("DISKOMINFO")).isEqualTo("DISKOMINFO");
        assertThat(CsvCells.text("")).isEmpty();
    }

    @Test
    void recap_rulesFile_usesItsBands() throws Exception {
        LatenessRules strict = LatenessRules.parse(LatenessRules.permentan68of2012().toJson());
        Path rules = Files.createTempFile("rules", ".json");
        Files.writeString(rules, strict.toJson());
        MonthlyRecap expected = library(strict);

        Cli.Run r = Cli.run("attendance", "recap", SAMPLE, "--month", "2026-03", "--rules", rules.toString(), "--format", "json");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).get("totals").get("deduction").decimalValue())
                .isEqualByComparingTo(expected.totals().deduction());
        Files.delete(rules);
    }

    @Test
    void recap_otherMonth_skipsEveryRecordAndSaysSo() {
        Cli.Run r = Cli.run("attendance", "recap", SAMPLE, "--month", "2026-04");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Records: 0 counted, 407 skipped (dated outside 2026-04)");
    }

    @Test
    void recap_duplicateDays_failsNamingEachLineAndPrintsNothing() {
        String csv = RecordsCsv.HEADER + "\n196805071987121001,2026-03-02,07:25,16:00\n196805071987121001,2026-03-03,07:25,16:00\n"
                + "196805071987121001,2026-03-02,07:40,16:10\n196805071987121001,2026-03-03,07:41,16:10\n";

        Cli.Run r = Cli.runWithStandardInput(csv, "attendance", "recap", "-", "--month", "2026-03");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("line 4").contains("line 5").contains("2026-03-02").contains("2026-03-03");
    }

    @Test
    void recap_missingOrBadMonth_isAUsageError() {
        assertThat(Cli.run("attendance", "recap", SAMPLE).code()).isEqualTo(2);
        assertThat(Cli.run("attendance", "recap", SAMPLE, "--month", "2026-13").code()).isEqualTo(2);
    }

    @Test
    void recap_missingRulesFile_isBadInputNamingIt(@TempDir Path dir) {
        Cli.Run r = Cli.run("attendance", "recap", SAMPLE, "--month", "2026-03", "--rules", dir.resolve("none.json").toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("none.json");
        assertThat(r.out()).isEmpty();
    }
}
