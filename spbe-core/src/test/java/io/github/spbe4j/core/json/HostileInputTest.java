package io.github.spbe4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.scoring.Scorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and careless input to spbe-core's readers, case by case with the outcome a user relies on:
 * refused with one problem naming the field and the rule, messages on one line with nothing raw that
 * a terminal would run, and cost bounded by the input. docs/security.md lists the policies checked.
 */
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = Path.of("../examples/data/kota-contoh-2025-spbe-2020.json");

    private static ObjectNode sample() {
        try {
            return (ObjectNode) JSON.readTree(Files.readString(SAMPLE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SpbeException refused(String json) {
        SpbeException e = catchThrowableOfType(SpbeException.class, () -> Scorer.score(SpbeJson.readAssessment(json),
                FrameworkRegistry.builtIn()));
        assertThat(e).as("refused: %s", json.length() > 200 ? json.substring(0, 200) : json).isNotNull();
        assertSafe(e);
        return e;
    }

    /** A message and every problem: one line, nothing a terminal would run, no library or Java class name. */
    static void assertSafe(SpbeException e) {
        List<String> texts = new ArrayList<>();
        texts.add(e.getMessage());
        e.problems().forEach(p -> texts.add(p.toString()));
        for (String text : texts) {
            assertThat(text).doesNotContain("\n", "\r", "com.fasterxml", "Feature", "Exception", "java.", "`", "Constraints");
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                assertThat(Character.getType(c) == Character.CONTROL || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069'
                        || c == '\u2028' || c == '\u2029').as("U+%04X in %s", (int) c, text).isFalse();
            }
        }
    }

    static Stream<Arguments> hostileTexts() {
        List<Arguments> cases = new ArrayList<>();
        for (int c = 0; c < 0x20; c++) {
            cases.add(Arguments.of(String.format("C0 U+%04X", c), "Kota" + (char) c + "Contoh"));
        }
        cases.add(Arguments.of("DEL", "Kota\u007fContoh"));
        for (int c = 0x80; c < 0xa0; c++) {
            cases.add(Arguments.of(String.format("C1 U+%04X", c), "Kota" + (char) c + "Contoh"));
        }
        for (char c : "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069".toCharArray()) {
            cases.add(Arguments.of(String.format("bidi U+%04X", (int) c), "Kota" + c + "Contoh"));
        }
        cases.add(Arguments.of("line separator", "Kota\u2028Contoh"));
        cases.add(Arguments.of("lone high surrogate", "Kota\ud800Contoh"));
        cases.add(Arguments.of("lone low surrogate", "Kota\udc00Contoh"));
        cases.add(Arguments.of("terminal title", "Kota\u001b]0;pwned\u0007"));
        return cases.stream();
    }

    /** Where a text goes in an assessment, and the path its problem names. */
    private record Field(String path, Consumer<ObjectNode> put) {
    }

    private static List<Field> textFields(String text) {
        return List.of(
                new Field("agency.name", a -> ((ObjectNode) a.get("agency")).put("name", text)),
                new Field("agency.code", a -> ((ObjectNode) a.get("agency")).put("code", text)),
                new Field("framework", a -> a.put("framework", text)),
                new Field("values key", a -> ((ObjectNode) a.get("values")).put(text, 2)),
                new Field("notes key", a -> a.putObject("notes").put(text, "catatan")),
                new Field("evidence key", a -> a.putObject("evidence").putArray(text).addObject().put("level", 1)
                        .put("title", "SK").put("status", "accepted")),
                new Field("evidence." + "1" + "[0].title", a -> {
                    ((ObjectNode) a.get("values")).remove("1");
                    a.putObject("evidence").putArray("1").addObject().put("level", 1).put("title", text).put("status", "accepted");
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    void everyTextField_hostileCharacter_isRefusedNamingTheField(String what, String text) {
        for (Field field : textFields(text)) {
            ObjectNode a = sample();
            field.put.accept(a);
            SpbeException e = refused(a.toString());
            assertThat(e.problems()).as("%s in %s", what, field.path).anySatisfy(p -> {
                assertThat(p.rule()).isEqualTo("Text");
                assertThat(p.path()).isEqualTo(field.path);
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kota\u200bContoh", "Kota\u200dContoh", "Kota\ufeffContoh", "Kota\u2060Contoh", "Kota\u200fContoh"})
    void namesAndCodes_zeroWidthCharacters_areRefusedButNotesMayHoldThem(String text) {
        for (String field : List.of("name", "code")) {
            ObjectNode a = sample();
            ((ObjectNode) a.get("agency")).put(field, text);
            assertThat(refused(a.toString()).problems()).extracting(Problem::path).containsExactly("agency." + field);
        }
        ObjectNode a = sample();
        a.putObject("notes").put("1", text);
        assertThat(SpbeJson.readAssessment(a.toString()).notes()).containsEntry("1", text);
    }

    @Test
    void notes_mayHoldLineFeedsAndTabs_butNotCarriageReturns() {
        ObjectNode a = sample();
        a.putObject("notes").put("1", "baris 1\n\tbaris 2");
        assertThat(SpbeJson.readAssessment(a.toString()).notes()).containsEntry("1", "baris 1\n\tbaris 2");
        a.putObject("notes").put("1", "baris 1\r\nbaris 2");
        assertThat(refused(a.toString()).problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("notes.1");
            assertThat(p.message()).contains("U+000D");
        });
    }

    @Test
    void values_aMillionUnknownCodes_areOneProblemOfRanges() {
        ObjectNode a = sample();
        ObjectNode values = (ObjectNode) a.get("values");
        IntStream.range(48, 1_000_048).forEach(i -> values.put(Integer.toString(i), 2));
        SpbeException e = refused(a.toString());
        assertThat(e.problems()).singleElement().hasToString("values has 1000000 unknown indicator codes: 48..1000047; spbe-2020 has"
                + " indicators 1..47");
        assertThat(e.getMessage()).hasSizeLessThan(300);
    }

    @Test
    void values_scatteredUnknownCodes_areListedBrieflyWithACount() {
        ObjectNode a = sample();
        ObjectNode values = (ObjectNode) a.get("values");
        IntStream.range(0, 5000).forEach(i -> values.put("x" + i * 7, 2));
        SpbeException e = refused(a.toString());
        assertThat(e.problems()).singleElement().asString().startsWith("values has 5000 unknown indicator codes: x0, x7, x14, ")
                .contains(", and 4980 more; spbe-2020 has indicators 1..47");
    }

    @Test
    void values_thousandsOfBadValues_keepTheFirstHundredInOrderAndCountTheRest() {
        ObjectNode a = sample();
        ObjectNode values = (ObjectNode) a.get("values");
        IntStream.range(1, 48).forEach(i -> values.put(Integer.toString(i), "tiga"));
        IntStream.range(1000, 3000).forEach(i -> values.put(Integer.toString(i), "tiga"));
        SpbeException e = refused(a.toString());
        assertThat(e.problems()).hasSize(SpbeException.MAX_PROBLEMS);
        assertThat(e.omitted()).isEqualTo(47 + 2000 - SpbeException.MAX_PROBLEMS);
        assertThat(e.problems().get(0).path()).isEqualTo("values.1");
        assertThat(e.problems().get(46).path()).isEqualTo("values.47");
        assertThat(e.problems().get(47).path()).isEqualTo("values.1000");
        assertThat(e.getMessage()).endsWith("; and " + (2047 - 100) + " more");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025.0", "2025.000", "2.025e3", "2025E0"})
    void year_aWholeNumberWrittenWithADecimalPoint_isAccepted(String year) {
        Assessment a = SpbeJson.readAssessment(sample().toString().replace("\"year\":2025", "\"year\":" + year));
        assertThat(a.year()).isEqualTo(2025);
    }

    @Test
    void year_aFraction_isRefusedShowingTheValueAsWritten() {
        SpbeException e = refused(sample().toString().replace("\"year\":2025", "\"year\":2025.5"));
        assertThat(e.problems()).singleElement().hasToString("year must be a whole number 1900..9999, was 2025.5");
        assertThat(refused(sample().toString().replace("\"year\":2025", "\"year\":1e999999999")).problems()).singleElement()
                .asString().startsWith("year must be a whole number 1900..9999, was ");
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("{/* komentar */ \"framework\": \"spbe-2020\"}", "comments are not allowed in JSON"),
                Arguments.of("# komentar\n{}", "comments are not allowed in JSON"),
                Arguments.of("{\"year\": NaN}", "NaN is not a number here; JSON has no NaN or Infinity"),
                Arguments.of("{\"year\": -Infinity}", "-Infinity is not a number here; JSON has no NaN or Infinity"),
                Arguments.of("{'framework': 'spbe-2020'}", "single quotes are not allowed; JSON writes strings and field names in double"
                        + " quotes"),
                Arguments.of("{\"year\": 2025,}", "a comma before } is not allowed in JSON"),
                Arguments.of("{\"year\": 02025}", "a number may not start with 0 unless it is 0 or 0.something"),
                Arguments.of("{\"year\": +2025}", "a number may not start with +"),
                Arguments.of("{\"year\": 2025", "the text ends before its object is closed with }"),
                Arguments.of("{\"framework\": \"spbe", "the text ends inside a string; a string is closed with \""),
                Arguments.of("{\"framework\": \"a\u0001b\"}", "a string holds the control character U+0001 as such; write it escaped,"
                        + " as \\n or \\u00XX"),
                Arguments.of("{\"year\": 1, \"year\": 2}", "the field \"year\" appears twice in one object"),
                Arguments.of("{\"year\": tahun}", "unknown word \"tahun\"; expected a string in double quotes, a number, an array, an"
                        + " object, true, false or null"),
                Arguments.of("{\"a\": [1, 2}", "} where ] was expected; brackets and braces do not match"),
                Arguments.of("[".repeat(5000), "the document nests deeper than 1000 levels"),
                Arguments.of("{\"year\": " + "9".repeat(5000) + "}", "a number has 5000 characters; numbers have at most 1000"),
                Arguments.of("{} {}", "there is more after the end of the document; a file holds one JSON object"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedJson_isExplainedInPlainWords(String json, String words) {
        SpbeException e = refused(json);
        assertThat(e.problems()).singleElement().asString().startsWith("not valid JSON").endsWith(": " + words);
    }

    @Test
    void framework_hostileTextInANodeName_isRefusedNamingTheNode() {
        String json = FrameworkRegistry.builtIn().get("spbe-2020").toJson().replaceFirst("\"name\" : \"([^\"]*)\"",
                "\"name\" : \"$1\\\\u001b[2J\"");
        SpbeException e = catchThrowableOfType(SpbeException.class, () -> Framework.parse(json));
        assertThat(e).isNotNull();
        assertSafe(e);
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.rule()).isEqualTo("Text"));
    }

    @Test
    void instansi_hostileTextInAUnitName_isRefused() {
        JsonNode doc = JSON.createObjectNode().put("id", "kota-contoh").put("name", "Kota Contoh\u202e");
        SpbeException e = catchThrowableOfType(SpbeException.class, () -> SpbeJson.readInstansi(doc.toString()));
        assertThat(e).isNotNull();
        assertSafe(e);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.rule()).isEqualTo("Text"));
    }

    @Test
    void domainTypes_builtInJava_enforceTheSameTextPolicy() {
        java.util.List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> calls = List.of(
                () -> io.github.spbe4j.core.agency.Agency.named("Kota\u001b[2JContoh"),
                () -> io.github.spbe4j.core.agency.Agency.of("Kota Contoh", "kota\u200bcontoh"),
                () -> io.github.spbe4j.core.framework.Indicator.of("1", "Kebijakan\u202e", io.github.spbe4j.core.framework.Weight.of(1)),
                () -> io.github.spbe4j.core.framework.Indicator.of("1\u200b", "Kebijakan", io.github.spbe4j.core.framework.Weight.of(1)),
                () -> io.github.spbe4j.core.agency.Instansi.of("kota-contoh", "Kota\ud800", io.github.spbe4j.core.agency.GovernmentKind.CENTRAL,
                        null, List.of()),
                () -> io.github.spbe4j.core.agency.Instansi.of("kota-contoh", "Kota Contoh",
                        io.github.spbe4j.core.agency.GovernmentKind.CENTRAL, null, List.of(io.github.spbe4j.core.agency.Unit.of(
                                "dinas\u0085kominfo", "Dinas Kominfo", io.github.spbe4j.core.agency.UnitKind.DINAS))),
                () -> Assessment.builder("spbe-2020", io.github.spbe4j.core.agency.Agency.named("Kota Contoh"), 2025)
                        .note("1", "catatan\r\nbaru"),
                () -> Assessment.builder("spbe-2020", io.github.spbe4j.core.agency.Agency.named("Kota Contoh"), 2025)
                        .value("1\u2066", 3),
                () -> new io.github.spbe4j.core.assessment.EvidenceItem(1, "SK Wali Kota\u0007",
                        io.github.spbe4j.core.assessment.EvidenceStatus.ACCEPTED, true, java.util.Optional.empty()));
        for (var call : calls) {
            SpbeException e = catchThrowableOfType(SpbeException.class, call);
            assertThat(e).isNotNull();
            assertSafe(e);
            assertThat(e.problems()).anySatisfy(p -> assertThat(p.rule()).isEqualTo("Text"));
        }
    }

    @Test
    void readFromStream_leavesTheStreamOpenForItsCaller() {
        boolean[] closed = {false};
        java.io.InputStream in = new java.io.ByteArrayInputStream(sample().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        SpbeJson.readAssessment(in, "stdin");
        assertThat(closed[0]).as("standard input must stay open: closing it may close what the process opens next").isFalse();
    }
}
