package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.CatalogMetrics;
import io.github.spbe4j.catalog.json.CatalogJson;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.json.ComplaintsJson;
import io.github.spbe4j.complaints.metrics.ComplaintMetrics;
import io.github.spbe4j.complaints.metrics.ReportingPeriod;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import io.github.spbe4j.core.calendar.Workforce;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogReportCommandTest {

    private static final String CATALOG = Cli.sample("kota-contoh-catalog.json").toString();
    private static final String COMPLAINTS = Cli.sample("kota-contoh-complaints.json").toString();
    private static final String ATTENDANCE = Cli.sample("kota-contoh-attendance-2026-03.csv").toString();
    private static final String AT = "2026-03-31T17:00:00+07:00";

    @TempDir
    Path dir;

    @Test
    void report_catalogOnly_writesTheDashboardWithTheCatalogsFigures() throws Exception {
        Path out = dir.resolve("dashboard.html");
        Cli.Run r = Cli.run("catalog", "report", CATALOG, "-o", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        Document page = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
        CatalogMetrics m = CatalogJson.read(Path.of(CATALOG)).metrics();
        assertThat(page.select("main > section").eachAttr("id")).containsExactly("online-opd", "online-kelurahan", "pilots", "standar");
        assertThat(page.select("#chart-online-opd rect.bar").eachAttr("data-value")).containsExactlyElementsOf(
                m.onlineShareByOpd().values().stream().map(s -> s.percent().toPlainString()).toList());
        assertThat(page.select("#chart-online-kelurahan rect.bar")).hasSize(m.onlineShareByKelurahan().size());
        assertThat(page.select("#chart-pilots rect.bar")).hasSize(m.pilots().size());
        assertThat(page.select("script, link, img")).isEmpty();
    }

    @Test
    void report_withComplaintsAndAttendance_addsTheMonthsFiguresAsTheLibraryComputesThem() throws Exception {
        Path out = dir.resolve("dashboard.html");
        Cli.Run r = Cli.run("catalog", "report", CATALOG, "-o", out.toString(), "--complaints", COMPLAINTS, "--at", AT,
                "--attendance", ATTENDANCE, "--month", "2026-03");

        assertThat(r.code()).as(r.err()).isZero();
        Document page = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
        ComplaintRegister register = ComplaintsJson.read(Path.of(COMPLAINTS));
        ComplaintMetrics metrics = ComplaintMetrics.of(register,
                register.slaClock().withCalendar(WorkingDayCalendar.indonesia(Workforce.CIVIL_SERVICE)),
                ReportingPeriod.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)), Instant.parse("2026-03-31T10:00:00Z"));
        assertThat(page.select("#chart-complaints rect.bar").stream().limit(metrics.byAgency().size()).map(e -> e.attr("data-value"))
                .toList()).containsExactlyElementsOf(metrics.byAgency().values().stream().map(f -> String.valueOf(f.complaints())).toList());
        Element all = page.select("table.complaints tbody tr").last();
        assertThat(all.child(1).text()).isEqualTo(String.valueOf(metrics.overall().complaints()));
        assertThat(all.child(2).text()).isEqualTo(String.valueOf(metrics.overall().open()));
        List<String> opds = page.select("table.attendance tbody tr td:first-child").eachText();
        assertThat(opds).containsExactly("BAPPEDA", "DISDUKCAPIL", "DISKOMINFO", "All");
        Cli.Run recap = Cli.run("attendance", "recap", ATTENDANCE, "--month", "2026-03", "--format", "csv");
        assertThat(recap.code()).isZero();
        Element total = page.select("table.attendance tbody tr").last();
        assertThat(recap.out()).contains(total.child(4).text());
    }

    @Test
    void report_markdownIndonesianToStandardOutput_printsTheDocument() {
        Cli.Run r = Cli.run("catalog", "report", CATALOG, "--format", "markdown", "--language", "id");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("# Pemerintah Kota Contoh (fiktif) — Dasbor layanan publik").contains("## Layanan daring per OPD");
    }

    @Test
    void report_attendanceWithoutMonth_usageError() {
        Cli.Run r = Cli.run("catalog", "report", CATALOG, "--attendance", ATTENDANCE);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--attendance needs --month");
    }

    @Test
    void report_outputIsTheCatalog_refusedAndCatalogKept() throws Exception {
        Path copy = dir.resolve("catalog.json");
        Files.copy(Path.of(CATALOG), copy);
        byte[] before = Files.readAllBytes(copy);

        Cli.Run r = Cli.run("catalog", "report", copy.toString(), "-o", copy.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is the input file");
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
    }

    @Test
    void report_sample_catalogReadAsTheApiReadsIt() {
        Catalog catalog = CatalogJson.read(Path.of(CATALOG));
        Cli.Run r = Cli.run("catalog", "report", CATALOG);

        assertThat(r.code()).isZero();
        assertThat(Jsoup.parse(r.out()).select("#chart-standar rect.bar")).hasSize(catalog.metrics().completeness().size());
    }
}
