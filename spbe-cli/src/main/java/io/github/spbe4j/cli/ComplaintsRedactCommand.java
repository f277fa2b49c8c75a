package io.github.spbe4j.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.complaints.privacy.PersonalData;
import io.github.spbe4j.complaints.privacy.Redaction;
import io.github.spbe4j.complaints.privacy.Redactor;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.internal.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code spbe complaints redact [FILE]}: masks personal data in a text (UTF-8; {@code -} or no FILE reads standard
 * input) and prints the text; with {@code --format json}, also how many values of each kind were
 * masked (never the values).
 */
@Command(name = "redact", mixinStandardHelpOptions = true,
        description = {"Mask NIK and NIP numbers, Indonesian phone numbers, e-mail addresses and other runs of 16 or more digits",
            "in a text (UTF-8; FILE, or standard input when FILE is - or left out), leaving amounts, dates, times and region codes.",
            "Text output is the redacted text; JSON output adds how many values of each kind were masked, never the values."})
final class ComplaintsRedactCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", defaultValue = InputFile.STANDARD_INPUT_ARGUMENT,
            description = "The text to read (UTF-8), or - for standard input (the default).")
    private String file = InputFile.STANDARD_INPUT_ARGUMENT;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public void run() {
        InputFile input = InputFile.of(file, spec);
        String text = input.read(path -> StrictJson.readFile(path, "text file", ComplaintsRedactCommand::utf8),
                ComplaintsRedactCommand::utf8);
        Redaction redaction = Redactor.standard().redact(text);
        if (format == Format.json) {
            ObjectNode report = JsonNodeFactory.instance.objectNode().put("text", redaction.text());
            ObjectNode counts = report.putObject("redacted");
            for (PersonalData kind : PersonalData.values()) {
                counts.put(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'), redaction.count(kind));
            }
            report.put("total", redaction.total());
            spec.commandLine().getOut().println(JsonOutput.text(report));
        } else {
            spec.commandLine().getOut().print(redaction.text());
        }
    }

    /** Reads a stream as strict UTF-8: a malformed byte is an error, never a silent replacement. */
    private static String utf8(InputStream in, String name) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SpbeException("cannot read " + name + ": the text is not valid UTF-8");
        }
    }
}
