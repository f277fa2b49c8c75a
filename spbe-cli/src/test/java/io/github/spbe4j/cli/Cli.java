package io.github.spbe4j.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /** Runs {@code spbe ARGS} with the bytes as standard input. */
    static Run runWithStandardInput(byte[] input, String... args) {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(input));
            return run(args);
        } finally {
            System.setIn(stdin);
        }
    }

    /** Runs {@code spbe ARGS} with the text as standard input. */
    static Run runWithStandardInput(String input, String... args) {
        return runWithStandardInput(input.getBytes(StandardCharsets.UTF_8), args);
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
