package io.github.spbe4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code spbe framework}: commands about one framework. */
@Command(name = "framework", mixinStandardHelpOptions = true, description = "Commands about one framework.",
        subcommands = {FrameworkShowCommand.class, FrameworkCheckCommand.class})
final class FrameworkCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: show ID or check FILE");
    }
}
