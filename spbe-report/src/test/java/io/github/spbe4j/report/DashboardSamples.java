package io.github.spbe4j.report;

import io.github.spbe4j.attendance.recap.MonthlyRecap;
import io.github.spbe4j.attendance.recap.RecapAccumulator;
import io.github.spbe4j.attendance.recap.RecapPlan;
import io.github.spbe4j.attendance.record.RecordsCsv;
import io.github.spbe4j.attendance.schedule.LatenessRules;
import io.github.spbe4j.attendance.schedule.WorkSchedule;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.json.CatalogJson;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.json.ComplaintsJson;
import io.github.spbe4j.complaints.metrics.ComplaintMetrics;
import io.github.spbe4j.complaints.metrics.ReportingPeriod;
import io.github.spbe4j.core.identifier.Nip;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The sample catalog, complaints and attendance records of examples/data, read as the CLI reads them. */
final class DashboardSamples {

    static final Path CATALOG = Samples.DATA.resolve("kota-contoh-catalog.json");
    static final Path COMPLAINTS = Samples.DATA.resolve("kota-contoh-complaints.json");
    static final Path ATTENDANCE = Samples.DATA.resolve("kota-contoh-attendance-2026-03.csv");
    static final Instant AT = Instant.parse("2026-03-31T10:00:00Z");
    static final YearMonth MONTH = YearMonth.of(2026, 3);
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private DashboardSamples() {
    }

    static Catalog catalog() {
        return CatalogJson.read(CATALOG);
    }

    /** The sample catalog with texts replaced: {@code from} becomes {@code to} wherever it is in the file. */
    static Catalog catalogWith(String from, String to) {
        String json = read(CATALOG).replace(from, to.replace("\\", "\\\\").replace("\"", "\\\""));
        return CatalogJson.parse(json);
    }

    static ComplaintRegister register() {
        return ComplaintsJson.read(COMPLAINTS);
    }

    static ComplaintMetrics complaints(ComplaintRegister register) {
        return ComplaintMetrics.of(register, register.slaClock(), ReportingPeriod.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
                AT);
    }

    static MonthlyRecap attendance() {
        return attendance(read(ATTENDANCE));
    }

    /** The March 2026 recap of a records CSV, the OPD of each employee from the file's opd column. */
    static MonthlyRecap attendance(String csv) {
        Map<Nip, String> agencies = new HashMap<>();
        RecapAccumulator recap = RecapPlan.of(MONTH, WorkSchedule.national(WIB), LatenessRules.permentan68of2012())
                .withAgencies(n -> Optional.ofNullable(agencies.get(n))).start();
        RecordsCsv.forEach(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "records.csv", WIB, row -> {
            recap.add(row.record());
            row.opd().ifPresent(opd -> agencies.put(row.record().employee(), opd));
        });
        return recap.finish();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
