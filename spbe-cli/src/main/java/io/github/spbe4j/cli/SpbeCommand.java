package io.github.spbe4j.cli;

import io.github.spbe4j.core.SpbeException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code spbe} command: lists and shows evaluation frameworks and scores assessments, with JSON
 * in and JSON or text out.
 *
 * <p>Exit codes: {@value #SUCCESS} success; {@value #BAD_INPUT} bad input (the one-line error on
 * standard error names the rule and the value; also an input that cannot be read, such as a closed
 * standard input); {@value #WRONG_USAGE} wrong usage (an unknown option, a value an option does not
 * take, {@code --output} naming the input); {@value #OUTPUT_FAILED} the output could not be written
 * whole (standard output, or the file of {@code --output}, which is then left as it was).
 *
 * <p>Everything the command prints, to standard output and standard error, passes one filter: no
 * control character, bidirectional control or lone surrogate taken from input reaches a terminal raw;
 * it is shown as {@code \}{@code uXXXX}, which in JSON output is the JSON escape of the same character.
 *
 * @since 0.1.0
 */
@Command(name = "spbe", mixinStandardHelpOptions = true, versionProvider = SpbeCommand.Version.class,
        description = "spbe4j: score Indonesian e-government (SPBE / Indeks Pemdi) assessments exactly; check frameworks; find regions; validate, measure, search and export service catalogs; count working days.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:bad input: a file or standard input that is not valid or cannot be read (one line on standard error says why)",
            "2:wrong usage: an unknown command or option, a value an option does not take, --output naming the input",
            "3:the output could not be written whole (standard output, or the --output file, which is then left as it was)"},
        subcommands = {FrameworksCommand.class, FrameworkCommand.class, ScoreCommand.class, PlanCommand.class, ReportCommand.class,
            CompareCommand.class, RankCommand.class, WilayahCommand.class, CatalogCommand.class, CalendarCommand.class, ComplaintsCommand.class,
            TokenCommand.class, QrCommand.class, AttendanceCommand.class, CommandLine.HelpCommand.class})
public final class SpbeCommand implements Runnable {

    /** Exit code for success. */
    public static final int SUCCESS = 0;

    /** Exit code for bad input: a file or standard input that is not valid or cannot be read. */
    public static final int BAD_INPUT = 1;

    /** Exit code for wrong usage: an unknown command or option, or a value an option does not take. */
    public static final int WRONG_USAGE = 2;

    /** Exit code when the output could not be written whole, to standard output or to a file. */
    public static final int OUTPUT_FAILED = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final StandardInput standardInput;

    /** Creates the command reading standard input from {@code System.in}; picocli calls this. */
    public SpbeCommand() {
        this(StandardInput.ofSystemIn());
    }

    private SpbeCommand(StandardInput standardInput) {
        this.standardInput = standardInput;
    }

    /** Standard input of this run, as the commands read it. */
    StandardInput standardInput() {
        return standardInput;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: frameworks, framework show|check, score,"
                + " wilayah find, catalog validate|metrics|search|export or calendar add-working-days|holidays");
    }

    /**
     * Runs the command and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String... args) {
        System.exit(runAsMain(args));
    }

    /**
     * Runs the command as {@link #main} does — on this process's standard input, {@code System.out}
     * and {@code System.err} — and returns the exit code instead of exiting. A failed write to
     * {@code System.out}, which a print stream only records, is {@link #OUTPUT_FAILED}.
     *
     * @param args the arguments
     * @return the exit code
     */
    static int runAsMain(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new Reporting(System.out), StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new Reporting(System.err), StandardCharsets.UTF_8), true);
        try {
            return execute(out, err, StandardInput.ofProcess(), args);
        } catch (OutOfMemoryError e) {
            err.println("spbe: out of memory: the input needs more memory than Java was given; give it more"
                    + " (e.g. JAVA_TOOL_OPTIONS=-Xmx2g) or split the input");
            return BAD_INPUT;
        }
    }

    /**
     * Runs the command with the given output streams, returning the exit code instead of exiting.
     * Standard input, for {@code -}, is {@code System.in}. A write to {@code out} that fails (seen in
     * {@link PrintWriter#checkError()}) is {@link #OUTPUT_FAILED}, with a message on {@code err}.
     *
     * @param out standard output
     * @param err standard error
     * @param args the arguments
     * @return the exit code
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(out, err, StandardInput.ofSystemIn(), args);
    }

    /**
     * Runs the command with the given output streams and standard input.
     *
     * @param out standard output
     * @param err standard error
     * @param standardInput standard input
     * @param args the arguments
     * @return the exit code
     */
    static int execute(PrintWriter out, PrintWriter err, StandardInput standardInput, String... args) {
        PrintWriter shownOut = new PrintWriter(new TerminalWriter(out));
        PrintWriter shownErr = new PrintWriter(new TerminalWriter(err), true);
        CommandLine cli = new CommandLine(new SpbeCommand(standardInput));
        OptionValues.register(cli);
        // picocli colours help on a terminal with escape sequences; the filter would show them as text
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setOut(shownOut);
        cli.setErr(shownErr);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof SpbeException) {
                commandLine.getErr().println("spbe: " + e.getMessage().replace('\n', ' '));
                return e instanceof OutputFailedException ? OUTPUT_FAILED : BAD_INPUT;
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
        shownOut.flush();
        if (out.checkError()) {
            shownErr.println("spbe: cannot write to standard output (is the disk full, or has the reader stopped reading?);"
                    + " the output is incomplete");
            code = OUTPUT_FAILED;
        }
        shownErr.flush();
        return code;
    }

    /**
     * An output stream over a print stream that reports the print stream's failures, which the print
     * stream itself only records ({@link PrintStream#checkError()}).
     */
    private static final class Reporting extends OutputStream {

        private final PrintStream stream;

        Reporting(PrintStream stream) {
            this.stream = stream;
        }

        @Override
        public void write(int b) throws IOException {
            stream.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            stream.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (stream.checkError()) {
                throw new IOException("the stream could not be written");
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
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
