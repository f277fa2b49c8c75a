package io.github.spbe4j.attendance.anomaly;

import io.github.spbe4j.attendance.checkin.Fix;
import io.github.spbe4j.attendance.record.AttendanceRecord;
import io.github.spbe4j.attendance.record.InvalidRecordException;
import io.github.spbe4j.attendance.record.Punch;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.identifier.Nip;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One punch of one record, as a finding names it: the {@link AttendanceRecord} and which of its punches,
 * the check-in or the check-out. Immutable.
 *
 * <p>Ordered by the punch's instant, then the employee, the record's date, check-in before check-out, and
 * last the rest of the record, so that a list of them sorts the same way whatever order the records came
 * in; the order agrees with {@code equals}.
 *
 * <pre>{@code
 * PunchRef ref = PunchRef.checkIn(record);
 * ref.punch();   // record.checkIn()
 * }</pre>
 *
 * @param record the record
 * @param side which punch of the record
 * @since 0.1.0
 */
public record PunchRef(AttendanceRecord record, Side side) implements Comparable<PunchRef> {

    /** Which punch of a record. */
    public enum Side {
        /** The record's check-in. */
        CHECK_IN,
        /** The record's check-out. */
        CHECK_OUT;

        /**
         * Returns the side in words: {@code "check-in"} or {@code "check-out"}.
         *
         * @return the words
         */
        public String words() {
            return this == CHECK_IN ? "check-in" : "check-out";
        }
    }

    private static final Comparator<PunchRef> ORDER = Comparator.comparing(PunchRef::at)
            .thenComparing(PunchRef::employee)
            .thenComparing(r -> r.record.date())
            .thenComparing(PunchRef::side)
            .thenComparing(r -> r.record.checkIn().at())
            .thenComparing(r -> r.record.end())
            .thenComparing(r -> canonical(r.record));

    /**
     * Checks that the record has the punch.
     *
     * @throws InvalidRecordException when the side is {@link Side#CHECK_OUT} and the record has no check-out
     */
    public PunchRef {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(side, "side");
        if (side == Side.CHECK_OUT && record.isOpen()) {
            throw new InvalidRecordException(Problem.of("side", AttendanceRecord.RULE, "the record of " + record.employee()
                    + " on " + record.date() + " has no check-out to refer to", side.name()));
        }
    }

    /**
     * Returns the record's check-in.
     *
     * @param record the record
     * @return the reference
     */
    public static PunchRef checkIn(AttendanceRecord record) {
        return new PunchRef(record, Side.CHECK_IN);
    }

    /**
     * Returns the record's check-out.
     *
     * @param record the record, with a check-out
     * @return the reference
     * @throws InvalidRecordException when the record has no check-out
     */
    public static PunchRef checkOut(AttendanceRecord record) {
        return new PunchRef(record, Side.CHECK_OUT);
    }

    /**
     * Returns the punch referred to.
     *
     * @return the check-in or the check-out
     */
    public Punch punch() {
        return side == Side.CHECK_IN ? record.checkIn() : record.checkOut().orElseThrow();
    }

    /**
     * Returns the record's employee.
     *
     * @return the NIP
     */
    public Nip employee() {
        return record.employee();
    }

    /**
     * Returns the punch's instant.
     *
     * @return the instant
     */
    public Instant at() {
        return punch().at();
    }

    @Override
    public int compareTo(PunchRef other) {
        return ORDER.compare(this, other);
    }

    /**
     * Returns the employee, the side, the local date and time with the zone, and whatever of location,
     * device and fix the punch carries, e.g.
     * {@code 199001012020121001 check-in 2026-03-02T07:01 WIB at KANTOR-A on phone-1 fix -6.1754,106.8272 ±12 m}.
     */
    @Override
    public String toString() {
        Punch p = punch();
        StringBuilder sb = new StringBuilder().append(record.employee()).append(' ').append(side.words()).append(' ')
                .append(p.localDateTime()).append(' ').append(p.zoneLabel());
        p.location().ifPresent(l -> sb.append(" at ").append(l));
        p.device().ifPresent(d -> sb.append(" on ").append(d));
        p.fix().ifPresent(f -> sb.append(" fix ").append(f.point()).append(" \u00b1").append(Words.metres(f.accuracyMetres())));
        return sb.toString();
    }

    /** Every part of a record in text, so that two records compare equal only when they are equal. */
    private static String canonical(AttendanceRecord record) {
        return canonical(record.checkIn()) + "|" + record.checkOut().map(PunchRef::canonical).orElse("-");
    }

    private static String canonical(Punch p) {
        return p.at() + " " + p.zone().getId() + " " + p.method() + " " + p.outcome() + " " + new TreeSet<>(p.marks())
                + " " + p.location().orElse("-") + " " + p.device().orElse("-") + " "
                + p.fix().map(PunchRef::canonical).orElse("-");
    }

    private static String canonical(Fix fix) {
        return fix.point() + "~" + Double.toString(fix.accuracyMetres());
    }
}
