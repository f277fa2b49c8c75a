package io.github.spbe4j.attendance.record;

import io.github.spbe4j.core.identifier.Nip;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An in-memory book of attendance records, per employee in time order, that keeps two rules: an employee
 * has at most one open record, and no two records of an employee overlap. Thread-safe: every operation is
 * atomic, so two check-ins of one employee racing each other give one record and one refusal.
 *
 * <p>An open record is the employee's latest record when it has no check-out and its check-in is less
 * than {@link AttendanceRecord#MAX_LENGTH} before the punch at hand. A record left without a check-out
 * for longer (the employee forgot to check out) stays in the book without one, and the next check-in
 * starts a new record; a recap counts it as a missing check-out.
 *
 * <p>Check-ins and check-outs are expected in time order per employee; {@link #add(AttendanceRecord)}
 * enters a whole record at any time (a correction by an administrator), as long as it overlaps nothing.
 * Every refusal is a {@link LedgerResult.Refused} that changes nothing; nothing here throws for a broken
 * rule.
 *
 * <pre>{@code
 * AttendanceLedger ledger = AttendanceLedger.create();
 * ledger.checkIn(nip, day, in);     // Recorded[open record]
 * ledger.checkIn(nip, day, again);  // Refused[ALREADY_OPEN, ...]
 * ledger.checkOut(nip, out);        // Recorded[closed record]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AttendanceLedger {

    private final Map<Nip, TreeMap<Instant, AttendanceRecord>> byEmployee = new HashMap<>();

    private AttendanceLedger() {
    }

    /**
     * Returns an empty ledger.
     *
     * @return the ledger
     */
    public static AttendanceLedger create() {
        return new AttendanceLedger();
    }

    /**
     * Opens a record for an employee.
     *
     * @param employee the employee
     * @param date the working day the record counts for; the check-in's local date
     * @param checkIn the check-in
     * @return the open record, or a refusal: {@code ALREADY_OPEN}, {@code OUT_OF_ORDER} (not after the end of the
     *     employee's latest record) or {@code INVALID}
     */
    public synchronized LedgerResult checkIn(Nip employee, LocalDate date, Punch checkIn) {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(checkIn, "checkIn");
        Optional<AttendanceRecord> open = openAt(employee, checkIn);
        if (open.isPresent()) {
            return new LedgerResult.Refused(LedgerResult.Refusal.ALREADY_OPEN, "the record of " + open.get()
                    + " is still open; check out before checking in again");
        }
        TreeMap<Instant, AttendanceRecord> existing = byEmployee.get(employee);
        if (existing != null && !existing.isEmpty() && !checkIn.at().isAfter(existing.lastEntry().getValue().end())) {
            return new LedgerResult.Refused(LedgerResult.Refusal.OUT_OF_ORDER, "the check-in of " + employee + " at "
                    + checkIn.localDateTime() + " " + checkIn.zoneLabel() + " is not after the latest record, "
                    + existing.lastEntry().getValue() + "; check-ins come in time order, corrections go through add");
        }
        AttendanceRecord record;
        try {
            record = AttendanceRecord.open(employee, date, checkIn);
        } catch (InvalidRecordException e) {
            return new LedgerResult.Refused(LedgerResult.Refusal.INVALID, e.getMessage());
        }
        return insert(record);
    }

    /**
     * Closes the employee's open record.
     *
     * @param employee the employee
     * @param checkOut the check-out
     * @return the closed record, or a refusal: {@code NOT_OPEN}, {@code OVERLAPS} or {@code INVALID}
     */
    public synchronized LedgerResult checkOut(Nip employee, Punch checkOut) {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(checkOut, "checkOut");
        Optional<AttendanceRecord> open = openAt(employee, checkOut);
        if (open.isEmpty()) {
            return new LedgerResult.Refused(LedgerResult.Refusal.NOT_OPEN, employee + " has no open record of the "
                    + "24 hours before " + checkOut.localDateTime() + " " + checkOut.zoneLabel() + " to check out of");
        }
        AttendanceRecord closed;
        try {
            closed = open.get().close(checkOut);
        } catch (InvalidRecordException e) {
            return new LedgerResult.Refused(LedgerResult.Refusal.INVALID, e.getMessage());
        }
        TreeMap<Instant, AttendanceRecord> records = byEmployee.get(employee);
        var next = records.higherEntry(closed.checkIn().at());
        if (next != null && next.getValue().overlaps(closed)) {
            return overlap(closed, next.getValue());
        }
        records.put(closed.checkIn().at(), closed);
        return new LedgerResult.Recorded(closed);
    }

    /**
     * Enters a whole record, open or closed, at any point in time: a correction, or records read from a
     * file.
     *
     * @param record the record
     * @return the record, or a refusal: {@code OVERLAPS}; {@code ALREADY_OPEN} when the employee has an open
     *     record at its check-in, or when it is open and the employee has a later record
     */
    public synchronized LedgerResult add(AttendanceRecord record) {
        Objects.requireNonNull(record, "record");
        Optional<AttendanceRecord> open = openAt(record.employee(), record.checkIn().at());
        if (open.isPresent()) {
            return new LedgerResult.Refused(LedgerResult.Refusal.ALREADY_OPEN, "the record of " + open.get()
                    + " is still open at the check-in of " + record + "; close it first");
        }
        TreeMap<Instant, AttendanceRecord> records = byEmployee.get(record.employee());
        if (record.isOpen() && records != null && !records.isEmpty()
                && records.lastKey().isAfter(record.checkIn().at())) {
            return new LedgerResult.Refused(LedgerResult.Refusal.ALREADY_OPEN, "the record of " + record
                    + " has no check-out, but a later record exists; only the latest record may be open");
        }
        return insert(record);
    }

    /**
     * Returns the employee's open record at an instant: the latest record, when it has no check-out and
     * began less than 24 hours before.
     *
     * @param employee the employee
     * @param at the instant
     * @return the open record
     */
    public synchronized Optional<AttendanceRecord> open(Nip employee, Instant at) {
        return openAt(employee, Objects.requireNonNull(at, "at"));
    }

    /**
     * Returns an employee's records in time order.
     *
     * @param employee the employee
     * @return the records, a copy
     */
    public synchronized List<AttendanceRecord> records(Nip employee) {
        TreeMap<Instant, AttendanceRecord> records = byEmployee.get(Objects.requireNonNull(employee, "employee"));
        return records == null ? List.of() : List.copyOf(records.values());
    }

    /**
     * Returns every record, employee by employee, each employee's in time order.
     *
     * @return the records, a copy
     */
    public synchronized List<AttendanceRecord> records() {
        List<AttendanceRecord> all = new ArrayList<>();
        byEmployee.values().forEach(r -> all.addAll(r.values()));
        return List.copyOf(all);
    }

    private Optional<AttendanceRecord> openAt(Nip employee, Punch punch) {
        return openAt(employee, punch.at());
    }

    private Optional<AttendanceRecord> openAt(Nip employee, Instant at) {
        TreeMap<Instant, AttendanceRecord> records = byEmployee.get(employee);
        if (records == null || records.isEmpty()) {
            return Optional.empty();
        }
        AttendanceRecord latest = records.lastEntry().getValue();
        boolean open = latest.isOpen() && !latest.checkIn().at().isAfter(at)
                && Duration.between(latest.checkIn().at(), at).compareTo(AttendanceRecord.MAX_LENGTH) < 0;
        return open ? Optional.of(latest) : Optional.empty();
    }

    private LedgerResult insert(AttendanceRecord record) {
        TreeMap<Instant, AttendanceRecord> records = byEmployee.computeIfAbsent(record.employee(),
                k -> new TreeMap<>());
        var before = records.floorEntry(record.checkIn().at());
        if (before != null && before.getValue().overlaps(record)) {
            return overlap(record, before.getValue());
        }
        var after = records.higherEntry(record.checkIn().at());
        if (after != null && after.getValue().overlaps(record)) {
            return overlap(record, after.getValue());
        }
        records.put(record.checkIn().at(), record);
        return new LedgerResult.Recorded(record);
    }

    private static LedgerResult overlap(AttendanceRecord record, AttendanceRecord other) {
        return new LedgerResult.Refused(LedgerResult.Refusal.OVERLAPS, "the record " + record
                + " overlaps the record " + other + "; an employee's records never overlap");
    }
}
