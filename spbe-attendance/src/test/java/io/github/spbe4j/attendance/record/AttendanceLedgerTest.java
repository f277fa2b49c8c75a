package io.github.spbe4j.attendance.record;

import static io.github.spbe4j.attendance.record.AttendanceRecordTest.A;
import static io.github.spbe4j.attendance.record.AttendanceRecordTest.B;
import static io.github.spbe4j.attendance.record.AttendanceRecordTest.MONDAY;
import static io.github.spbe4j.attendance.record.AttendanceRecordTest.WIB;
import static io.github.spbe4j.attendance.record.AttendanceRecordTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.attendance.record.LedgerResult.Refusal;
import io.github.spbe4j.core.identifier.Nip;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AttendanceLedgerTest {

    @Test
    void checkInTwice_secondIsRefusedAlreadyOpenAndChangesNothing() {
        AttendanceLedger ledger = AttendanceLedger.create();

        LedgerResult first = ledger.checkIn(A, MONDAY, at(MONDAY, 7, 20));
        LedgerResult second = ledger.checkIn(A, MONDAY, at(MONDAY, 7, 21));

        assertThat(first.recorded()).isTrue();
        assertThat(second).isInstanceOfSatisfying(LedgerResult.Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(Refusal.ALREADY_OPEN);
            assertThat(r.detail()).contains("196805071987121001 2026-03-02 07:20");
        });
        assertThat(ledger.records(A)).containsExactly(AttendanceRecord.open(A, MONDAY, at(MONDAY, 7, 20)));
    }

    @Test
    void checkOut_closesTheOpenRecordAndThenThereIsNothingOpen() {
        AttendanceLedger ledger = AttendanceLedger.create();
        ledger.checkIn(A, MONDAY, at(MONDAY, 7, 20));

        LedgerResult out = ledger.checkOut(A, at(MONDAY, 16, 1));

        assertThat(out).isEqualTo(new LedgerResult.Recorded(
                AttendanceRecord.of(A, MONDAY, at(MONDAY, 7, 20), at(MONDAY, 16, 1))));
        assertThat(ledger.open(A, at(MONDAY, 16, 2).at())).isEmpty();
        assertThat(ledger.checkOut(A, at(MONDAY, 16, 3))).isInstanceOfSatisfying(LedgerResult.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refusal.NOT_OPEN));
    }

    @Test
    void checkIn_nextDayAfterAForgottenCheckOut_startsANewRecordAndLeavesTheOldOneWithout() {
        AttendanceLedger ledger = AttendanceLedger.create();
        LocalDate tuesday = MONDAY.plusDays(1);
        ledger.checkIn(A, MONDAY, at(MONDAY, 7, 20));

        LedgerResult next = ledger.checkIn(A, tuesday, at(tuesday, 7, 25));

        assertThat(next.recorded()).isTrue();
        assertThat(ledger.records(A)).extracting(AttendanceRecord::isOpen).containsExactly(true, true);
        assertThat(ledger.open(A, at(tuesday, 8, 0).at())).contains(AttendanceRecord.open(A, tuesday, at(tuesday, 7, 25)));
    }

    @Test
    void checkIn_beforeTheLatestRecordEnds_isOutOfOrder() {
        AttendanceLedger ledger = AttendanceLedger.create();
        ledger.checkIn(A, MONDAY, at(MONDAY, 7, 20));
        ledger.checkOut(A, at(MONDAY, 16, 0));

        assertThat(ledger.checkIn(A, MONDAY, at(MONDAY, 15, 0))).isInstanceOfSatisfying(LedgerResult.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refusal.OUT_OF_ORDER));
        assertThat(ledger.checkIn(A, MONDAY, at(MONDAY, 16, 30)).recorded()).isTrue();
    }

    @Test
    void add_overlappingCorrection_isRefusedAndAnotherEmployeeIsIndependent() {
        AttendanceLedger ledger = AttendanceLedger.create();
        ledger.add(AttendanceRecord.of(A, MONDAY, at(MONDAY, 7, 0), at(MONDAY, 12, 0)));

        LedgerResult overlapping = ledger.add(AttendanceRecord.of(A, MONDAY, at(MONDAY, 11, 0), at(MONDAY, 13, 0)));
        LedgerResult other = ledger.add(AttendanceRecord.of(B, MONDAY, at(MONDAY, 11, 0), at(MONDAY, 13, 0)));
        LedgerResult earlier = ledger.add(AttendanceRecord.of(A, MONDAY, at(MONDAY, 5, 0), at(MONDAY, 6, 0)));

        assertThat(overlapping).isInstanceOfSatisfying(LedgerResult.Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(Refusal.OVERLAPS);
            assertThat(r.detail()).contains("11:00-13:00", "07:00-12:00");
        });
        assertThat(other.recorded()).isTrue();
        assertThat(earlier.recorded()).isTrue();
        assertThat(ledger.records(A)).extracting(r -> r.checkIn().localTime().getHour()).containsExactly(5, 7);
        assertThat(ledger.records()).hasSize(3);
    }

    @Test
    void checkOut_atTheCheckInInstant_isInvalid() {
        AttendanceLedger ledger = AttendanceLedger.create();
        ledger.checkIn(A, MONDAY, at(MONDAY, 7, 20));

        assertThat(ledger.checkOut(A, at(MONDAY, 7, 20))).isInstanceOfSatisfying(LedgerResult.Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(Refusal.INVALID);
            assertThat(r.detail()).contains("must be after the check-in");
        });
    }

    // ---- property: the ledger against a list-based oracle ----

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 300).boxed();
    }

    private static final Nip[] EMPLOYEES = {A, B, Nip.parse("199001012015031002")};
    private static final long DAY = 1440;

    @ParameterizedTest
    @MethodSource("seeds")
    void randomOperations_agreeWithAListOracle(long seed) {
        Random random = new Random(seed);
        AttendanceLedger ledger = AttendanceLedger.create();
        Oracle oracle = new Oracle();
        for (int step = 0; step < 60; step++) {
            int e = random.nextInt(EMPLOYEES.length);
            long t = random.nextInt((int) (4 * DAY));
            int op = random.nextInt(3);
            @Nullable Refusal expected;
            LedgerResult actual;
            if (op == 0) {
                expected = oracle.checkIn(e, t);
                actual = ledger.checkIn(EMPLOYEES[e], punch(t).localDate(), punch(t));
            } else if (op == 1) {
                expected = oracle.checkOut(e, t);
                actual = ledger.checkOut(EMPLOYEES[e], punch(t));
            } else {
                boolean open = random.nextInt(4) == 0;
                long out = t + 1 + random.nextInt((int) DAY - 1);
                expected = oracle.add(e, t, open ? -1 : out);
                AttendanceRecord record = open ? AttendanceRecord.open(EMPLOYEES[e], punch(t).localDate(), punch(t))
                        : AttendanceRecord.of(EMPLOYEES[e], punch(t).localDate(), punch(t), punch(out));
                actual = ledger.add(record);
            }
            String where = "seed " + seed + " step " + step;
            if (expected == null) {
                assertThat(actual.recorded()).as(where + ": " + actual).isTrue();
            } else {
                assertThat(actual).as(where).isInstanceOfSatisfying(LedgerResult.Refused.class,
                        r -> assertThat(r.reason()).as(where).isEqualTo(expected));
            }
        }
        for (int e = 0; e < EMPLOYEES.length; e++) {
            assertThat(ledger.records(EMPLOYEES[e])).as("seed " + seed).containsExactlyElementsOf(oracle.records(e));
        }
    }

    private static final Instant ORIGIN = MONDAY.atStartOfDay(WIB).toInstant();

    private static Punch punch(long minute) {
        return Punch.imported(ORIGIN.plusSeconds(minute * 60), WIB);
    }

    /** Records as pairs of minutes {in, out or -1}, each rule checked the slow, obvious way. */
    private static final class Oracle {
        private final Map<Integer, List<long[]>> records = new HashMap<>();

        private List<long[]> of(int e) {
            return records.computeIfAbsent(e, k -> new ArrayList<>());
        }

        private static long end(long[] r) {
            return r[1] < 0 ? r[0] : r[1];
        }

        private static boolean overlap(long[] a, long[] b) {
            return a[0] <= end(b) && b[0] <= end(a);
        }

        private @Nullable long[] latest(int e) {
            return of(e).stream().max(Comparator.comparingLong(r -> r[0])).orElse(null);
        }

        private @Nullable long[] openAt(int e, long t) {
            long[] l = latest(e);
            return l != null && l[1] < 0 && l[0] <= t && t - l[0] < DAY ? l : null;
        }

        @Nullable Refusal checkIn(int e, long t) {
            if (openAt(e, t) != null) {
                return Refusal.ALREADY_OPEN;
            }
            long[] l = latest(e);
            if (l != null && t <= end(l)) {
                return Refusal.OUT_OF_ORDER;
            }
            of(e).add(new long[] {t, -1});
            return null;
        }

        @Nullable Refusal checkOut(int e, long t) {
            long[] open = openAt(e, t);
            if (open == null) {
                return Refusal.NOT_OPEN;
            }
            if (t <= open[0]) {
                return Refusal.INVALID;
            }
            long[] closed = {open[0], t};
            for (long[] r : of(e)) {
                if (r != open && overlap(r, closed)) {
                    return Refusal.OVERLAPS;
                }
            }
            open[1] = t;
            return null;
        }

        @Nullable Refusal add(int e, long in, long out) {
            if (openAt(e, in) != null) {
                return Refusal.ALREADY_OPEN;
            }
            long[] record = {in, out};
            for (long[] r : of(e)) {
                if (out < 0 && r[0] > in) {
                    return Refusal.ALREADY_OPEN;
                }
            }
            for (long[] r : of(e)) {
                if (overlap(r, record)) {
                    return Refusal.OVERLAPS;
                }
            }
            of(e).add(record);
            return null;
        }

        List<AttendanceRecord> records(int e) {
            return of(e).stream().sorted(Comparator.comparingLong(r -> r[0]))
                    .map(r -> r[1] < 0 ? AttendanceRecord.open(EMPLOYEES[e], punch(r[0]).localDate(), punch(r[0]))
                            : AttendanceRecord.of(EMPLOYEES[e], punch(r[0]).localDate(), punch(r[0]), punch(r[1])))
                    .toList();
        }
    }

    // ---- concurrency ----

    @Test
    void manyThreads_eachEmployeeGetsExactlyOneCheckInAndOneCheckOut() throws InterruptedException {
        AttendanceLedger ledger = AttendanceLedger.create();
        List<Nip> employees = IntStream.range(0, 200)
                .mapToObj(i -> Nip.parse(String.format("19900101201503%d%03d", 1 + i / 1000, i % 1000 + 1)))
                .toList();
        int threads = 16;
        ConcurrentLinkedQueue<LedgerResult> checkIns = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<LedgerResult> checkOuts = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            int offset = t;
            pool.execute(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < employees.size(); i++) {
                    Nip nip = employees.get((i + offset * 13) % employees.size());
                    checkIns.add(ledger.checkIn(nip, MONDAY, at(MONDAY, 7, offset)));
                }
                for (int i = 0; i < employees.size(); i++) {
                    Nip nip = employees.get((i + offset * 7) % employees.size());
                    checkOuts.add(ledger.checkOut(nip, at(MONDAY, 16, offset)));
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(checkIns.stream().filter(LedgerResult::recorded)).hasSize(employees.size());
        assertThat(ledger.records()).hasSize(employees.size());
        for (Nip nip : employees) {
            List<AttendanceRecord> records = ledger.records(nip);
            assertThat(records).hasSize(1);
            assertThat(records.get(0).isOpen()).isFalse();
        }
        // a check-out refused as NOT_OPEN only once the record is closed; each employee closed exactly once
        assertThat(checkOuts.stream().filter(LedgerResult::recorded).map(r -> ((LedgerResult.Recorded) r).record().employee())
                .distinct()).hasSize(employees.size());
    }
}
