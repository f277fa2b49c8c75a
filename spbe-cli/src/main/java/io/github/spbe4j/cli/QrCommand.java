package io.github.spbe4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code spbe qr}: QR codes of attendance tokens. */
@Command(name = "qr", mixinStandardHelpOptions = true, description = "QR codes of attendance tokens.",
        subcommands = {QrRenderCommand.class})
final class QrCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: render TOKEN -o FILE");
    }
}
