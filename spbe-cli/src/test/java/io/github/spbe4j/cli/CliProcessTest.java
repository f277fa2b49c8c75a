package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases of hostile use that only a real process shows — a closed standard input, standard output on
 * a full device or closed — run as {@code java -cp CLASSPATH io.github.spbe4j.cli.SpbeCommand} under
 * {@code /bin/sh} with the redirection; and the program's main entry with {@code System.out} failing.
 */
class CliProcessTest {

    private static final Path ASSESSMENT = Cli.sample("kota-contoh-2025-spbe-2020.json");

    @TempDir
    Path dir;

    /** What a process printed and returned. */
    private record Ran(int code, String out, String err) {
    }

    /**
     * Runs {@code spbe ARGS} in a new Java process, with the shell redirections given (e.g. {@code <&-}),
     * and options for the Java runtime.
     */
    private Ran spbe(String redirections, List<String> javaOptions, String... args) throws IOException, InterruptedException {
        return spbe(redirections, javaOptions, Map.of(), args);
    }

    /** As above, with variables added to the process's environment. */
    private Ran spbe(String redirections, List<String> javaOptions, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "exec \"$@\" " + redirections, "sh",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1"));
        command.addAll(javaOptions);
        command.addAll(List.of("-cp", classPath, SpbeCommand.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process p = builder.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("the process ends").isTrue();
        Ran ran = new Ran(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        assertThat(Cli.rawControls(ran.out()) ).isEmpty();
        assertThat(Cli.rawControls(ran.err())).isEmpty();
        return ran;
    }

    private Ran spbe(String redirections, String... args) throws IOException, InterruptedException {
        return spbe(redirections, List.of(), args);
    }

    @Test
    void closedStandardInput_clearErrorNotACrash() throws Exception {
        // before: the JVM crashed with signal 11 (exit status 139)
        Ran r = spbe("<&-", "score", "-");

        assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo(
                "spbe: standard input is closed; give a FILE, or - with standard input connected (e.g. < FILE or a pipe)");
    }

    @Test
    void closedStandardInput_fileGiven_scores() throws Exception {
        Ran r = spbe("<&-", "score", ASSESSMENT.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Predikat");
    }

    @Test
    void standardInputOpenForWritingOnly_clearError() throws Exception {
        Ran r = spbe("0>" + dir.resolve("write-only.txt"), "score", "-");

        assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("spbe: cannot read assessment (standard input): standard input is not open for reading");
    }

    @Test
    void standardInputADirectory_clearError() throws Exception {
        Ran r = spbe("<" + dir, "score", "-");

        assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("spbe: cannot read assessment (standard input): it is a directory");
    }

    @Test
    void standardInputAFile_exportToThatFile_refused() throws Exception {
        Path catalog = Files.copy(Cli.sample("kota-contoh-catalog.json"), dir.resolve("catalog.json"));
        byte[] before = Files.readAllBytes(catalog);

        Ran r = spbe("<" + catalog, "catalog", "export", "-", "--cpsv-ap", "-o", catalog.toString());

        assertThat(r.code()).isEqualTo(SpbeCommand.WRONG_USAGE);
        assertThat(r.err()).contains("is the input file");
        assertThat(Files.readAllBytes(catalog)).isEqualTo(before);
    }

    @Test
    void standardOutputOnAFullDevice_exitThreeWithMessage() throws Exception {
        Ran r = spbe(">/dev/full", "score", ASSESSMENT.toString());

        assertThat(r.code()).isEqualTo(SpbeCommand.OUTPUT_FAILED);
        assertThat(r.err().strip()).isEqualTo("spbe: cannot write to standard output (is the disk full, or has the reader stopped"
                + " reading?); the output is incomplete");
    }

    @Test
    void standardOutputOnAFullDevice_jsonAndHelpToo() throws Exception {
        assertThat(spbe(">/dev/full", "score", ASSESSMENT.toString(), "--format", "json").code()).isEqualTo(SpbeCommand.OUTPUT_FAILED);
        assertThat(spbe(">/dev/full", "--help").code()).isEqualTo(SpbeCommand.OUTPUT_FAILED);
    }

    @Test
    void standardOutputClosed_exitThree() throws Exception {
        Ran r = spbe(">&-", "score", ASSESSMENT.toString());

        assertThat(r.code()).isEqualTo(SpbeCommand.OUTPUT_FAILED);
        assertThat(r.err()).contains("cannot write to standard output");
    }

    @Test
    void hugeInputOnASmallHeap_oneLineNotAStackTrace() throws Exception {
        Path file = dir.resolve("million.json");
        StringBuilder sb = new StringBuilder(13_000_000)
                .append("{\"framework\":\"spbe-2020\",\"agency\":{\"name\":\"Kota Contoh\"},\"year\":2025,\"values\":{");
        for (int i = 0; i < 1_000_000; i++) {
            sb.append(i == 0 ? "" : ",").append('"').append(100 + i).append("\":1");
        }
        Files.writeString(file, sb.append("}}"));

        Ran r = spbe("", List.of("-Xmx48m"), "score", file.toString());

        assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("spbe: ").doesNotContain("\tat ", "Exception", "Error").hasSizeLessThan(2_000);
    }

    @Test
    void main_systemOutFails_exitThreeAndMessageOnSystemErr() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("No space left on device");
                }
            }));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            code = SpbeCommand.runAsMain("score", ASSESSMENT.toString());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }

        assertThat(code).isEqualTo(SpbeCommand.OUTPUT_FAILED);
        assertThat(errBytes.toString(StandardCharsets.UTF_8).strip()).isEqualTo("spbe: cannot write to standard output (is the disk"
                + " full, or has the reader stopped reading?); the output is incomplete");
    }

    @Test
    void main_systemOutWorks_exitZeroAndTheReport() {
        PrintStream out = System.out;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(outBytes, false, StandardCharsets.UTF_8));
            code = SpbeCommand.runAsMain("score", ASSESSMENT.toString());
        } finally {
            System.setOut(out);
        }

        assertThat(code).isZero();
        assertThat(outBytes.toString()).contains("Predikat");
    }

    @Test
    void asciiPlatformEncoding_outputIsStillUtf8_noCharacterLostAsAQuestionMark() throws Exception {
        Path file = dir.resolve("kota.json");
        Files.writeString(file, Files.readString(ASSESSMENT).replace("\"Kota Contoh\"", "\"Kota Contoh – Pemkot \u00e9\ud83c\udfdb\""),
                StandardCharsets.UTF_8);

        Ran r = spbe("", List.of("-Dfile.encoding=US-ASCII", "-Dsun.stdout.encoding=US-ASCII"), "score", file.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Kota Contoh – Pemkot \u00e9\ud83c\udfdb").doesNotContain("Pemkot ?");
    }
    @Test
    void tokenIssue_keyFromAnEnvironmentVariable_issuesATokenTheKeyFileVerifies() throws Exception {
        Path key = dir.resolve("screen.key");
        assertThat(Cli.run("token", "keygen", "--alg", "hmac", "--key-id", "3", "-o", key.toString()).code()).isZero();
        String at = "2026-03-02T07:20:00+07:00";

        Ran issued = spbe("", List.of(), Map.of("SPBE_TEST_SCREEN_KEY", Files.readString(key)),
                "token", "issue", "--key-env", "SPBE_TEST_SCREEN_KEY", "--location", "BALAIKOTA", "--at", at);

        assertThat(issued.code()).as(issued.err()).isZero();
        assertThat(issued.out().strip()).startsWith("AT:").doesNotContain(Files.readString(key).strip());
        Cli.Run verified = Cli.run("token", "verify", issued.out().strip(), "--key-file", key.toString(), "--location", "BALAIKOTA",
                "--at", at);
        assertThat(verified.code()).as(verified.out() + verified.err()).isZero();
    }
}
