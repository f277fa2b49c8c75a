package io.github.spbe4j.benchmarks;

import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.json.CatalogJson;
import io.github.spbe4j.catalog.linkeddata.CpsvAp;
import io.github.spbe4j.catalog.linkeddata.SchemaOrg;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Export throughput of a province-sized catalog (the 10,000 services of {@link ProvinceCatalog}) to
 * linked data: CPSV-AP 3.2.0 JSON-LD and schema.org JSON-LD, against the baseline of writing the same
 * catalog as a plain catalog file ({@code CatalogJson.write}, Jackson), in the same run.
 *
 * <p>The JSON-LD export writes far more than the catalog file — every requirement, evidence, channel,
 * cost and output as its own node with its own IRI, the concepts and locations it references typed
 * in the graph, and every text with its language — so the ratio says what that richer form costs,
 * not that one writer is slower at the same work. {@code LinkedDataBenchmarkTest} checks that each
 * export holds all 10,000 services.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar LinkedDataBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LinkedDataBenchmark {

    Catalog catalog;
    CpsvAp exporter;

    /** Generates the catalog; the same on every run. */
    @Setup(Level.Trial)
    public void setUp() {
        ProvinceCatalog province = ProvinceCatalog.generate(ProvinceCatalog.SEED);
        catalog = Catalog.of(province.instansi(), province.concepts(), province.services());
        exporter = CpsvAp.exporter();
    }

    /**
     * The whole catalog as CPSV-AP 3.2.0 JSON-LD.
     *
     * @return the document
     */
    @Benchmark
    public String cpsvAp() {
        return exporter.export(catalog);
    }

    /**
     * The whole catalog as schema.org JSON-LD.
     *
     * @return the document
     */
    @Benchmark
    public String schemaOrg() {
        return SchemaOrg.export(catalog);
    }

    /**
     * Baseline: the same catalog as a catalog file (plain JSON through Jackson).
     *
     * @return the document
     */
    @Benchmark
    public String catalogFile() {
        return CatalogJson.write(catalog);
    }
}
