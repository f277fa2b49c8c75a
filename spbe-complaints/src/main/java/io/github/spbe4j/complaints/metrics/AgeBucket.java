package io.github.spbe4j.complaints.metrics;

import java.util.OptionalInt;

/**
 * How old an open complaint is at the instant of a report, in working days since its submission's local
 * date (the submission's day not counted, as every SLA count). The bounds follow the SP4N-LAPOR! figures
 * and the topic tiers: 3 working days to verify, 5 to follow up (and the normative tier), 14 (the
 * non-supervisory tier) and 60 (the tier that needs examination, and the settlement's figure).
 *
 * @since 0.1.0
 */
public enum AgeBucket {

    /** 0 to 3 working days: within the verification figure. */
    UP_TO_3("0-3", 0, 3),
    /** 4 to 5 working days. */
    UP_TO_5("4-5", 4, 5),
    /** 6 to 14 working days. */
    UP_TO_14("6-14", 6, 14),
    /** 15 to 60 working days. */
    UP_TO_60("15-60", 15, 60),
    /** More than 60 working days. */
    OVER_60("over-60", 61, -1);

    private final String id;
    private final int low;
    private final int high;

    AgeBucket(String id, int low, int high) {
        this.id = id;
        this.low = low;
        this.high = high;
    }

    /**
     * Returns the word a report writes for the bucket: {@code 0-3}, {@code 4-5}, {@code 6-14}, {@code 15-60},
     * {@code over-60}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the fewest working days in the bucket.
     *
     * @return the lower bound, included
     */
    public int low() {
        return low;
    }

    /**
     * Returns the most working days in the bucket.
     *
     * @return the upper bound, included; empty for the last bucket
     */
    public OptionalInt high() {
        return high < 0 ? OptionalInt.empty() : OptionalInt.of(high);
    }

    /**
     * Returns the bucket of an age.
     *
     * @param workingDays the age in working days, 0 or more
     * @return its bucket
     */
    public static AgeBucket of(int workingDays) {
        if (workingDays <= 3) {
            return UP_TO_3;
        }
        if (workingDays <= 5) {
            return UP_TO_5;
        }
        if (workingDays <= 14) {
            return UP_TO_14;
        }
        return workingDays <= 60 ? UP_TO_60 : OVER_60;
    }

    @Override
    public String toString() {
        return id;
    }
}
