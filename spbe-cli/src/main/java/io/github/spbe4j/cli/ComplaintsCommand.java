package io.github.spbe4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code spbe complaints}: complaints (pengaduan); today, redacting personal data from free text. */
@Command(name = "complaints", mixinStandardHelpOptions = true,
        description = {"Complaints (pengaduan): redact personal data (NIK, NIP, phone numbers, e-mail addresses) from free text."},
        subcommands = {ComplaintsRedactCommand.class})
final class ComplaintsCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: redact FILE");
    }
}
