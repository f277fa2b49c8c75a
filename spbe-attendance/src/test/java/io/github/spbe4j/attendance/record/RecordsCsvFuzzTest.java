package io.github.spbe4j.attendance.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.spbe4j.attendance.testing.AttendanceSample;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import io.github.spbe4j.core.internal.TextPolicy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Fuzz tests of the records CSV reader ({@link RecordsCsv#forEach(java.io.InputStream, String, ZoneId,
 * java.util.function.Consumer)}) with Jazzer's JUnit integration: whatever the bytes, the reader hands over
 * rows and returns, or throws an {@link InvalidRecordException}, never anything else; a refusal keeps at most
 * 100 problems and its message and every problem are one terminal-safe line; every row handed over keeps
 * the record rules (check-in on the row's date, check-out after it and less than 24 hours later) and an
 * {@code opd} that passes the text policy for names; the count returned is the rows handed over.
 *
 * <p>{@code mvn test} runs each on its seed corpus only
 * ({@code src/test/resources/io/github/spbe4j/attendance/record/RecordsCsvFuzzTestInputs/<method>/}). To fuzz
 * for real, one at a time, from the repository root:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl spbe-attendance -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='RecordsCsvFuzzTest#forEach_anyBytes_rowsOrInvalidRecordException' \
 *     -Djazzer.instrument='io.github.spbe4j.**'
 * </pre>
 *
 * <p>The other is {@code forEach_mutatedSample_rowsOrInvalidRecordException}, which splices the fuzzer's
 * bytes into the first lines of Kota Contoh's sample file. Add every crash as a seed, renamed to say what it
 * tests.
 */
class RecordsCsvFuzzTest {

    private static final ZoneId WIB = IndonesiaTimeZone.WIB.zoneId();
    private static final byte[] SAMPLE = firstLines(AttendanceSample.generate(), 40).getBytes(StandardCharsets.UTF_8);

    @FuzzTest(maxDuration = "3m")
    void forEach_anyBytes_rowsOrInvalidRecordException(byte[] input) {
        check(input);
    }

    @FuzzTest(maxDuration = "3m")
    void forEach_mutatedSample_rowsOrInvalidRecordException(FuzzedDataProvider data) {
        int at = data.consumeInt(0, SAMPLE.length);
        int cut = data.consumeInt(0, 200);
        byte[] inserted = data.consumeRemainingAsBytes();
        int rest = Math.min(SAMPLE.length, at + cut);
        byte[] input = new byte[at + inserted.length + SAMPLE.length - rest];
        System.arraycopy(SAMPLE, 0, input, 0, at);
        System.arraycopy(inserted, 0, input, at, inserted.length);
        System.arraycopy(SAMPLE, rest, input, at + inserted.length, SAMPLE.length - rest);
        check(input);
    }

    /** Reads the bytes and checks the outcome. */
    static void check(byte[] input) {
        List<RecordsCsv.Row> rows = new ArrayList<>();
        long count;
        try {
            count = RecordsCsv.forEach(new ByteArrayInputStream(input), "fuzz.csv", WIB, row -> {
                checkRow(row);
                rows.add(row);
            });
        } catch (InvalidRecordException e) {
            checkMessage(e, new String(input, StandardCharsets.UTF_8));
            return;
        }
        assertThat(count).as("rows returned").isEqualTo(rows.size());
    }

    private static void checkRow(RecordsCsv.Row row) {
        AttendanceRecord r = row.record();
        assertThat(r.checkIn().localDate()).as("check-in date of %s", r).isEqualTo(r.date());
        assertThat(r.checkIn().method()).isEqualTo(Method.IMPORTED);
        r.checkOut().ifPresent(out -> {
            assertThat(out.at()).as("check-out of %s", r).isAfter(r.checkIn().at());
            assertThat(r.duration().orElseThrow()).as("length of %s", r).isLessThan(AttendanceRecord.MAX_LENGTH);
        });
        row.opd().ifPresent(opd -> {
            assertThat(TextPolicy.NAME.allows(opd)).as("opd %s", opd).isTrue();
            assertThat(opd.length()).isBetween(1, RecordsCsv.MAX_OPD_LENGTH);
        });
        assertThat(row.line()).isGreaterThanOrEqualTo(2);
    }

    /** Checks that an exception keeps at most 100 problems and that its message and each problem is one safe line. */
    static void checkMessage(SpbeException e, String input) {
        assertThat(e.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(SpbeException.MAX_PROBLEMS);
        assertThat(e.omitted()).isGreaterThanOrEqualTo(0);
        checkLine(e.getMessage(), e, input);
        for (Problem p : e.problems()) {
            checkLine(p.toString(), e, input);
            assertThat(p.path()).startsWith("line ");
        }
    }

    private static void checkLine(@Nullable String text, SpbeException e, String input) {
        if (text == null || text.isBlank()) {
            throw new AssertionError("blank message", e);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || TextPolicy.isBidiControl(c)
                    || Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                throw new AssertionError("U+" + String.format("%04X", (int) c) + " raw at " + i + " in the message", e);
            }
        }
        for (String internal : new String[] {"Exception", "java.lang.", "java.time.", "java.io."}) {
            if (text.contains(internal) && !input.contains(internal)) {
                throw new AssertionError("a library internal (" + internal + ") in the message: " + text, e);
            }
        }
    }

    private static String firstLines(String text, int lines) {
        int end = 0;
        for (int i = 0; i < lines && end >= 0; i++) {
            end = text.indexOf('\n', end) + 1;
        }
        return end <= 0 ? text : text.substring(0, end);
    }
}
