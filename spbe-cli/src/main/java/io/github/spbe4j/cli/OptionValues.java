package io.github.spbe4j.cli;

import io.github.spbe4j.core.internal.Text;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;

/**
 * How option values are read, in plain words: picocli's own converters name Java types in their
 * messages ("'x' is not an int", "cannot convert 'x' to Path (java.nio.file.InvalidPathException…)").
 */
final class OptionValues {

    private OptionValues() {
    }

    /** Registers the converters with a command and all its subcommands. */
    static void register(CommandLine cli) {
        CommandLine.ITypeConverter<Integer> whole = OptionValues::wholeNumber;
        cli.registerConverter(Integer.class, whole);
        cli.registerConverter(Integer.TYPE, whole);
        cli.registerConverter(Path.class, OptionValues::path);
    }

    /**
     * Reads a whole number.
     *
     * @param value the text given
     * @return the number
     * @throws CommandLine.TypeConversionException naming the value
     */
    static Integer wholeNumber(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException(shown(value) + (value.strip().matches("[-+]?[0-9]+")
                    ? " is out of range; give a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                    : " is not a whole number"));
        }
    }

    /**
     * Reads a path.
     *
     * @param value the text given
     * @return the path
     * @throws CommandLine.TypeConversionException naming the value
     */
    static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException(shown(value) + " is not a file name: "
                    + Text.oneLine(e.getReason()).toLowerCase(Locale.ROOT));
        }
    }

    /** A value as picocli's messages show one: in single quotes, on one line, cut when long. */
    private static String shown(String value) {
        return "'" + Text.clean(value) + "'";
    }
}
