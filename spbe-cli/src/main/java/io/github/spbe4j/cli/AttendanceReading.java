package io.github.spbe4j.cli;

import io.github.spbe4j.attendance.record.RecordsCsv;
import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * How the attendance commands read a records CSV: the zone its local times are in ({@code --zone}), and
 * the reading itself, one row at a time. A file with any bad line fails as a whole, after every line was
 * read, so a command prints nothing from it.
 */
final class AttendanceReading {

    @Option(names = "--zone", defaultValue = "WIB", paramLabel = "ZONE",
            description = "The zone of the file's local dates and times: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE});"
                    + " a row's own zone column, when the file has one, wins.")
    private IndonesiaTimeZone zone = IndonesiaTimeZone.WIB;

    /** The zone of the file's local dates and times. */
    IndonesiaTimeZone zone() {
        return zone;
    }

    /**
     * Reads every row of the records file, handing each valid one to the consumer in file order.
     *
     * @param input the file, or standard input
     * @param consumer what takes each row
     * @return the number of rows read
     * @throws io.github.spbe4j.attendance.record.InvalidRecordException naming every bad line, after the
     *     whole file was read
     */
    long forEach(InputFile input, Consumer<RecordsCsv.Row> consumer) {
        return input.read(path -> RecordsCsv.forEach(path, zone.zoneId(), consumer),
                (in, name) -> RecordsCsv.forEach(in, name, zone.zoneId(), consumer));
    }
}
