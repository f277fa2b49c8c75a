package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.complaints.privacy.Redactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spbe complaints redact}: the library's redaction, from a file or standard input. */
class ComplaintsRedactCommandTest {

    private static final String COMPLAINT = "Lampu jalan di Jl. Contoh No. 5 mati sejak 17-08-2026. Hubungi saya di 0812-3456-7890"
            + " atau warga@contoh.example. Denda Rp 1.500.000 sudah dibayar.\n";

    @TempDir
    Path dir;

    @Test
    void redact_standardInput_printsTheLibrarysRedactedText() {
        Cli.Run r = Cli.runWithStandardInput(COMPLAINT, "complaints", "redact", "-");

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(Redactor.standard().redactText(COMPLAINT))
                .contains("[telepon]", "[email]", "17-08-2026", "Rp 1.500.000").doesNotContain("0812", "warga@");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void redact_noFile_readsStandardInputToStandardOutput() {
        Cli.Run r = Cli.runWithStandardInput(COMPLAINT, "complaints", "redact");

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(Redactor.standard().redactText(COMPLAINT));
    }

    @Test
    void redact_fileAsJson_countsEachKindButNeverShowsAValue() throws IOException {
        Path file = dir.resolve("aduan.txt");
        Files.writeString(file, COMPLAINT, StandardCharsets.UTF_8);

        Cli.Run r = Cli.run("complaints", "redact", file.toString(), "--format", "json");

        assertThat(r.code()).isZero();
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.get("text").asText()).isEqualTo(Redactor.standard().redactText(COMPLAINT));
        assertThat(report.get("redacted").get("phone").asInt()).isOne();
        assertThat(report.get("redacted").get("email").asInt()).isOne();
        assertThat(report.get("redacted").get("nik").asInt()).isZero();
        assertThat(report.get("total").asInt()).isEqualTo(2);
        assertThat(r.out()).doesNotContain("0812", "warga@");
    }

    @Test
    void redact_textWithAnEscapeSequence_neverReachesTheTerminalRaw() {
        Cli.Run r = Cli.runWithStandardInput("aduan \u001b]0;pwned\u0007 0812 3456 7890\n", "complaints", "redact", "-");

        assertThat(r.code()).isZero();
        Cli.assertTerminalSafe(r);
        assertThat(r.out()).contains("\\u001b]0;pwned\\u0007", "[telepon]");
    }

    @Test
    void redact_bytesThatAreNotUtf8_badInputInPlainWords() {
        Cli.Run r = Cli.runWithStandardInput(new byte[] {'a', (byte) 0xff, 'b'}, "complaints", "redact", "-");

        assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(r.err()).isEqualTo("spbe: cannot read (standard input): the text is not valid UTF-8\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void redact_missingFile_badInputNamingTheReason() {
        Cli.Run r = Cli.run("complaints", "redact", dir.resolve("tidak-ada.txt").toString());

        assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(r.err()).contains("cannot read text file").contains("no such file");
    }
}
