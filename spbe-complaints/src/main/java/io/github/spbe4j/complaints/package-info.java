/**
 * The complaint (pengaduan) as SP4N-LAPOR! handles it — today its first value types: the
 * {@link io.github.spbe4j.complaints.ComplaintType type of report} and the two
 * {@link io.github.spbe4j.complaints.Privacy privacy flags}, Anonim and Rahasia. Its lifecycle is in
 * {@link io.github.spbe4j.complaints.lifecycle}; the complaint itself and its SLA clock are planned.
 *
 * <p>Provisional: an early package of an early module; its API may change in a minor release.
 */
@NullMarked
@Provisional("an early package: only the type of report and the privacy flags exist yet")
package io.github.spbe4j.complaints;

import io.github.spbe4j.core.Provisional;
import org.jspecify.annotations.NullMarked;
