package io.github.spbe4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spbe4j.catalog.InvalidCatalogException;
import io.github.spbe4j.catalog.json.CatalogJson;
import io.github.spbe4j.core.json.SpbeJson;
import java.io.ByteArrayInputStream;
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
 * The cost of rejecting a catalog file whose {@code services} each break the text or the link policy,
 * as it grows, against the cost of reading it as plain JSON, in the same run; the third case of
 * {@link RejectionBenchmark}, kept apart because it needs spbe-catalog to apply those policies.
 *
 * <p>{@link #unsafeText}: a catalog file with {@code services} services, each with a terminal escape
 * sequence in its title or a {@code javascript:} address for its web channel
 * ({@link HostileInputs#unsafeText}), read with {@code CatalogJson.read}; every service is a problem.
 * Its baseline {@link #unsafeTextTree} reads the same bytes into a JSON tree. The setup reads the file
 * once and fails, naming what is missing, if it is accepted: a catalog that takes such a file has no
 * rejection to measure.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar UnsafeTextBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class UnsafeTextBenchmark {

    /** How many services the file has. */
    @Param({"1000", "10000", "100000"})
    public int services;

    byte[] json = new byte[0];
    ObjectMapper mapper = SpbeJson.newMapper();

    /** Creates the benchmark; JMH does. */
    public UnsafeTextBenchmark() {
    }

    /**
     * Generates the file and checks once that it is rejected.
     *
     * @throws IllegalStateException if the catalog accepts it
     */
    @Setup(Level.Trial)
    public void setUp() {
        json = HostileInputs.unsafeText(services, HostileInputs.SEED);
        try {
            HostileInputs.rejection("a catalog file with " + services + " services, each with a terminal escape in its title or a"
                    + " javascript: web address,", InvalidCatalogException.class, this::read);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "; this benchmark needs spbe-catalog to apply the text and link"
                    + " policies of issue 8", e);
        }
    }

    /**
     * Reads the catalog file: rejected for its titles and links.
     *
     * @return the number of problems found, kept and left out
     */
    @Benchmark
    public int unsafeText() {
        try {
            read();
        } catch (InvalidCatalogException e) {
            return e.problems().size() + e.omitted();
        }
        throw new IllegalStateException("the catalog file was accepted");
    }

    /**
     * Baseline: reads the same catalog file's bytes into a JSON tree.
     *
     * @return the tree
     */
    @Benchmark
    public JsonNode unsafeTextTree() {
        return RejectionBenchmark.tree(mapper, json);
    }

    /** Reads the catalog file; returns only if it is accepted. */
    Object read() {
        return CatalogJson.read(new ByteArrayInputStream(json), "unsafe-text.json");
    }
}
