package io.github.spbe4j.complaints.metrics;

import io.github.spbe4j.complaints.InvalidComplaintException;
import io.github.spbe4j.core.Problem;
import java.util.Arrays;
import java.util.Optional;

/** Counts of whole-day durations, grown as needed: exact nearest-rank percentiles in time linear in the largest value. */
final class Histogram {

    private int[] counts = new int[16];
    private int n;

    void add(int days) {
        if (days < 0) {
            throw new InvalidComplaintException(Problem.of("days", "Durations", "a duration of " + days
                    + " working days; durations are 0 or more", String.valueOf(days)));
        }
        if (days >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(days + 1, counts.length * 2));
        }
        counts[days]++;
        n++;
    }

    Durations durations() {
        if (n == 0) {
            return Durations.none();
        }
        // nearest rank: the ceil(p * n / 100)-th smallest
        long rank50 = (50L * n + 99) / 100;
        long rank90 = (90L * n + 99) / 100;
        return new Durations(n, Optional.of(valueAt(rank50)), Optional.of(valueAt(rank90)));
    }

    private int valueAt(long rank) {
        long seen = 0;
        for (int v = 0; v < counts.length; v++) {
            seen += counts[v];
            if (seen >= rank) {
                return v;
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + n);
    }
}
