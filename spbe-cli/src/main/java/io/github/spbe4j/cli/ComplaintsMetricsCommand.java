package io.github.spbe4j.cli;

import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.metrics.ComplaintMetrics;
import io.github.spbe4j.complaints.metrics.ReportingPeriod;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spbe complaints metrics FILE}: the figures an agency reports about its complaints — counts by state,
 * time to verification and follow-up, share within the SLA, resolution and reopen rates, backlog ageing —
 * overall, per OPD, per topic and per month of submission.
 */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = {"Figures of a complaints file (FILE, or - for standard input) for the complaints submitted from --from to --to",
            "(local dates of the agency, both included), read at --at: counts by state; median and 90th percentile of the working",
            "days to verification and to follow-up; share of each SLA stage met on time; resolution and reopen rates; the open",
            "complaints by age in working days — overall, per OPD, per topic (with its subtopics) and per month."})
final class ComplaintsMetricsCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFile input = new InputFile();

    @Mixin
    private ComplaintsReading reading = new ComplaintsReading();

    @Option(names = "--from", paramLabel = "DATE", description = "First submission date counted, e.g. 2026-03-01 (default: no limit).")
    private @Nullable LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last submission date counted, e.g. 2026-03-31 (default: no limit).")
    private @Nullable LocalDate to;

    @Mixin
    private SlaOptions at = new SlaOptions();

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public void run() {
        Instant instant = at.instant();
        if (from != null && to != null && to.isBefore(from)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from
                    + "; the period runs from its first day to its last");
        }
        ReportingPeriod period = new ReportingPeriod(Optional.ofNullable(from), Optional.ofNullable(to));
        ComplaintRegister register = reading.read(input);
        ComplaintMetrics m = ComplaintMetrics.of(register, at.clock(register), period, instant);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(JsonOutput.text(ComplaintsMetricsJson.of(register, m)));
        } else {
            ComplaintsMetricsText.print(out, register, m);
        }
    }
}
