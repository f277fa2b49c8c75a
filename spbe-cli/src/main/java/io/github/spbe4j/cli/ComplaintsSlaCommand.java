package io.github.spbe4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.complaints.Complaint;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.sla.SlaClock;
import io.github.spbe4j.complaints.sla.SlaDeadline;
import io.github.spbe4j.complaints.sla.SlaStatus;
import io.github.spbe4j.complaints.sla.Stage;
import io.github.spbe4j.complaints.sla.StageStatus;
import io.github.spbe4j.core.calendar.Holiday;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spbe complaints sla FILE --at INSTANT}: each complaint's state, its deadlines by stage, the
 * stages overdue at the instant, and whether a deadline is provisional.
 */
@Command(name = "sla", mixinStandardHelpOptions = true,
        description = {"The deadlines of each complaint of a complaints file (FILE, or - for standard input) at an instant: its state,",
            "the deadline of verification, follow-up and settlement (dates in the agency's zone; a deadline holds until the end",
            "of its day), the stages overdue at the instant, and whether a deadline is provisional (counted on estimated",
            "holidays of a year without a decree)."})
final class ComplaintsSlaCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFile input = new InputFile();

    @Mixin
    private ComplaintsReading reading = new ComplaintsReading();

    @Mixin
    private SlaOptions at = new SlaOptions();

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public void run() {
        Instant when = at.instant();
        ComplaintRegister register = reading.read(input);
        SlaClock sla = at.clock(register);
        ZoneId zone = register.agency().zone();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ObjectNode report = JsonNodeFactory.instance.objectNode().put("file", input.name())
                    .put("at", time(when, zone)).put("agency", register.agency().name())
                    .put("zone", zone.getId());
            ArrayNode list = report.putArray("complaints");
            int overdue = 0;
            for (Complaint c : register.complaints()) {
                SlaStatus s = register.slaStatus(c, sla, when);
                overdue += s.overdue().isEmpty() ? 0 : 1;
                list.add(json(c, s, zone));
            }
            report.put("overdueComplaints", overdue);
            out.println(JsonOutput.text(report));
            return;
        }
        out.printf("%s: %d complaints of %s at %s (%s)%n", input.name(), register.size(), register.agency().name(),
                time(when, zone), zone.getId());
        out.printf("%-20s %-14s %-19s %-19s %-19s %s%n", "ID", "STATE", "VERIFICATION", "FOLLOW-UP", "SETTLEMENT", "OVERDUE");
        Set<Holiday> estimated = new LinkedHashSet<>();
        for (Complaint c : register.complaints()) {
            SlaStatus s = register.slaStatus(c, sla, when);
            out.printf("%-20s %-14s %-19s %-19s %-19s %s%n", TextColumns.fit(c.id().value(), 20), c.state().id(),
                    cell(s, Stage.VERIFICATION), cell(s, Stage.FOLLOW_UP), cell(s, Stage.SETTLEMENT),
                    s.overdue().isEmpty() ? "-" : s.overdue().stream().map(Stage::id).collect(Collectors.joining(", ")));
            s.stages().values().forEach(st -> st.deadline().ifPresent(d -> estimated.addAll(d.estimatedDays())));
        }
        out.println("A deadline holds until the end of its day in the agency's zone. met: met on time; late: met after it;");
        out.println("overdue: not met and passed; paused: the clock is paused; * a provisional deadline, counted on estimated holidays.");
        if (!estimated.isEmpty()) {
            out.println("estimated holidays relied on:");
            estimated.forEach(h -> out.println("  " + h.date() + "  " + h.name() + "  (" + h.decree() + ")"));
        }
    }

    private static String cell(SlaStatus s, Stage stage) {
        Optional<StageStatus> st = s.stage(stage);
        if (st.isEmpty()) {
            return "-";
        }
        Optional<SlaDeadline> d = st.get().deadline();
        String date = d.map(x -> x.date() + (x.provisional() ? "*" : "")).orElse("");
        String outcome = switch (st.get().outcome()) {
            case MET -> "met";
            case MET_LATE -> "late";
            case OVERDUE -> "overdue";
            case PAUSED -> "paused";
            case RUNNING -> "";
        };
        return (date + " " + outcome).strip();
    }

    private static ObjectNode json(Complaint c, SlaStatus s, ZoneId zone) {
        ObjectNode o = JsonNodeFactory.instance.objectNode().put("id", c.id().value()).put("state", c.state().id());
        ObjectNode outcomes = JsonNodeFactory.instance.objectNode();
        for (Stage stage : Stage.values()) {
            Optional<StageStatus> st = s.stage(stage);
            Optional<SlaDeadline> d = st.flatMap(StageStatus::deadline);
            if (d.isPresent()) {
                o.put(stage.id(), d.get().date().toString());
            } else {
                o.putNull(stage.id());
            }
            if (st.isPresent()) {
                outcomes.put(stage.id(), st.get().outcome().id());
            } else {
                outcomes.putNull(stage.id());
            }
        }
        ArrayNode overdue = o.putArray("overdue");
        s.overdue().forEach(stage -> overdue.add(stage.id()));
        o.put("provisional", s.provisional());
        o.set("outcomes", outcomes);
        o.put("paused", s.paused());
        if (s.automaticClose().isPresent()) {
            o.put("automaticClose", s.automaticClose().get().date().toString());
        } else {
            o.putNull("automaticClose");
        }
        if (s.expectedCompletion().isPresent()) {
            o.put("expectedCompletion", time(s.expectedCompletion().get(), zone));
        } else {
            o.putNull("expectedCompletion");
        }
        ArrayNode days = o.putArray("estimatedDays");
        s.stages().values().stream().flatMap(st -> st.deadline().stream()).flatMap(d -> d.estimatedDays().stream()).distinct()
                .forEach(h -> days.addObject().put("date", h.date().toString()).put("name", h.name()));
        return o;
    }

    /** An instant in a zone, ISO 8601 to the second (a deadline's end, 23:59:59.999999999, shows as 23:59:59). */
    private static String time(Instant at, ZoneId zone) {
        return at.atZone(zone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
