package io.github.spbe4j.cli;

import io.github.spbe4j.attendance.schedule.LatenessRules;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.metrics.ComplaintMetrics;
import io.github.spbe4j.complaints.metrics.ReportingPeriod;
import io.github.spbe4j.complaints.sla.SlaClock;
import io.github.spbe4j.report.Dashboard;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spbe catalog report CATALOG -o dashboard.html}: the city's one dashboard of its public services,
 * with the month's complaints and attendance per OPD when their files are given.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"The city's dashboard of a catalog (FILE, or - for standard input) as one self-contained HTML page with inline",
            "SVG charts (or Markdown): services online per OPD and per kelurahan, the rollout of pilots, the completeness of the",
            "standar pelayanan; with --complaints, the complaints of the month per OPD by state and within the SLA, read at --at;",
            "with --attendance, the month's attendance recap per OPD (the national schedule, the Permentan 68/2012 sample bands)."})
final class CatalogReportCommand implements Runnable {

    /** The dashboard's formats. */
    enum DashboardFormat {
        /** One self-contained HTML page. */
        html,
        /** CommonMark with GitHub tables. */
        markdown
    }

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFile input = new InputFile();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the dashboard to FILE, whole or not at all "
            + "(default: standard output).")
    private @Nullable Path output;

    @Option(names = "--language", defaultValue = "en",
            description = "Language of the dashboard's own words: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Language language = Language.en;

    @Option(names = "--format", defaultValue = "html", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private DashboardFormat format = DashboardFormat.html;

    @Option(names = "--complaints", paramLabel = "FILE", description = "A complaints file (spbe-complaints/1): adds the month's complaints per OPD.")
    private @Nullable String complaintsFile;

    @Option(names = "--attendance", paramLabel = "RECORDS.csv", description = "An attendance records CSV: adds the month's recap per OPD.")
    private @Nullable String attendanceFile;

    @Option(names = "--month", paramLabel = "YYYY-MM",
            description = "The month of the complaints and the attendance, e.g. 2026-03 (default for the complaints: the month of --at).")
    private @Nullable YearMonth month;

    @Mixin
    private SlaOptions at = new SlaOptions();

    @Mixin
    private ComplaintsReading complaintsReading = new ComplaintsReading();

    @Mixin
    private AttendanceReading attendanceReading = new AttendanceReading();

    @Override
    public void run() {
        CommandLine cli = spec.commandLine();
        if (attendanceFile != null && month == null) {
            throw new CommandLine.ParameterException(cli, "--attendance needs --month YYYY-MM, the month to recap");
        }
        InputFile complaintsInput = complaintsFile == null ? null : InputFile.of(complaintsFile, spec);
        InputFile attendanceInput = attendanceFile == null ? null : InputFile.of(attendanceFile, spec);
        if (output != null) {
            OutputFile.refuseInput(cli, "--output", output, input.file());
            if (complaintsInput != null) {
                OutputFile.refuseInput(cli, "--output", output, complaintsInput.file());
            }
            if (attendanceInput != null) {
                OutputFile.refuseInput(cli, "--output", output, attendanceInput.file());
            }
        }
        Catalog catalog = CatalogCommand.read(input, Locale.ENGLISH);
        Dashboard dashboard = Dashboard.of(catalog)
                .withLanguage(io.github.spbe4j.report.Language.fromTag(language.name()).orElseThrow());
        if (complaintsInput != null) {
            ComplaintRegister register = complaintsReading.read(complaintsInput);
            Instant instant = at.instant();
            SlaClock clock = at.clock(register);
            YearMonth of = month != null ? month : YearMonth.from(instant.atZone(register.agency().zone()));
            ComplaintMetrics metrics = ComplaintMetrics.of(register, clock, ReportingPeriod.of(of.atDay(1), of.atEndOfMonth()), instant);
            dashboard = dashboard.withComplaints(register, metrics);
        }
        if (attendanceInput != null && month != null) {
            dashboard = dashboard.withAttendance(AttendanceRecapCommand.recap(attendanceInput, attendanceReading, month,
                    LatenessRules.permentan68of2012()));
        }
        String text = format == DashboardFormat.markdown ? dashboard.toMarkdown() : dashboard.toHtml();
        if (output == null) {
            cli.getOut().print(text);
            cli.getOut().flush();
        } else {
            OutputFile.write(output, text);
        }
    }
}
