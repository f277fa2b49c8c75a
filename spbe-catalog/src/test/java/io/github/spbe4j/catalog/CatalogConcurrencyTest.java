package io.github.spbe4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.catalog.testing.KotaContoh;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One catalog shared by threads: its indexes are built once and only read, so every thread sees the same answers. */
class CatalogConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 200;

    /** Everything a dashboard asks of a catalog, as plain values to compare. */
    private static List<Object> answers(Catalog catalog) {
        List<Object> out = new ArrayList<>();
        out.add(catalog.query().list());
        out.add(catalog.query().kelurahan(KotaContoh.KEL_SATU).online().list());
        out.add(catalog.query().unit("disdukcapil").status(ServiceStatus.ACTIVE).count());
        out.add(catalog.query().notOnline().channel(Channel.Kind.COUNTER).list());
        out.add(catalog.query().digitalLevelAtLeast(DigitalLevel.INTERAKSI).list());
        out.add(catalog.search("ktp"));
        out.add(catalog.search("surat keterangan tidak mampu"));
        out.add(catalog.search("IMB"));
        out.add(catalog.query().kelurahan(KotaContoh.KEL_DUA).matching("surat").list());
        CatalogMetrics m = catalog.metrics();
        out.add(m.onlineShare());
        out.add(m.onlineShareByOpd());
        out.add(m.onlineShareByKelurahan());
        out.add(m.pilots());
        out.add(m.onlineRollout("sktm"));
        out.add(m.missingCounts());
        out.add(m.withoutComplaintChannel());
        out.add(m.evidence(FrameworkRegistry.builtIn().get("spbe-2020")));
        return out;
    }

    private static void assertSameAnswers(Catalog catalog, List<Object> expected) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<List<Object>>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    List<List<Object>> seen = new ArrayList<>();
                    for (int r = 0; r < ROUNDS; r++) {
                        seen.add(answers(catalog));
                    }
                    return seen;
                }));
            }
            start.countDown();
            for (Future<List<List<Object>>> f : futures) {
                assertThat(f.get(2, TimeUnit.MINUTES)).hasSize(ROUNDS).allSatisfy(a -> assertThat(a).isEqualTo(expected));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void queries_fromEightThreadsOnAFreshCatalog_giveIdenticalResults() throws Exception {
        // the expected answers come from another catalog, so that the shared one is first used by the threads
        List<Object> expected = answers(KotaContoh.catalog());
        Catalog shared = KotaContoh.catalog();
        assertSameAnswers(shared, expected);
        assertThat(answers(shared)).isEqualTo(expected);
    }

    @Test
    void queries_fromEightThreadsOnARandomCatalog_giveIdenticalResults() throws Exception {
        Catalog other = RandomCatalogs.generate(new Random(8L));
        List<Object> expected = List.of(other.query().online().list(), other.search("surat"), other.metrics().onlineShareByKelurahan());
        Catalog random = RandomCatalogs.generate(new Random(8L));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Object>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Object> last = null;
                    for (int r = 0; r < ROUNDS; r++) {
                        List<Object> now = List.of(random.query().online().list(), random.search("surat"),
                                random.metrics().onlineShareByKelurahan());
                        if (last != null && !last.equals(now)) {
                            return now;
                        }
                        last = now;
                    }
                    return last;
                }));
            }
            start.countDown();
            for (Future<List<Object>> f : futures) {
                assertThat(f.get(2, TimeUnit.MINUTES)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
