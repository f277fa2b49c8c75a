package io.github.spbe4j.attendance.record;

import io.github.spbe4j.attendance.checkin.Fix;
import io.github.spbe4j.attendance.checkin.GeoPoint;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import io.github.spbe4j.core.identifier.InvalidIdentifierException;
import io.github.spbe4j.core.identifier.Nip;
import io.github.spbe4j.core.internal.ProblemList;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The streaming reader behind {@link RecordsCsv}: one per read, not thread-safe. It works on the bytes of
 * one line at a time (every field but {@code opd} is ASCII), parses digits by hand, keeps the last NIP and
 * date read for the next line, and converts local times to instants with a zone's fixed offset where the
 * zone has had no change of offset for the dates at hand.
 */
final class CsvRecordReader {

    /** The columns a records file may have. */
    enum Column {
        NIP("nip"), DATE("date"), CHECK_IN("check_in"), CHECK_OUT("check_out"), OPD("opd"), ZONE("zone"),
        IN_LOCATION("in_location"), IN_LAT("in_lat"), IN_LON("in_lon"), IN_ACCURACY("in_accuracy"), IN_DEVICE("in_device"),
        OUT_LOCATION("out_location"), OUT_LAT("out_lat"), OUT_LON("out_lon"), OUT_ACCURACY("out_accuracy"),
        OUT_DEVICE("out_device");

        static final Column[] ALL = values();
        static final int REQUIRED = 4;

        final String header;

        Column(String header) {
            this.header = header;
        }

        static @Nullable Column named(String name) {
            for (Column c : ALL) {
                if (c.header.equals(name)) {
                    return c;
                }
            }
            return null;
        }
    }

    /** How a zone turns local seconds into epoch seconds: a fixed offset after a last change, or its rules. */
    private record Shift(boolean fixed, long after, int offset) {
    }

    private static final int NIP_LENGTH = 18;
    private static final int DATE_LENGTH = 10;
    private static final int MAX_NUMBER_LENGTH = 40;
    private static final String OPTIONAL_COLUMNS = "opd, zone, in_location, in_lat, in_lon, in_accuracy, in_device, "
            + "out_location, out_lat, out_lon, out_accuracy, out_device";
    private static final ZoneId[] INDONESIAN = {IndonesiaTimeZone.WIB.zoneId(), IndonesiaTimeZone.WITA.zoneId(),
        IndonesiaTimeZone.WIT.zoneId()};

    private final InputStream in;
    private final String name;
    private final ZoneId defaultZone;
    private final ProblemList problems = ProblemList.inOrderFound();
    /** Every problem found, also past what the list can count. */
    private long reported;

    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;

    /** The bytes of the current line, at most one more than the limit (a CR before the LF). */
    private final byte[] line = new byte[RecordsCsv.MAX_LINE_BYTES + 1];
    private int from;
    private int to;
    private long length;
    private long lineNo;

    private Column[] columns = new Column[0];
    private final int[] index = new int[Column.ALL.length];
    private int[] starts = new int[0];
    private int[] ends = new int[0];

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer chars = CharBuffer.allocate(RecordsCsv.MAX_LINE_BYTES + 1);

    private final byte[] lastNipBytes = new byte[NIP_LENGTH];
    private @Nullable Nip lastNip;
    private final byte[] lastDateBytes = new byte[DATE_LENGTH];
    private @Nullable LocalDate lastDate;
    private final Map<ZoneId, Shift> shifts = new HashMap<>();
    private final byte[][] lastBytes = new byte[Column.ALL.length][];
    private final @Nullable String[] lastText = new String[Column.ALL.length];

    CsvRecordReader(InputStream in, String name, ZoneId defaultZone) {
        this.in = in;
        this.name = name;
        this.defaultZone = defaultZone;
        Arrays.fill(index, -1);
    }

