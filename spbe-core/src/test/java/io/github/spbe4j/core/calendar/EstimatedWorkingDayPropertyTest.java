package io.github.spbe4j.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the precomputed index of a calendar with estimates against a day-by-day walk over the
 * reference list (2024-2026) and the estimates of the other years, with seeded random starts, counts
 * (negative too), weekends and workforces, across year boundaries and into estimated years.
 */
class EstimatedWorkingDayPropertyTest {

    private static final LocalDate FIRST = LocalDate.of(2021, 1, 1);
    private static final int SPAN = 365 * 12;
    private static final int CASES = 400;

    /** Kinds by date: the reference list for 2024-2026, the estimates for other years. */
    private static final Map<LocalDate, String> KINDS = new HashMap<>();
    private static final Map<LocalDate, Holiday> ESTIMATED = new HashMap<>();

    static {
        IndonesiaDataTest.reference().forEach(a -> KINDS.put((LocalDate) a.get()[0], (String) a.get()[1]));
        for (int y = 2018; y <= 2040; y++) {
            if (y < 2024 || y > 2026) {
                for (Holiday h : HolidayEstimates.of(y)) {
                    KINDS.put(h.date(), "libur nasional");
                    ESTIMATED.put(h.date(), h);
                }
            }
        }
    }

    private static boolean working(LocalDate d, Workforce w, Set<DayOfWeek> weekend) {
        if (weekend.contains(d.getDayOfWeek())) {
            return false;
        }
        String kind = KINDS.get(d);
        return kind == null || (kind.equals("cuti bersama") && w == Workforce.PRIVATE_SECTOR);
    }

    /** The walk: the n-th working day after start (n = 0: start, or the next working day). */
    private static LocalDate walk(LocalDate start, int n, Workforce w, Set<DayOfWeek> weekend) {
        if (n == 0) {
            return working(start, w, weekend) ? start : walk(start, 1, w, weekend);
        }
        int step = n < 0 ? -1 : 1;
        LocalDate d = start;
        for (int found = 0; found < Math.abs(n);) {
            d = d.plusDays(step);
            if (working(d, w, weekend)) {
                found++;
            }
        }
        return d;
    }

    private static Set<DayOfWeek> weekend(Random r) {
        if (r.nextInt(3) > 0) {
            return EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        int size = r.nextInt(4);
        while (days.size() < size) {
            days.add(DayOfWeek.of(1 + r.nextInt(7)));
        }
        return days;
    }

    static Stream<Arguments> cases() {
        Random r = new Random(20270101L);
        return IntStream.range(0, CASES).mapToObj(i -> Arguments.of(FIRST.plusDays(r.nextInt(SPAN)), FIRST.plusDays(r.nextInt(SPAN)),
                r.nextInt(4) == 0 ? r.nextInt(1001) - 500 : r.nextInt(61) - 30,
                r.nextBoolean() ? Workforce.CIVIL_SERVICE : Workforce.PRIVATE_SECTOR, weekend(r)));
    }

    @ParameterizedTest(name = "[{index}] {0} {2} {3} {4}")
    @MethodSource("cases")
    void plusWorkingDays_withEstimates_matchesTheWalk(LocalDate start, LocalDate unused, int n, Workforce w, Set<DayOfWeek> weekend) {
        WorkingDayCalendar c = WorkingDayCalendar.indonesia(w).withWeekend(weekend).withEstimates(true);
        assertThat(c.plusWorkingDays(start, n)).isEqualTo(walk(start, n, w, weekend));
    }

    @ParameterizedTest(name = "[{index}] {0} {1} {3} {4}")
    @MethodSource("cases")
    void workingDaysBetween_withEstimates_matchesTheWalk(LocalDate a, LocalDate b, int n, Workforce w, Set<DayOfWeek> weekend) {
        WorkingDayCalendar c = WorkingDayCalendar.indonesia(w).withWeekend(weekend).withEstimates(true);
        LocalDate lo = a.isBefore(b) ? a : b;
        LocalDate hi = a.isBefore(b) ? b : a;
        int count = 0;
        for (LocalDate d = lo; d.isBefore(hi); d = d.plusDays(1)) {
            count += working(d, w, weekend) ? 1 : 0;
        }
        assertThat(c.workingDaysBetween(lo, hi)).isEqualTo(count);
        assertThat(c.workingDaysBetween(hi, lo)).isEqualTo(-count);
    }

    @ParameterizedTest(name = "[{index}] {0} {2} {3} {4}")
    @MethodSource("cases")
    void deadline_anyCalendar_isTheWalksDateProvisionalExactlyWhenItCountsAnEstimatedYear(LocalDate start, LocalDate unused, int n,
            Workforce w, Set<DayOfWeek> weekend) {
        Deadline d = WorkingDayCalendar.indonesia(w).withWeekend(weekend).deadline(start, n);
        LocalDate date = walk(start, n, w, weekend);
        LocalDate from = n > 0 ? start.plusDays(1) : n < 0 ? date : start;
        LocalDate to = n < 0 ? start.minusDays(1) : date;
        boolean provisional = false;
        List<Holiday> used = new ArrayList<>();
        for (LocalDate x = from; !x.isAfter(to); x = x.plusDays(1)) {
            provisional |= x.getYear() < 2024 || x.getYear() > 2026;
            Holiday e = ESTIMATED.get(x);
            if (e != null && !weekend.contains(x.getDayOfWeek())) {
                used.add(e);
            }
        }
        assertThat(d).isEqualTo(new Deadline(date, provisional, used));
        assertThat(d.provisional()).isEqualTo(IntStream.rangeClosed(from.getYear(), to.getYear())
                .anyMatch(y -> WorkingDayCalendar.indonesia().withEstimates(true).isEstimated(Year.of(y))));
    }
}
