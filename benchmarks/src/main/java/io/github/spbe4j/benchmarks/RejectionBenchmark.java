package io.github.spbe4j.benchmarks;




import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.spbe4j.catalog.InvalidCatalogException;
import io.github.spbe4j.catalog.json.CatalogJson;
import io.github.spbe4j.core.assessment.InvalidAssessmentException;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.scoring.Scorer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of rejecting a bad file as it grows, against the cost of reading it as plain JSON, in the
 * same run: if rejection is linear in the input, the ratio of the two stays about the same as the
 * file grows 10× and 100×.
 *
 * <p>Two bad files ({@link HostileInputs}), each at several sizes:
 * <ul>
 * <li>{@link #unknownCodes}: an spbe-2020 assessment with its 47 values and {@code codes} values for
 * unknown indicators, read with {@code SpbeJson.readAssessment} and scored; rejected with one
 * problem that lists the codes as ranges;</li>
 * <li>{@link #duplicateIds}: a catalog file with {@code copies} copies of one small service sharing one
 * id, read with {@code CatalogJson.read}; rejected for the repeated id.</li>
 * </ul>
 * Each has its baseline, {@link #unknownCodesTree} and {@link #duplicateIdsTree}: the same bytes read
 * into a JSON tree by a mapper configured as spbe4j's readers are (duplicate keys refused, decimals
 * exact, field names not interned), the cost no reader of the file can avoid. The sizes are {@code @Param}s, changed on the
 * command line with {@code -p codes=…} or {@code -p copies=…}. Each setup reads its input once and
 * fails if it is not rejected, so nothing is measured for an input that is accepted; each benchmark
 * returns the number of problems found (kept and left out), so the JIT cannot drop the work.
 * {@code RejectionBenchmarkTest} checks the rejections the inputs meet.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RejectionBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RejectionBenchmark {

    /** Creates the benchmark; JMH does. */
    public RejectionBenchmark() {
    }

    /** An assessment with {@link #codes} unknown indicator codes, and a scorer of its framework. */
    @State(Scope.Benchmark)
    public static class UnknownCodes {

        /** How many unknown codes the assessment has besides its 47 known ones. */
        @Param({"1000", "10000", "100000"})
        public int codes;

        byte[] json = new byte[0];
        Scorer scorer = Scorer.of(FrameworkRegistry.builtIn().get(HostileInputs.FRAMEWORK_ID));
        ObjectMapper mapper = SpbeJson.newMapper();

        /** Creates the state; JMH does. */
        public UnknownCodes() {
        }

        /** Generates the assessment and checks once that it is rejected. */
        @Setup(Level.Trial)
        public void setUp() {
            json = HostileInputs.unknownCodes(codes, HostileInputs.SEED);
            HostileInputs.rejection("an assessment with " + codes + " unknown indicator codes", InvalidAssessmentException.class,
                    () -> reject(this));
        }
    }

    /** A catalog file with {@link #copies} copies of one service sharing one id. */
    @State(Scope.Benchmark)
    public static class DuplicateIds {

        /**
         * How many copies of the service the file has. Quadratic before issue 8's change to the
         * unique-ids rule (10,000 copies took about 7 s then); after it, run with
         * {@code -p copies=1000,10000,100000}.
         */
        @Param({"1000", "10000", "100000"})
        public int copies;

        byte[] json = new byte[0];
        ObjectMapper mapper = SpbeJson.newMapper();

        /** Creates the state; JMH does. */
        public DuplicateIds() {
        }

        /** Generates the file and checks once that it is rejected. */
        @Setup(Level.Trial)
        public void setUp() {
            json = HostileInputs.duplicateIds(copies);
            HostileInputs.rejection("a catalog file with " + copies + " services sharing one id", InvalidCatalogException.class,
                    () -> reject(this));
        }
    }

    /**
     * Reads and scores the assessment: rejected for its unknown codes.
     *
     * @param input the assessment
     * @return the number of problems found, kept and left out
     */
    @Benchmark
    public int unknownCodes(UnknownCodes input) {
        try {
            reject(input);
        } catch (InvalidAssessmentException e) {
            return e.problems().size() + e.omitted();
        }
        throw new IllegalStateException("the assessment was accepted");
    }

    /**
     * Baseline: reads the same assessment's bytes into a JSON tree.
     *
     * @param input the assessment
     * @return the tree
     */
    @Benchmark
    public JsonNode unknownCodesTree(UnknownCodes input) {
        return tree(input.mapper, input.json);
    }

    /**
     * Reads the catalog file: rejected for its repeated id.
     *
     * @param input the catalog file
     * @return the number of problems found, kept and left out
     */
    @Benchmark
    public int duplicateIds(DuplicateIds input) {
        try {
            reject(input);
        } catch (InvalidCatalogException e) {
            return e.problems().size() + e.omitted();
        }
        throw new IllegalStateException("the catalog file was accepted");
    }

    /**
     * Baseline: reads the same catalog file's bytes into a JSON tree.
     *
     * @param input the catalog file
     * @return the tree
     */
    @Benchmark
    public JsonNode duplicateIdsTree(DuplicateIds input) {
        return tree(input.mapper, input.json);
    }

    /** Reads and scores the assessment; returns only if it is accepted. */
    static Object reject(UnknownCodes input) {
        return input.scorer.score(SpbeJson.readAssessment(new ByteArrayInputStream(input.json), "unknown-codes.json"));
    }

    /** Reads the catalog file; returns only if it is accepted. */
    static Object reject(DuplicateIds input) {
        return CatalogJson.read(new ByteArrayInputStream(input.json), "duplicate-ids.json");
    }

    /** Reads bytes into a JSON tree, as spbe4j's readers do before they look at the content. */
    static JsonNode tree(ObjectMapper mapper, byte[] json) {
        try {
            return mapper.readTree(new ByteArrayInputStream(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
