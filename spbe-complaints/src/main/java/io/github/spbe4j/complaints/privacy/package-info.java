/**
 * Privacy of complaints: the {@link io.github.spbe4j.complaints.privacy.Redactor}, which masks personal
 * data — NIK, NIP, Indonesian phone numbers, e-mail addresses and other numbers of 16 digits or more —
 * in free text before it is shown on a public portal, and reports what kinds it masked, never the
 * values; and the {@link io.github.spbe4j.complaints.privacy.PublicProjection}, the one place that
 * decides what of a complaint a public portal, the public JSON and Open311 may show.
 *
 * <p>Provisional: an early package of an early module; its API may change in a minor release.
 */
@NullMarked
@Provisional("an early package of an early module")
package io.github.spbe4j.complaints.privacy;

import io.github.spbe4j.core.Provisional;
import org.jspecify.annotations.NullMarked;
