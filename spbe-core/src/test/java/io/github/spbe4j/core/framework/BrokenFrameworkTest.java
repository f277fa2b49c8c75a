package io.github.spbe4j.core.framework;

import static io.github.spbe4j.core.testing.Checks.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.spbe4j.core.SpbeException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken framework files (src/test/resources/.../framework/broken/, one per kind of break) and
 * broken builder-made frameworks are refused with one {@link InvalidFrameworkException} listing
 * every problem, naming the framework, the node and the numbers — never a Jackson exception.
 */
class BrokenFrameworkTest {

    private static final String SUBJECT = "framework opd-contoh";

    private static Path file(String name) {
        try {
            return Path.of(BrokenFrameworkTest.class.getResource("broken/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new AssertionError("missing test resource broken/" + name, e);
        }
    }

    /** Problems found by the framework's own rules: exact texts. */
    static Stream<Arguments> ruleBreaks() {
        return Stream.of(
                Arguments.of("children-weights-not-summing.json", List.of("aspect A1 has weight 40 but its children's weights sum to 39")),
                Arguments.of("total-not-100.json", List.of("top-level weights sum to 90, not 100")),
                Arguments.of("duplicate-code.json", List.of("code K1 is used by more than one node")),
                Arguments.of("predikat-gap.json", List.of("predikat bands Kurang (to 2.5) and Baik (from 2.6) leave a gap")),
                Arguments.of("predikat-overlap.json", List.of("predikat bands Baik (to 4.3) and Memuaskan (from 4.2) leave an overlap")),
                Arguments.of("predikat-not-covering-min.json", List.of("predikat bands start at 1.5, not at the scale minimum 1")),
                Arguments.of("predikat-not-covering-max.json", List.of("predikat bands end at 4.8, not at the scale maximum 5")),
                Arguments.of("conversion-non-monotone.json",
                        List.of("conversion for L1: band 50..100 maps onto 4..3.5, which decreases; conversions are monotone")),
                Arguments.of("conversion-band-gap.json",
                        List.of("conversion for L1: band 50..100 does not start where the previous band ends (40)")),
                Arguments.of("conversion-unknown-indicator.json", List.of("conversion for X9 refers to no indicator of this framework",
                        "conversion for D2 refers to no indicator of this framework")),
                Arguments.of("unknown-ladder.json", List.of("indicator K2 refers to ladder service, which is not defined")),
                Arguments.of("ladder-level-outside-scale.json", List.of("ladder process names level 7; the scale runs 1..5")),
                Arguments.of("zero-weight.json", List.of("indicator L2 has weight 0; weights are positive",
                        "domain D2 has weight 60 but its children's weights sum to 35")),
                Arguments.of("several-problems.json", List.of(
                        "aspect A1 has weight 40 but its children's weights sum to 39",
                        "code K1 is used by more than one node",
                        "indicator L1 refers to ladder service, which is not defined",
                        "predikat bands Kurang (to 2.5) and Baik (from 2.6) leave a gap",
                        "conversion for X9 refers to no indicator of this framework")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleBreaks")
    void load_fileBreakingAFrameworkRule_listsExactlyItsProblemsNamingFrameworkNodeAndNumbers(String name, List<String> problems) {
        InvalidFrameworkException e = loadFails(name);
        assertThat(texts(e.problems())).containsExactlyElementsOf(problems);
        assertThat(e.getMessage()).startsWith(SUBJECT).contains(problems);
        if (problems.size() > 1) {
            assertThat(e.getMessage()).startsWith(SUBJECT + " has " + problems.size() + " problems: ");
        }
    }

    /** Problems found while reading the JSON: the path, the field and the value are named. */
    static Stream<Arguments> formatBreaks() {
        return Stream.of(
                Arguments.of("wrong-type.json", SUBJECT, List.of(
                        List.of("scale.decimals", "whole number", "\"two\""),
                        List.of("predikat[0].lower", "must be a number", "\"1\""),
                        List.of("(L2).weight", "must be a number", "true"))),
                Arguments.of("unknown-field.json", SUBJECT, List.of(
                        List.of("versi", "not a known field"),
                        List.of("(A1).children[1]", "bobot", "not a known field"))),
                Arguments.of("negative-weight.json", SUBJECT, List.of(List.of("(L2).weight", "-25", "not negative"))),
                Arguments.of("weight-huge-exponent.json", SUBJECT, List.of(List.of("(L2).weight", "1e-99999"))),
                Arguments.of("missing-required-fields.json", SUBJECT, List.of(List.of("scale", "missing"), List.of("tree", "missing"))),
                Arguments.of("several-json-problems.json", SUBJECT, List.of(
                        List.of("versi", "not a known field"),
                        List.of("ladders[0].levels", "satu"),
                        List.of("(L1).name", "missing"),
                        List.of("(L2).weight", "banyak"))),
                Arguments.of("not-an-object.json", "framework file", List.of(List.of("JSON object", "[1,2,3]"))),
                Arguments.of("empty.json", "framework file", List.of(List.of("empty"))),
                Arguments.of("malformed.json", "framework file", List.of(List.of("not valid JSON at line 4, column 3"))),
                Arguments.of("duplicate-key.json", "framework file", List.of(List.of("not valid JSON at line 55, column", "weight"))),
                Arguments.of("trailing-garbage.json", "framework file", List.of(List.of("not valid JSON at line 112, column 1"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formatBreaks")
    void load_fileWithFormatProblems_listsEveryProblemWithPathAndValue(String name, String subject, List<List<String>> fragments) {
        InvalidFrameworkException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> loadFails(name));
        assertThat(e.getMessage()).startsWith(subject);
        assertThat(texts(e.problems())).hasSameSizeAs(fragments);
        for (int i = 0; i < fragments.size(); i++) {
            assertThat(e.problems().get(i).toString()).as("problem %d", i).contains(fragments.get(i));
        }
    }

    /** Loads a broken file three ways (path, stream, text); each fails with the same problems and no Jackson exception. */
    private static InvalidFrameworkException loadFails(String name) {
        Path path = file(name);
        Throwable fromPath = catchThrowable(() -> Framework.read(path));
        Throwable fromStream = catchThrowable(() -> {
            try (InputStream in = Files.newInputStream(path)) {
                Framework.read(in, name);
            }
        });
        Throwable fromText = catchThrowable(() -> Framework.parse(Files.readString(path, StandardCharsets.UTF_8)));
        for (Throwable t : List.of(fromPath, fromStream, fromText)) {
            assertThat(t).as(name).isExactlyInstanceOf(InvalidFrameworkException.class);
            for (Throwable c = t; c != null; c = c.getCause()) {
                assertThat(c.getClass().getName()).as("cause of " + name).doesNotStartWith("com.fasterxml");
            }
        }
        InvalidFrameworkException e = (InvalidFrameworkException) fromPath;
        assertThat(((SpbeException) fromStream).problems()).isEqualTo(e.problems());
        assertThat(((SpbeException) fromText).problems()).isEqualTo(e.problems());
        if (!e.getMessage().startsWith(SUBJECT)) {
            assertThat(e.getMessage()).contains(name);
        }
        return e;
    }

    @Test
    void load_everyBrokenFile_isCoveredByATest() throws Exception {
        List<String> covered = new ArrayList<>();
        ruleBreaks().forEach(a -> covered.add((String) a.get()[0]));
        formatBreaks().forEach(a -> covered.add((String) a.get()[0]));
        try (Stream<Path> files = Files.list(file("empty.json").getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrderElementsOf(covered);
        }
    }

    @Test
    void load_missingFile_throwsSpbeExceptionNamingTheFile() {
        Path missing = Path.of("no-such-framework.json");
        assertThatThrownBy(() -> Framework.read(missing)).isInstanceOf(SpbeException.class)
                .hasMessageContaining("no-such-framework.json").hasMessageContaining("no such file");
    }

    // ------------------------------------------------------------------ builder-made frameworks

    private static Indicator ind(String code, String weight) {
        return Indicator.of(code, "Indikator " + code, Weight.parse(weight));
    }

    private static Group group(String code, String kind, String weight, Node... children) {
        return new Group(code, kind, "Kelompok " + code, Weight.parse(weight), List.of(children), Optional.empty());
    }

    private static List<PredikatBand> bands(String... bounds) {
        String[] names = {"Kurang", "Cukup", "Baik", "Sangat Baik", "Memuaskan"};
        List<PredikatBand> out = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.length; i++) {
            out.add(PredikatBand.of(names[i], new BigDecimal(bounds[i]), new BigDecimal(bounds[i + 1])));
        }
        return out;
    }

    private static ConversionBand cb(String from, String to, String vf, String vt) {
        return new ConversionBand(new BigDecimal(from), new BigDecimal(to), new BigDecimal(vf), new BigDecimal(vt));
    }

    private static Conversion conversion(String indicator, int decimals, ConversionBand... bands) {
        return new Conversion(indicator, "Indeks", BigDecimal.ZERO, BigDecimal.valueOf(100), decimals, Confidence.MEDIUM, Optional.empty(), List.of(bands));
    }

    /** A valid framework: D1 (40) = A1 (40) = K1 25 + K2 15; D2 (60) = L1 35 + L2 25. */
    private static Framework.Builder valid() {
        return Framework.builder("opd-contoh").scale(LevelScale.ofLevels(1, 5))
                .ladders(List.of(new Ladder("process", "Proses", Map.of(1, "Rintisan", 2, "Terkelola"))))
                .predikat(bands("1", "2.6", "4.2", "5"))
                .tree(List.of(group("D1", "domain", "40", group("A1", "aspect", "40", ind("K1", "25"), ind("K2", "15"))),
                        group("D2", "domain", "60", ind("L1", "35"), ind("L2", "25"))))
                .conversions(List.of(conversion("L1", 0, cb("0", "50", "1", "3"), cb("50", "100", "3", "5"))));
    }

    static Stream<Arguments> builderBreaks() {
        return Stream.of(
                Arguments.of("children not summing", (Consumer<Framework.Builder>) b -> b.tree(List.of(
                        group("D1", "domain", "40", group("A1", "aspect", "40", ind("K1", "25"), ind("K2", "14"))),
                        group("D2", "domain", "60", ind("L1", "35"), ind("L2", "25")))),
                        List.of("aspect A1 has weight 40 but its children's weights sum to 39")),
                Arguments.of("total not 100, fraction weights", (Consumer<Framework.Builder>) b -> b.conversions(List.of()).tree(List.of(
                        group("D1", "domain", "100/3", ind("K1", "50/3"), ind("K2", "50/3")), ind("L1", "33"))),
                        List.of("top-level weights sum to 199/3, not 100")),
                Arguments.of("duplicate code", (Consumer<Framework.Builder>) b -> b.tree(List.of(
                        group("D1", "domain", "40", group("A1", "aspect", "40", ind("K1", "25"), ind("K2", "15"))),
                        group("D2", "domain", "60", ind("L1", "35"), ind("A1", "25")))),
                        List.of("code A1 is used by more than one node")),
                Arguments.of("zero weight", (Consumer<Framework.Builder>) b -> b.tree(List.of(
                        group("D1", "domain", "40", group("A1", "aspect", "40", ind("K1", "40"), ind("K2", "0"))),
                        group("D2", "domain", "60", ind("L1", "35"), ind("L2", "25")))),
                        List.of("indicator K2 has weight 0; weights are positive")),
                Arguments.of("predikat gap", (Consumer<Framework.Builder>) b -> b.predikat(List.of(
                        PredikatBand.of("Kurang", BigDecimal.ONE, new BigDecimal("2.5")),
                        PredikatBand.of("Baik", new BigDecimal("2.6"), BigDecimal.valueOf(5)))),
                        List.of("predikat bands Kurang (to 2.5) and Baik (from 2.6) leave a gap")),
                Arguments.of("predikat overlap", (Consumer<Framework.Builder>) b -> b.predikat(List.of(
                        PredikatBand.of("Kurang", BigDecimal.ONE, new BigDecimal("2.70")),
                        PredikatBand.of("Baik", new BigDecimal("2.6"), BigDecimal.valueOf(5)))),
                        List.of("predikat bands Kurang (to 2.7) and Baik (from 2.6) leave an overlap")),
                Arguments.of("predikat not covering min and max", (Consumer<Framework.Builder>) b -> b.predikat(bands("1.5", "3", "4.5")),
                        List.of("predikat bands start at 1.5, not at the scale minimum 1",
                                "predikat bands end at 4.5, not at the scale maximum 5")),
                Arguments.of("no predikat", (Consumer<Framework.Builder>) b -> b.predikat(List.of()), List.of("there are no predikat bands")),
                Arguments.of("duplicate predikat name", (Consumer<Framework.Builder>) b -> b.predikat(List.of(
                        PredikatBand.of("Baik", BigDecimal.ONE, BigDecimal.valueOf(3)),
                        PredikatBand.of("Baik", BigDecimal.valueOf(3), BigDecimal.valueOf(5)))),
                        List.of("predikat Baik is defined more than once")),
                Arguments.of("no tree", (Consumer<Framework.Builder>) b -> b.tree(List.of()).conversions(List.of()),
                        List.of("the tree has no nodes")),
                Arguments.of("blank id", (Consumer<Framework.Builder>) b -> b.id(" "), List.of("the framework id is blank")),
                Arguments.of("unknown ladder", (Consumer<Framework.Builder>) b -> b.tree(List.of(
                        group("D1", "domain", "40", group("A1", "aspect", "40",
                                Indicator.of("K1", "SOP", Weight.of(25)).withLadder("service"), ind("K2", "15"))),
                        group("D2", "domain", "60", ind("L1", "35"), ind("L2", "25")))),
                        List.of("indicator K1 refers to ladder service, which is not defined")),
                Arguments.of("duplicate ladder", (Consumer<Framework.Builder>) b -> b.ladders(List.of(
                        new Ladder("process", "a", Map.of(1, "x")), new Ladder("process", "b", Map.of(2, "y")))),
                        List.of("ladder process is defined more than once")),
                Arguments.of("conversion not monotone inside a band", (Consumer<Framework.Builder>) b -> b.conversions(List.of(
                        conversion("L1", 0, cb("0", "50", "1", "3"), cb("50", "100", "4", "3.5")))),
                        List.of("conversion for L1: band 50..100 maps onto 4..3.5, which decreases; conversions are monotone")),
                Arguments.of("conversion stepping down between bands", (Consumer<Framework.Builder>) b -> b.conversions(List.of(
                        conversion("L1", 0, cb("0", "50", "1", "3"), cb("50", "100", "2", "5")))),
                        List.of("conversion for L1: band 50..100 starts at value 2, below the previous band's 3; conversions are monotone")),
                Arguments.of("conversion gap and range", (Consumer<Framework.Builder>) b -> b.conversions(List.of(
                        conversion("L1", 0, cb("10", "40", "1", "3"), cb("50", "90", "3", "5")))),
                        List.of("conversion for L1: the first band starts at 10, not at the source minimum 0",
                                "conversion for L1: the last band ends at 90, not at the source maximum 100",
                                "conversion for L1: band 50..90 does not start where the previous band ends (40)")),
                Arguments.of("conversion outside scale, too precise, reversed band", (Consumer<Framework.Builder>) b -> b.conversions(List.of(
                        conversion("L1", 2, cb("0", "0", "0.5", "3"), cb("0", "100", "3", "6")))),
                        List.of("conversion for L1 rounds to 2 decimals but the scale allows 0",
                                "conversion for L1: band 0..0 is empty or reversed",
                                "conversion for L1: band 0..0 maps onto 0.5..3, outside the scale 1..5",
                                "conversion for L1: band 0..100 maps onto 3..6, outside the scale 1..5")),
                Arguments.of("conversion for a group, twice for an indicator", (Consumer<Framework.Builder>) b -> b.conversions(List.of(
                        conversion("D2", 0, cb("0", "100", "1", "5")), conversion("L2", 0, cb("0", "100", "1", "5")),
                        conversion("L2", 0, cb("0", "100", "1", "5")))),
                        List.of("conversion for D2 refers to no indicator of this framework", "conversion for L2 is defined more than once")),
                Arguments.of("ladder level outside the scale", (Consumer<Framework.Builder>) b -> b.ladders(List.of(
                        new Ladder("process", "Proses", Map.of(0, "Nol", 6, "Enam")))),
                        List.of("ladder process names level 0; the scale runs 1..5", "ladder process names level 6; the scale runs 1..5")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builderBreaks")
    void build_builderBreakingARule_listsExactlyItsProblems(String what, Consumer<Framework.Builder> breakIt, List<String> problems) {
        assertThat(valid().build().indicators()).hasSize(4);
        Framework.Builder b = valid();
        breakIt.accept(b);
        Throwable t = catchThrowable(b::build);
        assertThat(t).isExactlyInstanceOf(InvalidFrameworkException.class);
        InvalidFrameworkException e = (InvalidFrameworkException) t;
        assertThat(texts(e.problems())).containsExactlyInAnyOrderElementsOf(problems);
        assertThat(e.getMessage()).contains(problems).startsWith(what.equals("blank id") ? "framework (no id)" : SUBJECT);
    }

    @Test
    void valueTypes_invalidArguments_areRefusedAtConstruction() {
        assertThatThrownBy(() -> Weight.of(new BigDecimal("-0.5"))).isInstanceOf(SpbeException.class).hasMessageContaining("not negative");
        assertThatThrownBy(() -> Weight.parse("-1/3")).isInstanceOf(SpbeException.class);
        assertThatThrownBy(() -> Weight.ofFraction(BigInteger.ONE, BigInteger.ZERO)).isInstanceOf(SpbeException.class);
        assertThatThrownBy(() -> new LevelScale(3, 3, 0)).isInstanceOf(SpbeException.class).hasMessageContaining("3..3");
        assertThatThrownBy(() -> new LevelScale(-1, 3, 0)).isInstanceOf(SpbeException.class);
        assertThatThrownBy(() -> new LevelScale(1, 101, 0)).isInstanceOf(SpbeException.class);
        assertThatThrownBy(() -> new LevelScale(1, 5, 5)).isInstanceOf(SpbeException.class).hasMessageContaining("5 decimals");
        assertThatThrownBy(() -> PredikatBand.of("Baik", BigDecimal.TEN, BigDecimal.ONE)).isInstanceOf(SpbeException.class)
                .hasMessageContaining("Baik runs 10..1");
        assertThatThrownBy(() -> PredikatBand.of(" ", BigDecimal.ONE, BigDecimal.TEN)).isInstanceOf(SpbeException.class);
        assertThatThrownBy(() -> new Group("G", "aspect", "g", Weight.of(1), List.of(), Optional.empty())).isInstanceOf(SpbeException.class)
                .hasMessageContaining("group G has no children");
        assertThatThrownBy(() -> Indicator.of(" ", "x", Weight.of(1))).isInstanceOf(SpbeException.class);
        assertThatThrownBy(() -> new Ladder(" ", "x", Map.of())).isInstanceOf(SpbeException.class);
        assertThatThrownBy(() -> conversion("L1", 5, cb("0", "100", "1", "5"))).isInstanceOf(SpbeException.class);
        assertThatThrownBy(() -> conversion("L1", 0)).isInstanceOf(SpbeException.class).hasMessageContaining("no bands");
        assertThatThrownBy(() -> YearRange.of(2026, 2025)).isInstanceOf(SpbeException.class).hasMessageContaining("2026..2025");
        assertThatThrownBy(() -> YearRange.from(1899)).isInstanceOf(SpbeException.class);
    }

    @Test
    void parse_hugeDecimalExponent_isRefusedQuickly() {
        // before the fix, reducing 1e-99999 to lowest terms took about a minute
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (String text : List.of("1e-99999", "1e99999", "1E-101", "0." + "0".repeat(200) + "1", "1/" + "9".repeat(200))) {
                assertThatThrownBy(() -> Weight.parse(text)).as(text).isInstanceOf(SpbeException.class);
            }
        });
        assertThat(Weight.parse("1e-100")).isEqualTo(Weight.ofFraction(BigInteger.ONE, BigInteger.TEN.pow(100)));
        assertThat(Weight.parse("2.75E1")).isEqualTo(Weight.parse("27.5"));
    }
}
