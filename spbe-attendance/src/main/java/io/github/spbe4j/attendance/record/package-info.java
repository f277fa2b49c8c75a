/**
 * Attendance records: an employee's {@link io.github.spbe4j.attendance.record.AttendanceRecord} for a
 * working day, made of a check-in and, once the employee leaves, a check-out, each a
 * {@link io.github.spbe4j.attendance.record.Punch} (the instant, its local time and zone, how it was
 * taken and whether it was verified), and the {@link io.github.spbe4j.attendance.record.AttendanceLedger}
 * that keeps at most one open record per employee and never lets two records overlap.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 *
 * <p>Provisional: an early package of an early module; its API may change in a minor release.
 */
@NullMarked
@Provisional("an early package: records are new in this release")
package io.github.spbe4j.attendance.record;

import io.github.spbe4j.core.Provisional;
import org.jspecify.annotations.NullMarked;
