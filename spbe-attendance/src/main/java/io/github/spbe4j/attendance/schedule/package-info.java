/**
 * Working schedules and lateness rules as data: the civil service's working hours of Perpres 21/2023,
 * the Ramadan hours and dates, an agency's own hours and shifts, and an agency's bands of lateness
 * (TL1..TL4) and early leave (PSW1..PSW4) with their allowance deductions, read from a JSON file.
 * Nothing here is {@code null}.
 *
 * <p>Provisional: an early package of an early module; its API may change in a minor release.
 */
@NullMarked
@Provisional("an early package: schedules and the rules file may still change before 1.0")
package io.github.spbe4j.attendance.schedule;

import io.github.spbe4j.core.Provisional;
import org.jspecify.annotations.NullMarked;
