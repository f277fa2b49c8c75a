/**
 * The monthly attendance recap: per employee and per agency (OPD), the working days of a month, the days
 * present, lateness and early leave by band, missing check-outs, absences, days worked off schedule, the
 * allowance deduction, and the unexcused-absence thresholds of PP 94/2021 flagged. A
 * {@link io.github.spbe4j.attendance.recap.RecapPlan} says what to recap; its
 * {@link io.github.spbe4j.attendance.recap.RecapAccumulator} takes records one at a time, in any order,
 * keeping a few counters per employee and never the records; the result is an immutable
 * {@link io.github.spbe4j.attendance.recap.MonthlyRecap}.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 *
 * <p>Provisional: an early package of an early module; its API may change in a minor release.
 */
@NullMarked
@Provisional("an early package: the recap's figures and their grouping may change")
package io.github.spbe4j.attendance.recap;

import io.github.spbe4j.core.Provisional;
import org.jspecify.annotations.NullMarked;
