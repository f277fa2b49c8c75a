package io.github.spbe4j.cli;

import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.internal.Text;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code FILE} argument of every command that reads one input file: a path, or {@code -} for
 * standard input. Commands take it as a mixin, so that the argument is described, named in messages
 * and read one way everywhere.
 */
final class InputFile {

    /** The argument that names standard input. */
    static final String STANDARD_INPUT_ARGUMENT = "-";

    /** The name standard input goes by in messages and reports. */
    static final String STANDARD_INPUT_NAME = "(standard input)";

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to read (JSON), or - for standard input.")
    private String argument;

    /** The command this is part of, whose root knows standard input. */
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /**
     * Returns the input a command names itself, for a command whose FILE is optional: e.g. {@code -} when
     * none is given.
     *
     * @param argument the path, or {@code -}
     * @param command the command, whose root knows standard input
     * @return the input
     */
    static InputFile of(String argument, CommandSpec command) {
        InputFile input = new InputFile();
        input.argument = argument;
        input.command = command;
        return input;
    }

    /** Whether the argument names standard input. */
    boolean isStandardInput() {
        return STANDARD_INPUT_ARGUMENT.equals(argument);
    }

    /**
     * The input's name for messages and reports: the path as given, or {@code (standard input)}.
     */
    String name() {
        return isStandardInput() ? STANDARD_INPUT_NAME : argument;
    }

    /**
     * The file read, as it is known before it is read: the path given, or the regular file standard
     * input reads from when the system shows it.
     *
     * @return the file, if known
     */
    Optional<Path> file() {
        return isStandardInput() ? standardInput().file() : Optional.of(path());
    }

    /**
     * Reads the input with the reader for files or, for {@code -}, with the reader for streams, given
     * standard input (which the reader cannot close) and its name. Core's file readers word a missing
     * or unreadable file themselves, so a path goes to them rather than being opened here.
     *
     * @param fromFile reads a file
     * @param fromStream reads a stream, given the name it goes by in messages
     * @param <T> what is read
     * @return what the reader returned
     */
    <T> T read(Function<Path, T> fromFile, BiFunction<InputStream, String, T> fromStream) {
        return isStandardInput() ? fromStream.apply(standardInput().open(), STANDARD_INPUT_NAME) : fromFile.apply(path());
    }

    private StandardInput standardInput() {
        return command.root().userObject() instanceof SpbeCommand spbe ? spbe.standardInput() : StandardInput.ofSystemIn();
    }

    private Path path() {
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            throw new SpbeException("FILE " + Text.quote(argument) + " is not a path: " + Text.oneLine(e.getReason()));
        }
    }
}
