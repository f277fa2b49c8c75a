package io.github.spbe4j.examples;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Runs JShell notebooks ({@code .jsh} files) in-process with the {@code jdk.jshell} API, and fails
 * when a notebook does.
 *
 * <p>A notebook is read line by line, exactly as the {@code jshell} tool reads a file: lines are
 * gathered until {@link SourceCodeAnalysis#analyzeCompletion(String)} finds a complete snippet,
 * which is then evaluated; so a notebook that passes here behaves the same in {@code jshell}. What
 * the notebook prints is echoed to the runner's output. The notebook fails, and the runner stops it,
 * at the first snippet that
 * <ul>
 *   <li>is rejected (does not compile),</li>
 *   <li>throws an exception, or</li>
 *   <li>uses a method or class declared with references that are never resolved;</li>
 * </ul>
 * at its end any declaration still waiting for an unresolved reference fails it too. Every failure
 * names the notebook and line, compiler style: {@code notebooks/01.jsh:42: error: cannot find symbol}.
 *
 * <p>Like the {@code jshell} tool, the runner starts every notebook with the tool's default imports
 * ({@code java.util.*}, {@code java.math.*}, {@code java.nio.file.*}, {@code java.util.stream.*}, ...).
 * JShell commands are not Java and are refused, except a last {@code /exit}, which ends the
 * notebook (so that a notebook may also be run with {@code jshell file.jsh} and end there).
 *
 * <pre>{@code
 * NotebookRunner runner = NotebookRunner.forExamples(Notebooks.examplesDir(), System.out, System.err);
 * NotebookRunner.Result result = runner.run(Path.of("examples/notebooks/01-score-an-assessment.jsh"));
 * result.orThrow();
 * }</pre>
 *
 * <p>From the command line ({@code examples/run} does this):
 * {@code java -cp examples/target/classes:$(cat examples/target/notebook.classpath)
 * io.github.spbe4j.examples.NotebookRunner [notebook.jsh|dir ...]}; with no argument it runs every
 * notebook in {@code examples/notebooks}. The exit status is 0 when every notebook succeeds, 1 when
 * one fails and 2 on a usage error.
 *
 * <p>Snippets run in this JVM ({@code executionEngine("local")}), in a fresh {@link JShell} per
 * notebook; while one runs, {@link System#out} and {@link System#err} are redirected to the runner's
 * streams and the system property {@value Notebooks#EXAMPLES_DIR_PROPERTY} names the examples
 * directory. Not thread-safe: run one notebook at a time per JVM.
 */
public final class NotebookRunner {

    /** The file name suffix of notebooks. */
    public static final String SUFFIX = ".jsh";

    /** The imports the jshell tool starts with (its DEFAULT startup), so notebooks see the same names here. */
    static final List<String> DEFAULT_IMPORTS = List.of("java.io.*", "java.math.*", "java.net.*", "java.nio.file.*",
            "java.util.*", "java.util.concurrent.*", "java.util.function.*", "java.util.prefs.*", "java.util.regex.*",
            "java.util.stream.*");

    private final List<Path> classpath;
    private final Path examplesDir;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * Creates a runner.
     *
     * @param classpath what the notebooks compile and run against
     * @param examplesDir the examples directory, handed to notebooks in {@value Notebooks#EXAMPLES_DIR_PROPERTY}
     * @param out where the notebooks' output goes
     * @param err where the notebooks' error output and the runner's messages go
     */
    public NotebookRunner(List<Path> classpath, Path examplesDir, PrintStream out, PrintStream err) {
        this.classpath = List.copyOf(classpath);
        this.examplesDir = examplesDir.toAbsolutePath().normalize();
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    /**
     * Creates a runner whose classpath is the built examples module: {@code target/classes} and the
     * entries of {@code target/notebook.classpath}, which Maven writes.
     *
     * @param examplesDir the examples directory
     * @param out where the notebooks' output goes
     * @param err where error output and the runner's messages go
     * @return the runner
     * @throws IllegalStateException if the examples module is not built
     */
    public static NotebookRunner forExamples(Path examplesDir, PrintStream out, PrintStream err) {
        return new NotebookRunner(builtClasspath(examplesDir), examplesDir, out, err);
    }

    /**
     * Returns the classpath of the built examples module: {@code target/classes} and the entries of
     * {@code target/notebook.classpath}.
     *
     * @param examplesDir the examples directory
     * @return the entries, each of which exists
     * @throws IllegalStateException if the module is not built, or an entry is missing
     */
    public static List<Path> builtClasspath(Path examplesDir) {
        Path target = examplesDir.toAbsolutePath().normalize().resolve("target");
        Path listing = target.resolve("notebook.classpath");
        String build = "build it with examples/run, or: mvn -pl examples -am package -DskipTests";
        if (!Files.isRegularFile(listing)) {
            throw new IllegalStateException(listing + " does not exist; " + build);
        }
        List<Path> entries = new ArrayList<>();
        entries.add(target.resolve("classes"));
        try {
            String text = Files.readString(listing, StandardCharsets.UTF_8).strip();
            for (String entry : text.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    entries.add(Path.of(entry.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + listing, e);
        }
        List<String> missing = entries.stream().filter(p -> !Files.exists(p)).map(Path::toString).collect(Collectors.toList());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the notebook classpath names entries that do not exist: " + missing + "; " + build);
        }
        return List.copyOf(entries);
    }

    /**
     * Returns the notebooks in a directory, by name.
     *
     * @param dir the directory
     * @return its {@code .jsh} files, sorted by file name
     */
    public static List<Path> notebooksIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(p))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list notebooks in " + dir, e);
        }
    }

    /**
     * Returns the classpath the notebooks run against.
     *
     * @return the entries
     */
    public List<Path> classpath() {
        return classpath;
    }

    /**
     * Runs notebooks one after another; a failure does not stop the others.
     *
     * @param notebooks the notebooks
     * @return one result per notebook, in order
     */
    public List<Result> runAll(List<Path> notebooks) {
        List<Result> results = new ArrayList<>();
        for (Path notebook : notebooks) {
            results.add(run(notebook));
        }
        return results;
    }

    /**
     * Runs one notebook, echoing its output; on failure prints the failure to the error stream.
     *
     * @param notebook the {@code .jsh} file
     * @return the result, which says whether it succeeded and, if not, where and why it failed
     */
    public Result run(Path notebook) {
        String shown = display(notebook);
        long start = System.nanoTime();
        err.println("[notebook] " + shown);
        Result result;
        try {
            String text = Files.readString(notebook, StandardCharsets.UTF_8);
            result = new Session(notebook, shown).run(text);
        } catch (IOException e) {
            result = new Result(notebook, 0, List.of(new Failure(shown, 0, "cannot read the notebook: " + e)));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        for (Failure f : result.failures()) {
            err.println(f);
        }
        err.println("[notebook] " + shown + (result.ok() ? ": OK" : ": FAILED") + " (" + result.snippets()
                + (result.snippets() == 1 ? " snippet, " : " snippets, ") + String.format(Locale.ROOT, "%.1f", millis / 1000.0)
                + " s)");
        return result;
    }

    /** One evaluation of one notebook in a fresh JShell. */
    private final class Session {
        private final Path notebook;
        private final String shown;
        private final List<Failure> failures = new ArrayList<>();
        /** The notebook line on which each snippet's code starts, by snippet id. */
        private final Map<String, Integer> startLines = new HashMap<>();
        private int snippets;
        private JShell shell;

        Session(Path notebook, String shown) {
            this.notebook = notebook;
            this.shown = shown;
        }

        Result run(String text) {
            PrintStream systemOut = System.out;
            PrintStream systemErr = System.err;
            String previousProperty = System.getProperty(Notebooks.EXAMPLES_DIR_PROPERTY);
            System.setProperty(Notebooks.EXAMPLES_DIR_PROPERTY, examplesDir.toString());
            System.setOut(out);
            System.setErr(err);
            try (JShell js = JShell.builder()
                    .executionEngine("local")
                    .in(new ByteArrayInputStream(new byte[0]))
                    .out(out)
                    .err(err)
                    .build()) {
                shell = js;
                for (Path entry : classpath) {
                    js.addToClasspath(entry.toString());
                }
                for (String name : DEFAULT_IMPORTS) {
                    for (SnippetEvent e : js.eval("import " + name + ";")) {
                        if (e.status() != Snippet.Status.VALID) {
                            throw new IllegalStateException("the default import " + name + " failed: " + e);
                        }
                    }
                }
                evaluate(text);
                if (failures.isEmpty()) {
                    checkUnresolved();
                }
                if (failures.isEmpty() && snippets == 0) {
                    failures.add(new Failure(shown, 1, "error: the notebook has no Java snippet"));
                }
            } catch (RuntimeException e) {
                failures.add(new Failure(shown, 0, "JShell failed: " + e));
            } finally {
                out.flush();
                err.flush();
                System.setOut(systemOut);
                System.setErr(systemErr);
                if (previousProperty == null) {
                    System.clearProperty(Notebooks.EXAMPLES_DIR_PROPERTY);
                } else {
                    System.setProperty(Notebooks.EXAMPLES_DIR_PROPERTY, previousProperty);
                }
            }
            return new Result(notebook, snippets, failures);
        }

        /** Feeds the notebook line by line, as the jshell tool does, evaluating each complete snippet. */
        private void evaluate(String text) {
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            String[] lines = text.split("\r\n|\r|\n", -1);
            StringBuilder buffer = new StringBuilder();
            int bufferLine = 1;
            for (int i = 0; i < lines.length; i++) {
                int lineNo = i + 1;
                String line = lines[i];
                if (buffer.toString().isBlank()) {
                    buffer.setLength(0);
                    bufferLine = lineNo;
                    String command = line.strip();
                    if (command.startsWith("/") && !command.startsWith("//") && !command.startsWith("/*")) {
                        if (command.equals("/exit") || command.startsWith("/exit ")) {
                            return;
                        }
                        failures.add(new Failure(shown, lineNo, "error: JShell command " + command.split("\\s+")[0]
                                + " is not supported in notebooks; write Java (only /exit is allowed: it ends the notebook)"));
                        return;
                    }
                }
                buffer.append(line).append('\n');
                while (!buffer.toString().isBlank()) {
                    String source = buffer.toString();
                    CompletionInfo info = analysis.analyzeCompletion(source);
                    Completeness c = info.completeness();
                    if (c == Completeness.EMPTY) {
                        buffer.setLength(0);
                        break;
                    }
                    if (!c.isComplete()) {
                        break;
                    }
                    String consumed = source.substring(0, source.length() - info.remaining().length());
                    if (!eval(info.source(), bufferLine)) {
                        return;
                    }
                    bufferLine += newlines(consumed);
                    buffer.setLength(0);
                    buffer.append(info.remaining());
                }
            }
            if (!buffer.toString().isBlank()) {
                // an incomplete snippet at the end, e.g. a missing '}': let JShell say what is wrong
                eval(buffer.toString(), bufferLine);
            }
        }

        /** Evaluates one complete snippet whose text starts on a notebook line; false when the notebook failed. */
        private boolean eval(String source, int firstLine) {
            int skipped = leadingTrivia(source);
            String code = source.substring(skipped);
            if (code.isBlank()) {
                return true;
            }
            int codeLine = firstLine + newlines(source.substring(0, skipped));
            List<SnippetEvent> events = shell.eval(code);
            snippets++;
            for (SnippetEvent event : events) {
                Snippet snippet = event.snippet();
                if (event.causeSnippet() != null) {
                    continue; // a status change of an earlier snippet, caused by this one
                }
                startLines.put(snippet.id(), codeLine);
                for (Diag diag : shell.diagnostics(snippet).collect(Collectors.toList())) {
                    if (!diag.isError()) {
                        err.println(shown + ":" + lineOf(diag, code, codeLine) + ": " + describe(diag, code, "warning"));
                    }
                }
                if (event.status() == Snippet.Status.REJECTED) {
                    List<Diag> errors = shell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
                    if (errors.isEmpty()) {
                        failures.add(new Failure(shown, codeLine, "error: the snippet was rejected\n" + quote(code, 0)));
                    } else {
                        Diag first = errors.get(0);
                        StringBuilder reason = new StringBuilder(describe(first, code, "error"));
                        for (Diag more : errors.subList(1, errors.size())) {
                            reason.append('\n').append(shown).append(':').append(lineOf(more, code, codeLine)).append(": ")
                                    .append(describe(more, code, "error"));
                        }
                        if (code.startsWith(".")) {
                            reason.append("\n    (JShell ran the line before as a complete statement; to continue a statement"
                                    + " on the next line, end the line with the '.' instead)");
                        }
                        failures.add(new Failure(shown, lineOf(first, code, codeLine), reason.toString()));
                    }
                    return false;
                }
                JShellException exception = event.exception();
                if (exception != null) {
                    failures.add(exceptionFailure(exception, snippet, codeLine));
                    return false;
                }
            }
            return true;
        }

        private Failure exceptionFailure(JShellException exception, Snippet snippet, int codeLine) {
            if (exception instanceof UnresolvedReferenceException unresolved) {
                DeclarationSnippet declaration = unresolved.getSnippet();
                String names = shell.unresolvedDependencies(declaration).collect(Collectors.joining(", "));
                int declared = startLines.getOrDefault(declaration.id(), 0);
                return new Failure(shown, codeLine, "error: " + describeSnippet(declaration) + " (line " + declared
                        + ") cannot be used: it refers to " + names + ", which " + (names.contains(",") ? "are" : "is")
                        + " not declared");
            }
            StringBuilder reason = new StringBuilder("exception ");
            Throwable t = exception;
            int line = codeLine;
            boolean headline = true;
            while (t != null) {
                if (!headline) {
                    reason.append("\nCaused by: ");
                }
                String type = t instanceof EvalException e ? e.getExceptionClassName() : t.getClass().getName();
                reason.append(type);
                if (t.getMessage() != null) {
                    reason.append(": ").append(t.getMessage());
                }
                for (StackTraceElement frame : t.getStackTrace()) {
                    String file = frame.getFileName();
                    if (file != null && file.startsWith("#")) {
                        String id = file.substring(1);
                        Integer start = startLines.get(id);
                        int at = start == null ? 0 : start + Math.max(frame.getLineNumber(), 1) - 1;
                        String method = frame.getMethodName().isEmpty() || frame.getMethodName().equals("do_it$")
                                ? "" : frame.getMethodName() + " ";
                        reason.append("\n      at ").append(method).append('(').append(shown).append(':').append(at).append(')');
                        if (headline && id.equals(snippet.id()) && start != null) {
                            line = at;
                        }
                    } else {
                        reason.append("\n      at ").append(frame);
                    }
                }
                headline = false;
                t = t.getCause();
            }
            return new Failure(shown, line, reason.toString());
        }

        /** Fails the notebook for every declaration still waiting for a reference at its end. */
        private void checkUnresolved() {
            shell.snippets().forEach(s -> {
                Snippet.Status status = shell.status(s);
                if (s instanceof DeclarationSnippet d
                        && (status == Snippet.Status.RECOVERABLE_DEFINED || status == Snippet.Status.RECOVERABLE_NOT_DEFINED)) {
                    String names = shell.unresolvedDependencies(d).collect(Collectors.joining(", "));
                    failures.add(new Failure(shown, startLines.getOrDefault(d.id(), 0), "error: " + describeSnippet(d)
                            + " refers to " + names + ", which " + (names.contains(",") ? "are" : "is")
                            + " never declared in the notebook"));
                }
            });
        }

        private int lineOf(Diag diag, String code, int codeLine) {
            return codeLine + newlines(code.substring(0, clamp(diag.getStartPosition(), code)));
        }

        private String describe(Diag diag, String code, String kind) {
            int pos = clamp(diag.getStartPosition(), code);
            String message = diag.getMessage(Locale.ROOT).lines()
                    .filter(l -> !l.strip().equals("location: class")) // JShell's wrapper class has no name
                    .collect(Collectors.joining("\n"));
            return kind + ": " + message + "\n" + quote(code, pos);
        }
    }

    private static String describeSnippet(DeclarationSnippet d) {
        return d.kind().name().toLowerCase(Locale.ROOT).replace("type_decl", "type") + " " + d.name();
    }

    /** Quotes the line of code holding a position, with a caret under the position. */
    static String quote(String code, int pos) {
        int startOfLine = code.lastIndexOf('\n', Math.max(pos - 1, 0)) + 1;
        if (pos == 0) {
            startOfLine = 0;
        }
        int endOfLine = code.indexOf('\n', pos);
        String line = code.substring(startOfLine, endOfLine < 0 ? code.length() : endOfLine);
        StringBuilder caret = new StringBuilder();
        for (int i = startOfLine; i < pos; i++) {
            caret.append(code.charAt(i) == '\t' ? '\t' : ' ');
        }
        return "    " + line + "\n    " + caret + "^";
    }

    private static int clamp(long pos, String code) {
        if (pos < 0) {
            return 0;
        }
        return (int) Math.min(pos, code.length());
    }

    /** Returns the length of the whitespace and comments a snippet starts with. */
    static int leadingTrivia(String s) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (s.startsWith("//", i)) {
                int end = s.indexOf('\n', i);
                i = end < 0 ? s.length() : end + 1;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                if (end < 0) {
                    return i; // an unterminated comment: let JShell report it
                }
                i = end + 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static int newlines(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Returns the notebook's path relative to the working directory when inside it, else as given. */
    private static String display(Path notebook) {
        Path abs = notebook.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (cwd.getParent() != null && abs.startsWith(cwd)) {
            return cwd.relativize(abs).toString();
        }
        return notebook.isAbsolute() ? abs.toString() : notebook.normalize().toString();
    }

    /**
     * Runs notebooks: those given (files, or directories whose {@code .jsh} files are run by name),
     * or every notebook in {@code examples/notebooks}. Exits with 0 when all succeed, 1 when one
     * fails, 2 on a usage error.
     *
     * @param args notebooks or directories
     */
    public static void main(String... args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /**
     * Does what {@link #main(String...)} does, without exiting.
     *
     * @param args notebooks or directories
     * @param out where the notebooks' output goes
     * @param err where error output and the runner's messages go
     * @return the exit status: 0 when all succeed, 1 when one fails, 2 on a usage error
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Path examplesDir;
        List<Path> notebooks = new ArrayList<>();
        try {
            examplesDir = Notebooks.examplesDir();
            if (args.isEmpty()) {
                notebooks.addAll(notebooksIn(examplesDir.resolve("notebooks")));
            }
            for (String arg : args) {
                if (arg.equals("-h") || arg.equals("--help")) {
                    out.println("usage: NotebookRunner [notebook.jsh | directory ...]");
                    out.println("Runs JShell notebooks (all of examples/notebooks when none is given);");
                    out.println("exit status 0 when all succeed, 1 when one fails, 2 on a usage error.");
                    return 0;
                }
                Path p = Path.of(arg);
                if (Files.isDirectory(p)) {
                    notebooks.addAll(notebooksIn(p));
                } else if (Files.isRegularFile(p)) {
                    notebooks.add(p);
                } else {
                    err.println("[notebook] no such notebook or directory: " + arg);
                    return 2;
                }
            }
            if (notebooks.isEmpty()) {
                err.println("[notebook] no notebooks (*" + SUFFIX + ") to run");
                return 2;
            }
        } catch (RuntimeException e) {
            err.println("[notebook] " + e.getMessage());
            return 2;
        }
        NotebookRunner runner;
        try {
            runner = forExamples(examplesDir, out, err);
        } catch (RuntimeException e) {
            err.println("[notebook] " + e.getMessage());
            return 2;
        }
        List<Result> results = runner.runAll(notebooks);
        List<Result> failed = results.stream().filter(r -> !r.ok()).collect(Collectors.toList());
        if (results.size() > 1) {
            err.println("[notebook] " + (results.size() - failed.size()) + " of " + results.size() + " notebooks OK"
                    + (failed.isEmpty() ? "" : "; failed: " + failed.stream().map(r -> display(r.notebook()))
                            .collect(Collectors.joining(", "))));
        }
        return failed.isEmpty() ? 0 : 1;
    }

    /**
     * Where and why a notebook failed.
     *
     * @param notebook the notebook as shown (relative to the working directory when inside it)
     * @param line the notebook line, 1-based; 0 when the failure has no line
     * @param reason what went wrong, starting with {@code error:} or {@code exception}
     */
    public record Failure(String notebook, int line, String reason) {

        /** Returns {@code notebook:line: reason}, the form compilers use. */
        @Override
        public String toString() {
            return notebook + ":" + line + ": " + reason;
        }
    }

    /**
     * The result of running one notebook.
     *
     * @param notebook the notebook
     * @param snippets how many snippets were evaluated
     * @param failures what failed; empty when the notebook succeeded
     */
    public record Result(Path notebook, int snippets, List<Failure> failures) {

        /** Copies the failures. */
        public Result {
            Objects.requireNonNull(notebook, "notebook");
            failures = List.copyOf(failures);
        }

        /**
         * Tells whether the notebook succeeded.
         *
         * @return true when nothing failed
         */
        public boolean ok() {
            return failures.isEmpty();
        }

        /**
         * Returns the first failure.
         *
         * @return the failure, if any
         */
        public Optional<Failure> failure() {
            return failures.stream().findFirst();
        }

        /**
         * Returns this result when the notebook succeeded.
         *
         * @return this result
         * @throws NotebookFailedException naming the notebook, the line and the reason, when it failed
         */
        public Result orThrow() {
            if (!ok()) {
                throw new NotebookFailedException(this);
            }
            return this;
        }
    }

    /** Thrown by {@link Result#orThrow()} when a notebook failed. */
    public static final class NotebookFailedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotebookFailedException(Result result) {
            super("notebook " + display(result.notebook()) + " failed:\n"
                    + result.failures().stream().map(Failure::toString).collect(Collectors.joining("\n")));
        }
    }
}
