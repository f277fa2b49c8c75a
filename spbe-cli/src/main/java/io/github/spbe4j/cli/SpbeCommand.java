package io.github.spbe4j.cli;

import io.github.spbe4j.core.SpbeException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code spbe} command: lists and shows evaluation frameworks and scores assessments, with JSON
 * in and JSON or text out.
 *
 * <p>Exit codes: 0 success; 1 bad input (the one-line error on standard error names the rule and the
 * value); 2 wrong usage.
 *
 * @since 0.1.0
 */
@Command(name = "spbe", mixinStandardHelpOptions = true, versionProvider = SpbeCommand.Version.class,
        description = "spbe4j: score Indonesian e-government (SPBE / Indeks Pemdi) assessments exactly; check frameworks; find regions; validate, measure, search and export service catalogs.",
        subcommands = {FrameworksCommand.class, FrameworkCommand.class, ScoreCommand.class, WilayahCommand.class, CatalogCommand.class,
            CommandLine.HelpCommand.class})
public final class SpbeCommand implements Runnable {

    /** Exit code for bad input. */
    public static final int BAD_INPUT = 1;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Creates the command; picocli calls this. */
    public SpbeCommand() {
        // picocli instantiates commands reflectively
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: frameworks, framework show|check, score,"
                + " wilayah find or catalog validate|metrics|search|export");
    }

    /**
     * Runs the command.
     *
     * @param args the arguments
     */
    public static void main(String... args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Runs the command with the given output streams, returning the exit code instead of exiting.
     *
     * @param out standard output
     * @param err standard error
     * @param args the arguments
     * @return the exit code
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new SpbeCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof SpbeException) {
                commandLine.getErr().println("spbe: " + e.getMessage().replace('\n', ' '));
                return BAD_INPUT;
            }
            throw e;
        });
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine command = e.getCommandLine();
            String name = command.getCommandSpec().qualifiedName();
            command.getErr().println("spbe: " + e.getMessage().replace('\n', ' ') + " (see '" + name + " --help')");
            return command.getCommandSpec().exitCodeOnInvalidInput();
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Supplies the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SpbeCommand.class.getPackage().getImplementationVersion();
            return new String[] {"spbe " + (v == null ? "(development build)" : v)};
        }
    }
}
