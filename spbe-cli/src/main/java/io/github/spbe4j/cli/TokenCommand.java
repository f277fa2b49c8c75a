package io.github.spbe4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code spbe token}: signed attendance location tokens. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = {"Signed attendance location tokens: make a key, issue a token, verify one.",
            "Keys come from a key file (--key-file) or an environment variable (--key-env), never from an argument."},
        subcommands = {TokenKeygenCommand.class, TokenIssueCommand.class, TokenVerifyCommand.class})
final class TokenCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: keygen, issue or verify");
    }
}