    long read(Consumer<? super RecordsCsv.Row> consumer) throws IOException {
        if (!nextLine()) {
            report(Problem.of("line 1", RecordsCsv.RULE, "the file is empty; a records file starts with the header line "
                    + RecordsCsv.HEADER, null));
            throw refusal();
        }
        if (to - from >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF) {
            from = 3;
            length -= 3;
        }
        header();
        if (!problems.isEmpty()) {
            throw refusal();
        }
        long rows = 0;
        while (nextLine()) {
            if (length == 0) {
                continue;
            }
            if (length > RecordsCsv.MAX_LINE_BYTES) {
                report(Problem.of("line " + lineNo, RecordsCsv.RULE, "line " + lineNo + " has " + length
                        + " bytes; a line has at most " + RecordsCsv.MAX_LINE_BYTES, Long.toString(length)));
                continue;
            }
            RecordsCsv.Row row = row();
            if (row != null) {
                consumer.accept(row);
                rows++;
            }
        }
        if (!problems.isEmpty()) {
            throw refusal();
        }
        return rows;
    }

    private void report(Problem problem) {
        problems.add(problem);
        reported++;
    }

    private void omit(int more) {
        problems.omit(more);
        reported += more;
    }

    private InvalidRecordException refusal() {
        return new InvalidRecordException("records file " + name, problems.list(), problems.omitted());
    }

    // ---- lines

    /** Reads the next line into {@link #line}; false at the end of the input. */
    private boolean nextLine() throws IOException {
        int kept = 0;
        long total = 0;
        boolean any = false;
        while (true) {
            if (pos == limit && !fill()) {
                if (!any) {
                    return false;
                }
                break;
            }
            any = true;
            int start = pos;
            int nl = -1;
            for (int i = start; i < limit; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int stop = nl < 0 ? limit : nl;
            int n = stop - start;
            int room = line.length - kept;
            if (room > 0) {
                int copied = Math.min(room, n);
                System.arraycopy(buf, start, line, kept, copied);
                kept += copied;
            }
            total += n;
            if (nl >= 0) {
                pos = nl + 1;
                break;
            }
            pos = limit;
        }
        lineNo++;
        if (total == kept && kept > 0 && line[kept - 1] == '\r') {
            kept--;
            total--;
        }
        from = 0;
        to = kept;
        length = total;
        return true;
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    /** Checks that the line is UTF-8; adds a problem and returns false when not. */
    private boolean utf8(boolean ascii) {
        if (ascii) {
            return true;
        }
        decoder.reset();
        chars.clear();
        ByteBuffer bytes = ByteBuffer.wrap(line, from, to - from);
        CoderResult result = decoder.decode(bytes, chars, true);
        if (result.isError()) {
            int at = bytes.position();
            String hex = String.format("0x%02X", line[at] & 0xFF);
            report(Problem.of("line " + lineNo, RecordsCsv.RULE, "line " + lineNo + " is not UTF-8 text: byte " + hex
                    + " at byte " + (at - from + 1) + " starts no character; a records file is UTF-8", hex));
            return false;
        }
        return true;
    }

    // ---- header

    private void header() {
        if (length > RecordsCsv.MAX_LINE_BYTES) {
            report(Problem.of("line 1", RecordsCsv.RULE, "line 1, the header, has " + length + " bytes; a line has at most "
                    + RecordsCsv.MAX_LINE_BYTES + "; a records file starts with the header line " + RecordsCsv.HEADER,
                    Long.toString(length)));
            return;
        }
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            ascii &= line[i] >= 0;
        }
        if (!utf8(ascii)) {
            return;
        }
        String text = new String(line, from, to - from, StandardCharsets.UTF_8);
        String[] names = text.split(",", -1);
        boolean required = names.length >= Column.REQUIRED;
        for (int i = 0; required && i < Column.REQUIRED; i++) {
            required = names[i].equals(Column.ALL[i].header);
        }
        if (!required) {
            String shown = Text.quote(text);
            report(Problem.of("line 1", RecordsCsv.RULE, "line 1 is " + shown + "; a records file starts with the header line "
                    + RecordsCsv.HEADER + ", then optional columns", shown));
            return;
        }
        columns = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            Column c = Column.named(names[i]);
            String shown = Text.quote(names[i]);
            String path = "line 1, column " + (i + 1);
            if (c == null) {
                report(Problem.of(path, RecordsCsv.RULE, path + " " + shown + " is not a column of a records file; after "
                        + RecordsCsv.HEADER + " come any of " + OPTIONAL_COLUMNS, shown));
            } else if (index[c.ordinal()] >= 0) {
                report(Problem.of(path, RecordsCsv.RULE, path + " " + shown + " repeats column " + (index[c.ordinal()] + 1)
                        + "; each column appears once", shown));
            } else {
                index[c.ordinal()] = i;
                columns[i] = c;
            }
        }
        pair(Column.IN_LAT, Column.IN_LON, Column.IN_ACCURACY);
        pair(Column.OUT_LAT, Column.OUT_LON, Column.OUT_ACCURACY);
        starts = new int[names.length];
        ends = new int[names.length];
    }

