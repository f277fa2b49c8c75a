package io.github.spbe4j.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.testing.Generators;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One scorer shared by many threads gives exactly what scoring one by one gives. */
class ScorerConcurrencyTest {

    private static final int THREADS = 8;

    /** Everything a score card says, as compact text, so that two cards can be compared whole. */
    private static String fingerprint(ScoreCard card) {
        StringBuilder sb = new StringBuilder().append(card.index()).append(' ').append(card.indexRounded()).append(' ')
                .append(card.predikat().name()).append(' ').append(card.notYetIndicated());
        for (NodeScore n : card.nodes()) {
            sb.append(' ').append(n.code()).append('=').append(n.index()).append('/').append(n.contribution());
        }
        for (IndicatorScore s : card.indicators()) {
            sb.append(' ').append(s.code()).append('=').append(s.value()).append('/').append(s.origin()).append('/')
                    .append(s.contribution()).append('/').append(s.headroom()).append('/').append(s.levelName());
        }
        card.byHeadroom().forEach(s -> sb.append(' ').append(s.code()));
        return sb.toString();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void score_sharedScorerAcrossThreads_equalsSequentialScoring() throws Exception {
        for (Framework f : List.of(FrameworkRegistry.builtIn().get("spbe-2020"), FrameworkRegistry.builtIn().get("pemdi-2026"),
                FrameworkRegistry.builtIn().get("spbe-2018"), Generators.framework(99))) {
            Scorer scorer = Scorer.of(f);
            Random r = new Random(f.id().hashCode());
            List<Assessment> assessments = new ArrayList<>();
            for (int k = 0; k < 60; k++) {
                assessments.add(Generators.richAssessment(f, r));
            }
            List<String> sequential = new ArrayList<>();
            for (Assessment a : assessments) {
                sequential.add(fingerprint(scorer.score(a)));
            }
            // also share one resolved assessment and its what-ifs across threads
            ResolvedAssessment shared = scorer.resolve(assessments.get(0));
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<String>>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int offset = t;
                    Callable<List<String>> job = () -> {
                        start.await();
                        List<String> out = new ArrayList<>();
                        // each thread walks the list from a different place, so that threads score different assessments at once
                        for (int k = 0; k < assessments.size(); k++) {
                            int i = (k + offset * 7) % assessments.size();
                            out.add(i + "=" + fingerprint(scorer.score(assessments.get(i))));
                            if (k % 5 == 0) {
                                out.add("shared=" + fingerprint(scorer.score(shared)));
                            }
                        }
                        return out;
                    };
                    futures.add(pool.submit(job));
                }
                start.countDown();
                String sharedExpected = fingerprint(scorer.score(shared));
                for (Future<List<String>> future : futures) {
                    for (String line : future.get(30, TimeUnit.SECONDS)) {
                        int eq = line.indexOf('=');
                        String key = line.substring(0, eq);
                        String expected = key.equals("shared") ? sharedExpected : sequential.get(Integer.parseInt(key));
                        assertThat(line.substring(eq + 1)).as("%s assessment %s", f.id(), key).isEqualTo(expected);
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
