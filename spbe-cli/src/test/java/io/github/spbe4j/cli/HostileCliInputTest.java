package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.catalog.InvalidCatalogException;
import io.github.spbe4j.catalog.json.CatalogJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and careless input through the {@code spbe} command, each case with its expected outcome:
 * the exit code, the key phrase of the message, and nothing printed that would reach a terminal raw.
 * Run in-process; {@link CliProcessTest} has the cases only a real process shows.
 */
class HostileCliInputTest {

    private static final Path ASSESSMENT = Cli.sample("kota-contoh-2025-spbe-2020.json");
    private static final Path CATALOG = Cli.sample("kota-contoh-catalog.json");
    private static final Path FRAMEWORK = Cli.resource("opd-kota-contoh.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Words of Java, of the JSON library or of the command-line library, which no message may show. */
    private static final List<String> INTERNALS = List.of("Exception", "java.", "com.fasterxml", "Jackson", "JsonReadFeature",
            "picocli", "\tat ", "Integer", "not an int", "Path (", "Error");

    @TempDir
    Path dir;

    private static Cli.Run safe(Cli.Run r) {
        Cli.assertTerminalSafe(r);
        assertThat(r.out() + r.err()).as("no internals in what was printed").doesNotContain(INTERNALS);
        return r;
    }

    private static Cli.Run run(String... args) {
        return safe(Cli.run(args));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path copy(Path from, String name) throws IOException {
        return Files.copy(from, dir.resolve(name));
    }

    // ---------------------------------------------------------------- file names and arguments

    @Test
    void fileNameWithEscapeSequence_missing_errorShowsItEscaped() {
        Cli.Run r = run("score", dir.resolve("a\u001b]0;pwned\u0007\u001b[2J.json").toString());

        assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(r.err()).startsWith("spbe: cannot read assessment file ").contains("a\\u001b]0;pwned\\u0007\\u001b[2J.json")
                .endsWith(": no such file" + System.lineSeparator());
    }

    @Test
    void fileNameWithEscapeAndBidi_validCatalog_reportShowsItEscaped() throws IOException {
        Path file = copy(CATALOG, "kota\u001b[31m\u202eevil.json");

        Cli.Run text = run("catalog", "validate", file.toString());
        Cli.Run json = run("catalog", "validate", file.toString(), "--format", "json");

        assertThat(text.code()).isZero();
        assertThat(text.out()).startsWith(dir + "/kota\\u001b[31m\\u202eevil.json: valid (");
        assertThat(json.code()).isZero();
        // in JSON the escapes are JSON's: the report names the file as it is
        assertThat(JSON.readTree(json.out()).get("file").asText()).isEqualTo(file.toString());
    }

    @Test
    void fileNameWithLineSeparators_frameworkCheckJson_validJsonNamingTheFile() throws IOException {
        Path file = copy(FRAMEWORK, "f\u2028r\u2029a\u0085m\u007fe.json");

        Cli.Run r = run("framework", "check", file.toString(), "--format", "json");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("f\\u2028r\\u2029a\\u0085m\\u007fe.json");
        assertThat(JSON.readTree(r.out()).get("file").asText()).isEqualTo(file.toString());
    }

    @Test
    void unknownOptionWithEscapeSequence_usageErrorShowsItEscaped() {
        Cli.Run r = run("score", ASSESSMENT.toString(), "--\u001b[2J\u001b]0;x\u0007");

        assertThat(r.code()).isEqualTo(SpbeCommand.WRONG_USAGE);
        assertThat(r.err()).startsWith("spbe: Unknown option: '--\\u001b[2J\\u001b]0;x\\u0007'");
    }

    @Test
    void optionValueWithBidiControl_usageErrorShowsItEscaped() {
        Cli.Run r = run("score", ASSESSMENT.toString(), "--format", "js\u202eon");

        assertThat(r.code()).isEqualTo(SpbeCommand.WRONG_USAGE);
        assertThat(r.err()).contains("Invalid value for option '--format'", "'js\\u202eon'");
    }

    @Test
    void searchWordsWithControls_noMatch_errorShowsThemEscaped() {
        Cli.Run r = run("catalog", "search", CATALOG.toString(), "zz\u001b[2J\u2066");

        assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("spbe: no service matches 'zz\\u001b[2J\\u2066'");
    }

    @Test
    void regionQueryWithLoneSurrogateAndEscape_noMatch_errorShowsThemEscaped() {
        Cli.Run r = run("wilayah", "find", "Kota\ud800\u001bc");

        assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(r.err()).startsWith("spbe: no region matches 'Kota\\ud800\\u001bc'");
    }

    @Test
    void fileArgumentWithNul_notAPathInPlainWords() {
        Cli.Run r = run("score", "a\u0000b.json");

        assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(r.err()).startsWith("spbe: FILE \"a\\u0000b.json\" is not a path: ");
    }

    // ---------------------------------------------------------------- file contents

    @Test
    void assessmentWithEscapeInAgencyName_refusedNamingFieldAndCharacter() throws IOException {
        Path file = write("a.json", "{\"framework\":\"spbe-2020\",\"agency\":{\"name\":\"Kota \\u001b]0;pwned\\u0007\"},"
                + "\"year\":2025,\"values\":{}}");

        Cli.Run r = run("score", file.toString());

        assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(r.err()).contains("agency.name", "U+001B", "\\u001b]0;pwned\\u0007");
    }

    @Test
    void assessmentWithBidiOverrideInNotes_refusedNamingTheCharacter() throws IOException {
        Path file = write("a.json", "{\"framework\":\"spbe-2020\",\"agency\":{\"name\":\"Kota\"},\"year\":2025,"
                + "\"values\":{\"1\":3},\"notes\":{\"1\":\"ok \\u202e txt.exe\"}}");

        Cli.Run r = run("score", file.toString());

        assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(r.err()).contains("notes", "U+202E");
    }

    @Test
    void customFrameworkWithEscapeInAName_refusedNamingIt() throws IOException {
        Path file = write("f.json", Files.readString(FRAMEWORK).replace("Tim SPBE OPD", "Tim \\u001b[2J SPBE"));

        Cli.Run check = run("framework", "check", file.toString());
        Cli.Run show = run("framework", "show", "opd-kota-contoh-2026", "--framework-file", file.toString());

        assertThat(check.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(check.out()).contains("(K2).name \"Tim \\u001b[2J SPBE\" holds the control character U+001B");
        assertThat(show.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(show.err()).contains("U+001B");
    }

    /**
     * A catalog title with an escape sequence and a bidi override: whether the catalog's reader refuses
     * it (the text policy) or takes it, nothing of it reaches the terminal raw.
     */
    @Test
    void catalogTitleWithEscapeSequence_refusedByEveryCatalogCommand_andNeverPrintedRaw() throws IOException {
        ObjectNode catalog = (ObjectNode) JSON.readTree(CATALOG.toFile());
        ObjectNode first = (ObjectNode) catalog.get("services").get(0);
        first.put("title", "KTP \u001b]0;pwned\u0007\u001b[2J\u202eelektronik");
        Path file = write("c.json", JSON.writeValueAsString(catalog));

        Cli.Run validate = run("catalog", "validate", file.toString());
        assertThat(validate.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(validate.out()).contains("services[0].title: holds the control character U+001B at character 5; it must be one line"
                + " without control characters (\"KTP \\u001b]0;pwned\\u0007\\u001b[2J\\u202eelektronik\")");
        for (String command : List.of("search", "export", "metrics")) {
            List<String> args = new java.util.ArrayList<>(List.of("catalog", command, file.toString()));
            args.addAll(command.equals("search") ? List.of("ktp") : command.equals("export") ? List.of("--schema-org") : List.of());
            Cli.Run r = run(args.toArray(String[]::new));
            assertThat(r.code()).as(command).isEqualTo(SpbeCommand.BAD_INPUT);
            assertThat(r.out() + r.err()).as(command).contains("services[0].title");
        }
    }

    @Test
    void hugeValueWithControlAtTheEnd_messageStaysSmall() throws IOException {
        Path file = write("a.json", "{\"framework\":\"spbe-2020\",\"agency\":{\"name\":\"" + "K".repeat(2_000_000)
                + "\\u001b\"},\"year\":2025,\"values\":{}}");

        Cli.Run r = run("score", file.toString());

        assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(r.err()).contains("agency.name", "U+001B").hasSizeLessThan(2_000);
    }

    // ---------------------------------------------------------------- malformed JSON in plain words

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("{ /* a comment */ \"framework\": \"spbe-2020\" }", "comments are not allowed in JSON"),
                Arguments.of("{ \"framework\": \"spbe-2020\" // a comment\n}", "comments are not allowed in JSON"),
                Arguments.of("{ \"year\": NaN }", "NaN is not a number here"),
                Arguments.of("{ \"year\": -Infinity }", "-Infinity is not a number here"),
                Arguments.of("{ 'framework': 'spbe-2020' }", "single quotes are not allowed"),
                Arguments.of("{ framework: 1 }", "field names are written in double quotes"),
                Arguments.of("{ \"year\": 2025, }", "a comma before } is not allowed in JSON"),
                Arguments.of("{ \"year\": 02025 }", "a number may not start with 0"),
                Arguments.of("{ \"year\": 2025 } { }", "there is more after the end of the document"),
                Arguments.of("{ \"agency\": \"a\u0001b\" }", "control character U+0001"),
                Arguments.of("{ \"year\": 2025, \"year\": 2026 }", "appears twice"));
    }

    static Stream<String[]> readers() {
        return Stream.of(new String[] {"score"}, new String[] {"framework", "check"}, new String[] {"catalog", "validate"},
                new String[] {"complaints", "sla"}, new String[] {"complaints", "public"}, new String[] {"complaints", "open311", "requests"},
                new String[] {"complaints", "open311", "services"});
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedJson_everyReader_plainWordsWithLineAndColumn(String text, String words) throws IOException {
        Path file = write("bad.json", text);
        for (String[] command : readers().toList()) {
            String[] args = Stream.concat(Stream.of(command), Stream.of(file.toString())).toArray(String[]::new);

            Cli.Run r = run(args);

            assertThat(r.code()).as(String.join(" ", command)).isEqualTo(SpbeCommand.BAD_INPUT);
            assertThat(r.out() + r.err()).as(String.join(" ", command)).contains("not valid JSON at line ", words);
        }
    }

    @Test
    void invalidUtf8_plainWords() throws IOException {
        Path file = dir.resolve("latin1.json");
        Files.write(file, "{\"agency\": \"Kota M\u00e9dan\"}".getBytes(StandardCharsets.ISO_8859_1));

        Cli.Run r = run("score", file.toString());

        assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(r.err()).contains("not valid UTF-8");
    }

    // ---------------------------------------------------------------- inputs that are not there

    @Test
    void emptyFile_documentIsEmpty() throws IOException {
        Cli.Run r = run("score", write("empty.json", "").toString());

        assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(r.err()).contains("the document is empty; expected a JSON object");
    }

    @Test
    void emptyStandardInput_documentIsEmptyNamingStandardInput() {
        Cli.Run r = safe(Cli.runWithStandardInput(new byte[0], "score", "-"));

        assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(r.err()).contains("(standard input)", "the document is empty");
    }

    @Test
    void closedStandardInput_everyReader_clearError() {
        for (String[] args : List.of(new String[] {"score", "-"}, new String[] {"framework", "check", "-"},
                new String[] {"catalog", "validate", "-"}, new String[] {"catalog", "export", "-", "--cpsv-ap"},
                new String[] {"complaints", "sla", "-"}, new String[] {"complaints", "public", "-"})) {
            Cli.Run r = safe(Cli.runWithClosedStandardInput(args));

            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(SpbeCommand.BAD_INPUT);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().strip()).isEqualTo(
                    "spbe: standard input is closed; give a FILE, or - with standard input connected (e.g. < FILE or a pipe)");
        }
    }

    @Test
    void closedStandardInput_fileGiven_readsTheFile() {
        Cli.Run r = safe(Cli.runWithClosedStandardInput("score", ASSESSMENT.toString()));

        assertThat(r.code()).isZero();
    }

    @Test
    void standardInputNotOpenForReading_clearError() {
        Cli.Run r = safe(Cli.runWithStandardInput(new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Bad file descriptor");
            }
        }, "score", "-"));

        assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("spbe: cannot read assessment (standard input): standard input is not open for reading");
    }

    @Test
    void directoryAsInput_saysItIsADirectory() {
        for (String[] command : readers().toList()) {
            String[] args = Stream.concat(Stream.of(command), Stream.of(dir.toString())).toArray(String[]::new);

            Cli.Run r = run(args);

            assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
            assertThat(r.out() + r.err()).contains(dir.toString(), ": it is a directory");
        }
    }

    @Test
    void missingFile_saysNoSuchFile() {
        for (String[] command : readers().toList()) {
            String[] args = Stream.concat(Stream.of(command), Stream.of(dir.resolve("none.json").toString())).toArray(String[]::new);

            Cli.Run r = run(args);

            assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
            assertThat(r.out() + r.err()).contains("none.json: no such file");
        }
    }

    @Test
    void unreadableFile_saysPermissionDenied() throws IOException {
        Path file = copy(ASSESSMENT, "secret.json");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            Cli.Run r = run("score", file.toString());

            if (Files.isReadable(file)) {
                // run as root, whom file permissions do not stop: the file is read
                assertThat(r.code()).isZero();
            } else {
                assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
                assertThat(r.err().strip()).isEqualTo("spbe: cannot read assessment file " + file + ": permission denied");
            }
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    // ---------------------------------------------------------------- output

    /** A writer whose every write fails, as standard output on a full disk. */
    private static PrintWriter failingOutput() {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {
                // nothing held
            }

            @Override
            public void close() {
                // nothing held
            }
        });
    }

