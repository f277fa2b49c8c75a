package io.github.spbe4j.cli;

import io.github.spbe4j.attendance.qr.ErrorCorrection;
import io.github.spbe4j.attendance.qr.QrCode;
import io.github.spbe4j.attendance.qr.QrOptions;
import io.github.spbe4j.core.internal.Text;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spbe qr render TOKEN -o FILE}: writes a token's QR code as PNG or SVG. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Writes a token's QR code to a file: PNG for a name ending .png, SVG for .svg.")
final class QrRenderCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TOKEN", description = "The token's text (from 'spbe token issue').")
    private String token;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The image to write: FILE.png or FILE.svg.")
    private Path output;

    @Option(names = "--ec", paramLabel = "L|M|Q|H", defaultValue = "M",
            description = "The error correction level: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ErrorCorrection ec;

    @Override
    public void run() {
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean png = name.endsWith(".png");
        if (!png && !name.endsWith(".svg")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "-o " + Text.oneLine(output.toString())
                    + " names neither a .png nor a .svg file; the name's ending says which image to write");
        }
        QrCode code = QrCode.ofText(token, QrOptions.defaults().withErrorCorrection(ec));
        OutputFile.write(output, png ? code.toPng() : code.toSvg().getBytes(StandardCharsets.UTF_8), OutputFile.FILE_SYSTEM);
    }
}
