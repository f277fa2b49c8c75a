package io.github.spbe4j.benchmarks;

import io.github.spbe4j.attendance.record.RecordsCsv;
import io.github.spbe4j.core.calendar.IndonesiaTimeZone;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading attendance records from CSV with spbe-attendance's {@link RecordsCsv} against reading the same
 * bytes line by line with a {@link BufferedReader} (UTF-8 decoding and line splitting, nothing parsed), in
 * the same run.
 *
 * <ul>
 *   <li>{@link #readRequired} and its baseline {@link #linesRequired}: the four required columns
 *       ({@code nip,date,check_in,check_out}), about 52 bytes a line.
 *   <li>{@link #readAllColumns} and its baseline {@link #linesAllColumns}: the columns of Kota Contoh's
 *       sample (opd, locations, GPS fixes with accuracy, devices), about 150 bytes a line; employees sorted by
 *       OPD (30 of them), as an export by unit is.
 * </ul>
 *
 * <p>Each file has {@value #ROWS} lines of {@value #EMPLOYEES} employees, date by date (so the NIP changes
 * every line and the date rarely), drawn from a fixed seed; one operation reads the whole file.
 * {@code RecordsCsvBenchmarkTest} checks that the reader accepts every line.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RecordsCsvBenchmark}; see benchmarks/README.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RecordsCsvBenchmark {

    /** Lines a file has, after its header. */
    static final int ROWS = 100_000;

    /** Employees the lines are about. */
    static final int EMPLOYEES = 1_000;

    static final ZoneId WIB = IndonesiaTimeZone.WIB.zoneId();

    /** The two files, as bytes. */
    @State(Scope.Benchmark)
    public static class Files {
        byte[] required;
        byte[] allColumns;

        /** Draws the files. */
        @Setup
        public void setUp() {
            required = file(false);
            allColumns = file(true);
        }
    }

    static byte[] file(boolean all) {
        SplittableRandom r = new SplittableRandom(0x2026_0302L);
        String[] nips = new String[EMPLOYEES];
        for (int i = 0; i < EMPLOYEES; i++) {
            nips[i] = String.format("19%02d%02d%02d20%02d%02d%d%03d", 60 + r.nextInt(38), 1 + r.nextInt(12), 1 + r.nextInt(28),
                    10 + r.nextInt(16), 1 + r.nextInt(12), 1 + r.nextInt(2), 1 + r.nextInt(999));
        }
        StringBuilder sb = new StringBuilder(ROWS * (all ? 160 : 56));
        sb.append(RecordsCsv.HEADER);
        if (all) {
            sb.append(",opd,in_location,in_lat,in_lon,in_accuracy,in_device,out_location,out_lat,out_lon,out_accuracy,out_device");
        }
        sb.append('\n');
        LocalDate date = LocalDate.of(2026, 3, 2);
        for (int i = 0; i < ROWS; i++) {
            int e = i % EMPLOYEES;
            if (e == 0 && i > 0) {
                date = date.plusDays(1);
            }
            sb.append(nips[e]).append(',').append(date).append(',');
            time(sb, 7 * 3600 + r.nextInt(5400)).append(',');
            time(sb, 15 * 3600 + r.nextInt(7200));
            if (all) {
                String lat = String.format("-0.%06d", 26000 + r.nextInt(600));
                String lon = String.format("109.%06d", 342000 + r.nextInt(600));
                sb.append(",OPD-").append(e / 34).append(",KC-").append(e / 34).append(',').append(lat).append(',').append(lon)
                        .append(',').append(4 + r.nextInt(20)).append('.').append(r.nextInt(10)).append(",and-").append(1000 + e)
                        .append(",KC-").append(e / 34).append(',').append(lat).append(',').append(lon).append(",9.5,and-").append(1000 + e);
            }
            sb.append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder time(StringBuilder sb, int seconds) {
        int h = seconds / 3600;
        int m = seconds / 60 % 60;
        int s = seconds % 60;
        return sb.append((char) ('0' + h / 10)).append((char) ('0' + h % 10)).append(':').append((char) ('0' + m / 10))
                .append((char) ('0' + m % 10)).append(':').append((char) ('0' + s / 10)).append((char) ('0' + s % 10));
    }

    static long read(byte[] file, Blackhole bh) {
        return RecordsCsv.forEach(new ByteArrayInputStream(file), "bench.csv", WIB, bh::consume);
    }

    static long lines(byte[] file, Blackhole bh) throws IOException {
        long n = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                bh.consume(line);
                n++;
            }
        }
        return n;
    }

    /** The reader on the required columns. */
    @Benchmark
    public long readRequired(Files f, Blackhole bh) {
        return read(f.required, bh);
    }

    /** Baseline: the same bytes line by line. */
    @Benchmark
    public long linesRequired(Files f, Blackhole bh) throws IOException {
        return lines(f.required, bh);
    }

    /** The reader on every column of the sample. */
    @Benchmark
    public long readAllColumns(Files f, Blackhole bh) {
        return read(f.allColumns, bh);
    }

    /** Baseline: the same bytes line by line. */
    @Benchmark
    public long linesAllColumns(Files f, Blackhole bh) throws IOException {
        return lines(f.allColumns, bh);
    }
}
