/**
 * Compact signed attendance tokens for QR codes, starting with their text encoding.
 *
 * <p>Provisional: an early package of an early module; its API may change in a minor release.
 */
@NullMarked
@Provisional("an early package: only the token text encoding exists yet")
package io.github.spbe4j.attendance.token;

import io.github.spbe4j.core.Provisional;
import org.jspecify.annotations.NullMarked;
