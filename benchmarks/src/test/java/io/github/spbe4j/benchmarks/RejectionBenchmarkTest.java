package io.github.spbe4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.InvalidCatalogException;
import io.github.spbe4j.catalog.json.CatalogJson;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.assessment.InvalidAssessmentException;
import io.github.spbe4j.core.json.SpbeJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Param;

/**
 * The inputs of {@link RejectionBenchmark} and {@link UnsafeTextBenchmark} are what they claim, and are
 * rejected as issue 8 wants, so that the benchmarks measure rejection and nothing else: the assessment
 * with one problem listing its unknown codes as ranges, the catalog files with a bounded list of
 * problems. Sizes come from the benchmarks' {@code @Param}s, so a changed size is tested too.
 */
class RejectionBenchmarkTest {

    private static final RejectionBenchmark BENCH = new RejectionBenchmark();

    /** Reads the inputs of {@link UnsafeTextBenchmark}, whose setup needs the catalog to reject them. */
    private static final ObjectMapper MAPPER = SpbeJson.newMapper();

    /** The longest message a rejection may have, whatever the size of the input. */
    private static final int MESSAGE_BOUND = 20_000;

    /** The sizes a benchmark's {@code @Param} field runs at. */
    private static IntStream sizes(Class<?> state, String field) {
        try {
            return Arrays.stream(state.getField(field).getAnnotation(Param.class).value()).mapToInt(Integer::parseInt);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    static IntStream unknownCodesSizes() {
        return sizes(RejectionBenchmark.UnknownCodes.class, "codes");
    }

    /** The two smallest, which keep the test quick; the rule's cost is linear in the copies. */
    static IntStream duplicateIdsSizes() {
        return sizes(RejectionBenchmark.DuplicateIds.class, "copies").sorted().limit(2);
    }

    static IntStream unsafeTextSizes() {
        return sizes(UnsafeTextBenchmark.class, "services");
    }

    /** The two smallest, which keep the test quick. */
    static IntStream unsafeTextRejectionSizes() {
        return unsafeTextSizes().sorted().limit(2);
    }

    private static RejectionBenchmark.UnknownCodes unknownCodes(int n) {
        RejectionBenchmark.UnknownCodes input = new RejectionBenchmark.UnknownCodes();
        input.codes = n;
        input.setUp();
        return input;
    }

    private static RejectionBenchmark.DuplicateIds duplicateIds(int n) {
        RejectionBenchmark.DuplicateIds input = new RejectionBenchmark.DuplicateIds();
        input.copies = n;
        input.setUp();
        return input;
    }

    @ParameterizedTest
    @MethodSource("unknownCodesSizes")
    void unknownCodes_everySize_oneProblemListingTheCodesAsRanges(int n) {
        RejectionBenchmark.UnknownCodes input = unknownCodes(n);

        InvalidAssessmentException e = catchThrowableOfType(InvalidAssessmentException.class, () -> RejectionBenchmark.reject(input));

        assertThat(e.problems()).hasSize(1);
        assertThat(e.omitted()).isZero();
        Problem problem = e.problems().get(0);
        assertThat(problem.path()).isEqualTo("values");
        assertThat(problem.rule()).isEqualTo("KnownIndicator");
        assertThat(problem.message()).startsWith("values has " + n + " unknown indicator codes: ")
                .contains(expectedRanges(input));
        assertThat(e.getMessage()).hasSizeLessThan(1_000);
        assertThat(BENCH.unknownCodes(input)).isEqualTo(1);
    }

    /**
     * The list the message should hold, found independently of the library from the generated codes:
     * the first 20 runs of consecutive codes ({@code 48..50}, a pair as {@code 52, 53}, a single code
     * alone), then how many codes are not shown.
     */
    private static String expectedRanges(RejectionBenchmark.UnknownCodes input) {
        List<Integer> codes = new ArrayList<>();
        BENCH.unknownCodesTree(input).get("values").fieldNames().forEachRemaining(code -> {
            if (Integer.parseInt(code) > HostileInputs.INDICATORS) {
                codes.add(Integer.parseInt(code));
            }
        });
        codes.sort(null);
        List<String> runs = new ArrayList<>();
        int shown = 0;
        int start = 0;
        for (int i = 1; i <= codes.size() && runs.size() < 20; i++) {
            if (i == codes.size() || codes.get(i) != codes.get(i - 1) + 1) {
                int first = codes.get(start);
                int last = codes.get(i - 1);
                runs.add(first == last ? Integer.toString(first) : last == first + 1 ? first + ", " + last : first + ".." + last);
                shown += i - start;
                start = i;
            }
        }
        assertThat(shown).as("codes in the first 20 runs").isLessThan(codes.size());
        return String.join(", ", runs) + ", and " + (codes.size() - shown) + " more";
    }

    @ParameterizedTest
    @MethodSource("unknownCodesSizes")
    void unknownCodesTree_everySize_readsTheFortySevenKnownAndEveryUnknownCode(int n) {
        JsonNode values = BENCH.unknownCodesTree(unknownCodes(n)).get("values");

        assertThat(values.size()).isEqualTo(HostileInputs.INDICATORS + n);
        Set<Integer> codes = new HashSet<>();
        values.fieldNames().forEachRemaining(code -> codes.add(Integer.parseInt(code)));
        assertThat(codes).hasSize(HostileInputs.INDICATORS + n)
                .containsAll(IntStream.rangeClosed(1, HostileInputs.INDICATORS).boxed().toList())
                .allSatisfy(code -> assertThat(code).isBetween(1, HostileInputs.FIRST_UNKNOWN_CODE + 2 * n - 1));
    }

    @ParameterizedTest
    @MethodSource("duplicateIdsSizes")
    void duplicateIds_smallerSizes_oneProblemNamingTheIdAndHowOftenItIsUsed(int n) {
        RejectionBenchmark.DuplicateIds input = duplicateIds(n);

        InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class, () -> RejectionBenchmark.reject(input));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("services");
            assertThat(p.rule()).isEqualTo("UniqueIds");
            assertThat(p.toString()).contains("id \"" + HostileInputs.SHARED_ID + "\" is used by " + n + " services");
        });
        assertThat(e.omitted()).isZero();
        assertThat(e.getMessage()).hasSizeLessThan(MESSAGE_BOUND);
        assertThat(BENCH.duplicateIds(input)).isEqualTo(1);
    }

    @Test
    void duplicateIds_withTheIdsMadeUnique_isAValidCatalog() {
        int n = 1_000;
        JsonNode file = BENCH.duplicateIdsTree(duplicateIds(n));
        for (int i = 0; i < n; i++) {
            assertThat(file.get("services").get(i).get("id").asText()).isEqualTo(HostileInputs.SHARED_ID);
            ((ObjectNode) file.get("services").get(i)).put("id", HostileInputs.SHARED_ID + "-" + i);
        }

        Catalog catalog = CatalogJson.parse(file.toString());

        assertThat(catalog.services()).hasSize(n);
    }

    @ParameterizedTest
    @MethodSource("unsafeTextSizes")
    void unsafeText_everySize_eachServiceHasAnEscapeInItsTitleOrAScriptLink(int n) {
        JsonNode services = RejectionBenchmark.tree(MAPPER, HostileInputs.unsafeText(n, HostileInputs.SEED))
                .get("services");

        assertThat(services.size()).isEqualTo(n);
        int escapes = 0;
        int links = 0;
        Set<String> ids = new HashSet<>();
        for (JsonNode service : services) {
            ids.add(service.get("id").asText());
            boolean escape = service.get("title").asText().contains(HostileInputs.TERMINAL_ESCAPE);
            boolean link = service.get("channels").get(0).get("address").asText().equals(HostileInputs.SCRIPT_LINK);
            assertThat(escape).as(service.toString()).isNotEqualTo(link);
            escapes += escape ? 1 : 0;
            links += link ? 1 : 0;
        }
        assertThat(ids).hasSize(n);
        assertThat(escapes).isBetween(n * 2 / 5, n * 3 / 5);
        assertThat(links).isEqualTo(n - escapes);
    }

    @ParameterizedTest
    @MethodSource("unsafeTextRejectionSizes")
    void unsafeText_smallerSizes_rejectedWithCappedProblemsAndTheRestCounted(int n) {
        UnsafeTextBenchmark bench = new UnsafeTextBenchmark();
        bench.services = n;
        bench.setUp();

        InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class, bench::read);

        assertThat(e.problems()).hasSize(SpbeException.MAX_PROBLEMS).allSatisfy(p -> assertThat(p.rule()).isIn("Text", "Link"));
        assertThat(e.omitted()).isEqualTo(n - SpbeException.MAX_PROBLEMS);
        assertThat(e.getMessage()).hasSizeLessThan(MESSAGE_BOUND);
        assertThat(bench.unsafeText()).isEqualTo(n);
    }

    @Test
    void unsafeText_withSafeTitlesAndLinks_isAValidCatalog() {
        int n = 1_000;
        JsonNode file = RejectionBenchmark.tree(MAPPER, HostileInputs.unsafeText(n, HostileInputs.SEED));
        for (JsonNode service : file.get("services")) {
            ObjectNode s = (ObjectNode) service;
            s.put("title", s.get("title").asText().replace(HostileInputs.TERMINAL_ESCAPE, ""));
            ObjectNode web = (ObjectNode) s.get("channels").get(0);
            web.put("address", "https://layanan.kotacontoh.example/" + s.get("id").asText());
        }

        Catalog catalog = CatalogJson.parse(file.toString());

        assertThat(catalog.services()).hasSize(n);
    }

    @Test
    void rejection_acceptedInput_failsNamingTheInput() {
        assertThatThrownBy(() -> HostileInputs.rejection("a small file", InvalidCatalogException.class, () -> "read"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a small file was accepted, so there is no rejection to measure");
    }

    @Test
    void rejection_otherException_failsNamingBoth() {
        assertThatThrownBy(() -> HostileInputs.rejection("a small file", InvalidCatalogException.class, () -> {
            throw new SpbeException("cannot read it");
        })).isInstanceOf(IllegalStateException.class)
                .hasMessage("a small file was rejected with SpbeException instead of InvalidCatalogException: cannot read it");
    }

    @Test
    void rejection_expectedException_returnsIt() {
        InvalidCatalogException thrown = new InvalidCatalogException("catalog file x.json", List.of(Problem.of("bad")));

        assertThat(HostileInputs.rejection("a small file", InvalidCatalogException.class, () -> {
            throw thrown;
        })).isSameAs(thrown);
    }
}
