/**
 * Working days in Indonesia: the national holidays (libur nasional) and collective leave (cuti
 * bersama) of 2024-2026 as data with their decrees, a region's own days, and a working-day calendar
 * that counts whose working days it is asked about (civil servants or private employers). Counting
 * never stops at New Year: a year without a decree is counted on estimated holidays, and the
 * {@link io.github.spbe4j.core.calendar.Deadline} says it is provisional and names the estimated days.
 */
@NullMarked
package io.github.spbe4j.core.calendar;

import org.jspecify.annotations.NullMarked;
