package io.github.spbe4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code spbe attendance}: monthly recaps and anomalies of attendance records. */
@Command(name = "attendance", mixinStandardHelpOptions = true,
        description = {"Attendance records as CSV (header nip,date,check_in,check_out, then optional columns; see docs/attendance.md):",
            "the monthly recap per employee and per OPD, and the anomalies in them."},
        subcommands = {AttendanceRecapCommand.class, AttendanceAnomaliesCommand.class})
final class AttendanceCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: recap or anomalies");
    }
}
