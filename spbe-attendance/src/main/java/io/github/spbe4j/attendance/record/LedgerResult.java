package io.github.spbe4j.attendance.record;

import java.util.Objects;

/**
 * What an {@link AttendanceLedger} did with a check-in, a check-out or a record: recorded it, or refused
 * it with the rule it would break. A refusal changes nothing.
 *
 * @since 0.1.0
 */
public sealed interface LedgerResult permits LedgerResult.Recorded, LedgerResult.Refused {

    /**
     * Returns whether the ledger recorded it.
     *
     * @return {@code true} for {@link Recorded}
     */
    boolean recorded();

    /**
     * The ledger recorded it.
     *
     * @param record the record as it now stands in the ledger
     * @since 0.1.0
     */
    record Recorded(AttendanceRecord record) implements LedgerResult {

        /** Checks the argument. */
        public Recorded {
            Objects.requireNonNull(record, "record");
        }

        @Override
        public boolean recorded() {
            return true;
        }
    }

    /**
     * The ledger refused it.
     *
     * @param reason the rule it would break
     * @param detail a sentence for a person: the employee, the times and the rule
     * @since 0.1.0
     */
    record Refused(Refusal reason, String detail) implements LedgerResult {

        /** Checks the arguments. */
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public boolean recorded() {
            return false;
        }
    }

    /**
     * Why an {@link AttendanceLedger} refused.
     *
     * @since 0.1.0
     */
    enum Refusal {
        /** A check-in while the employee's record of the last 24 hours is still open. */
        ALREADY_OPEN,
        /** A check-out without an open record of the last 24 hours. */
        NOT_OPEN,
        /** A check-in that is not after the end of the employee's latest record. */
        OUT_OF_ORDER,
        /** A record that would share an instant with another record of the same employee. */
        OVERLAPS,
        /**
         * A record that breaks a rule of {@link AttendanceRecord}: a check-in on another date than the
         * record's, a check-out not after the check-in, a record of 24 hours or more.
         */
        INVALID
    }
}
