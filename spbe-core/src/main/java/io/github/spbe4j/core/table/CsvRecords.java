package io.github.spbe4j.core.table;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.ProblemList;
import io.github.spbe4j.core.internal.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV text as RFC 4180 writes them: fields separated by commas, records by CRLF or
 * LF, a field in double quotes may hold commas, quotes (doubled) and line breaks. One pass over the
 * text, so the cost is linear in its length. Rows are numbered as a spreadsheet numbers them: the
 * header is row 1 and an empty line (which holds no record) still counts; caps on the bytes, the records, the fields of a record
 * and the characters of a field keep a hostile file small. Malformed records are reported as problems
 * (row number, rule, what was found) and left out; caps stop the reading at once.
 */
final class CsvRecords {

    /** The most bytes a sheet may have: 64 MiB. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    /** The most records (the header included). */
    static final int MAX_RECORDS = 1_000_000;

    /** The most fields of one record. */
    static final int MAX_FIELDS = 10_000;

    /** The most characters of one field. */
    static final int MAX_FIELD_CHARS = 10_000;

    /** One record: its row number from 1 (the header is row 1) and its fields. */
    record Row(int number, List<String> fields) {
    }

    /** Thrown inside this package when reading must stop at once; the problems so far are in the list. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private CsvRecords() {
    }

    /** Reads all bytes of a stream, at most {@link #MAX_BYTES}; over the cap or on an I/O error, a problem and {@link Stop}. */
    static byte[] readAll(InputStream in, ProblemList problems) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                problems.add(Problem.of("", "Size", "the sheet is larger than " + MAX_BYTES + " bytes, the most a sheet may have", null));
                throw new Stop();
            }
            return bytes;
        } catch (IOException e) {
            problems.add(Problem.of("", "Read", "the sheet cannot be read: " + Text.firstLine(e.getMessage()), null));
            throw new Stop();
        }
    }

    /** Decodes UTF-8 strictly, dropping a leading byte-order mark; malformed bytes are a problem and {@link Stop}. */
    static String decode(byte[] bytes, ProblemList problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            problems.add(Problem.of("", "Encoding", "the sheet is not UTF-8: " + e.getInputLength() + " malformed byte(s)", null));
        } catch (CharacterCodingException e) {
            problems.add(Problem.of("", "Encoding", "the sheet is not UTF-8", null));
        }
        throw new Stop();
    }

    /**
     * Splits a text into records; an empty line is no record. Malformed records are reported and
     * left out; a cap reached is reported and {@link Stop} thrown.
     */
    static List<Row> parse(String text, ProblemList problems) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int n = text.length();
        int row = 1;
        int i = 0;
        boolean bad = false;
        while (i < n) {
            // the start of a field
            char c = text.charAt(i);
            if (c == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char d = text.charAt(i);
                    if (d == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            append(field, '"', row, problems);
                            i += 2;
                            continue;
                        }
                        i++;
                        closed = true;
                        break;
                    }
                    append(field, d, row, problems);
                    i++;
                }
                if (!closed) {
                    problems.add(Problem.of("row " + row, "Quote", "row " + row + " has a quoted field that is never closed", null));
                    bad = true;
                    break;
                }
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    if (!bad) {
                        problems.add(Problem.of("row " + row, "Quote", "row " + row + ", field " + (fields.size() + 1)
                                + " has text after its closing quote: " + Text.quote(text.substring(i, Math.min(n, i + Text.SHOWN))),
                                null));
                    }
                    bad = true;
                    while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        i++;
                    }
                }
            } else {
                while (i < n) {
                    char d = text.charAt(i);
                    if (d == ',' || d == '\n' || d == '\r') {
                        break;
                    }
                    if (d == '"' && !bad) {
                        problems.add(Problem.of("row " + row, "Quote", "row " + row + ", field " + (fields.size() + 1)
                                + " has a quote inside an unquoted field; quote the whole field and double the quote", null));
                        bad = true;
                    }
                    append(field, d, row, problems);
                    i++;
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (fields.size() > MAX_FIELDS) {
                problems.add(Problem.of("row " + row, "Size", "row " + row + " has more than " + MAX_FIELDS + " fields, the most a row may have",
                        null));
                throw new Stop();
            }
            if (i < n && text.charAt(i) == ',') {
                i++;
                if (i == n) {
                    fields.add("");
                }
                continue;
            }
            // the end of a record: CRLF, LF, a lone CR, or the end of the text
            if (i < n && text.charAt(i) == '\r') {
                i++;
            }
            if (i < n && text.charAt(i) == '\n') {
                i++;
            }
            row = end(rows, fields, row, bad, problems);
            bad = false;
        }
        if (!fields.isEmpty()) {
            end(rows, fields, row, bad, problems);
        }
        return rows;
    }

    private static int end(List<Row> rows, List<String> fields, int row, boolean bad, ProblemList problems) {
        boolean blank = fields.size() == 1 && fields.get(0).isEmpty();
        if (!blank) {
            if (!bad) {
                rows.add(new Row(row, List.copyOf(fields)));
            }
        }
        if (row >= MAX_RECORDS) {
            problems.add(Problem.of("row " + row, "Size", "the sheet has more than " + MAX_RECORDS + " rows, the most a sheet may have",
                    null));
            throw new Stop();
        }
        fields.clear();
        return row + 1;
    }

    private static void append(StringBuilder field, char c, int row, ProblemList problems) {
        if (field.length() >= MAX_FIELD_CHARS) {
            problems.add(Problem.of("row " + row, "Size", "row " + row + " has a field longer than " + MAX_FIELD_CHARS
                    + " characters, the most a field may have", null));
            throw new Stop();
        }
        field.append(c);
    }
}
