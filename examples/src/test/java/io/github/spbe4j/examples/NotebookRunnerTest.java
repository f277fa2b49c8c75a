package io.github.spbe4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@link NotebookRunner} reads notebooks, and how it fails: naming the notebook, the line and the reason. */
class NotebookRunnerTest {

    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void brokenNotebook_failsNamingTheNotebookTheLineAndTheReason() throws IOException {
        Path notebook = write("broken.jsh",
                "// a notebook with a typo on line 4",
                "import io.github.spbe4j.core.framework.FrameworkRegistry;",
                "var f = FrameworkRegistry.builtIn().get(\"spbe-2020\");",
                "System.out.println(f.indicatorz().size());",
                "System.out.println(\"never printed\");");

        NotebooksTest.Run run = NotebooksTest.run(notebook);

        assertThat(run.result().ok()).isFalse();
        NotebookRunner.Failure failure = run.result().failure().orElseThrow();
        assertThat(failure.line()).isEqualTo(4);
        assertThat(failure.notebook()).endsWith("broken.jsh");
        assertThat(failure.reason()).startsWith("error: cannot find symbol").contains("indicatorz()");
        assertThat(run.err()).contains("broken.jsh:4: error: cannot find symbol").contains("broken.jsh: FAILED");
        assertThat(run.out()).doesNotContain("never printed");
        assertThatThrownBy(() -> run.result().orThrow())
                .isInstanceOf(NotebookRunner.NotebookFailedException.class)
                .hasMessageContaining("broken.jsh:4: error: cannot find symbol");
    }

    @Test
    void exception_failsAtTheLineThatThrew_afterEchoingEarlierOutput() throws IOException {
        Path notebook = write("throws.jsh",
                "System.out.println(\"first\");",
                "int parse(String s) {",
                "    return Integer.parseInt(s);",
                "}",
                "",
                "parse(\"tiga\");");

        NotebooksTest.Run run = NotebooksTest.run(notebook);

        assertThat(run.out()).isEqualTo("first" + System.lineSeparator());
        NotebookRunner.Failure failure = run.result().failure().orElseThrow();
        assertThat(failure.line()).isEqualTo(6);
        assertThat(failure.reason()).startsWith("exception java.lang.NumberFormatException: For input string: \"tiga\"")
                .contains("at parse (" + failure.notebook() + ":3)");
    }

    @Test
    void unresolvedReference_failsTheNotebook() throws IOException {
        Path notebook = write("unresolved.jsh",
                "void report() { printTable(); }",
                "System.out.println(\"defined\");");

        NotebooksTest.Run run = NotebooksTest.run(notebook);

        NotebookRunner.Failure failure = run.result().failure().orElseThrow();
        assertThat(failure.line()).isEqualTo(1);
        assertThat(failure.reason()).contains("method report").contains("printTable()").contains("never declared");
    }

    @Test
    void forwardReference_resolvedLater_isFine() throws IOException {
        Path notebook = write("forward.jsh",
                "void report() { System.out.println(total()); }",
                "int total() { return 42; }",
                "report();");

        NotebooksTest.Run run = NotebooksTest.run(notebook);

        assertThat(run.result().ok()).as(run.err()).isTrue();
        assertThat(run.out()).isEqualTo("42" + System.lineSeparator());
    }

    @Test
    void snippets_areSplitAsTheJshellToolSplitsThem() throws IOException {
        Path notebook = write("split.jsh",
                "/* a block comment",
                "   over two lines */",
                "int a = 1; int b = 2; // two snippets on one line",
                "String s = \"x\".",
                "    repeat(3);",
                "List<Integer> xs = List.of(a, b)   // default imports, as in jshell; no semicolon",
                "System.out.println(s + xs);",
                "/exit",
                "throw new IllegalStateException(\"after /exit\");");

        NotebooksTest.Run run = NotebooksTest.run(notebook);

        assertThat(run.result().ok()).as(run.err()).isTrue();
        assertThat(run.result().snippets()).isEqualTo(5);
        assertThat(run.out()).isEqualTo("xxx[1, 2]" + System.lineSeparator());
    }

    @Test
    void leadingDotContinuation_failsAsInJshell_withAHint() throws IOException {
        Path notebook = write("dots.jsh",
                "String s = \"abc\"",
                "    .toUpperCase();");

        NotebookRunner.Failure failure = NotebooksTest.run(notebook).result().failure().orElseThrow();

        assertThat(failure.line()).isEqualTo(2);
        assertThat(failure.reason()).contains("illegal start of expression").contains("end the line with the '.'");
    }

    @Test
    void incompleteSnippetAtTheEnd_fails() throws IOException {
        Path notebook = write("incomplete.jsh",
                "void f() {",
                "    System.out.println(1);");

        NotebookRunner.Failure failure = NotebooksTest.run(notebook).result().failure().orElseThrow();

        assertThat(failure.reason()).contains("reached end of file while parsing");
    }

    @Test
    void jshellCommands_otherThanExit_areRefused() throws IOException {
        Path notebook = write("command.jsh",
                "int x = 1;",
                "/open other.jsh");

        NotebookRunner.Failure failure = NotebooksTest.run(notebook).result().failure().orElseThrow();

        assertThat(failure.line()).isEqualTo(2);
        assertThat(failure.reason()).contains("/open is not supported");
    }

    @Test
    void emptyNotebook_fails() throws IOException {
        Path notebook = write("empty.jsh", "// nothing but a comment");

        assertThat(NotebooksTest.run(notebook).result().failure().orElseThrow().reason()).contains("no Java snippet");
    }

    @Test
    void notebooksSeeTheExamplesDirectory() throws IOException {
        Path notebook = write("data.jsh",
                "import io.github.spbe4j.examples.Notebooks;",
                "System.out.println(Notebooks.dataFile(\"kota-contoh-2025-spbe-2020.json\").getFileName());",
                "System.out.println(System.getProperty(\"" + Notebooks.EXAMPLES_DIR_PROPERTY + "\"));");

        NotebooksTest.Run run = NotebooksTest.run(notebook);

        assertThat(run.result().ok()).as(run.err()).isTrue();
        assertThat(run.lines()).containsExactly("kota-contoh-2025-spbe-2020.json", Notebooks.examplesDir().toString());
        assertThat(System.getProperty(Notebooks.EXAMPLES_DIR_PROPERTY)).as("restored afterwards").isNull();
    }

    @Test
    void main_exitsWith1WhenANotebookFails_andRunsTheOthers() throws IOException {
        write("a-ok.jsh", "System.out.println(\"ok\");");
        write("b-broken.jsh", "int x = ;");
        write("c-ok.jsh", "System.out.println(\"also ok\");");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = NotebookRunner.run(List.of(dir.toString()), o, e);
        }

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly("ok", "also ok");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("b-broken.jsh:1: error: illegal start of expression")
                .contains("2 of 3 notebooks OK; failed: ")
                .contains("b-broken.jsh");
    }

    @Test
    void main_exitsWith0WhenAllSucceed_and2ForAMissingNotebook() throws IOException {
        Path ok = write("ok.jsh", "System.out.println(\"ok\");");
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThat(NotebookRunner.run(List.of(ok.toString()), sink, sink)).isZero();
        assertThat(NotebookRunner.run(List.of(dir.resolve("missing.jsh").toString()), sink, sink)).isEqualTo(2);
    }
}
