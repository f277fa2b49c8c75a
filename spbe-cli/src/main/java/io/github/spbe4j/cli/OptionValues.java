package io.github.spbe4j.cli;

import io.github.spbe4j.core.calendar.Workforce;
import io.github.spbe4j.core.internal.Text;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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
        cli.registerConverter(LocalDate.class, OptionValues::date);
        cli.registerConverter(Workforce.class, OptionValues::workforce);
        cli.registerConverter(OffsetDateTime.class, OptionValues::instant);
    }

    /**
     * Reads an instant: an ISO date and time with its offset.
     *
     * @param value the text given
     * @return the date and time
     * @throws CommandLine.TypeConversionException naming the value
     */
    static OffsetDateTime instant(String value) {
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(shown(value)
                    + " is not a date and time with its offset; give one such as 2026-03-31T12:00:00+07:00");
        }
    }

    /**
     * Reads an ISO date.
     *
     * @param value the text given
     * @return the date
     * @throws CommandLine.TypeConversionException naming the value
     */
    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(shown(value) + " is not a date; give an ISO date such as 2026-12-22");
        }
    }

    /**
     * Reads a workforce: {@code civil-service} or {@code private}.
     *
     * @param value the text given
     * @return the workforce
     * @throws CommandLine.TypeConversionException naming the value and the choices
     */
    static Workforce workforce(String value) {
        return switch (value) {
            case "civil-service" -> Workforce.CIVIL_SERVICE;
            case "private" -> Workforce.PRIVATE_SECTOR;
            default -> throw new CommandLine.TypeConversionException("expected one of [civil-service, private] but was " + shown(value));
        };
    }

    /**
     * Returns the name of a workforce as {@link #workforce(String)} reads it.
     *
     * @param workforce the workforce
     * @return {@code civil-service} or {@code private}
     */
    static String name(Workforce workforce) {
        return workforce == Workforce.CIVIL_SERVICE ? "civil-service" : "private";
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
