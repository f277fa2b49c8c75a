package io.github.spbe4j.complaints.metrics;

import io.github.spbe4j.complaints.InvalidComplaintException;
import io.github.spbe4j.core.Problem;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a step took across a group of complaints, in whole working days: how many complaints took it,
 * and the median and 90th percentile of their durations by the <em>nearest-rank</em> method — the
 * {@code ⌈p·n/100⌉}-th smallest of the {@code n} durations, so always one of the durations themselves (the
 * median of an even count is the lower of the two middle values). Immutable and thread-safe.
 *
 * @param count how many complaints took the step
 * @param median the 50th percentile, empty when the count is 0
 * @param p90 the 90th percentile, empty when the count is 0
 * @since 0.1.0
 */
public record Durations(int count, Optional<Integer> median, Optional<Integer> p90) {

    private static final Durations NONE = new Durations(0, Optional.empty(), Optional.empty());

    /**
     * Checks that the percentiles are there exactly when something was counted, and ordered.
     *
     * @param count the count, 0 or more
     * @param median the median
     * @param p90 the 90th percentile
     * @throws InvalidComplaintException if not
     */
    public Durations {
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(p90, "p90");
        boolean some = count > 0;
        if (count < 0 || median.isPresent() != some || p90.isPresent() != some
                || (some && (median.get() < 0 || p90.get() < median.get()))) {
            throw new InvalidComplaintException(Problem.of("count", "Durations", "durations of " + count + " complaints with median "
                    + median.map(String::valueOf).orElse("none") + " and 90th percentile " + p90.map(String::valueOf).orElse("none")
                    + "; they need a count of 0 or more, percentiles exactly when it is above 0, and 0 <= median <= p90",
                    String.valueOf(count)));
        }
    }

    /**
     * Returns the durations of no complaint.
     *
     * @return count 0, no percentiles
     */
    public static Durations none() {
        return NONE;
    }

    /**
     * Returns the nearest-rank percentiles of a list of durations.
     *
     * @param days the durations in working days, each 0 or more, in any order
     * @return the durations
     */
    public static Durations of(int... days) {
        Histogram h = new Histogram();
        for (int d : days) {
            h.add(d);
        }
        return h.durations();
    }

    /** Returns e.g. {@code 12 complaints, median 2, p90 5}, or {@code none}. */
    @Override
    public String toString() {
        return count == 0 ? "none" : count + (count == 1 ? " complaint" : " complaints") + ", median " + median.get() + ", p90 " + p90.get();
    }
}