    private void pair(Column lat, Column lon, Column accuracy) {
        boolean hasLat = index[lat.ordinal()] >= 0;
        boolean hasLon = index[lon.ordinal()] >= 0;
        if (hasLat != hasLon) {
            Column has = hasLat ? lat : lon;
            Column lacks = hasLat ? lon : lat;
            report(Problem.of("line 1", RecordsCsv.RULE, "line 1 has the column " + has.header + " but not " + lacks.header
                    + "; a position needs both", has.header));
        }
        if (index[accuracy.ordinal()] >= 0 && !(hasLat && hasLon)) {
            report(Problem.of("line 1", RecordsCsv.RULE, "line 1 has the column " + accuracy.header + " but not " + lat.header
                    + " and " + lon.header + "; an accuracy is the accuracy of a position", accuracy.header));
        }
    }

    // ---- rows

    private RecordsCsv.@Nullable Row row() {
        int fields = 0;
        int start = from;
        boolean ascii = true;
        int quote = -1;
        for (int i = from; i < to; i++) {
            byte b = line[i];
            if (b == ',') {
                if (fields < starts.length) {
                    starts[fields] = start;
                    ends[fields] = i;
                }
                fields++;
                start = i + 1;
            } else if (b == '"') {
                if (quote < 0) {
                    quote = fields;
                }
            } else if (b < 0) {
                ascii = false;
            }
        }
        if (fields < starts.length) {
            starts[fields] = start;
            ends[fields] = to;
        }
        fields++;
        if (!utf8(ascii)) {
            return null;
        }
        if (quote >= 0) {
            String column = quote < columns.length ? columns[quote].header : "field " + (quote + 1);
            String path = "line " + lineNo + ", " + column;
            report(Problem.of(path, RecordsCsv.RULE, path + " holds a quote (\"); fields of a records file are never quoted"
                    + " and hold no quote or comma", "\""));
            return null;
        }
        if (fields != columns.length) {
            String path = "line " + lineNo;
            report(Problem.of(path, RecordsCsv.RULE, path + " has " + fields + (fields == 1 ? " field" : " fields")
                    + "; the header has " + columns.length + " columns", Integer.toString(fields)));
            return null;
        }
        long before = reported;
        Nip nip = nip();
        LocalDate date = date();
        int in = time(Column.CHECK_IN, true);
        int out = time(Column.CHECK_OUT, false);
        ZoneId zone = zone();
        Optional<String> opd = opd();
        String inLocation = id(Column.IN_LOCATION, Punch.MAX_LOCATION_LENGTH, false);
        String outLocation = id(Column.OUT_LOCATION, Punch.MAX_LOCATION_LENGTH, false);
        String inDevice = id(Column.IN_DEVICE, Punch.MAX_DEVICE_LENGTH, true);
        String outDevice = id(Column.OUT_DEVICE, Punch.MAX_DEVICE_LENGTH, true);
        Fix inFix = fix(Column.IN_LAT, Column.IN_LON, Column.IN_ACCURACY);
        Fix outFix = fix(Column.OUT_LAT, Column.OUT_LON, Column.OUT_ACCURACY);
        if (out == -2) {
            for (Column c : new Column[] {Column.OUT_LOCATION, Column.OUT_DEVICE, Column.OUT_LAT, Column.OUT_LON, Column.OUT_ACCURACY}) {
                if (!empty(c)) {
                    String path = path(c);
                    report(Problem.of(path, Punch.RULE, path + " is " + shown(c) + " but check_out is empty; what"
                            + " is known of a check-out needs a check-out", shown(c)));
                    break;
                }
            }
        }
        if (in >= 0 && out >= 0 && in == out) {
            String path = path(Column.CHECK_OUT);
            report(Problem.of(path, AttendanceRecord.RULE, path + " " + shown(Column.CHECK_OUT) + " equals check_in; a check-out"
                    + " is after the check-in and less than 24 hours later", shown(Column.CHECK_OUT)));
        }
        if (reported != before || nip == null || date == null || zone == null || in < 0) {
            return null;
        }
        try {
            Punch checkIn = punch(instant(zone, date, in), zone, inLocation, inFix, inDevice);
            AttendanceRecord record;
            if (out == -2) {
                record = AttendanceRecord.open(nip, date, checkIn);
            } else {
                LocalDate outDate = out < in ? date.plusDays(1) : date;
                Punch checkOut = punch(instant(zone, outDate, out), zone, outLocation, outFix, outDevice);
                record = AttendanceRecord.of(nip, date, checkIn, checkOut);
            }
            return new RecordsCsv.Row(lineNo, record, opd);
        } catch (InvalidRecordException e) {
            for (Problem p : e.problems()) {
                Column c = p.path().equals("checkIn") ? Column.CHECK_IN : Column.CHECK_OUT;
                wrap(c, p);
            }
            omit(e.omitted());
            return null;
        }
    }

