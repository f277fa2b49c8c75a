package io.github.spbe4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code spbe calendar}: Indonesia's working-day calendar. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = {"Indonesia's working days: national holidays and collective leave (cuti bersama) by decree for 2024-2026,",
            "estimated holidays for later and earlier years (marked provisional)."},
        subcommands = {CalendarAddWorkingDaysCommand.class, CalendarHolidaysCommand.class})
final class CalendarCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: add-working-days DATE N or holidays YEAR");
    }
}
