package io.github.spbe4j.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.assessment.EvidenceItem;
import io.github.spbe4j.core.assessment.EvidenceStatus;
import io.github.spbe4j.core.assessment.IndicatorInput;
import io.github.spbe4j.core.assessment.Stage;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.scoring.Scorer;
import io.github.spbe4j.core.testing.Generators;
import io.github.spbe4j.core.testing.ProvinceSample;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AssessmentSheetTest {

    private static final FrameworkRegistry REGISTRY = FrameworkRegistry.builtIn();
    private static final Framework SPBE_2020 = REGISTRY.get("spbe-2020");
    private static final Framework PEMDI = REGISTRY.get("pemdi-2026");

    /** The header of an spbe-2020 sheet with the fixed columns and indicators 1..47. */
    private static final String HEADER = "agency,year,framework,"
            + SPBE_2020.indicators().stream().map(Indicator::code).collect(Collectors.joining(","));

    /** A row of spbe-2020 with every indicator at a level. */
    private static String row(String agency, int year, int level) {
        return agency + "," + year + ",spbe-2020," + IntStream.range(0, 47).mapToObj(i -> Integer.toString(level)).collect(Collectors.joining(","));
    }

    private static InvalidTableException refused(String csv) {
        return catchThrowableOfType(InvalidTableException.class, () -> AssessmentSheet.parse(csv, REGISTRY));
    }

    private static List<String> rules(InvalidTableException e) {
        return e.problems().stream().map(Problem::rule).toList();
    }

    // ------------------------------------------------------------------ reading

    @Test
    void parse_simpleSheet_givesOneAssessmentPerRowWithEveryValue() {
        List<Assessment> read = AssessmentSheet.parse(HEADER + "\n" + row("Kota Contoh", 2025, 3) + "\n" + row("Kota Lain", 2024, 2) + "\n",
                REGISTRY);

        assertThat(read).hasSize(2);
        Assessment a = read.get(0);
        assertThat(a.agency()).isEqualTo(Agency.named("Kota Contoh"));
        assertThat(a.year()).isEqualTo(2025);
        assertThat(a.frameworkId()).isEqualTo("spbe-2020");
        assertThat(a.stage()).isEqualTo(Stage.SELF_ASSESSMENT);
        assertThat(a.inputs()).hasSize(47).containsEntry("10", IndicatorInput.value(3));
        assertThat(Scorer.of(SPBE_2020).score(a).index()).isEqualByComparingTo("3");
        assertThat(read.get(1).input("47")).contains(IndicatorInput.value(2));
    }

    @Test
    void parse_emptyCell_leavesTheIndicatorNotAssessed() {
        String line = row("Kota Contoh", 2025, 3).replaceFirst(",spbe-2020,3,", ",spbe-2020,,");

        Assessment a = AssessmentSheet.parse(HEADER + "\n" + line, REGISTRY).get(0);

        assertThat(a.input("1")).isEmpty();
        assertThat(a.inputs()).hasSize(46);
    }

    @Test
    void parse_quotedFieldsWithCommasAndQuotes_readAsRfc4180Says() {
        String csv = "agency,agency_code,year,framework,1\r\n\"Kabupaten Contoh Barat, \"\"Kab.\"\"\",\"kab-1\",2025,spbe-2020,\"4\"\r\n";

        Assessment a = AssessmentSheet.parse(csv, REGISTRY).get(0);

        assertThat(a.agency()).isEqualTo(Agency.of("Kabupaten Contoh Barat, \"Kab.\"", "kab-1"));
        assertThat(a.input("1")).contains(IndicatorInput.value(4));
    }

    @Test
    void parse_lineBreakInsideQuotedName_isRefusedByTheTextPolicyNamingRowAndColumn() {
        InvalidTableException e = refused(HEADER + "\n" + row("\"Kota\nContoh\"", 2025, 3) + "\n");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("row 2.agency");
            assertThat(p.message()).startsWith("row 2, column agency (A): ");
        });
    }

    @Test
    void read_utf8WithByteOrderMarkAndCrlf_reads() {
        byte[] bytes = ("\uFEFF" + HEADER + "\r\n" + row("Kota Contoh Ñ", 2025, 3) + "\r\n").getBytes(StandardCharsets.UTF_8);

        List<Assessment> read = AssessmentSheet.read(new ByteArrayInputStream(bytes), "s.csv", REGISTRY);

        assertThat(read).singleElement().satisfies(a -> assertThat(a.agency().name()).isEqualTo("Kota Contoh Ñ"));
    }

    @Test
    void read_notUtf8_isRefused() {
        byte[] bytes = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xC3;
        bad[bytes.length + 1] = (byte) 0x28;

        assertThatThrownBy(() -> AssessmentSheet.read(new ByteArrayInputStream(bad), "latin.csv", REGISTRY))
                .isInstanceOf(InvalidTableException.class).hasMessageContaining("sheet latin.csv").hasMessageContaining("not UTF-8");
    }

    @Test
    void read_missingFile_isRefusedNamingIt(@TempDir Path dir) {
        assertThatThrownBy(() -> AssessmentSheet.read(dir.resolve("none.csv"), REGISTRY)).isInstanceOf(InvalidTableException.class)
                .hasMessageContaining("none.csv");
    }

    @Test
    void read_failingStream_isRefusedAsSpbeException() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };

        assertThatThrownBy(() -> AssessmentSheet.read(failing, "s.csv", REGISTRY)).isInstanceOf(InvalidTableException.class)
                .hasMessageContaining("disk gone");
    }

    @Test
    void parse_optionalColumnsStageAndAgencyCode_areRead() {
        String csv = "framework,year,stage,agency_code,agency,1\nspbe-2020,2025,final,kota-contoh,Kota Contoh,4\n"
                + "spbe-2020,2024,,,Kota Contoh,3\n";

        List<Assessment> read = AssessmentSheet.parse(csv, REGISTRY);

        assertThat(read.get(0).stage()).isEqualTo(Stage.FINAL);
        assertThat(read.get(0).agency()).isEqualTo(Agency.of("Kota Contoh", "kota-contoh"));
        assertThat(read.get(1).stage()).isEqualTo(Stage.SELF_ASSESSMENT);
        assertThat(read.get(1).agency()).isEqualTo(Agency.named("Kota Contoh"));
    }

    @Test
    void parse_pemdiFractionalValues_readWithinTheScalesDecimals() {
        String csv = "agency,year,framework,I1,I2\nKota Contoh,2026,pemdi-2026,2.75,3\n";

        Assessment a = AssessmentSheet.parse(csv, REGISTRY).get(0);

        assertThat(a.input("I1")).contains(IndicatorInput.value(new BigDecimal("2.75")));
    }

    @Test
    void parse_twoFrameworksInOneSheet_eachRowTakesItsOwnColumns() {
        String csv = "agency,year,framework,1,I1\nKota Contoh,2025,spbe-2020,3,\nKota Contoh,2026,pemdi-2026,,2.5\n";

        List<Assessment> read = AssessmentSheet.parse(csv, REGISTRY);

        assertThat(read.get(0).inputs()).containsOnlyKeys("1");
        assertThat(read.get(1).inputs()).containsOnlyKeys("I1");
    }

    @Test
    void parse_blankLinesAndSpacesAroundCells_areIgnored() {
        String csv = " agency , year ,framework, 1\n\n Kota Contoh ,2025 , spbe-2020 , 3 \n\n";

        assertThat(AssessmentSheet.parse(csv, REGISTRY)).singleElement().satisfies(a -> assertThat(a.input("1")).contains(IndicatorInput.value(3)));
    }

    @Test
    void parse_headerOnly_givesNoAssessments() {
        assertThat(AssessmentSheet.parse(HEADER + "\n", REGISTRY)).isEmpty();
    }

    // ------------------------------------------------------------------ every rule

    @Test
    void parse_emptyText_isRefusedForWantOfAHeader() {
        assertThat(rules(refused(""))).containsExactly("Required");
        assertThat(refused("\n" + HEADER)).hasMessageContaining("no header in row 1");
    }

    @Test
    void parse_missingRequiredColumns_namesEach() {
        InvalidTableException e = refused("agency,1\nKota,3\n");

        assertThat(e.problems()).extracting(Problem::message).anyMatch(m -> m.contains("\"year\"")).anyMatch(m -> m.contains("\"framework\""));
        assertThat(rules(e)).containsOnly("Required");
    }

    @Test
    void parse_blankRepeatedAndHostileColumnNames_areProblemsOfRowOne() {
        InvalidTableException e = refused("agency,year,framework,,1,1,2\u202e\nKota,2025,spbe-2020,,3,3,3\n");

        assertThat(rules(e)).containsExactly("NotBlank", "Duplicate", "Text");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).startsWith("row 1, column "));
        assertThat(e.problems().get(1).message()).contains("column 6 (F)", "column 5 (E)");
    }

    @Test
    void parse_unknownIndicatorColumn_isAProblemNamingTheFrameworks() {
        InvalidTableException e = refused("agency,year,framework,1,99,D1\nKota,2025,spbe-2020,3,,\n");

        assertThat(rules(e)).containsExactly("Unknown", "Unknown");
        assertThat(e.problems().get(0).message()).contains("column 5 (E)", "\"99\"", "spbe-2020");
        assertThat(e.problems().get(1).message()).contains("\"D1\"");
    }

    @Test
    void parse_frameworkNotInTheRegistry_isAProblemListingTheKnownOnes() {
        InvalidTableException e = refused("agency,year,framework,1\nKota,2025,spbe-2099,3\nKota,2025,,3\n");

        assertThat(rules(e)).containsExactly("Framework", "Required");
        assertThat(e.problems().get(0).message()).startsWith("row 2, column framework (C): ").contains("spbe-2099", "spbe-2020");
        assertThat(e.problems().get(0).rejectedValue()).contains("\"spbe-2099\"");
    }

    @Test
    void parse_valueOffTheScaleOrTooPrecise_isAProblemWithRowColumnAndValue() {
        InvalidTableException e = refused("agency,year,framework,1,2,3,I1\nKota,2025,spbe-2020,7,2.5,0,\nKota,2026,pemdi-2026,,,,2.755\n");

        assertThat(rules(e)).containsExactly("Scale", "Precision", "Scale", "Precision");
        Problem scale = e.problems().get(0);
        assertThat(scale.path()).isEqualTo("row 2.1");
        assertThat(scale.message()).isEqualTo("row 2, column 1 (D): indicator 1 has value 7; spbe-2020 values run 1..5");
        assertThat(scale.rejectedValue()).contains("7");
        assertThat(e.problems().get(1).message()).contains("whole levels only");
        assertThat(e.problems().get(3).message()).contains("row 3, column I1 (G)", "2 decimals");
    }

    @Test
    void parse_notANumber_isAProblemForEachForm() {
        InvalidTableException e = refused("agency,year,framework,1,2,3,4\nKota,2025,spbe-2020,3,5,1e1,tiga\nKota,2024,spbe-2020,\"3,5\",1..2,-,3\n");

        assertThat(rules(e)).containsExactly("Decimal", "Decimal", "Decimal", "Decimal", "Decimal");
    }

    @Test
    void parse_valueInAColumnOfAnotherFramework_isAProblem() {
        InvalidTableException e = refused("agency,year,framework,1,I1\nKota,2025,spbe-2020,3,2\nKota,2026,pemdi-2026,,2\n");

        assertThat(rules(e)).containsExactly("Unknown");
        assertThat(e.getMessage()).contains("no indicator of spbe-2020; leave the cell empty");
    }

    @Test
    void parse_badYearStageAndAgency_areProblems() {
        InvalidTableException e = refused("agency,year,framework,stage,1\n,2025,spbe-2020,,3\nKota,25,spbe-2020,,3\nKota,2025,spbe-2020,draft,3\n"
                + "Kota,1899,spbe-2020,,3\n");

        assertThat(rules(e)).containsExactly("Required", "Year", "Stage", "Year");
    }

    @Test
    void parse_rowWithTooFewOrTooManyFields_isAProblem() {
        InvalidTableException e = refused("agency,year,framework,1\nKota,2025,spbe-2020\nKota,2025,spbe-2020,3,4\n");

        assertThat(rules(e)).containsExactly("Fields", "Fields");
        assertThat(e.problems().get(0).message()).isEqualTo("row 2 has 3 fields; the header has 4");
    }

    @Test
    void parse_repeatedAgencyYearFrameworkAndStage_isAProblem() {
        InvalidTableException e = refused("agency,year,framework,1\nKota,2025,spbe-2020,3\nKota,2025,spbe-2020,4\n");

        assertThat(rules(e)).containsExactly("Duplicate");
        assertThat(e.problems().get(0).message()).startsWith("row 3 repeats row 2");
    }

    @Test
    void parse_malformedQuotes_areProblemsAndTheRestIsStillChecked() {
        InvalidTableException e = refused("agency,year,framework,1\n\"Kota\"x,2025,spbe-2020,3\nKo\"ta,2025,spbe-2020,3\nKota,2025,spbe-2020,9\n"
                + "\"Kota,2025,spbe-2020,3\n");

        assertThat(rules(e)).containsExactly("Quote", "Quote", "Scale", "Quote");
        assertThat(e.problems()).extracting(Problem::path).containsExactly("row 2", "row 3", "row 4.1", "row 5");
    }

    @Test
    void parse_fieldLongerThanTheCap_stopsWithASizeProblem() {
        String huge = "x".repeat(CsvRecords.MAX_FIELD_CHARS + 1);

        assertThat(rules(refused("agency,year,framework,1\n" + huge + ",2025,spbe-2020,3\n"))).containsExactly("Size");
    }

    @Test
    void parse_moreFieldsThanTheCap_stopsWithASizeProblem() {
        assertThat(rules(refused(",".repeat(CsvRecords.MAX_FIELDS + 1)))).containsExactly("Size");
    }

    @Test
    void parse_manyBadCells_keepsTheFirstHundredAndCountsTheRest() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        // 101 values off the scale: 47 + 47 + 7
        csv.append(row("A", 2025, 9)).append('\n').append(row("B", 2025, 9)).append('\n');
        csv.append(row("C", 2025, 3).replaceFirst(",spbe-2020,3,3,3,3,3,3,3,", ",spbe-2020,9,9,9,9,9,9,9,")).append('\n');

        InvalidTableException e = refused(csv.toString());

        assertThat(e.problems()).hasSize(100);
        assertThat(e.omitted()).isEqualTo(1);
        assertThat(e.getMessage()).startsWith("sheet (text) has 101 problems: ").endsWith("; and 1 more");
    }

    @Test
    void parse_apostropheBeforeAFormulaCharacter_isDropped() {
        Assessment a = AssessmentSheet.parse("agency,agency_code,year,framework,1\n'=Kota,'-7,2025,spbe-2020,3\n'Kota,,2024,spbe-2020,3\n",
                REGISTRY).get(0);

        assertThat(a.agency()).isEqualTo(Agency.of("=Kota", "-7"));
    }

    // ------------------------------------------------------------------ writing

    @Test
    void write_thenParse_givesEqualAssessments() {
        List<Assessment> all = List.of(
                Generators.assessment(SPBE_2020, 1).toBuilder().agency(Agency.of("Kabupaten Contoh, \"Barat\"", "=1+2")).stage(Stage.FINAL).build(),
                Generators.assessment(PEMDI, 2),
                Generators.assessment(REGISTRY.get("spbe-2018"), 3).toBuilder().framework("spbe-2018-35x3").build());

        String csv = AssessmentSheet.write(all, REGISTRY);

        assertThat(csv).startsWith("agency,agency_code,year,framework,stage,1,2,3,");
        assertThat(csv).contains("\"Kabupaten Contoh, \"\"Barat\"\"\",'=1+2,2025,spbe-2020,final,");
        assertThat(AssessmentSheet.parse(csv, REGISTRY)).isEqualTo(all);
    }

    @Test
    void write_assessmentsWithEvidenceExternalNotesOrUnknownCodes_isRefusedListingEach() {
        Assessment evidence = Assessment.builder("pemdi-2026", Agency.named("Kota"), 2026)
                .evidence("I19", List.of(new EvidenceItem(1, "SOP", EvidenceStatus.ACCEPTED, true, Optional.empty()))).external("I5", BigDecimal.TEN)
                .note("I1", "catatan").value("X9", 1).build();

        InvalidTableException e = catchThrowableOfType(InvalidTableException.class, () -> AssessmentSheet.write(List.of(evidence,
                Assessment.builder("spbe-2099", Agency.named("Kota"), 2026).build()), REGISTRY));

        assertThat(rules(e)).containsExactly("ValuesOnly", "ValuesOnly", "Unknown", "ValuesOnly", "Framework");
    }

    @Test
    void write_sampleAssessmentAsSheet_readsBackAndScoresTheSame() {
        Assessment sample = SpbeJson.readAssessment(Path.of("..", "examples", "data", "kota-contoh-2025-spbe-2020.json"));
        Assessment.Builder b = Assessment.builder(sample.frameworkId(), sample.agency(), sample.year()).stage(sample.stage());
        sample.inputs().forEach(b::input);
        Assessment values = b.build();

        List<Assessment> back = AssessmentSheet.parse(AssessmentSheet.write(List.of(values), REGISTRY), REGISTRY);

        assertThat(back).containsExactly(values);
        assertThat(Scorer.score(back.get(0), REGISTRY).index()).isEqualByComparingTo(Scorer.score(sample, REGISTRY).index());
    }

    // ------------------------------------------------------------------ the province sample

    @Test
    void provinceSample_committedFile_equalsTheGeneratorsOutput() throws IOException {
        assertThat(Files.readString(Path.of("..").resolve(ProvinceSample.FILE), StandardCharsets.UTF_8)).isEqualTo(ProvinceSample.generate());
    }

    @Test
    void provinceSample_read_givesEightAgenciesInTwoYearsWithPlausibleIndices() {
        List<Assessment> read = AssessmentSheet.read(Path.of("..").resolve(ProvinceSample.FILE), REGISTRY);

        assertThat(read).hasSize(16).isEqualTo(ProvinceSample.assessments());
        assertThat(read.stream().map(a -> a.agency().name()).distinct()).hasSize(8).allMatch(n -> n.contains("Contoh"));
        assertThat(read).allSatisfy(a -> {
            BigDecimal index = Scorer.score(a, REGISTRY).index();
            assertThat(index).isBetween(new BigDecimal("1.5"), new BigDecimal("4.2"));
        });
    }

    // ------------------------------------------------------------------ property

    static LongStream seeds() {
        return LongStream.range(0, 60).map(s -> 1100 + s);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void write_randomAssessmentsOfEveryFramework_readBackEqual(long seed) {
        Random r = new Random(seed);
        List<Framework> frameworks = REGISTRY.all();
        List<Assessment> all = new ArrayList<>();
        int n = 1 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            Framework f = frameworks.get(r.nextInt(frameworks.size()));
            Assessment.Builder b = Assessment.builder(f.id(), r.nextBoolean() ? Agency.named(name(r)) : Agency.of(name(r), "k" + i), 1990 + i)
                    .stage(Stage.values()[r.nextInt(Stage.values().length)]);
            for (Indicator ind : f.indicators()) {
                if (r.nextInt(10) > 0) {
                    b.value(ind.code(), Generators.value(f.scale(), r));
                }
            }
            all.add(b.build());
        }

        List<Assessment> back = AssessmentSheet.parse(AssessmentSheet.write(all, REGISTRY), REGISTRY);

        assertThat(back).isEqualTo(all);
    }

    /** A name with the characters CSV and spreadsheets care about. */
    private static String name(Random r) {
        String[] parts = {"Kota", "Kabupaten", "Contoh", ",", "\"", "'", "=", "-", "@", "+", "Ñ", " ", "Barat"};
        StringBuilder sb = new StringBuilder("K");
        int n = 1 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            sb.append(parts[r.nextInt(parts.length)]);
        }
        if (r.nextBoolean()) {
            sb.setCharAt(0, "=+-@K".charAt(r.nextInt(5)));
        }
        return sb.toString().strip();
    }

    @Test
    void readerErrors_areAlwaysOfTheSpbeFamily() {
        assertThat(InvalidTableException.class).isAssignableTo(SpbeException.class);
    }

    // ------------------------------------------------------------------ hostile text

    static List<String> hostileCharacters() {
        List<String> cases = new ArrayList<>();
        for (char c = 0; c < 0x20; c++) {
            cases.add(Character.toString(c));
        }
        for (char c = 0x7f; c < 0xa0; c++) {
            cases.add(Character.toString(c));
        }
        for (char c : "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029\ud800\udc00\u200b\u200d\ufeff\u2060".toCharArray()) {
            cases.add(Character.toString(c));
        }
        return cases;
    }

    @ParameterizedTest
    @MethodSource("hostileCharacters")
    void parse_hostileCharacterInAnyTextCell_isRefusedNamingRowAndColumnOnOneSafeLine(String c) {
        String text = "Kota" + c + "Contoh";
        String quoted = "\"" + text + "\"";
        for (String csv : List.of(
                "agency,agency_code,year,framework,1\n" + quoted + ",k,2025,spbe-2020,3\n",
                "agency,agency_code,year,framework,1\nKota,"+ quoted + ",2025,spbe-2020,3\n",
                "agency,agency_code,year,framework,1\nKota,k,2025," + quoted + ",3\n",
                "agency,agency_code,year,framework," + quoted + "\nKota,k,2025,spbe-2020,3\n")) {
            InvalidTableException e = refused(csv);
            assertThat(e).as("%s", csv).isNotNull();
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.path()).startsWith("row "));
            for (String line : java.util.stream.Stream.concat(java.util.stream.Stream.of(e.getMessage()), e.problems().stream().map(Problem::toString))
                    .toList()) {
                assertThat(line.chars().noneMatch(ch -> Character.getType(ch) == Character.CONTROL || ch >= 0x202a && ch <= 0x202e
                        || ch >= 0x2066 && ch <= 0x2069 || ch == 0x2028 || ch == 0x2029 || Character.isSurrogate((char) ch)))
                        .as("U+%04X shown safely in %s", (int) c.charAt(0), line).isTrue();
            }
        }
    }
}
