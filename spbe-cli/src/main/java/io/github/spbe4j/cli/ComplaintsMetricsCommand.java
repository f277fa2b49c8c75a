package io.github.spbe4j.cli;

import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.metrics.ComplaintMetrics;
import io.github.spbe4j.complaints.metrics.ReportingPeriod;
import io.github.spbe4j.core.internal.Text;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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

    @Option(names = "--from", paramLabel = "DATE", description = "First submission date counted, e.g. 2026-03-01 (default: no limit).")
    private @Nullable LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last submission date counted, e.g. 2026-03-31 (default: no limit).")
    private @Nullable LocalDate to;

    @Option(names = "--at", paramLabel = "INSTANT",
            description = "The instant the figures are read at, e.g. 2026-04-01T00:00:00+07:00 or 2026-03-31T17:00:00Z (default: now).")
    private @Nullable String at;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--locale", defaultValue = "en",
            description = "Language of the messages about a bad file: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Language locale;

    @Override
    public void run() {
        Instant instant = at == null ? Instant.now() : instant(at);
        if (from != null && to != null && to.isBefore(from)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from
                    + "; the period runs from its first day to its last");
        }
        ReportingPeriod period = new ReportingPeriod(Optional.ofNullable(from), Optional.ofNullable(to));
        ComplaintRegister register = ComplaintsCommand.read(input, locale.locale());
        ComplaintMetrics m = ComplaintMetrics.of(register, register.slaClock(), period, instant);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(JsonOutput.text(ComplaintsMetricsJson.of(register, m)));
        } else {
            ComplaintsMetricsText.print(out, register, m);
        }
    }

    private Instant instant(String value) {
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--at " + Text.quote(value)
                    + " is not an instant; give a date and time with its offset, such as 2026-04-01T00:00:00+07:00 or 2026-03-31T17:00:00Z");
        }
    }
}
