/**
 * Anomalies over attendance records: an {@link io.github.spbe4j.attendance.anomaly.AnomalyDetector} reads
 * {@link io.github.spbe4j.attendance.record.AttendanceRecord records} of a day or a month, in any order,
 * and reports the patterns of proxy attendance as a sealed family of
 * {@link io.github.spbe4j.attendance.anomaly.Anomaly findings}: the same point reported by many employees
 * (fake-GPS apps repeat a fixed point), one device used by several employees, and impossible travel
 * between an employee's consecutive punches. Each finding names the punches behind it as
 * {@link io.github.spbe4j.attendance.anomaly.PunchRef}s. The thresholds are an
 * {@link io.github.spbe4j.attendance.anomaly.AnomalyPolicy}, whose defaults are chosen defaults, not
 * official figures. A finding is a lead for a reviewer, not a verdict.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 *
 * <p>Provisional: an early package of an early module; its API may change in a minor release.
 */
@NullMarked
@Provisional("an early package: anomaly detection is new in this release")
package io.github.spbe4j.attendance.anomaly;

import io.github.spbe4j.core.Provisional;
import org.jspecify.annotations.NullMarked;
