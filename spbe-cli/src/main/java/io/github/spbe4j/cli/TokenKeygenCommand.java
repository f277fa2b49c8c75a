package io.github.spbe4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spbe token keygen}: writes a new token key to a key file, never to the screen. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = {"Makes a new token key and writes it to a key file (JSON: algorithm, key id, key bytes in base64).",
            "The key is never printed. With --public, writes only an Ed25519 key's public part, from --from."})
final class TokenKeygenCommand implements Runnable {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--alg", paramLabel = "hmac|ed25519", defaultValue = "hmac",
            description = "The algorithm: hmac (HMAC-SHA256, a shared secret) or ed25519 (a key pair) (default: ${DEFAULT-VALUE}).")
    private TokenKeyFile.Alg alg;

    @Option(names = "--key-id", paramLabel = "N", description = "The key's id, 0..255, written into every token it signs.")
    private int keyId = -1;

    @Option(names = "--public", description = "Write only the public part of the Ed25519 key file given with --from: what a verifier needs.")
    private boolean publicOnly;

    @Option(names = "--from", paramLabel = "KEYFILE", description = "With --public: the Ed25519 key file whose public part to write.")
    private Path from;

    @Option(names = {"-o", "--output"}, paramLabel = "KEYFILE", required = true, description = "The key file to write.")
    private Path output;

    @Option(names = "--force", description = "Replace the key file if it exists.")
    private boolean force;

    @Override
    public void run() {
        CommandLine cli = spec.commandLine();
        if (!force && Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            throw new CommandLine.ParameterException(cli, "-o " + io.github.spbe4j.core.internal.Text.oneLine(output.toString())
                    + " exists; a key file is not replaced unless --force is given");
        }
        String text;
        if (publicOnly) {
            if (from == null) {
                throw new CommandLine.ParameterException(cli, "--public needs --from KEYFILE, the Ed25519 key file whose public part to write");
            }
            OutputFile.refuseInput(cli, "-o", output, java.util.Optional.of(from));
            text = TokenKeyFile.publicPart(readSmall(from), io.github.spbe4j.core.internal.Text.oneLine(from.toString()));
        } else {
            if (from != null) {
                throw new CommandLine.ParameterException(cli, "--from is only for --public");
            }
            if (keyId < 0 || keyId > 255) {
                throw new CommandLine.ParameterException(cli, keyId < 0 ? "--key-id N is required: the key's id, 0..255"
                        : "--key-id is " + keyId + "; it must be 0..255");
            }
            text = TokenKeyFile.generate(alg, keyId, false);
        }
        OutputFile.write(output, text);
        try {
            Files.setPosixFilePermissions(output, PosixFilePermissions.fromString(publicOnly ? "rw-r--r--" : "rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            // the file system has no such permissions: the file keeps what it was given
        }
    }

    private static String readSmall(Path file) {
        TokenKeyFile.read(file); // checks it, with the key file's messages
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new io.github.spbe4j.core.SpbeException("cannot read key file " + io.github.spbe4j.core.internal.Text.oneLine(file.toString())
                    + ": " + OutputFile.reason(file, e));
        }
    }
}
