package io.github.spbe4j.attendance.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.attendance.checkin.ReplayGuard.Use;
import io.github.spbe4j.attendance.token.LocationToken;
import io.github.spbe4j.attendance.token.TokenIssuer;
import io.github.spbe4j.attendance.token.TokenKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryReplayGuardTest {

    private static final Instant T0 = Instant.parse("2026-03-02T00:30:00Z");
    private static final String NIP_A = "196805071987121001";
    private static final String NIP_B = "200012312024211001";

    private static TokenIssuer issuer(Instant at) {
        return TokenIssuer.of(TokenKey.hmacSha256(1, new byte[32]), Clock.fixed(at, ZoneOffset.UTC));
    }

    private static LocationToken rotating(Instant at, int display) {
        return issuer(at).rotating("PTK-01", display, Duration.ofSeconds(30));
    }

    @Test
    void firstUse_manyEmployeesOneToken_eachAcceptedOnceThenRepeated() {
        ReplayGuard guard = ReplayGuard.inMemory(100);
        LocationToken token = rotating(T0, 1);
        Instant keep = token.body().validity().until().plusSeconds(5);
        assertThat(guard.firstUse(NIP_A, token, T0, keep)).isEqualTo(Use.FIRST);
        assertThat(guard.firstUse(NIP_B, token, T0, keep)).isEqualTo(Use.FIRST);
        assertThat(guard.firstUse(NIP_A, token, T0.plusSeconds(10), keep)).isEqualTo(Use.REPEATED);
        assertThat(guard.firstUse(NIP_B, token, T0.plusSeconds(10), keep)).isEqualTo(Use.REPEATED);
    }

    @Test
    void firstUse_theInterfaceExample_isAFirstUse() {
        LocationToken token = rotating(T0, 1);
        Instant now = T0;
        Instant keepUntil = token.body().validity().until().plusSeconds(30);
        ReplayGuard guard = ReplayGuard.inMemory(100_000);
        ReplayGuard.Use use = guard.firstUse("196805071987121001", token, now, keepUntil);
        assertThat(use).isEqualTo(Use.FIRST);
    }

    @Test
    void firstUse_nextStepOrAnotherDisplay_isAnotherToken() {
        ReplayGuard guard = ReplayGuard.inMemory(100);
        LocationToken step1 = rotating(T0, 1);
        LocationToken step2 = rotating(T0.plusSeconds(30), 1);
        LocationToken otherDisplay = rotating(T0, 2);
        Instant keep = T0.plusSeconds(120);
        assertThat(guard.firstUse(NIP_A, step1, T0, keep)).isEqualTo(Use.FIRST);
        assertThat(guard.firstUse(NIP_A, step2, T0, keep)).isEqualTo(Use.FIRST);
        assertThat(guard.firstUse(NIP_A, otherDisplay, T0, keep)).isEqualTo(Use.FIRST);
    }

    @Test
    void firstUse_fullOfLiveEntries_refusesAndStillKnowsTheLiveOnes() {
        InMemoryReplayGuard guard = new InMemoryReplayGuard(2);
        LocationToken token = rotating(T0, 1);
        Instant keep = T0.plusSeconds(60);
        assertThat(guard.firstUse("A", token, T0, keep)).isEqualTo(Use.FIRST);
        assertThat(guard.firstUse("B", token, T0, keep)).isEqualTo(Use.FIRST);
        assertThat(guard.firstUse("C", token, T0, keep)).isEqualTo(Use.FULL);
        assertThat(guard.firstUse("A", token, T0.plusSeconds(59), keep)).isEqualTo(Use.REPEATED);
        assertThat(guard.firstUse("C", token, T0.plusSeconds(59), keep)).isEqualTo(Use.FULL);
        assertThat(guard.size()).isEqualTo(2);
    }

    @Test
    void firstUse_afterKeepUntil_entryIsEvictedAndRoomIsMade() {
        InMemoryReplayGuard guard = new InMemoryReplayGuard(2);
        LocationToken token = rotating(T0, 1);
        assertThat(guard.firstUse("A", token, T0, T0.plusSeconds(10))).isEqualTo(Use.FIRST);
        assertThat(guard.firstUse("B", token, T0, T0.plusSeconds(100))).isEqualTo(Use.FIRST);
        // at T0+10 A's entry has expired and makes room; B's is live and kept
        assertThat(guard.firstUse("C", token, T0.plusSeconds(10), T0.plusSeconds(100))).isEqualTo(Use.FIRST);
        assertThat(guard.size()).isEqualTo(2);
        assertThat(guard.firstUse("B", token, T0.plusSeconds(99), T0.plusSeconds(100))).isEqualTo(Use.REPEATED);
        assertThat(guard.firstUse("C", token, T0.plusSeconds(99), T0.plusSeconds(100))).isEqualTo(Use.REPEATED);
    }

    @Test
    void firstUse_expiredEntriesBehindALiveOne_areStillEvicted() {
        InMemoryReplayGuard guard = new InMemoryReplayGuard(3);
        LocationToken token = rotating(T0, 1);
        assertThat(guard.firstUse("printed", token, T0, T0.plusSeconds(86_400))).isEqualTo(Use.FIRST);
        assertThat(guard.firstUse("A", token, T0, T0.plusSeconds(60))).isEqualTo(Use.FIRST);
        assertThat(guard.firstUse("B", token, T0, T0.plusSeconds(60))).isEqualTo(Use.FIRST);
        assertThat(guard.firstUse("C", token, T0.plusSeconds(60), T0.plusSeconds(120))).isEqualTo(Use.FIRST);
        assertThat(guard.size()).isEqualTo(2);
        assertThat(guard.firstUse("printed", token, T0.plusSeconds(61), T0.plusSeconds(86_400))).isEqualTo(Use.REPEATED);
    }

    @Test
    void firstUse_keepUntilWithAFraction_isKeptToTheNextWholeSecond() {
        InMemoryReplayGuard guard = new InMemoryReplayGuard(2);
        LocationToken token = rotating(T0, 1);
        guard.firstUse("A", token, T0, T0.plusMillis(10_500));
        assertThat(guard.firstUse("A", token, T0.plusMillis(10_900), T0.plusSeconds(20))).isEqualTo(Use.REPEATED);
        assertThat(guard.firstUse("A", token, T0.plusSeconds(11), T0.plusSeconds(20))).isEqualTo(Use.FIRST);
    }

    @Test
    void firstUse_badArguments_areRefusedNamingTheFieldAndValue() {
        ReplayGuard guard = ReplayGuard.inMemory(2);
        LocationToken token = rotating(T0, 1);
        assertThatThrownBy(() -> guard.firstUse("", token, T0, T0.plusSeconds(1)))
                .isInstanceOf(InvalidCheckInException.class).hasMessageContaining("employee id is \"\"");
        assertThatThrownBy(() -> guard.firstUse("1".repeat(65), token, T0, T0.plusSeconds(1)))
                .isInstanceOf(InvalidCheckInException.class).hasMessageContaining("1..64 characters");
        assertThatThrownBy(() -> guard.firstUse("A\u001b[2J", token, T0, T0.plusSeconds(1)))
                .isInstanceOf(InvalidCheckInException.class).hasMessageContaining("\\u001b").hasMessageNotContaining("\u001b");
        assertThatThrownBy(() -> guard.firstUse("A", token, T0, T0))
                .isInstanceOf(InvalidCheckInException.class)
                .hasMessageContaining("kept until 2026-03-02T00:30:00Z, which is not after the scan at 2026-03-02T00:30:00Z");
        assertThatThrownBy(() -> new InMemoryReplayGuard(0))
                .isInstanceOf(InvalidCheckInException.class).hasMessageContaining("capacity is 0; it must be 1..10000000");
    }

    @Test
    void toString_showsCapacityAndSizeButNoEmployee() {
        InMemoryReplayGuard guard = new InMemoryReplayGuard(5);
        guard.firstUse(NIP_A, rotating(T0, 1), T0, T0.plusSeconds(60));
        assertThat(guard).hasToString("InMemoryReplayGuard[capacity=5, size=1]");
    }

    /**
     * 16 threads, released together, each use every (employee, token) pair of the round in its own
     * order, many of them at once: exactly one FIRST per pair, the others REPEATED, none lost.
     */
    @Test
    void firstUse_manyThreadsOnTheSameAndDifferentPairs_acceptsEachPairExactlyOnce() throws Exception {
        int threads = 16;
        int employees = 12;
        int tokens = 3;
        List<LocationToken> tokenList = new ArrayList<>();
        for (int d = 0; d < tokens; d++) {
            tokenList.add(rotating(T0, d));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 300; round++) {
                ReplayGuard guard = ReplayGuard.inMemory(employees * tokens);
                AtomicInteger[][] counts = new AtomicInteger[employees][tokens];
                for (int e = 0; e < employees; e++) {
                    for (int t = 0; t < tokens; t++) {
                        counts[e][t] = new AtomicInteger();
                    }
                }
                AtomicInteger other = new AtomicInteger();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> futures = new ArrayList<>();
                for (int th = 0; th < threads; th++) {
                    int offset = th * 7 + round;
                    futures.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < employees * tokens; i++) {
                            int pair = (i + offset) % (employees * tokens);
                            int e = pair / tokens;
                            int t = pair % tokens;
                            Use use = guard.firstUse("E" + e, tokenList.get(t), T0, T0.plusSeconds(60));
                            if (use == Use.FIRST) {
                                counts[e][t].incrementAndGet();
                            } else if (use != Use.REPEATED) {
                                other.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : futures) {
                    f.get(30, TimeUnit.SECONDS);
                }
                for (int e = 0; e < employees; e++) {
                    for (int t = 0; t < tokens; t++) {
                        assertThat(counts[e][t].get()).as("round %d employee %d token %d", round, e, t).isEqualTo(1);
                    }
                }
                assertThat(other.get()).as("round %d answers neither FIRST nor REPEATED", round).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** At capacity under contention: never more FIRST answers than the capacity, and no pair twice. */
    @Test
    void firstUse_manyThreadsPastCapacity_neverHoldsMoreThanCapacity() throws Exception {
        int threads = 16;
        LocationToken token = rotating(T0, 1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 200; round++) {
                InMemoryReplayGuard guard = new InMemoryReplayGuard(50);
                AtomicInteger firsts = new AtomicInteger();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> futures = new ArrayList<>();
                for (int th = 0; th < threads; th++) {
                    int id = th;
                    futures.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < 10; i++) {
                            if (guard.firstUse("E" + id + "-" + i, token, T0, T0.plusSeconds(60)) == Use.FIRST) {
                                firsts.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : futures) {
                    f.get(30, TimeUnit.SECONDS);
                }
                assertThat(firsts.get()).isEqualTo(50);
                assertThat(guard.size()).isEqualTo(50);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
