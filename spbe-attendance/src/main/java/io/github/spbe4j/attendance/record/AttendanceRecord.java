package io.github.spbe4j.attendance.record;

import io.github.spbe4j.core.identifier.Nip;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An employee's attendance for one working day: the check-in and, once the employee left, the check-out.
 * Immutable.
 *
 * <p>Rules, checked when a record is made: the check-in falls on the record's date in its own zone (a
 * night shift that starts on Monday evening is Monday's record even when it ends on Tuesday); the
 * check-out, when there is one, is strictly after the check-in; and a record is shorter than
 * {@link #MAX_LENGTH}.
 *
 * <pre>{@code
 * AttendanceRecord r = AttendanceRecord.open(nip, LocalDate.of(2026, 3, 2), in).close(out);
 * r.duration();   // Optional[PT8H35M]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AttendanceRecord {

    /** The rule name of record problems in messages. */
    public static final String RULE = "AttendanceRecord";

    /** A record is strictly shorter than this: 24 hours. */
    public static final Duration MAX_LENGTH = Duration.ofHours(24);

    private final Nip employee;
    private final LocalDate date;
    private final Punch checkIn;
    private final @Nullable Punch checkOut;

    private AttendanceRecord(Nip employee, LocalDate date, Punch checkIn, @Nullable Punch checkOut) {
        this.employee = Objects.requireNonNull(employee, "employee");
        this.date = Objects.requireNonNull(date, "date");
        this.checkIn = Objects.requireNonNull(checkIn, "checkIn");
        if (!checkIn.localDate().equals(date)) {
            throw InvalidRecordException.of("checkIn", RULE, "the check-in of " + employee + " is on "
                    + checkIn.localDate() + " " + checkIn.zoneLabel() + "; a record's check-in falls on its date, "
                    + date, checkIn.localDateTime().toString());
        }
        if (checkOut != null) {
            if (!checkOut.at().isAfter(checkIn.at())) {
                throw InvalidRecordException.of("checkOut", RULE, "the check-out of " + employee + " on " + date
                        + " is at " + checkOut.localDateTime() + " " + checkOut.zoneLabel()
                        + "; it must be after the check-in at " + checkIn.localDateTime() + " " + checkIn.zoneLabel(),
                        checkOut.localDateTime().toString());
            }
            Duration length = Duration.between(checkIn.at(), checkOut.at());
            if (length.compareTo(MAX_LENGTH) >= 0) {
                throw InvalidRecordException.of("checkOut", RULE, "the record of " + employee + " on " + date
                        + " lasts " + length + "; a record is shorter than 24 hours", checkOut.localDateTime().toString());
            }
        }
        this.checkOut = checkOut;
    }

    /**
     * Returns a record with a check-in and no check-out yet.
     *
     * @param employee the employee
     * @param date the working day the record counts for; the check-in's local date
     * @param checkIn the check-in
     * @return the record
     * @throws InvalidRecordException when the check-in is on another date
     */
    public static AttendanceRecord open(Nip employee, LocalDate date, Punch checkIn) {
        return new AttendanceRecord(employee, date, checkIn, null);
    }

    /**
     * Returns a record with a check-in and a check-out.
     *
     * @param employee the employee
     * @param date the working day the record counts for; the check-in's local date
     * @param checkIn the check-in
     * @param checkOut the check-out, strictly after the check-in and less than 24 hours later
     * @return the record
     * @throws InvalidRecordException when a rule of the record is broken
     */
    public static AttendanceRecord of(Nip employee, LocalDate date, Punch checkIn, Punch checkOut) {
        return new AttendanceRecord(employee, date, checkIn, Objects.requireNonNull(checkOut, "checkOut"));
    }

    /**
     * Returns this record closed by a check-out.
     *
     * @param checkOut the check-out, strictly after the check-in and less than 24 hours later
     * @return the closed record
     * @throws InvalidRecordException when the record already has a check-out, or the check-out breaks a rule
     */
    public AttendanceRecord close(Punch checkOut) {
        if (this.checkOut != null) {
            throw InvalidRecordException.of("checkOut", RULE, "the record of " + employee + " on " + date
                    + " already has a check-out at " + this.checkOut.localDateTime() + " " + this.checkOut.zoneLabel(),
                    Objects.requireNonNull(checkOut, "checkOut").localDateTime().toString());
        }
        return new AttendanceRecord(employee, date, checkIn, checkOut);
    }

    /**
     * Returns the employee.
     *
     * @return the NIP
     */
    public Nip employee() {
        return employee;
    }

    /**
     * Returns the working day the record counts for.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the check-in.
     *
     * @return the check-in
     */
    public Punch checkIn() {
        return checkIn;
    }

    /**
     * Returns the check-out, when the employee checked out.
     *
     * @return the check-out
     */
    public Optional<Punch> checkOut() {
        return Optional.ofNullable(checkOut);
    }

    /**
     * Returns whether the record has no check-out.
     *
     * @return {@code true} without a check-out
     */
    public boolean isOpen() {
        return checkOut == null;
    }

    /**
     * Returns the time between check-in and check-out, when there is a check-out.
     *
     * @return the duration
     */
    public Optional<Duration> duration() {
        return checkOut == null ? Optional.empty() : Optional.of(Duration.between(checkIn.at(), checkOut.at()));
    }

    /**
     * Returns the last instant the record covers: its check-out, or its check-in while it has none.
     *
     * @return the end
     */
    public Instant end() {
        return checkOut == null ? checkIn.at() : checkOut.at();
    }

    /**
     * Returns whether this record and another of the same employee share an instant. Each covers the
     * closed interval from its check-in to its {@link #end()}; records of different employees never
     * overlap.
     *
     * @param other the other record
     * @return {@code true} when they overlap
     */
    public boolean overlaps(AttendanceRecord other) {
        return employee.equals(other.employee) && !checkIn.at().isAfter(other.end())
                && !other.checkIn.at().isAfter(end());
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof AttendanceRecord r && employee.equals(r.employee) && date.equals(r.date)
                && checkIn.equals(r.checkIn) && Objects.equals(checkOut, r.checkOut);
    }

    @Override
    public int hashCode() {
        return Objects.hash(employee, date, checkIn, checkOut);
    }

    /**
     * Returns the employee, date and local times, e.g. {@code 199001012020121001 2026-03-02 07:25-16:05 WIB}.
     */
    @Override
    public String toString() {
        return employee + " " + date + " " + checkIn.localTime() + "-"
                + (checkOut == null ? "" : checkOut.localTime()) + " " + checkIn.zoneLabel();
    }
}
