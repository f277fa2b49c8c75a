package io.github.spbe4j.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.core.calendar.Deadline;
import io.github.spbe4j.core.calendar.Holiday;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import io.github.spbe4j.core.calendar.Workforce;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.Year;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spbe calendar add-working-days DATE N}: the N-th working day after a date. */
@Command(name = "add-working-days", mixinStandardHelpOptions = true,
        description = {"The N-th working day after DATE, DATE itself not counted (N negative counts back; N = 0 gives DATE if it is a",
            "working day, else the next one). A count reaching a year without a decree is done on estimated holidays and",
            "the date is marked provisional, naming the estimated days it relied on."})
final class CalendarAddWorkingDaysCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATE", description = "The start date, ISO (2026-12-22).")
    private LocalDate start;

    @Parameters(index = "1", paramLabel = "N", description = "The number of working days.")
    private int n;

    @Option(names = "--workforce", paramLabel = "civil-service|private", defaultValue = "civil-service",
            description = "Whose working days: civil-service (cuti bersama are days off) or private (they are working days)"
                    + " (default: ${DEFAULT-VALUE}).")
    private Workforce workforce;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public void run() {
        Deadline d = WorkingDayCalendar.indonesia(workforce).deadline(start, n);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ObjectNode o = JsonNodeFactory.instance.objectNode().put("start", start.toString()).put("workingDays", n)
                    .put("workforce", OptionValues.name(workforce));
            o.setAll(JsonOutput.tree(d));
            out.println(JsonOutput.text(o));
            return;
        }
        out.println(d.date());
        if (d.provisional()) {
            LocalDate from = n > 0 ? start.plusDays(1) : n < 0 ? d.date() : start;
            LocalDate to = n < 0 ? start.minusDays(1) : d.date();
            WorkingDayCalendar e = WorkingDayCalendar.indonesia(workforce).withEstimates(true);
            String years = IntStream.rangeClosed(from.getYear(), to.getYear()).filter(y -> e.isEstimated(Year.of(y)))
                    .mapToObj(Integer::toString).collect(Collectors.joining(", "));
            out.println("provisional: the count reaches " + years + ", which has no decreed holidays yet; it is done on estimated"
                    + " holidays, and collective leave, Imlek, Nyepi and Waisak are not estimated");
            if (d.estimatedDays().isEmpty()) {
                out.println("estimated holidays relied on: none fell on a working day counted");
            } else {
                out.println("estimated holidays relied on:");
                for (Holiday h : d.estimatedDays()) {
                    out.println("  " + h.date() + "  " + h.name() + "  (" + h.decree() + ")");
                }
            }
        }
    }
}
