package io.github.spbe4j.cli;

import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.json.ComplaintsJson;
import io.github.spbe4j.complaints.lifecycle.TransitionTable;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code spbe complaints}: complaints (pengaduan) — the public projection of a complaints file, and redaction of free text. */
@Command(name = "complaints", mixinStandardHelpOptions = true,
        description = {"Complaints (pengaduan): the deadlines of a complaints file (spbe-complaints/1), what a public portal may show",
            "of it, Open311 GeoReport v2 services and requests, and redacting personal data (NIK, NIP, phone numbers,",
            "e-mail addresses) from free text."},
        subcommands = {ComplaintsSlaCommand.class, ComplaintsPublicCommand.class, ComplaintsOpen311Command.class,
            ComplaintsRedactCommand.class})
final class ComplaintsCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: sla FILE, public FILE, open311 services|requests, redact FILE");
    }

    /** Reads a complaints file (or standard input), its complaints following the SP4N-LAPOR! table. */
    static ComplaintRegister read(InputFile input, Locale locale) {
        ValidatorLogging.quiet();
        return input.read(file -> ComplaintsJson.read(file, locale, TransitionTable.sp4nLapor()),
                (in, name) -> ComplaintsJson.read(in, name, locale, TransitionTable.sp4nLapor()));
    }
}