    private static Punch punch(Instant at, ZoneId zone, @Nullable String location, @Nullable Fix fix, @Nullable String device) {
        return Punch.imported(at, zone, location, fix, device);
    }

    /** Returns the text of a field when it is the one the column had on the last line it was valid on. */
    private @Nullable String repeated(Column c, int f) {
        String text = lastText[c.ordinal()];
        byte[] bytes = lastBytes[c.ordinal()];
        int s = starts[f];
        int n = ends[f] - s;
        return text != null && bytes.length == n && Arrays.equals(line, s, s + n, bytes, 0, n) ? text : null;
    }

    /** Remembers a column's valid text for the next line. */
    private String remember(Column c, int f, String text) {
        lastBytes[c.ordinal()] = Arrays.copyOfRange(line, starts[f], ends[f]);
        lastText[c.ordinal()] = text;
        return text;
    }

    private @Nullable Nip nip() {
        int f = index[Column.NIP.ordinal()];
        int s = starts[f];
        int n = ends[f] - s;
        if (lastNip != null && n == NIP_LENGTH && Arrays.equals(line, s, s + n, lastNipBytes, 0, NIP_LENGTH)) {
            return lastNip;
        }
        if (n == 0) {
            required(Column.NIP, "every record names its employee by NIP");
            return null;
        }
        try {
            Nip nip = Nip.parse(text(f));
            if (n == NIP_LENGTH) {
                System.arraycopy(line, s, lastNipBytes, 0, NIP_LENGTH);
                lastNip = nip;
            }
            return nip;
        } catch (InvalidIdentifierException e) {
            for (Problem p : e.problems()) {
                wrap(Column.NIP, p);
            }
            omit(e.omitted());
            return null;
        }
    }

