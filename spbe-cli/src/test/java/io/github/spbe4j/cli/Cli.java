package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the {@code spbe} command in-process and finds the files the tests give it. */
final class Cli {

    private Cli() {
    }

    /** What a run printed and returned. */
    record Run(int code, String out, String err) {
    }

    /** Runs {@code spbe ARGS}. */
    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SpbeCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs {@code spbe ARGS} with the given standard input, standard output and standard error. */
    static int run(StandardInput stdin, PrintWriter out, PrintWriter err, String... args) {
        return SpbeCommand.execute(out, err, stdin, args);
    }

    /** Runs {@code spbe ARGS} with standard input as a program started with it closed finds it. */
    static Run runWithClosedStandardInput(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(StandardInput.closed(), new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs {@code spbe ARGS} with the stream as standard input. */
    static Run runWithStandardInput(InputStream input, String... args) {
        InputStream stdin = System.in;
        try {
            System.setIn(input);
            return run(args);
        } finally {
            System.setIn(stdin);
        }
    }

    /** Runs {@code spbe ARGS} with the bytes as standard input. */
    static Run runWithStandardInput(byte[] input, String... args) {
        return runWithStandardInput(new ByteArrayInputStream(input), args);
    }

    /** Runs {@code spbe ARGS} with the text as standard input. */
    static Run runWithStandardInput(String input, String... args) {
        return runWithStandardInput(input.getBytes(StandardCharsets.UTF_8), args);
    }

    /**
     * The characters of a text that a terminal would not show as text, each as {@code U+XXXX}: C0 and C1
     * controls and DEL (but line feed and tab), U+2028 and U+2029, bidirectional embeddings, overrides
     * and isolates, and lone surrogates. Written independently of the code under test.
     */
    static List<String> rawControls(String text) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                i++;
                continue;
            }
            boolean control = c <= 0x1f && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f;
            boolean separator = c == 0x2028 || c == 0x2029;
            boolean bidi = c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
            if (control || separator || bidi || Character.isSurrogate(c)) {
                found.add(String.format("U+%04X at %d", (int) c, i));
            }
        }
        return found;
    }

    /** Asserts that nothing a run printed would reach a terminal raw. */
    static Run assertTerminalSafe(Run r) {
        assertThat(rawControls(r.out())).as("raw controls in standard output %s", r.out()).isEmpty();
        assertThat(rawControls(r.err())).as("raw controls in standard error %s", r.err()).isEmpty();
        return r;
    }

    /** A file of examples/data, found from the module's directory upwards. */
    static Path sample(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples/data"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("examples/data not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("examples/data").resolve(name);
    }

    /** A test resource of this module, by its path from the class-path root. */
    static Path resource(String name) {
        try {
            return Path.of(Cli.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
