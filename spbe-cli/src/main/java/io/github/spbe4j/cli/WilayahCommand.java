package io.github.spbe4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code spbe wilayah}: the Kemendagri region list. */
@Command(name = "wilayah", mixinStandardHelpOptions = true, description = "The Kemendagri region list (Kepmendagri 300.2.2-2138/2025).",
        subcommands = WilayahFindCommand.class)
final class WilayahCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: find NAME|CODE");
    }
}
