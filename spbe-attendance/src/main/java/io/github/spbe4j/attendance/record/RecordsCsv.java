package io.github.spbe4j.attendance.record;

import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.internal.StrictJson;
import io.github.spbe4j.core.internal.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The reader of attendance records as CSV, one record a line, streamed: however long the file, memory
 * stays bounded by one line, and each valid line is handed to a consumer as soon as it is read.
 *
 * <p>The format: UTF-8 with or without a byte order mark, lines ending in LF or CRLF (a last line without
 * one is fine), and a header line that starts with the four required columns {@value #HEADER}, followed
 * by any of the optional columns in any order: {@code opd}, {@code zone}, and for the check-in
 * {@code in_location}, {@code in_lat}, {@code in_lon}, {@code in_accuracy}, {@code in_device}, for the
 * check-out {@code out_location}, {@code out_lat}, {@code out_lon}, {@code out_accuracy},
 * {@code out_device}. An unknown or repeated column refuses the file. Every line after the header has as
 * many fields as the header has columns; fields are separated by commas and never quoted (a {@code "}
 * anywhere is a problem: no field of this format holds a comma or a quote); nothing is trimmed; empty
 * lines are skipped.
 *
 * <ul>
 *   <li>{@code nip}: the employee's 18-digit NIP, read strictly;</li>
 *   <li>{@code date}: the working day, {@code yyyy-MM-dd}; the check-in's local date;</li>
 *   <li>{@code check_in}: the local time, {@code HH:mm} or {@code HH:mm:ss} (00:00 to 23:59:59);</li>
 *   <li>{@code check_out}: the same, or empty when the employee did not check out; a time earlier than
 *       the check-in is on the next day (a night shift). It may not equal the check-in, and the record
 *       stays shorter than 24 hours ({@link AttendanceRecord});</li>
 *   <li>{@code opd}: the agency unit's code or name, at most {@value #MAX_OPD_LENGTH} characters, a name
 *       by the text policy for names (no control, bidirectional or invisible characters);</li>
 *   <li>{@code zone}: {@code WIB}, {@code WITA} or {@code WIT} for this line; empty for the zone the
 *       caller gives;</li>
 *   <li>{@code in_location}, {@code out_location}, {@code in_device}, {@code out_device}: ids as
 *       {@link Punch#withLocation(String)} and {@link Punch#withDevice(String)} take them;</li>
 *   <li>{@code in_lat}, {@code in_lon}, {@code in_accuracy} (and {@code out_…}): a GPS fix, plain
 *       decimal degrees ({@code -0.0265}, no exponent) and an accuracy radius in metres, not negative;
 *       latitude and longitude come both or neither, and a fix needs its accuracy; the header likewise
 *       has both or neither of a punch's {@code lat} and {@code lon} columns, and {@code accuracy} only
 *       with them. Out-fields need a check-out.</li>
 * </ul>
 * An empty optional field means unknown. Every punch read has method {@link Method#IMPORTED} and outcome
 * {@link Outcome#UNVERIFIED}: a file proves nothing about how it was taken.
 *
 * <p><b>The error contract.</b> A line with any problem is not handed to the consumer; every valid line
 * is, in file order, as it is read. When the file has problems, the call ends by throwing one
 * {@link InvalidRecordException} that lists them (the first {@value SpbeException#MAX_PROBLEMS}, the rest
 * counted), each naming the line, the column, the rule and the value. So the consumer may have seen rows
 * of a file that is then refused: <b>a caller must not commit what it built from the rows before the call
 * returns normally</b> — or it calls {@link #check(Path, ZoneId)} first and reads the file again. A
 * header that is missing or wrong refuses the file at once, before any row. A second record of the same
 * employee and date is not detected here (that would need memory growing with the file); the recap
 * handles duplicates.
 *
 * <p>Limits: a line has at most {@value #MAX_LINE_BYTES} bytes (a longer one is one problem and is
 * skipped without being kept), so the cost is linear in the file's size.
 *
 * <pre>{@code
 * long rows = RecordsCsv.forEach(Path.of("records.csv"), IndonesiaTimeZone.WIB.zoneId(),
 *         row -> recap.add(row.record(), row.opd()));
 * // no exception: every line was read; commit the recap now
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RecordsCsv {

    /** The four required columns, in order, at the start of the header line. */
    public static final String HEADER = "nip,date,check_in,check_out";

    /** The most bytes of one line, without its line ending. */
    public static final int MAX_LINE_BYTES = 4096;

    /** The longest {@code opd} value, in characters. */
    public static final int MAX_OPD_LENGTH = 100;

    /** The rule name of problems with the file's layout: header, fields, quotes, line length, encoding. */
    public static final String RULE = "RecordsCsv";

    private RecordsCsv() {
    }

    /**
     * One valid line of a records file.
     *
     * @param line the line number, from 1 (the header); at least 2
     * @param record the record
     * @param opd the agency unit's code or name, when the file has an {@code opd} column and the field is
     *     not empty
     * @since 0.1.0
     */
    public record Row(long line, AttendanceRecord record, Optional<String> opd) {

        /** Checks the arguments. */
        public Row {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(opd, "opd");
            if (line < 2) {
                throw InvalidRecordException.of("line", RULE, "a row is at line " + line
                        + "; rows start at line 2, after the header", Long.toString(line));
            }
        }
    }

    /**
     * Reads a records file, handing each valid line to a consumer as it is read.
     *
     * @param file the file
     * @param zone the zone of the local dates and times, unless a line's {@code zone} says otherwise; e.g.
     *     {@code IndonesiaTimeZone.WIB.zoneId()}
     * @param consumer receives each valid row, in file order; what it throws ends the read and passes
     *     through unchanged
     * @return how many rows the consumer received
     * @throws InvalidRecordException after the last line, listing every problem, when there are any; at
     *     once for a missing or wrong header
     * @throws SpbeException when the file cannot be read (no such file, permission denied)
     */
    public static long forEach(Path file, ZoneId zone, Consumer<? super Row> consumer) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(consumer, "consumer");
        String name = Text.oneLine(file.toString());
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new SpbeException("cannot read records file " + name + ": " + StrictJson.reason(e));
        }
        try (in) {
            return forEach(in, name, zone, consumer);
        } catch (IOException e) {
            throw new SpbeException("cannot read records file " + name + ": " + StrictJson.reason(e));
        }
    }

    /**
     * Reads records from a stream of CSV, which is not closed, handing each valid line to a consumer as it
     * is read.
     *
     * @param in the stream
     * @param source a name of the stream for messages, e.g. its file name
     * @param zone the zone of the local dates and times, unless a line's {@code zone} says otherwise
     * @param consumer receives each valid row, in file order; what it throws ends the read and passes
     *     through unchanged
     * @return how many rows the consumer received
     * @throws InvalidRecordException after the last line, listing every problem, when there are any; at
     *     once for a missing or wrong header
     * @throws SpbeException when the stream cannot be read
     */
    public static long forEach(InputStream in, String source, ZoneId zone, Consumer<? super Row> consumer) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(consumer, "consumer");
        String name = Text.oneLine(source);
        try {
            return new CsvRecordReader(in, name, zone).read(consumer);
        } catch (IOException e) {
            throw new SpbeException("cannot read records file " + name + ": " + StrictJson.reason(e));
        }
    }

    /**
     * Checks a records file without handing its rows anywhere: the first pass of an all-or-nothing
     * import.
     *
     * @param file the file
     * @param zone the zone of the local dates and times, unless a line's {@code zone} says otherwise
     * @return how many rows the file holds
     * @throws InvalidRecordException listing every problem, when there are any
     * @throws SpbeException when the file cannot be read
     */
    public static long check(Path file, ZoneId zone) {
        return forEach(file, zone, row -> { });
    }
}
