package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CalendarCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void addWorkingDays_withinDecreedYears_printsTheDateOnly() {
        Cli.Run r = Cli.run("calendar", "add-working-days", "2025-03-27", "3");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("2025-04-10" + System.lineSeparator());
        assertThat(r.err()).isEmpty();
    }

    @Test
    void addWorkingDays_intoYearWithoutDecree_printsDateAndSaysProvisionalNamingEstimatedDays() {
        Cli.Run r = Cli.run("calendar", "add-working-days", "2026-12-22", "6");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().toList()).first().isEqualTo("2027-01-04");
        assertThat(r.out()).contains("provisional: the count reaches 2027, which has no decreed holidays yet",
                "  2027-01-01  Tahun Baru 2027 Masehi  (estimate: fixed date");
    }

    @Test
    void addWorkingDays_json_hasDateProvisionalAndEstimatedDays() throws Exception {
        Cli.Run r = Cli.run("calendar", "add-working-days", "2026-12-22", "6", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("start").asText()).isEqualTo("2026-12-22");
        assertThat(j.get("workingDays").asInt()).isEqualTo(6);
        assertThat(j.get("workforce").asText()).isEqualTo("civil-service");
        assertThat(j.get("date").asText()).isEqualTo("2027-01-04");
        assertThat(j.get("provisional").asBoolean()).isTrue();
        assertThat(j.get("estimatedDays").get(0).get("date").asText()).isEqualTo("2027-01-01");
        assertThat(j.get("estimatedDays").get(0).get("estimated").asBoolean()).isTrue();
    }

    @Test
    void addWorkingDays_privateWorkforce_countsCollectiveLeaveAsWorkingDay() throws Exception {
        Cli.Run civil = Cli.run("calendar", "add-working-days", "2025-08-15", "1");
        Cli.Run priv = Cli.run("calendar", "add-working-days", "2025-08-15", "1", "--workforce", "private", "--format", "json");
        assertThat(civil.out().strip()).isEqualTo("2025-08-19");
        JsonNode j = JSON.readTree(priv.out());
        assertThat(j.get("date").asText()).isEqualTo("2025-08-18");
        assertThat(j.get("workforce").asText()).isEqualTo("private");
        assertThat(j.get("provisional").asBoolean()).isFalse();
    }

    @Test
    void addWorkingDays_badValues_wrongUsageInPlainWords() {
        Cli.Run date = Cli.run("calendar", "add-working-days", "22-12-2026", "3");
        Cli.Run n = Cli.run("calendar", "add-working-days", "2026-12-22", "three");
        Cli.Run workforce = Cli.run("calendar", "add-working-days", "2026-12-22", "3", "--workforce", "asn");
        Cli.Run format = Cli.run("calendar", "add-working-days", "2026-12-22", "3", "--format", "csv");
        assertThat(date.code()).isEqualTo(SpbeCommand.WRONG_USAGE);
        assertThat(date.err().strip()).isEqualTo("spbe: Invalid value for positional parameter at index 0 (DATE): '22-12-2026' is not a date;"
                + " give an ISO date such as 2026-12-22 (see 'spbe calendar add-working-days --help')");
        assertThat(n.code()).isEqualTo(SpbeCommand.WRONG_USAGE);
        assertThat(n.err()).contains("'three' is not a whole number");
        assertThat(workforce.code()).isEqualTo(SpbeCommand.WRONG_USAGE);
        assertThat(workforce.err()).contains("Invalid value for option '--workforce':"
                + " expected one of [civil-service, private] but was 'asn'");
        assertThat(format.err()).contains("expected one of [text, json]");
        assertThat(date.out() + n.out() + workforce.out() + format.out()).isEmpty();
    }

    @Test
    void addWorkingDays_dateWithEscapeSequence_errorShowsItEscaped() {
        Cli.Run r = Cli.run("calendar", "add-working-days", "2026-12-22\u001b]0;pwned\u0007", "3");
        assertThat(r.code()).isEqualTo(SpbeCommand.WRONG_USAGE);
        assertThat(Cli.rawControls(r.err())).isEmpty();
        assertThat(r.err()).contains("'2026-12-22\\u001b]0;pwned\\u0007' is not a date");
    }

    @Test
    void addWorkingDays_countBeyondTheEstimatedYears_badInputNamingTheYear() {
        Cli.Run r = Cli.run("calendar", "add-working-days", "2026-12-22", "2000000000");
        assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(r.err()).startsWith("spbe: no holiday data for year 2101; the calendar covers 2024, 2025, 2026 by decree and 1900-2100 by estimate");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void holidays_decreedYear_listsDaysOffWithDecreeAndPrivateLeavesOutCollectiveLeave() {
        Cli.Run civil = Cli.run("calendar", "holidays", "2026");
        Cli.Run priv = Cli.run("calendar", "holidays", "2026", "--workforce", "private");
        assertThat(civil.code()).isZero();
        assertThat(civil.out().lines()).hasSize(25).anyMatch(l -> l.startsWith("2026-12-24  Thu  cuti bersama    Cuti Bersama Kelahiran Yesus Kristus"))
                .noneMatch(l -> l.contains("[estimated]"));
        assertThat(priv.out().lines()).hasSize(17).noneMatch(l -> l.contains("cuti bersama"));
    }

    @Test
    void holidays_yearWithoutDecree_saysEstimatedAndMarksEachDay() throws Exception {
        Cli.Run r = Cli.run("calendar", "holidays", "2027");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().toList()).first().asString().startsWith("2027 has no decreed holidays yet: these are estimates");
        assertThat(r.out().lines().skip(1)).hasSize(14).allMatch(l -> l.endsWith("[estimated]"));
        assertThat(r.out()).contains("2027-03-26  Fri  libur nasional  Wafat Yesus Kristus  [estimated]");
        JsonNode j = JSON.readTree(Cli.run("calendar", "holidays", "2027", "--format", "json").out());
        assertThat(j.get("estimated").asBoolean()).isTrue();
        assertThat(j.get("holidays")).hasSize(14).allMatch(h -> h.get("estimated").asBoolean());
    }

    @Test
    void holidays_yearOutOfRange_refused() {
        Cli.Run zero = Cli.run("calendar", "holidays", "0");
        Cli.Run far = Cli.run("calendar", "holidays", "2150");
        assertThat(zero.code()).isEqualTo(SpbeCommand.WRONG_USAGE);
        assertThat(zero.err()).contains("YEAR is 0; it must be a year from 1 to 9999");
        assertThat(far.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(far.err()).contains("no holiday data for year 2150");
    }

    @Test
    void calendar_withoutSubcommand_wrongUsageNamingThem() {
        Cli.Run r = Cli.run("calendar");
        assertThat(r.code()).isEqualTo(SpbeCommand.WRONG_USAGE);
        assertThat(r.err()).contains("a subcommand is required: add-working-days DATE N or holidays YEAR");
    }
}