    private @Nullable LocalDate date() {
        int f = index[Column.DATE.ordinal()];
        int s = starts[f];
        int n = ends[f] - s;
        if (lastDate != null && n == DATE_LENGTH && Arrays.equals(line, s, s + n, lastDateBytes, 0, DATE_LENGTH)) {
            return lastDate;
        }
        if (n == 0) {
            required(Column.DATE, "every record has the date of its working day");
            return null;
        }
        LocalDate date = null;
        if (n == DATE_LENGTH && line[s + 4] == '-' && line[s + 7] == '-') {
            int year = digits(s, 4);
            int month = digits(s + 5, 2);
            int day = digits(s + 8, 2);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1
                    && day <= YearMonth.of(year, month).lengthOfMonth()) {
                date = LocalDate.of(year, month, day);
            }
        }
        if (date == null) {
            problem(Column.DATE, "Date", "is not a date; dates are yyyy-MM-dd (e.g. 2026-03-02) and exist in the calendar");
            return null;
        }
        System.arraycopy(line, s, lastDateBytes, 0, DATE_LENGTH);
        lastDate = date;
        return date;
    }

    /** Returns the seconds of the day, -1 after a problem, or -2 for an empty optional field. */
    private int time(Column c, boolean required) {
        int f = index[c.ordinal()];
        int s = starts[f];
        int n = ends[f] - s;
        if (n == 0) {
            if (required) {
                required(c, "every record has a check-in");
                return -1;
            }
            return -2;
        }
        int h = -1;
        int m = -1;
        int sec = -1;
        if ((n == 5 || n == 8) && line[s + 2] == ':') {
            h = digits(s, 2);
            m = digits(s + 3, 2);
            sec = n == 5 ? 0 : line[s + 5] == ':' ? digits(s + 6, 2) : -1;
        }
        if (h >= 0 && h <= 23 && m >= 0 && m <= 59 && sec >= 0 && sec <= 59) {
            return h * 3600 + m * 60 + sec;
        }
        if (h == 24 && m == 0 && sec == 0) {
            problem(c, "Time", "is not a time of day; a day ends at 23:59:59, and midnight is 00:00 of the next day");
        } else {
            problem(c, "Time", "is not a time of day; times are HH:mm or HH:mm:ss, from 00:00 to 23:59:59");
        }
        return -1;
    }

    private @Nullable ZoneId zone() {
        int f = index[Column.ZONE.ordinal()];
        if (f < 0 || ends[f] == starts[f]) {
            return defaultZone;
        }
        String z = text(f);
        for (IndonesiaTimeZone tz : IndonesiaTimeZone.values()) {
            if (tz.name().equals(z)) {
                return INDONESIAN[tz.ordinal()];
            }
        }
        problem(Column.ZONE, "Zone", "is not a zone; a line's zone is WIB, WITA or WIT, or empty for the file's zone");
        return null;
    }

    private Optional<String> opd() {
        int f = index[Column.OPD.ordinal()];
        if (f < 0 || ends[f] == starts[f]) {
            return Optional.empty();
        }
        String seen = repeated(Column.OPD, f);
        if (seen != null) {
            return Optional.of(seen);
        }
        String text = text(f);
        if (text.length() > RecordsCsv.MAX_OPD_LENGTH) {
            problem(Column.OPD, "Length", "has " + text.length() + " characters; an opd has at most " + RecordsCsv.MAX_OPD_LENGTH);
            return Optional.empty();
        }
        Optional<Problem> refused = TextPolicy.NAME.check(path(Column.OPD), text);
        if (refused.isPresent()) {
            report(refused.get());
            return Optional.empty();
        }
        return Optional.of(remember(Column.OPD, f, text));
    }

    private @Nullable String id(Column c, int max, boolean colon) {
        int f = index[c.ordinal()];
        if (f < 0 || ends[f] == starts[f]) {
            return null;
        }
        String seen = repeated(c, f);
        if (seen != null) {
            return seen;
        }
        String id = text(f);
        try {
            Punch.checkId(c.header, id, max, colon);
            return remember(c, f, id);
        } catch (InvalidRecordException e) {
            for (Problem p : e.problems()) {
                wrap(c, p);
            }
            return null;
        }
    }

    private @Nullable Fix fix(Column latColumn, Column lonColumn, Column accuracyColumn) {
        boolean noLat = empty(latColumn);
        boolean noLon = empty(lonColumn);
        boolean noAccuracy = empty(accuracyColumn);
        if (noLat && noLon) {
            if (!noAccuracy) {
                problem(accuracyColumn, Punch.RULE, "is given without " + latColumn.header + " and " + lonColumn.header
                        + "; an accuracy is the accuracy of a position");
            }
            return null;
        }
        if (noLat || noLon) {
            Column has = noLat ? lonColumn : latColumn;
            Column lacks = noLat ? latColumn : lonColumn;
            problem(has, Punch.RULE, "is given but " + lacks.header + " is empty; a position needs both");
            return null;
        }
        BigDecimal lat = decimal(latColumn, true);
        BigDecimal lon = decimal(lonColumn, true);
        BigDecimal accuracy = null;
        if (noAccuracy) {
            problem(accuracyColumn, Punch.RULE, "is empty but " + latColumn.header + " and " + lonColumn.header
                    + " are given; a GPS fix is a position with its accuracy in metres");
        } else {
            accuracy = decimal(accuracyColumn, false);
        }
        if (lat == null || lon == null || accuracy == null) {
            return null;
        }
        try {
            return Fix.of(new GeoPoint(lat, lon), accuracy.doubleValue());
        } catch (SpbeException e) {
            for (Problem p : e.problems()) {
                wrap(p.path().equals("longitude") ? lonColumn : latColumn, p);
            }
            omit(e.omitted());
            return null;
        }
    }

    /** Reads a plain decimal: {@code -0.0265}; a negative one only where {@code signed}. */
    private @Nullable BigDecimal decimal(Column c, boolean signed) {
        int f = index[c.ordinal()];
        int s = starts[f];
        int e = ends[f];
        int i = s;
        boolean negative = i < e && line[i] == '-';
        if (negative) {
            i++;
        }
        int intDigits = 0;
        while (i < e && line[i] >= '0' && line[i] <= '9') {
            i++;
            intDigits++;
        }
        int fraction = -1;
        if (i < e && line[i] == '.') {
            i++;
            fraction = 0;
            while (i < e && line[i] >= '0' && line[i] <= '9') {
                i++;
                fraction++;
            }
        }
        boolean ok = i == e && intDigits > 0 && fraction != 0 && e - s <= MAX_NUMBER_LENGTH;
        if (!ok) {
            problem(c, "Decimal", "is not a plain decimal number; write e.g. " + (signed ? "-0.0265" : "12.5")
                    + ", at most " + MAX_NUMBER_LENGTH + " characters, no exponent");
            return null;
        }
        if (negative && !signed) {
            problem(c, "Accuracy", "is negative; an accuracy is a radius in metres, 0 or more");
            return null;
        }
        return new BigDecimal(text(f));
    }

    private Instant instant(ZoneId zone, LocalDate date, int secondOfDay) {
        Shift shift = shifts.get(zone);
        if (shift == null) {
            shift = shift(zone);
            shifts.put(zone, shift);
        }
        long local = date.toEpochDay() * 86_400L + secondOfDay;
        if (shift.fixed()) {
            long epoch = local - shift.offset();
            if (epoch > shift.after()) {
                return Instant.ofEpochSecond(epoch);
            }
        }
        return ZonedDateTime.ofLocal(LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC), zone, null).toInstant();
    }

    /** A zone's offset after its last change, when it has no rules for changes to come. */
    private static Shift shift(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        if (rules.isFixedOffset()) {
            return new Shift(true, Long.MIN_VALUE, rules.getOffset(Instant.EPOCH).getTotalSeconds());
        }
        List<ZoneOffsetTransition> transitions = rules.getTransitions();
        if (!rules.getTransitionRules().isEmpty() || transitions.isEmpty()) {
            return new Shift(false, 0, 0);
        }
        ZoneOffsetTransition last = transitions.get(transitions.size() - 1);
        // two days of margin: a local time near the change goes through the rules
        return new Shift(true, last.toEpochSecond() + 2 * 86_400L, last.getOffsetAfter().getTotalSeconds());
    }

    // ---- helpers

    private int digits(int s, int n) {
        int v = 0;
        for (int i = s; i < s + n; i++) {
            int d = line[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private boolean empty(Column c) {
        int f = index[c.ordinal()];
        return f < 0 || ends[f] == starts[f];
    }

    private String text(int f) {
        return new String(line, starts[f], ends[f] - starts[f], StandardCharsets.UTF_8);
    }

    private String shown(Column c) {
        return Text.quote(text(index[c.ordinal()]));
    }

    private String path(Column c) {
        return "line " + lineNo + ", " + c.header;
    }

    private void problem(Column c, String rule, String what) {
        String path = path(c);
        String shown = shown(c);
        report(Problem.of(path, rule, path + " " + shown + " " + what, shown));
    }

    private void required(Column c, String why) {
        String path = path(c);
        report(Problem.of(path, "Required", path + " is empty; " + why, "\"\""));
    }

    private void wrap(Column c, Problem p) {
        String path = path(c);
        report(Problem.of(path, p.rule(), path + ": " + p.message(), p.rejectedValue().orElse(null)));
    }
}
