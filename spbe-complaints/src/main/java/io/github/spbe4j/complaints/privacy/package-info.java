/**
 * Privacy of complaints: the {@link io.github.spbe4j.complaints.privacy.Redactor}, which masks personal
 * data — NIK, NIP, Indonesian phone numbers, e-mail addresses and other numbers of 16 digits or more —
 * in free text before it is shown on a public portal, and reports what kinds it masked, never the
 * values.
 *
 * <p>Provisional: an early package of an early module; its API may change in a minor release.
 */
@NullMarked
@Provisional("an early package: only the redaction of free text exists yet")
package io.github.spbe4j.complaints.privacy;

import io.github.spbe4j.core.Provisional;
import org.jspecify.annotations.NullMarked;
