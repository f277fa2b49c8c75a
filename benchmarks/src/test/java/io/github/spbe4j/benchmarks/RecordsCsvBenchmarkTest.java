package io.github.spbe4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.attendance.record.RecordsCsv;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The records CSV benchmark measures real work: the reader accepts every line of both files. */
class RecordsCsvBenchmarkTest {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void file_everyLine_isARecord(boolean allColumns) {
        byte[] file = RecordsCsvBenchmark.file(allColumns);
        long[] opened = {0};

        long rows = RecordsCsv.forEach(new ByteArrayInputStream(file), "bench.csv", RecordsCsvBenchmark.WIB,
                row -> opened[0] += row.record().isOpen() ? 1 : 0);

        assertThat(rows).isEqualTo(RecordsCsvBenchmark.ROWS);
        assertThat(opened[0]).isZero();
        assertThat(new String(file, StandardCharsets.UTF_8).lines().count()).isEqualTo(RecordsCsvBenchmark.ROWS + 1);
    }
}
