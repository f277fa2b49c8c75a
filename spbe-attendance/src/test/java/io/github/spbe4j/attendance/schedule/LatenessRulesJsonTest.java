package io.github.spbe4j.attendance.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LatenessRulesJsonTest {

    /** Another agency's bands, from the reference: 0.5 / 1 / 1.25 / 1.5 %, any second late counts. */
    private static final String OTHER_AGENCY = """
            { "format": "spbe-lateness-rules/1",
              "name": "Kabupaten Contoh (fictional)",
              "source": "an agency's regent regulation (fictional name; bands as the reference cites another agency)",
              "seconds": "any-second",
              "late": [ { "code": "TL1", "from": 1, "to": 30, "deduction": 0.5 },
                        { "code": "TL2", "from": 31, "to": 60, "deduction": 1 },
                        { "code": "TL3", "from": 61, "to": 90, "deduction": 1.25 },
                        { "code": "TL4", "from": 91, "deduction": 1.5 } ],
              "earlyLeave": [ { "code": "PSW1", "from": 1, "deduction": 1.5 } ],
              "absentDeduction": 3 }
            """;

    private static InvalidLatenessRulesException refusal(String json) {
        try {
            LatenessRules.parse(json);
        } catch (InvalidLatenessRulesException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    private static List<String> paths(InvalidLatenessRulesException e) {
        return e.problems().stream().map(Problem::path).toList();
    }

    @Test
    void toJson_permentan_readsBackEqual() {
        LatenessRules p = LatenessRules.permentan68of2012();
        assertThat(LatenessRules.parse(p.toJson())).isEqualTo(p);
        assertThat(p.toJson()).contains("\"deduction\" : 0.5").contains("\"seconds\" : \"full-minutes\"").doesNotContain("2147483647");
    }

    @Test
    void parse_anotherAgencysFile_givesItsBands(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kabupaten.json");
        Files.writeString(file, OTHER_AGENCY);
        LatenessRules rules = LatenessRules.read(file);
        assertThat(rules.seconds()).isEqualTo(SecondsRule.ANY_SECOND);
        assertThat(rules.late()).extracting(Band::deduction).containsExactly(new BigDecimal("0.5"), BigDecimal.ONE, new BigDecimal("1.25"),
                new BigDecimal("1.5"));
        assertThat(LatenessRules.read(new ByteArrayInputStream(OTHER_AGENCY.getBytes(StandardCharsets.UTF_8)), "x")).isEqualTo(rules);
        assertThat(LatenessRules.parse(rules.toJson())).isEqualTo(rules);
    }

    @Test
    void parse_everythingWrong_listsEveryProblemAtOnce() {
        String json = """
                { "format": "spbe-lateness-rules/9",
                  "name": "Kota\\u202eContoh",
                  "seconds": "sometimes",
                  "colour": "red",
                  "late": [ { "code": "TL1", "from": 0, "to": 30, "deduction": 0.5 },
                            { "code": "", "from": 31, "to": 20, "deduction": 150 },
                            { "code": "TL3", "from": "61", "deduction": 1, "extra": true },
                            7 ],
                  "earlyLeave": { "code": "PSW1" },
                  "absentDeduction": "4" }
                """;
        InvalidLatenessRulesException e = refusal(json);
        assertThat(paths(e)).containsExactlyInAnyOrder("colour", "format", "name", "source", "seconds", "late[0].from", "late[1].code",
                "late[1].to", "late[1].deduction", "late[2].extra", "late[2].from", "late[3]", "earlyLeave", "absentDeduction");
        assertThat(e.getMessage()).contains("\\u202e").doesNotContain("\u202e");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    }

    @Test
    void parse_bandsThatDoNotFollowOn_areNamed() {
        String json = OTHER_AGENCY.replace("\"from\": 61, \"to\": 90", "\"from\": 65, \"to\": 90")
                .replace("{ \"code\": \"PSW1\", \"from\": 1, \"deduction\": 1.5 }",
                        "{ \"code\": \"PSW1\", \"from\": 1, \"deduction\": 1.5 }, { \"code\": \"PSW2\", \"from\": 2, \"to\": 5, \"deduction\": 2 }");
        InvalidLatenessRulesException e = refusal(json);
        assertThat(paths(e)).containsExactlyInAnyOrder("late[2].from", "earlyLeave[0]", "earlyLeave[1].to");
        assertThat(e.problems().get(0).message()).contains("follow on").contains("61");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "[]", "null", "42", "\"rules\"", "{", "{\"name\": \"a\", \"name\": \"b\"}", "{} {}",
        "{\"format\": \"spbe-lateness-rules/1\"} trailing", "\u0000", "\ufeff{}"})
    void parse_notARulesDocument_isRefusedWithAnSpbeException(String text) {
        assertThatThrownBy(() -> LatenessRules.parse(text)).isInstanceOf(InvalidLatenessRulesException.class)
                .satisfies(e -> assertThat(((SpbeException) e).problems()).isNotEmpty());
    }

    @Test
    void parse_thousandsOfUnknownFields_keepsAHundredProblemsAndCountsTheRest() {
        String fields = IntStream.range(0, 5000).mapToObj(i -> "\"f" + i + "\": 1").collect(Collectors.joining(", "));
        InvalidLatenessRulesException e = refusal("{" + fields + "}");
        assertThat(e.problems()).hasSize(SpbeException.MAX_PROBLEMS);
        assertThat(e.problems().size() + e.omitted()).isGreaterThanOrEqualTo(5000);
    }

    @Test
    void parse_hugeBandList_isOneProblem() {
        String bands = IntStream.range(0, 100_000).mapToObj(i -> "{}").collect(Collectors.joining(","));
        InvalidLatenessRulesException e = refusal(OTHER_AGENCY.replace("\"earlyLeave\": [", "\"earlyLeave\": [" + bands + ","));
        assertThat(paths(e)).containsExactly("earlyLeave");
        assertThat(e.getMessage()).contains("at most 20");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "-0.5", "100.0000000000001", "1e-400", "NaN", "true", "[2]"})
    void parse_hostileDeduction_isARangeOrTypeProblem(String value) {
        InvalidLatenessRulesException e = refusal(OTHER_AGENCY.replace("\"absentDeduction\": 3", "\"absentDeduction\": " + value));
        assertThat(e.problems()).hasSize(1);
    }

    @Test
    void parse_controlCharactersAndHugeTexts_areRefusedAndEscaped() {
        InvalidLatenessRulesException e = refusal(OTHER_AGENCY.replace("Kabupaten Contoh (fictional)", "Kab\\u001b[2J" + "x".repeat(100_000)));
        assertThat(paths(e)).containsExactly("name");
        assertThat(e.getMessage()).doesNotContain("\u001b").hasSizeLessThan(1000);
        InvalidLatenessRulesException big = refusal(OTHER_AGENCY.replace("an agency's regent", "y".repeat(5000)));
        assertThat(paths(big)).containsExactly("source");
    }

    @Test
    void read_missingFile_isAnSpbeExceptionNamingIt(@TempDir Path dir) {
        assertThatThrownBy(() -> LatenessRules.read(dir.resolve("none.json"))).isInstanceOf(SpbeException.class)
                .hasMessageContaining("none.json").hasMessageContaining("no such file");
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 40).boxed();
    }

    /** Random mutations of a valid file: each is read, or refused with the exception family, and what is read writes back equal. */
    @ParameterizedTest
    @MethodSource("seeds")
    void parse_mutatedFile_rulesOrInvalidLatenessRulesException(long seed) {
        Random random = new Random(seed);
        String alphabet = "{}[]\",:0123456789.-eE tnfrulasTPSW\\u202e\u0000\n";
        for (int n = 0; n < 100; n++) {
            StringBuilder sb = new StringBuilder(OTHER_AGENCY);
            int edits = 1 + random.nextInt(4);
            for (int k = 0; k < edits; k++) {
                int at = random.nextInt(sb.length());
                switch (random.nextInt(3)) {
                    case 0 -> sb.deleteCharAt(at);
                    case 1 -> sb.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> sb.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            LatenessRules rules;
            try {
                rules = LatenessRules.parse(sb.toString());
            } catch (InvalidLatenessRulesException e) {
                assertThat(e.problems()).isNotEmpty();
                continue;
            }
            assertThat(LatenessRules.parse(rules.toJson())).isEqualTo(rules);
        }
    }
}
