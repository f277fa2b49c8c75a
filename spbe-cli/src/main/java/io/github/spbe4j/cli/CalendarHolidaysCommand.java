package io.github.spbe4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.core.calendar.Holiday;
import io.github.spbe4j.core.calendar.WorkingDayCalendar;
import io.github.spbe4j.core.calendar.Workforce;
import java.io.PrintWriter;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spbe calendar holidays YEAR}: a year's days off, decreed or estimated. */
@Command(name = "holidays", mixinStandardHelpOptions = true,
        description = {"The days off of a year for a workforce: national holidays and, for the civil service, collective leave",
            "(cuti bersama), as decreed; for a year without a decree, the estimated national holidays, marked estimated."})
final class CalendarHolidaysCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "YEAR", description = "The year, e.g. 2027.")
    private int year;

    @Option(names = "--workforce", paramLabel = "civil-service|private", defaultValue = "civil-service",
            description = "Whose days off: civil-service (with cuti bersama) or private (without) (default: ${DEFAULT-VALUE}).")
    private Workforce workforce;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public void run() {
        if (year < 1 || year > 9999) {
            throw new CommandLine.ParameterException(spec.commandLine(), "YEAR is " + year + "; it must be a year from 1 to 9999");
        }
        WorkingDayCalendar c = WorkingDayCalendar.indonesia(workforce).withEstimates(true);
        List<Holiday> days = c.holidays(Year.of(year)).stream().filter(h -> workforce.isDayOff(h.kind())).toList();
        boolean estimated = c.isEstimated(Year.of(year));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ObjectNode o = JsonNodeFactory.instance.objectNode().put("year", year).put("workforce", OptionValues.name(workforce))
                    .put("estimated", estimated);
            ArrayNode list = o.putArray("holidays");
            days.forEach(h -> list.add(JsonOutput.tree(h)));
            out.println(JsonOutput.text(o));
            return;
        }
        if (estimated) {
            out.println(year + " has no decreed holidays yet: these are estimates (fixed dates, Easter by the computus, Islamic days"
                    + " by the Umm al-Qura calendar, which may differ from the government's date by a day); Imlek, Nyepi, Waisak and"
                    + " collective leave are not estimated");
        }
        for (Holiday h : days) {
            out.println(h.date() + "  " + h.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + "  "
                    + String.format("%-14s", h.kind().label()) + "  " + h.name() + (h.estimated() ? "  [estimated]" : "  [" + h.decree() + "]"));
        }
    }
}
