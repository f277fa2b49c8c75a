package io.github.spbe4j.attendance.recap;

import io.github.spbe4j.attendance.schedule.WorkSchedule;
import io.github.spbe4j.attendance.schedule.WorkingDay;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A month's working days under one schedule, worked out once: a bit per day of the month that is a working
 * day, and each working day's start and end as epoch seconds, so that a record costs two subtractions.
 */
final class MonthDays {

    final int working;
    final int workingCount;
    final long[] start;
    final long[] end;
    final boolean estimated;

    MonthDays(WorkSchedule schedule, YearMonth month) {
        int length = month.lengthOfMonth();
        start = new long[length];
        end = new long[length];
        int mask = 0;
        boolean est = false;
        for (int d = 1; d <= length; d++) {
            LocalDate date = month.atDay(d);
            Optional<WorkingDay> day = schedule.day(date);
            if (day.isPresent()) {
                WorkingDay w = day.get();
                mask |= 1 << (d - 1);
                start[d - 1] = w.startAt().toEpochSecond();
                end[d - 1] = w.endAt().toEpochSecond();
                est |= w.estimated();
            }
        }
        working = mask;
        workingCount = Integer.bitCount(mask);
        estimated = est;
    }

    /** The longest run of working days not in {@code seen}, counted in working days (days off do not break it). */
    int longestAbsentRun(int seen) {
        int longest = 0;
        int run = 0;
        for (int d = 0; d < start.length; d++) {
            int bit = 1 << d;
            if ((working & bit) != 0) {
                run = (seen & bit) != 0 ? 0 : run + 1;
                longest = Math.max(longest, run);
            }
        }
        return longest;
    }
}
