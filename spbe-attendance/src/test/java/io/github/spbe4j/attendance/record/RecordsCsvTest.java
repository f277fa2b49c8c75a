package io.github.spbe4j.attendance.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.attendance.checkin.Fix;
import io.github.spbe4j.attendance.checkin.GeoPoint;
import io.github.spbe4j.attendance.testing.AttendanceSample;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import io.github.spbe4j.core.identifier.Nip;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RecordsCsvTest {

    private static final ZoneId WIB = IndonesiaTimeZone.WIB.zoneId();
    private static final String NIP = "199001012020121001";
    private static final String NIP2 = "196805071987121001";
    private static final String HEADER = RecordsCsv.HEADER + "\n";

    static List<RecordsCsv.Row> read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    static List<RecordsCsv.Row> read(byte[] bytes) {
        List<RecordsCsv.Row> rows = new ArrayList<>();
        long count = RecordsCsv.forEach(new ByteArrayInputStream(bytes), "t.csv", WIB, rows::add);
        assertThat(count).isEqualTo(rows.size());
        return rows;
    }

    static InvalidRecordException refused(String text) {
        try {
            read(text);
        } catch (InvalidRecordException e) {
            return e;
        }
        throw new AssertionError("accepted: " + text);
    }

    private static Instant wib(String dateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(dateTime), WIB).toInstant();
    }

    @Test
    void forEach_validLines_yieldImportedUnverifiedRecordsInTheZone() {
        List<RecordsCsv.Row> rows = read(HEADER + NIP + ",2026-03-02,07:25,16:05\n" + NIP2 + ",2026-03-02,07:31:10,\n");

        assertThat(rows).hasSize(2);
        AttendanceRecord first = rows.get(0).record();
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(first.employee()).isEqualTo(Nip.parse(NIP));
        assertThat(first.date()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(first.checkIn().at()).isEqualTo(Instant.parse("2026-03-02T00:25:00Z"));
        assertThat(first.checkIn().method()).isEqualTo(Method.IMPORTED);
        assertThat(first.checkIn().outcome()).isEqualTo(Outcome.UNVERIFIED);
        assertThat(first.checkOut()).map(Punch::at).contains(Instant.parse("2026-03-02T09:05:00Z"));
        assertThat(first.checkIn().zoneLabel()).isEqualTo("WIB");
        assertThat(rows.get(0).opd()).isEmpty();
        AttendanceRecord second = rows.get(1).record();
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(second.isOpen()).as("empty check_out: no check-out").isTrue();
        assertThat(second.checkIn().localTime()).isEqualTo(LocalTime.of(7, 31, 10));
    }

    @Test
    void forEach_checkOutBeforeCheckIn_isTheNextDay() {
        List<RecordsCsv.Row> rows = read(HEADER + NIP + ",2026-03-02,21:00,07:00\n");

        AttendanceRecord night = rows.get(0).record();
        assertThat(night.checkOut()).map(Punch::at).contains(wib("2026-03-03T07:00"));
        assertThat(night.duration()).contains(Duration.ofHours(10));
        assertThat(night.date()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void forEach_checkOutOneSecondBeforeCheckIn_isAlmostADayAndAccepted() {
        List<RecordsCsv.Row> rows = read(HEADER + NIP + ",2026-03-02,07:00:00,06:59:59\n");

        assertThat(rows.get(0).record().duration()).contains(Duration.ofHours(24).minusSeconds(1));
    }

    @Test
    void forEach_checkOutEqualsCheckIn_isRefused() {
        InvalidRecordException e = refused(HEADER + NIP + ",2026-03-02,07:30,07:30\n");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("line 2, check_out");
            assertThat(p.rule()).isEqualTo(AttendanceRecord.RULE);
            assertThat(p.message()).isEqualTo("line 2, check_out \"07:30\" equals check_in; a check-out is after the check-in"
                    + " and less than 24 hours later");
        });
    }

    @Test
    void forEach_zoneColumn_readsThatLineInItsZone() {
        List<RecordsCsv.Row> rows = read(RecordsCsv.HEADER + ",zone\n" + NIP + ",2026-03-02,07:30,16:00,WITA\n"
                + NIP + ",2026-03-03,07:30,16:00,\n" + NIP + ",2026-03-04,07:30,16:00,WIT\n");

        assertThat(rows).extracting(r -> r.record().checkIn().at()).containsExactly(Instant.parse("2026-03-01T23:30:00Z"),
                Instant.parse("2026-03-03T00:30:00Z"), Instant.parse("2026-03-03T22:30:00Z"));
        assertThat(rows).extracting(r -> r.record().checkIn().zoneLabel()).containsExactly("WITA", "WIB", "WIT");
    }

    @Test
    void forEach_everyOptionalColumn_mapsToThePunches() {
        String header = RecordsCsv.HEADER + ",out_device,out_accuracy,out_lon,out_lat,out_location,in_device,in_accuracy,"
                + "in_lon,in_lat,in_location,zone,opd\n";
        List<RecordsCsv.Row> rows = read(header + NIP + ",2026-03-02,07:25,16:05,phone-2,8,109.3426,-0.0265,KANTOR-B,"
                + "phone:1,12.5,109.3425,-0.0263,KANTOR-A,WIB,Dinas Komunikasi dan Informatika\n");

        RecordsCsv.Row row = rows.get(0);
        assertThat(row.opd()).contains("Dinas Komunikasi dan Informatika");
        Punch in = row.record().checkIn();
        assertThat(in.location()).contains("KANTOR-A");
        assertThat(in.device()).contains("phone:1");
        assertThat(in.fix()).contains(Fix.of(GeoPoint.of("-0.0263", "109.3425"), 12.5));
        Punch out = row.record().checkOut().orElseThrow();
        assertThat(out.location()).contains("KANTOR-B");
        assertThat(out.device()).contains("phone-2");
        assertThat(out.fix()).contains(Fix.of(GeoPoint.of("-0.0265", "109.3426"), 8));
        assertThat(out.method()).isEqualTo(Method.IMPORTED);
    }

    @Test
    void forEach_bomCrlfBlankLinesAndNoLastNewline_areRead() {
        byte[] body = (RecordsCsv.HEADER + "\r\n" + NIP + ",2026-03-02,07:25,16:05\r\n\r\n\n" + NIP + ",2026-03-03,07:25,16:05")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        assertThat(read(bytes)).extracting(RecordsCsv.Row::line).containsExactly(2L, 5L);
    }

    @Test
    void forEach_attendanceDocExample_readsAsDocsAttendanceMdSays() {
        List<RecordsCsv.Row> rows = read("""
                nip,date,check_in,check_out,opd,in_lat,in_lon,in_accuracy,in_device
                199001012020121001,2026-03-02,07:52:10,15:04:31,DISKOMINFO,-0.026055,109.342333,10.9,and-35fc23ba
                199001012020121001,2026-03-03,21:00,07:00,DISKOMINFO,,,,
                196805071987121001,2026-03-03,08:12:20,,BAPPEDA,-0.031754,109.335873,9.4,and-7edd7716
                """);

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).record().checkOut().orElseThrow().localDate()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(rows.get(2).record().isOpen()).isTrue();
    }

    @Test
    void forEach_attendanceDocErrorExample_hasTheDocumentedMessage() {
        String text = RecordsCsv.HEADER + ",in_lat,in_lon,in_accuracy\n" + (NIP + ",2026-03-02,07:25,16:05,,,\n").repeat(5)
                + NIP + ",2026-03-02,07:25,25:61,,,\n" + NIP + ",2026-03-02,07:25,16:05,,,\n" + NIP + ",2026-03-02,07:25,16:05,-0.02,109.3,-5\n";
        assertThatThrownBy(() -> RecordsCsv.forEach(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "absen.csv", WIB,
                row -> { })).hasMessage("records file absen.csv has 2 problems: line 7, check_out \"25:61\" is not a time of day;"
                        + " times are HH:mm or HH:mm:ss, from 00:00 to 23:59:59; line 9, in_accuracy \"-5\" is negative; an accuracy is"
                        + " a radius in metres, 0 or more");
    }

    @Test
    void forEach_headerOnly_yieldsNothing() {
        assertThat(read(RecordsCsv.HEADER)).isEmpty();
    }

    static Stream<Arguments> badLines() {
        return Stream.of(
                Arguments.of("12345,2026-03-02,07:25,16:05", "line 2, nip", "Digits", "12345"),
                Arguments.of("199013012020121001,2026-03-02,07:25,16:05", "line 2, nip", "BirthDate", "does not exist"),
                Arguments.of(",2026-03-02,07:25,16:05", "line 2, nip", "Required", "is empty"),
                Arguments.of(NIP + ",2026-02-30,07:25,16:05", "line 2, date", "Date", "\"2026-02-30\" is not a date"),
                Arguments.of(NIP + ",02/03/2026,07:25,16:05", "line 2, date", "Date", "yyyy-MM-dd"),
                Arguments.of(NIP + ",2026-03-02,24:00,", "line 2, check_in", "Time", "midnight is 00:00 of the next day"),
                Arguments.of(NIP + ",2026-03-02,07:25,25:61", "line 2, check_out", "Time", "\"25:61\" is not a time of day"),
                Arguments.of(NIP + ",2026-03-02,7:25,16:05", "line 2, check_in", "Time", "HH:mm or HH:mm:ss"),
                Arguments.of(NIP + ",2026-03-02,07:25:60,16:05", "line 2, check_in", "Time", "not a time of day"),
                Arguments.of(NIP + ",2026-03-02,,16:05", "line 2, check_in", "Required", "every record has a check-in"),
                Arguments.of(NIP + ",2026-03-02, 07:25,16:05", "line 2, check_in", "Time", "\" 07:25\""),
                Arguments.of(NIP + ",2026-03-02,07:25", "line 2", RecordsCsv.RULE, "has 3 fields; the header has 4 columns"),
                Arguments.of(NIP + ",2026-03-02,07:25,16:05,", "line 2", RecordsCsv.RULE, "has 5 fields"),
                Arguments.of(NIP + ",\"2026-03-02\",07:25,16:05", "line 2, date", RecordsCsv.RULE, "holds a quote"),
                Arguments.of(NIP + ",2026-03-02,07:25,16:05,\"x\"", "line 2, field 5", RecordsCsv.RULE, "never quoted"),
                Arguments.of(NIP + "\u0000,2026-03-02,07:25,16:05", "line 2, nip", "Digits", "\\u0000"),
                Arguments.of(NIP + ",2026-03-02\u001b[2J,07:25,16:05", "line 2, date", "Date", "\\u001b[2J"));
    }

    @ParameterizedTest
    @MethodSource("badLines")
    void forEach_badLine_isOneProblemNamingLineColumnRuleAndValue(String line, String path, String rule, String words) {
        InvalidRecordException e = refused(HEADER + line + "\n");

        assertThat(e.problems()).first().satisfies(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.rule()).isEqualTo(rule);
            assertThat(p.message()).startsWith(path).contains(words);
        });
        assertThat(e.getMessage()).startsWith("records file t.csv").doesNotContain("\u0000", "\u001b");
    }

    static Stream<Arguments> badOptionalFields() {
        String header = RecordsCsv.HEADER + ",opd,in_lat,in_lon,in_accuracy,in_location,in_device,out_location\n";
        String row = NIP + ",2026-03-02,07:25,16:05,";
        return Stream.of(
                Arguments.of(header + row + "DISKOMINFO,-0.0263,,5,,,", "line 2, in_lat", Punch.RULE, "in_lon is empty"),
                Arguments.of(header + row + "DISKOMINFO,,109.3,5,,,", "line 2, in_lon", Punch.RULE, "in_lat is empty"),
                Arguments.of(header + row + "DISKOMINFO,,,5,,,", "line 2, in_accuracy", Punch.RULE, "without in_lat and in_lon"),
                Arguments.of(header + row + "DISKOMINFO,-0.0263,109.3425,-5,,,", "line 2, in_accuracy", "Accuracy", "is negative"),
                Arguments.of(header + row + "DISKOMINFO,-0.0263,109.3425,,,,", "line 2, in_accuracy", Punch.RULE, "with its accuracy"),
                Arguments.of(header + row + "DISKOMINFO,-0.0263,109.3425,1e3,,,", "line 2, in_accuracy", "Decimal", "no exponent"),
                Arguments.of(header + row + "DISKOMINFO,-91,109.3425,5,,,", "line 2, in_lat", "GeoPoint", "out of range"),
                Arguments.of(header + row + "DISKOMINFO,-0.0263,190,5,,,", "line 2, in_lon", "GeoPoint", "out of range"),
                Arguments.of(header + row + "DISKOMINFO,-0.012345678901,109.3,5,,,", "line 2, in_lat", "GeoPoint", "decimal places"),
                Arguments.of(header + row + "DISKOMINFO,,,,KANTOR A,,", "line 2, in_location", Punch.RULE, "A-Z a-z 0-9"),
                Arguments.of(header + row + "DISKOMINFO,,,,,dev/1,", "line 2, in_device", Punch.RULE, "\"dev/1\""),
                Arguments.of(header + row + "DIS\u001bKOMINFO,,,,,,", "line 2, opd", "Text", "control character U+001B"),
                Arguments.of(header + row + "DIS\u200bKOMINFO,,,,,,", "line 2, opd", "Text", "invisible character U+200B"),
                Arguments.of(header + row + "DIS\u202eKOMINFO,,,,,,", "line 2, opd", "Text", "bidirectional control"),
                Arguments.of(header + row + "x".repeat(101) + ",,,,,,", "line 2, opd", "Length", "at most 100"),
                Arguments.of(header + NIP + ",2026-03-02,07:25,,DISKOMINFO,,,,,,KANTOR-A", "line 2, out_location", Punch.RULE,
                        "but check_out is empty"),
                Arguments.of(RecordsCsv.HEADER + ",zone\n" + row + "wib", "line 2, zone", "Zone", "WIB, WITA or WIT"));
    }

    @ParameterizedTest
    @MethodSource("badOptionalFields")
    void forEach_badOptionalField_isAProblemNamingTheColumn(String text, String path, String rule, String words) {
        InvalidRecordException e = refused(text);

        assertThat(e.problems()).first().satisfies(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.rule()).isEqualTo(rule);
            assertThat(p.message()).contains(words);
        });
        assertThat(e.getMessage()).doesNotContain("\u001b", "\u202e", "\u200b");
    }

    static Stream<Arguments> badHeaders() {
        return Stream.of(
                Arguments.of("", "line 1 is \"" + NIP),
                Arguments.of(NIP + ",2026-03-02,07:25,16:05\n", "a records file starts with the header line"),
                Arguments.of("nip,date,check_in\n", "a records file starts with the header line"),
                Arguments.of("date,nip,check_in,check_out\n", "a records file starts with the header line"),
                Arguments.of("NIP,date,check_in,check_out\n", "a records file starts with the header line"),
                Arguments.of(RecordsCsv.HEADER + ",shift\n", "line 1, column 5 \"shift\" is not a column of a records file"),
                Arguments.of(RecordsCsv.HEADER + ",opd,opd\n", "line 1, column 6 \"opd\" repeats column 5"),
                Arguments.of(RecordsCsv.HEADER + ",nip\n", "line 1, column 5 \"nip\" repeats column 1"),
                Arguments.of(RecordsCsv.HEADER + ",in_lat\n", "has the column in_lat but not in_lon"),
                Arguments.of(RecordsCsv.HEADER + ",out_accuracy\n", "has the column out_accuracy but not out_lat and out_lon"),
                Arguments.of(RecordsCsv.HEADER + ",\"opd\"\n", "line 1, column 5 \"\\\"opd\\\"\" is not a column"));
    }

    @ParameterizedTest
    @MethodSource("badHeaders")
    void forEach_missingOrWrongHeader_refusesBeforeAnyRow(String text, String words) {
        List<RecordsCsv.Row> seen = new ArrayList<>();
        assertThatThrownBy(() -> RecordsCsv.forEach(new ByteArrayInputStream((text + NIP + ",2026-03-02,07:25,16:05\n")
                .getBytes(StandardCharsets.UTF_8)), "t.csv", WIB, seen::add))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining(words);
        assertThat(seen).isEmpty();
    }

    @Test
    void forEach_emptyInput_isRefused() {
        assertThat(refused("").getMessage()).isEqualTo("records file t.csv: the file is empty; a records file starts with the"
                + " header line nip,date,check_in,check_out");
    }

    @Test
    void forEach_overlongLine_isOneProblemAndTheRestIsRead() {
        List<RecordsCsv.Row> seen = new ArrayList<>();
        String text = HEADER + NIP + ",2026-03-02,07:25,16:05" + ",".repeat(5000) + "\n" + NIP + ",2026-03-03,07:25,16:05\n";

        assertThatThrownBy(() -> RecordsCsv.forEach(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", WIB,
                seen::add)).isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems()).singleElement()
                        .extracting(Problem::message).isEqualTo("line 2 has 5041 bytes; a line has at most 4096"));
        assertThat(seen).extracting(RecordsCsv.Row::line).containsExactly(3L);
    }

    @Test
    void forEach_lineOfExactlyTheLimit_isReadWithLfOrCrlf_andOneByteMoreIsRefused() {
        String header = RecordsCsv.HEADER + ",opd\n";
        String start = NIP + ",2026-03-02,07:25,16:05,";
        String atLimit = start + "x".repeat(RecordsCsv.MAX_LINE_BYTES - start.length());
        String accentOver = atLimit.substring(0, atLimit.length() - 1) + "\u00e9";
        assertThat(atLimit).hasSize(RecordsCsv.MAX_LINE_BYTES);

        // 4,054 x are too long an opd: the line is read, and refused for its opd, not for its length
        assertThat(refused(header + atLimit + "\r\n").problems()).extracting(Problem::path).containsExactly("line 2, opd");
        assertThat(refused(header + atLimit + "\n").problems()).extracting(Problem::path).containsExactly("line 2, opd");
        assertThat(refused(header + atLimit + "x\n").problems()).extracting(Problem::message)
                .containsExactly("line 2 has 4097 bytes; a line has at most 4096");
        assertThat(refused(header + accentOver).problems()).extracting(Problem::message)
                .containsExactly("line 2 has 4097 bytes; a line has at most 4096");
    }

    @Test
    void forEach_streamGivingFewBytesAtATime_readsWhatTheWholeFileGives() {
        byte[] bytes = AttendanceSample.generate().getBytes(StandardCharsets.UTF_8);
        Random random = new Random(5);
        java.io.InputStream trickle = new java.io.InputStream() {
            private int at;

            @Override
            public int read() {
                return at < bytes.length ? bytes[at++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (at >= bytes.length) {
                    return -1;
                }
                int n = Math.min(Math.min(len, 1 + random.nextInt(7)), bytes.length - at);
                System.arraycopy(bytes, at, b, off, n);
                at += n;
                return n;
            }
        };
        List<RecordsCsv.Row> rows = new ArrayList<>();

        RecordsCsv.forEach(trickle, "trickle", WIB, rows::add);

        assertThat(rows).isEqualTo(read(bytes));
    }

    @Test
    void forEach_notUtf8_isAProblemNamingTheByte() {
        byte[] bytes = (HEADER + NIP + ",2026-03-02,07:25,16:05,\n").getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 2] = (byte) 0xFF;

        assertThatThrownBy(() -> read(bytes)).isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("line 2 is not UTF-8 text: byte 0xFF at byte 42");
    }

    @Test
    void forEach_101BadLines_keeps100ProblemsAndCountsTheRest() {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int i = 0; i < 101; i++) {
            sb.append(NIP).append(",2026-03-02,25:00,\n");
        }

        InvalidRecordException e = refused(sb.toString());

        assertThat(e.problems()).hasSize(100);
        assertThat(e.omitted()).isEqualTo(1);
        assertThat(e.problems().get(99).path()).isEqualTo("line 101, check_in");
        assertThat(e.getMessage()).startsWith("records file t.csv has 101 problems: line 2, check_in \"25:00\"")
                .endsWith("; and 1 more");
    }

    @Test
    void forEach_badLinesAmongGood_handsOverTheGoodOnesAndThrowsAtTheEnd() {
        List<RecordsCsv.Row> seen = new ArrayList<>();
        String text = HEADER + NIP + ",2026-03-02,07:25,16:05\n" + NIP + ",2026-03-03,07:25,07:25\n" + NIP2
                + ",2026-03-03,07:25,16:05\n";

        assertThatThrownBy(() -> RecordsCsv.forEach(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", WIB,
                seen::add)).isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("line 3, check_out"));
        assertThat(seen).extracting(RecordsCsv.Row::line).containsExactly(2L, 4L);
    }

    @Test
    void forEach_sameEmployeeAndDateTwice_isNotAProblemOfTheReader() {
        assertThat(read(HEADER + NIP + ",2026-03-02,07:25,12:00\n" + NIP + ",2026-03-02,13:00,16:05\n")).hasSize(2);
    }

    @Test
    void forEach_consumerThrows_passesThrough() {
        String text = HEADER + NIP + ",2026-03-02,07:25,16:05\n";
        assertThatThrownBy(() -> RecordsCsv.forEach(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", WIB,
                row -> {
                    throw new IllegalStateException("full");
                })).isInstanceOf(IllegalStateException.class).hasMessage("full");
    }

    @Test
    void forEach_noSuchFile_isAnSpbeExceptionSayingSo() {
        assertThatThrownBy(() -> RecordsCsv.forEach(Path.of("target/no-such-records.csv"), WIB, row -> { }))
                .isInstanceOf(SpbeException.class).hasMessage("cannot read records file target/no-such-records.csv: no such file");
    }

    @Test
    void check_sampleFile_readsEveryLineWithoutProblems() {
        Path sample = sample();

        assertThat(RecordsCsv.check(sample, WIB)).isBetween(380L, 700L);
        Map<String, Long> byOpd = new HashMap<>();
        RecordsCsv.forEach(sample, WIB, row -> byOpd.merge(row.opd().orElseThrow(), 1L, Long::sum));
        assertThat(byOpd).containsOnlyKeys("DISKOMINFO", "BAPPEDA", "DISDUKCAPIL");
    }

    @Test
    void sampleFile_isWhatItsGeneratorWrites() throws IOException {
        assertThat(Files.readString(sample(), StandardCharsets.UTF_8)).isEqualTo(AttendanceSample.generate());
    }

    @Test
    void sampleFile_holdsThePlantedAnomalies() {
        List<RecordsCsv.Row> rows = new ArrayList<>();
        RecordsCsv.forEach(sample(), WIB, rows::add);

        Set<Nip> sameSpot = rows.stream().filter(r -> r.record().checkIn().fix().map(f -> f.point()
                .equals(GeoPoint.of(AttendanceSample.FAKE_LAT, AttendanceSample.FAKE_LON))).orElse(false))
                .map(r -> r.record().employee()).collect(Collectors.toSet());
        assertThat(sameSpot).hasSize(4);
        Map<String, Set<Nip>> devices = new HashMap<>();
        rows.stream().filter(r -> r.record().date().equals(LocalDate.of(2026, 3, 16))).forEach(r -> devices
                .computeIfAbsent(r.record().checkIn().device().orElseThrow(), k -> new HashSet<>()).add(r.record().employee()));
        assertThat(devices.values()).filteredOn(s -> s.size() > 1).singleElement().satisfies(s -> assertThat(s).hasSize(2));
        assertThat(rows).filteredOn(r -> r.record().isOpen()).hasSize(1);
        assertThat(rows).filteredOn(r -> r.record().duration().map(d -> d.toMinutes() < 60).orElse(false)).singleElement()
                .satisfies(r -> assertThat(r.record().checkOut().orElseThrow().fix().orElseThrow().point().latitude())
                        .isGreaterThan(java.math.BigDecimal.ONE));
        Set<LocalDate> days = rows.stream().map(r -> r.record().date()).collect(Collectors.toSet());
        assertThat(days).hasSize(17).doesNotContain(LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 19),
                LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 24));
    }

    /** Random valid files, written from records drawn from a seed, read back to the same records. */
    @ParameterizedTest
    @MethodSource("seeds")
    void forEach_generatedFile_readsBackTheRecordsItWasWrittenFrom(long seed) {
        Random random = new Random(seed);
        List<AttendanceRecord> expected = new ArrayList<>();
        List<Optional<String>> opds = new ArrayList<>();
        StringBuilder sb = new StringBuilder(RecordsCsv.HEADER + ",zone,opd,in_location,in_lat,in_lon,in_accuracy,out_device\n");
        String[] nips = {NIP, NIP2, "200012312024211001"};
        String[] zones = {"", "WIB", "WITA", "WIT"};
        for (int i = 0; i < 300; i++) {
            String nip = nips[random.nextInt(nips.length)];
            LocalDate date = LocalDate.of(2024 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
            LocalTime in = LocalTime.ofSecondOfDay(random.nextInt(86_400));
            boolean seconds = random.nextBoolean();
            if (!seconds) {
                in = in.withSecond(0);
            }
            String zoneName = zones[random.nextInt(zones.length)];
            ZoneId zone = zoneName.isEmpty() ? WIB : IndonesiaTimeZone.valueOf(zoneName).zoneId();
            // the oracle: java.time's own arithmetic on zoned date-times
            ZonedDateTime inAt = ZonedDateTime.of(date, in, zone);
            Punch checkIn = Punch.imported(inAt.toInstant(), zone);
            String location = random.nextBoolean() ? "" : "LOC-" + random.nextInt(100);
            if (!location.isEmpty()) {
                checkIn = checkIn.withLocation(location);
            }
            String lat = "";
            String lon = "";
            String accuracy = "";
            if (random.nextBoolean()) {
                lat = String.format("%.6f", random.nextDouble() * 20 - 10);
                lon = String.format("%.5f", 95 + random.nextDouble() * 46);
                accuracy = Integer.toString(random.nextInt(100));
                checkIn = checkIn.withFix(Fix.of(GeoPoint.of(lat, lon), Double.parseDouble(accuracy)));
            }
            String outText = "";
            String device = "";
            AttendanceRecord record;
            if (random.nextInt(5) == 0) {
                record = AttendanceRecord.open(Nip.parse(nip), date, checkIn);
            } else {
                long minutes = 1 + random.nextInt(24 * 60 - 1);
                ZonedDateTime outAt = inAt.plusMinutes(minutes);
                if (!seconds) {
                    outAt = outAt.withSecond(0);
                }
                outText = outAt.toLocalTime().format(java.time.format.DateTimeFormatter.ofPattern(seconds ? "HH:mm:ss" : "HH:mm"));
                Punch checkOut = Punch.imported(outAt.toInstant(), zone);
                if (random.nextBoolean()) {
                    device = "dev-" + random.nextInt(1000);
                    checkOut = checkOut.withDevice(device);
                }
                record = AttendanceRecord.of(Nip.parse(nip), date, checkIn, checkOut);
            }
            String opd = random.nextBoolean() ? "" : "Dinas " + random.nextInt(10) + " Kota Contoh";
            expected.add(record);
            opds.add(opd.isEmpty() ? Optional.empty() : Optional.of(opd));
            sb.append(nip).append(',').append(date).append(',')
                    .append(in.format(java.time.format.DateTimeFormatter.ofPattern(seconds ? "HH:mm:ss" : "HH:mm"))).append(',')
                    .append(outText).append(',').append(zoneName).append(',').append(opd).append(',').append(location).append(',')
                    .append(lat).append(',').append(lon).append(',').append(accuracy).append(',').append(device).append('\n');
            if (random.nextInt(50) == 0) {
                sb.append('\n');
            }
        }

        List<RecordsCsv.Row> rows = read(sb.toString());

        assertThat(rows).extracting(RecordsCsv.Row::record).containsExactlyElementsOf(expected);
        assertThat(rows).extracting(RecordsCsv.Row::opd).containsExactlyElementsOf(opds);
    }

    static Stream<Long> seeds() {
        return Stream.of(1L, 2L, 3L, 20260302L);
    }

    private static Path sample() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve(AttendanceSample.FILE))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new UncheckedIOException(new IOException("no " + AttendanceSample.FILE + " above the working directory"));
        }
        return dir.resolve(AttendanceSample.FILE);
    }
}
