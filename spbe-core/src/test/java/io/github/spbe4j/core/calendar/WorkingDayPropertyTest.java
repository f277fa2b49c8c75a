package io.github.spbe4j.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the working-day arithmetic against a naive day-by-day oracle built from the reference list
 * (not from the shipped data), over seeded random inputs across 2024-2026, with random weekends.
 */
class WorkingDayPropertyTest {

    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private static final LocalDate END = LocalDate.of(2027, 1, 1);
    private static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST, END);
    private static final int CASES = 400;

    /** Reference kinds by date: "libur nasional" or "cuti bersama". */
    private static final Map<LocalDate, String> KINDS = new HashMap<>();

    static {
        IndonesiaDataTest.reference().forEach(a -> KINDS.put((LocalDate) a.get()[0], (String) a.get()[1]));
    }

    /** The naive oracle: is a day a working day? Null when outside the covered years. */
    private static Boolean oracle(LocalDate d, Workforce w, Set<DayOfWeek> weekend) {
        if (d.isBefore(FIRST) || !d.isBefore(END)) {
            return null;
        }
        if (weekend.contains(d.getDayOfWeek())) {
            return false;
        }
        String kind = KINDS.get(d);
        return kind == null || (kind.equals("cuti bersama") && w == Workforce.PRIVATE_SECTOR);
    }

    /** Naive: the n-th working day after start, stepping one day at a time; null if it leaves coverage. */
    private static LocalDate oraclePlus(LocalDate start, int n, Workforce w, Set<DayOfWeek> weekend) {
        int step = n < 0 ? -1 : 1;
        LocalDate d = start;
        int found = 0;
        if (n == 0) {
            step = 1;
            Boolean here = oracle(d, w, weekend);
            if (here == null) {
                return null;
            }
            if (here) {
                return d;
            }
            n = 1;
        }
        while (found < Math.abs(n)) {
            d = d.plusDays(step);
            Boolean ok = oracle(d, w, weekend);
            if (ok == null) {
                return null;
            }
            if (ok) {
                found++;
            }
        }
        return d;
    }

    private static int oracleBetween(LocalDate a, LocalDate b, Workforce w, Set<DayOfWeek> weekend) {
        int count = 0;
        for (LocalDate d = a; d.isBefore(b); d = d.plusDays(1)) {
            if (oracle(d, w, weekend)) {
                count++;
            }
        }
        return count;
    }

    private static Set<DayOfWeek> weekend(Random r) {
        int pick = r.nextInt(4);
        if (pick < 2) {
            return EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        int size = r.nextInt(4);
        while (days.size() < size) {
            days.add(DayOfWeek.of(1 + r.nextInt(7)));
        }
        return days;
    }

    private static LocalDate day(Random r) {
        return FIRST.plusDays(r.nextInt(DAYS));
    }

    static Stream<Arguments> cases() {
        Random r = new Random(20250818L);
        return IntStream.range(0, CASES).mapToObj(i -> Arguments.of(day(r), day(r), r.nextInt(121) - 60,
                r.nextBoolean() ? Workforce.CIVIL_SERVICE : Workforce.PRIVATE_SECTOR, weekend(r)));
    }

    private static WorkingDayCalendar calendar(Workforce w, Set<DayOfWeek> weekend) {
        return WorkingDayCalendar.indonesia(w).withWeekend(weekend);
    }

    @ParameterizedTest
    @EnumSource(Workforce.class)
    void isWorkingDay_everyDay2024To2026_matchesOracle(Workforce w) {
        WorkingDayCalendar c = WorkingDayCalendar.indonesia(w);
        Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        for (LocalDate d = FIRST; d.isBefore(END); d = d.plusDays(1)) {
            assertThat(c.isWorkingDay(d)).as("%s", d).isEqualTo(oracle(d, w, weekend));
        }
    }

    @ParameterizedTest(name = "[{index}] {0} {2} {3} {4}")
    @MethodSource("cases")
    void plusWorkingDays_randomStartAndCount_matchesOracleOrRefusesUncoveredYear(LocalDate start, LocalDate unused, int n,
            Workforce w, Set<DayOfWeek> weekend) {
        WorkingDayCalendar c = calendar(w, weekend);
        LocalDate expected = oraclePlus(start, n, w, weekend);
        if (expected == null) {
            assertThatThrownBy(() -> c.plusWorkingDays(start, n)).isInstanceOf(UncoveredYearException.class);
        } else {
            assertThat(c.plusWorkingDays(start, n)).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "[{index}] {0} {1} {3} {4}")
    @MethodSource("cases")
    void workingDaysBetween_randomRange_matchesOracleAndIsAdditiveAndAntisymmetric(LocalDate a, LocalDate b, int n,
            Workforce w, Set<DayOfWeek> weekend) {
        WorkingDayCalendar c = calendar(w, weekend);
        LocalDate lo = a.isBefore(b) ? a : b;
        LocalDate hi = a.isBefore(b) ? b : a;
        assertThat(c.workingDaysBetween(lo, hi)).isEqualTo(oracleBetween(lo, hi, w, weekend));
        assertThat(c.workingDaysBetween(hi, lo)).isEqualTo(-c.workingDaysBetween(lo, hi));
        LocalDate mid = lo.plusDays(ChronoUnit.DAYS.between(lo, hi) / 2 + Math.floorMod(n, 3));
        if (!mid.isAfter(hi)) {
            assertThat(c.workingDaysBetween(lo, mid) + c.workingDaysBetween(mid, hi)).isEqualTo(c.workingDaysBetween(lo, hi));
        }
    }

    @ParameterizedTest(name = "[{index}] {0} {2} {3} {4}")
    @MethodSource("cases")
    void plusWorkingDays_nonNegative_landsOnWorkingDayNWorkingDaysAfterStart(LocalDate start, LocalDate unused, int n,
            Workforce w, Set<DayOfWeek> weekend) {
        WorkingDayCalendar c = calendar(w, weekend);
        int k = Math.abs(n);
        if (oraclePlus(start, k + 1, w, weekend) == null) {
            return; // would leave 2024-2026; covered by the oracle test above
        }
        LocalDate r = c.plusWorkingDays(start, k);
        assertThat(c.isWorkingDay(r)).isTrue();
        assertThat(c.workingDaysBetween(start.plusDays(1), r.plusDays(1))).isEqualTo(k == 0 && !c.isWorkingDay(start) ? 1 : k);
        // monotone: one more working day lands on the next working day, except that from a day off
        // zero and one working days both land on the first working day after it
        LocalDate r1 = c.plusWorkingDays(start, k + 1);
        if (k == 0 && !c.isWorkingDay(start)) {
            assertThat(r1).isEqualTo(r);
        } else {
            assertThat(r1).isAfter(r).isEqualTo(c.nextWorkingDay(r));
        }
        // counting back from the result returns to the start when the start is a working day
        if (c.isWorkingDay(start)) {
            assertThat(c.plusWorkingDays(r, -k)).isEqualTo(start);
        }
    }
}
