package io.github.spbe4j.cli;

import io.github.spbe4j.attendance.recap.InvalidRecapException;
import io.github.spbe4j.attendance.recap.MonthlyRecap;
import io.github.spbe4j.attendance.recap.RecapAccumulator;
import io.github.spbe4j.attendance.recap.RecapPlan;
import io.github.spbe4j.attendance.record.InvalidRecordException;
import io.github.spbe4j.attendance.schedule.LatenessRules;
import io.github.spbe4j.attendance.schedule.WorkSchedule;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.identifier.Nip;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spbe attendance recap RECORDS.csv --month YYYY-MM}: the monthly recap of a records file per
 * employee and per OPD — working days, days present, late and early leave by band, absences, the allowance
 * deduction and the unexcused-absence thresholds reached.
 */
@Command(name = "recap", mixinStandardHelpOptions = true,
        description = {"The monthly recap of an attendance records CSV (FILE, or - for standard input) under the national civil-service",
            "schedule of Perpres 21/2023 (07:30 start; Ramadan hours on the dates of Ramadan; holidays and cuti bersama off) in --zone:",
            "per employee and per OPD (the file's opd column) the working days, days present, days late and left early by band,",
            "missing check-outs, absent working days, the allowance deduction in percent, and the PP 94/2021 absence thresholds",
            "reached (medium confidence; every absent day counts as unexcused, the file has no leave). Records dated outside",
            "--month are counted as skipped. The lateness bands are those of --rules, or the Permentan 68/2012 sample."})
final class AttendanceRecapCommand implements Runnable {

    /** At most this many duplicate records are named; the rest are counted. */
    private static final int MAX_PROBLEMS = 100;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFile input = new InputFile();

    @Mixin
    private AttendanceReading reading = new AttendanceReading();

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month, e.g. 2026-03.")
    private YearMonth month;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Lateness and early-leave rules (JSON spbe-lateness-rules/1; default: the Permentan 68/2012 sample).")
    private @Nullable String rules;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private TableFormat format;

    @Override
    public void run() {
        LatenessRules lateness = rules == null ? LatenessRules.permentan68of2012() : LatenessRules.read(rulesPath(rules));
        MonthlyRecap result = recap(input, reading, month, lateness);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(JsonOutput.text(AttendanceRecapReport.json(input.name(), result)));
            case csv -> AttendanceRecapReport.csv(out, result);
            default -> AttendanceRecapReport.text(out, input.name(), result);
        }
    }

    /**
     * Reads a records file into its monthly recap, the OPD of each employee from the file's opd column;
     * shared with {@code spbe catalog report --attendance}.
     *
     * @throws InvalidRecordException naming every bad line and every second record of an employee and date
     */
    static MonthlyRecap recap(InputFile input, AttendanceReading reading, YearMonth month, LatenessRules lateness) {
        Map<Nip, String> agencies = new HashMap<>();
        RecapPlan plan = RecapPlan.of(month, WorkSchedule.national(reading.zone().zoneId()), lateness)
                .withAgencies(n -> Optional.ofNullable(agencies.get(n)));
        RecapAccumulator recap = plan.start();
        List<Problem> duplicates = new ArrayList<>();
        int[] omitted = {0};
        reading.forEach(input, row -> {
            try {
                recap.add(row.record());
            } catch (InvalidRecapException e) {
                // a second record of an employee and date: named with its line, after the whole file was read
                if (duplicates.size() < MAX_PROBLEMS) {
                    Problem p = e.problems().get(0);
                    duplicates.add(Problem.of("line " + row.line(), p.rule(), "line " + row.line() + ": " + p.message(),
                            p.rejectedValue().orElse(null)));
                } else {
                    omitted[0]++;
                }
                return;
            }
            row.opd().ifPresent(opd -> agencies.put(row.record().employee(), opd));
        });
        if (!duplicates.isEmpty()) {
            throw new InvalidRecordException(input.name(), duplicates, omitted[0]);
        }
        return recap.finish();
    }

    private Path rulesPath(String argument) {
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rules " + io.github.spbe4j.core.internal.Text.quote(argument)
                    + " is not a path: " + io.github.spbe4j.core.internal.Text.oneLine(e.getReason()));
        }
    }
}
