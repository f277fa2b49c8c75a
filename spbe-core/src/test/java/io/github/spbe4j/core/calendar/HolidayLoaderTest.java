package io.github.spbe4j.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.SpbeException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading holiday files: the shipped data, a region's file, and every rejection with its exact message. */
class HolidayLoaderTest {

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Holiday> read(String text) {
        return WorkingDayCalendar.readHolidays(json(text), "test.json");
    }

    @Test
    void readHolidays_shippedResource_equalsTheBuiltInCalendar() throws Exception {
        try (InputStream in = WorkingDayCalendar.class.getResourceAsStream("holidays-id-2024-2026.json")) {
            assertThat(in).isNotNull();
            List<Holiday> holidays = WorkingDayCalendar.readHolidays(in, "holidays-id-2024-2026.json");
            assertThat(holidays).hasSize(82);
            WorkingDayCalendar indonesia = WorkingDayCalendar.indonesia();
            assertThat(holidays).containsExactlyElementsOf(
                    List.of(2024, 2025, 2026).stream().flatMap(y -> indonesia.holidays(Year.of(y)).stream()).toList());
        }
    }

    @Test
    void load_regionalFile_addsRegionalDaysToTheNationalCalendar(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bali-2025.json");
        Files.writeString(file, """
                { "provenance": "test data",
                  "years": { "2025": [
                    { "date": "2025-04-23", "kind": "libur daerah", "name": "Hari Raya Galungan",
                      "decree": "Pergub Bali (test)", "region": "51" } ] } }
                """);
        List<Holiday> bali = WorkingDayCalendar.readHolidays(file);
        assertThat(bali).containsExactly(Holiday.regional(LocalDate.of(2025, 4, 23), "51", "Hari Raya Galungan", "Pergub Bali (test)"));
        WorkingDayCalendar c = WorkingDayCalendar.indonesia().withHolidays(bali);
        assertThat(c.isWorkingDay(LocalDate.of(2025, 4, 23))).isFalse();
        assertThat(WorkingDayCalendar.load(file).coveredYears()).as("regional days alone cover no year").isEmpty();
    }

    @Test
    void load_newYearFile_buildsCalendarForIt() {
        WorkingDayCalendar c = WorkingDayCalendar.load(json("""
                {"years": {"2027": [{"date": "2027-01-01", "kind": "libur nasional", "name": "Tahun Baru", "decree": "SKB (test)"}]}}
                """), "2027.json");
        assertThat(c.coveredYears()).containsExactly(Year.of(2027));
        assertThat(c.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void readHolidays_everyEntryProblem_reportedAllAtOnce() {
        assertThatThrownBy(() -> read("""
                {"years": {"2025": [
                  {"date": "2025-02-30", "kind": "libur nasional", "name": "A", "decree": "D"},
                  {"date": "2025-03-01", "kind": "libur", "name": "B", "decree": "D"},
                  {"date": "2026-01-01", "kind": "cuti bersama", "name": " ", "decree": "D"},
                  {"date": "2025-03-02", "kind": "libur daerah", "name": "C", "decree": "D"},
                  {"date": "2025-03-03", "kind": "libur nasional", "name": "E", "decree": "D", "region": "51"},
                  {"date": "2025-03-04", "kind": "libur nasional", "name": "F", "decree": 7, "note": "x"},
                  "2025-03-05"
                ]}}"""))
                .isInstanceOf(InvalidHolidayDataException.class)
                .isInstanceOf(SpbeException.class)
                .hasMessage("holiday file test.json has 9 problems: "
                        + "years.2025[0].date is \"2025-02-30\"; it must be an ISO date such as \"2025-08-18\"; "
                        + "years.2025[1].kind is \"libur\"; known kinds are \"libur nasional\", \"cuti bersama\", \"libur daerah\"; "
                        + "years.2025[2].date is \"2026-01-01\"; a date listed under 2025 must be in 2025; "
                        + "years.2025[2].name is blank; it must be a non-empty string; "
                        + "years.2025[3] is a regional holiday without a region; a regional holiday needs one; "
                        + "years.2025[4] is a libur nasional day with region 51; only a regional holiday has a region; "
                        + "years.2025[5].note is not a known field; known fields are date, decree, kind, name, region; "
                        + "years.2025[5].decree must be a string, was 7; "
                        + "years.2025[6] must be a JSON object, was \"2025-03-05\"");
    }

    @Test
    void readHolidays_duplicateDates_conflictingKindAndRepeatReported() {
        assertThatThrownBy(() -> read("""
                {"years": {"2025": [
                  {"date": "2025-08-18", "kind": "libur nasional", "name": "A", "decree": "D"},
                  {"date": "2025-08-18", "kind": "cuti bersama", "name": "B", "decree": "D"},
                  {"date": "2025-08-17", "kind": "libur nasional", "name": "C", "decree": "D"},
                  {"date": "2025-08-17", "kind": "libur nasional", "name": "C", "decree": "D"},
                  {"date": "2025-08-17", "kind": "libur daerah", "name": "R", "decree": "D", "region": "51"}
                ]}}"""))
                .isInstanceOf(InvalidHolidayDataException.class)
                .hasMessage("holiday file test.json has 2 problems: "
                        + "years.2025[1] (2025-08-18, cuti bersama) conflicts with years.2025[0] (2025-08-18, libur nasional); a date has one kind; "
                        + "years.2025[3] repeats date 2025-08-17 of years.2025[2]; a date is listed once");
    }

    @Test
    void readHolidays_documentProblems_namedWithFieldRuleAndValue() {
        assertThatThrownBy(() -> read("[]")).isInstanceOf(InvalidHolidayDataException.class)
                .hasMessage("holiday file test.json: the document must be a JSON object with \"years\", was []");
        assertThatThrownBy(() -> read("{\"provenance\": 1, \"year\": {}}")).isInstanceOf(InvalidHolidayDataException.class)
                .hasMessage("holiday file test.json has 3 problems: year is not a known field; known fields are provenance, years; "
                        + "provenance must be a string, was 1; years is missing; it must be an object of year to list of holidays");
        assertThatThrownBy(() -> read("{\"years\": {\"25\": [], \"2026\": {}}}")).isInstanceOf(InvalidHolidayDataException.class)
                .hasMessage("holiday file test.json has 2 problems: years.25 is not a year; year keys are four digits such as \"2027\"; "
                        + "years.2026 must be a list of holidays, was {}");
        assertThatThrownBy(() -> read("")).isInstanceOf(InvalidHolidayDataException.class)
                .hasMessage("holiday file test.json: the document is empty; expected a JSON object");
    }

    @Test
    void readHolidays_malformedJson_reportsLineAndColumnWithoutStackTraceText() {
        assertThatThrownBy(() -> read("{\"years\": {\n  \"2025\": [,]}}"))
                .isInstanceOf(InvalidHolidayDataException.class)
                .hasMessageStartingWith("holiday file test.json: not valid JSON at line 2, column ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void readHolidays_missingFile_saysSo(@TempDir Path dir) {
        Path missing = dir.resolve("none.json");
        assertThatThrownBy(() -> WorkingDayCalendar.readHolidays(missing))
                .isExactlyInstanceOf(SpbeException.class)
                .hasMessage("cannot read holiday file " + missing + ": no such file");
    }
}