    @Test
    void standardOutputFails_everyFormat_exitThreeWithMessage() {
        for (String format : List.of("text", "json")) {
            StringWriter err = new StringWriter();

            int code = Cli.run(StandardInput.ofSystemIn(), failingOutput(), new PrintWriter(err), "score", ASSESSMENT.toString(),
                    "--format", format);

            assertThat(code).isEqualTo(SpbeCommand.OUTPUT_FAILED);
            assertThat(err.toString().strip()).isEqualTo("spbe: cannot write to standard output (is the disk full, or has the reader"
                    + " stopped reading?); the output is incomplete");
        }
    }

    @Test
    void standardOutputFailsOnHelpAndReports_exitThree() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"frameworks"},
                new String[] {"catalog", "validate", CATALOG.toString()}, new String[] {"catalog", "export", CATALOG.toString(), "--cpsv-ap"})) {
            StringWriter err = new StringWriter();

            int code = Cli.run(StandardInput.ofSystemIn(), failingOutput(), new PrintWriter(err), args);

            assertThat(code).as(String.join(" ", args)).isEqualTo(SpbeCommand.OUTPUT_FAILED);
            assertThat(err.toString()).contains("cannot write to standard output");
        }
    }

    @Test
    void exportToFullDevice_exitThreeSayingSo() {
        Cli.Run r = run("catalog", "export", CATALOG.toString(), "--cpsv-ap", "-o", "/dev/full");

        assertThat(r.code()).isEqualTo(SpbeCommand.OUTPUT_FAILED);
        assertThat(r.err().strip()).isEqualTo("spbe: cannot write /dev/full: no space left on device; what was written is incomplete");
    }

    @Test
    void exportIntoMissingDirectory_exitThreeNamingIt() {
        Path out = dir.resolve("no-such-dir/catalog.jsonld");

        Cli.Run r = run("catalog", "export", CATALOG.toString(), "--cpsv-ap", "-o", out.toString());

        assertThat(r.code()).isEqualTo(SpbeCommand.OUTPUT_FAILED);
        assertThat(r.err().strip()).isEqualTo("spbe: cannot write " + out + ": the directory " + out.getParent()
                + " does not exist; nothing was written");
        assertThat(out.getParent()).doesNotExist();
    }

    @Test
    void exportOntoADirectory_exitThree() {
        Cli.Run r = run("catalog", "export", CATALOG.toString(), "--cpsv-ap", "-o", dir.toString());

        assertThat(r.code()).isEqualTo(SpbeCommand.OUTPUT_FAILED);
        assertThat(r.err()).contains(": it is a directory");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void exportOutputIsTheInput_howeverSpelled_refusedBeforeAnythingIsWritten() throws IOException {
        Path file = copy(CATALOG, "catalog.json");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), file.getFileName());
        Path hard = Files.createLink(dir.resolve("hard.json"), file);
        byte[] before = Files.readAllBytes(file);
        String[][] spellings = {{file.toString(), file.toString()}, {file.toString(), dir + "/./catalog.json"},
            {file.toString(), dir + "/sub/../catalog.json"}, {link.toString(), file.toString()}, {file.toString(), link.toString()},
            {hard.toString(), file.toString()}};

        for (String[] inOut : spellings) {
            Cli.Run r = run("catalog", "export", inOut[0], "--schema-org", "--output", inOut[1]);

            assertThat(r.code()).as("%s -o %s", inOut[0], inOut[1]).isEqualTo(SpbeCommand.WRONG_USAGE);
            assertThat(r.err().strip()).isEqualTo("spbe: --output " + inOut[1] + " is the input file " + inOut[0]
                    + "; writing it would destroy the input, so give another file (see 'spbe catalog export --help')");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("catalog.json", "link.json", "hard.json");
        }
    }

    @Test
    void exportOfAnInvalidCatalog_previousOutputLeftAsItWas() throws IOException {
        Path bad = write("bad.json", "{\"format\": \"spbe-catalog/1\", \"services\": [{\"id\": \"a\", \"title\": \"\"}]}");
        Path out = write("out.jsonld", "previous export");

        Cli.Run r = run("catalog", "export", bad.toString(), "--cpsv-ap", "-o", out.toString());

        assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(Files.readString(out)).isEqualTo("previous export");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(2);
        }
    }

    // ---------------------------------------------------------------- option values

    @Test
    void localeNotOffered_refusedNamingOptionValueAndChoices() {
        Cli.Run r = run("catalog", "validate", CATALOG.toString(), "--locale", "xx");

        assertThat(r.code()).isEqualTo(SpbeCommand.WRONG_USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("spbe: Invalid value for option '--locale': expected one of [en, id] (case-sensitive)"
                + " but was 'xx' (see 'spbe catalog validate --help')");
    }

    @Test
    void localeSpelledAsALanguageTag_refusedToo() {
        for (String locale : List.of("en-US", "ID", "id_ID", "")) {
            Cli.Run r = run("catalog", "validate", CATALOG.toString(), "--locale", locale);

            assertThat(r.code()).as(locale).isEqualTo(SpbeCommand.WRONG_USAGE);
            assertThat(r.err()).contains("--locale", "[en, id]");
        }
    }

    @Test
    void wholeNumberOptionNotANumber_plainWords() {
        Cli.Run text = run("wilayah", "find", "Palangka", "--limit", "ten");
        Cli.Run huge = run("wilayah", "find", "Palangka", "--limit", "99999999999");

        assertThat(text.code()).isEqualTo(SpbeCommand.WRONG_USAGE);
        assertThat(text.err().strip()).isEqualTo("spbe: Invalid value for option '--limit': 'ten' is not a whole number"
                + " (see 'spbe wilayah find --help')");
        assertThat(huge.code()).isEqualTo(SpbeCommand.WRONG_USAGE);
        assertThat(huge.err()).contains("'99999999999' is out of range; give a whole number from -2147483648 to 2147483647");
    }

    @Test
    void fileOptionNotAFileName_plainWords() {
        Cli.Run framework = run("frameworks", "--framework-file", "a\u0000b.json");
        Cli.Run output = run("catalog", "export", CATALOG.toString(), "--cpsv-ap", "-o", "o\u0000.jsonld");

        assertThat(framework.code()).isEqualTo(SpbeCommand.WRONG_USAGE);
        assertThat(framework.err()).contains(
                "Invalid value for option '--framework-file' (FILE): 'a\\u0000b.json' is not a file name: nul character not allowed");
        assertThat(output.code()).isEqualTo(SpbeCommand.WRONG_USAGE);
        assertThat(output.err()).contains("Invalid value for option '--output'", ": 'o\\u0000.jsonld' is not a file name");
    }

    @Test
    void enumOptionsWithUnknownValues_namesTheChoices() {
        Cli.Run reading = run("score", ASSESSMENT.toString(), "--predikat-reading", "rounded");
        Cli.Run level = run("wilayah", "find", "Palangka", "--level", "city");
        Cli.Run format = run("catalog", "metrics", CATALOG.toString(), "--format", "csv");

        assertThat(reading.code()).isEqualTo(SpbeCommand.WRONG_USAGE);
        assertThat(reading.err()).contains("expected one of [ROUNDED, UNROUNDED] (case-sensitive) but was 'rounded'");
        assertThat(level.err()).contains("expected one of [PROVINCE, REGENCY_CITY, DISTRICT, VILLAGE]");
        assertThat(format.err()).contains("expected one of [text, json]");
    }

    @Test
    void unknownFrameworkOption_refusedNamingTheKnownOnes() {
        Cli.Run r = run("catalog", "metrics", CATALOG.toString(), "--framework", "spbe-1999");

        assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(r.err()).contains("unknown framework 'spbe-1999'; known frameworks are");
    }

    @Test
    void help_onAColourTerminal_noEscapeSequences() {
        String before = System.getProperty("picocli.ansi");
        System.setProperty("picocli.ansi", "true");
        try {
            Cli.Run r = Cli.run("score", "--help");

            assertThat(r.code()).isZero();
            assertThat(r.out()).doesNotContain("\u001b", "\\u001b").contains("Usage: spbe score");
        } finally {
            if (before == null) {
                System.clearProperty("picocli.ansi");
            } else {
                System.setProperty("picocli.ansi", before);
            }
        }
    }

    // ---------------------------------------------------------------- huge problem counts

    @Test
    void millionUnknownIndicatorCodes_smallOneLineError() throws IOException {
        Path file = dir.resolve("million.json");
        StringBuilder sb = new StringBuilder(13_000_000)
                .append("{\"framework\":\"spbe-2020\",\"agency\":{\"name\":\"Kota Contoh\"},\"year\":2025,\"values\":{");
        for (int i = 0; i < 1_000_000; i++) {
            sb.append(i == 0 ? "" : ",").append("\"X").append(i).append("\":1");
        }
        Files.writeString(file, sb.append("}}"));
        sb.setLength(0);

        Cli.Run r = run("score", file.toString());

        assertThat(Files.size(file)).isGreaterThan(11_000_000);
        assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).hasSizeLessThan(20_000).contains("1000000 unknown indicator codes");
    }

    /** A catalog of services that each break two rules: 2 * count problems. */
    private Path catalogWithProblems(int services) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("format", "spbe-catalog/1");
        ArrayNode array = root.putArray("services");
        for (int i = 0; i < services; i++) {
            array.addObject().put("id", "s" + i).put("title", "");
        }
        return write("many.json", JSON.writeValueAsString(root));
    }

    @Test
    void catalogWithThousandsOfProblems_textListsTheFirstHundredThenHowManyMore() throws IOException {
        Path file = catalogWithProblems(1_500);
        InvalidCatalogException expected = catchThrowableOfType(InvalidCatalogException.class, () -> CatalogJson.read(file));

        Cli.Run r = run("catalog", "validate", file.toString());

        long total = expected.problems().size() + (long) expected.omitted();
        assertThat(total).isEqualTo(3_000);
        List<String> lines = r.out().lines().toList();
        assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(lines.get(0)).isEqualTo(file + ": 3000 problems");
        assertThat(lines.subList(1, lines.size() - 1)).containsExactlyElementsOf(
                expected.problems().stream().map(p -> "  " + p).toList()).hasSize(100);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("  and 2900 more");
    }

    @Test
    void catalogWithThousandsOfProblems_jsonHoldsTheFirstHundredAndTheOmittedCount() throws IOException {
        Path file = catalogWithProblems(1_500);

        Cli.Run r = run("catalog", "validate", file.toString(), "--format", "json");
        JsonNode json = JSON.readTree(r.out());

        assertThat(r.code()).isEqualTo(SpbeCommand.BAD_INPUT);
        assertThat(json.get("problems")).hasSize(100);
        assertThat(json.get("omitted").asInt()).isEqualTo(2_900);
    }
}
