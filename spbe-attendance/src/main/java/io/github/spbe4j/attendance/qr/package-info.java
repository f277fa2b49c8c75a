/**
 * QR codes for location tokens: a {@link io.github.spbe4j.attendance.qr.QrCode} holds the module
 * matrix of a token's text, encoded in alphanumeric mode at an
 * {@link io.github.spbe4j.attendance.qr.ErrorCorrection} level chosen in
 * {@link io.github.spbe4j.attendance.qr.QrOptions} (M unless told), and writes it as PNG bytes or as SVG
 * text of one path. The matrix comes from ZXing's encoder; both images are written here, and nothing is
 * fetched.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 *
 * <p>Provisional: an early package of an early module; its API may change in a minor release.
 */
@NullMarked
@Provisional("an early package: options and image details may still change before 1.0")
package io.github.spbe4j.attendance.qr;

import io.github.spbe4j.core.Provisional;
import org.jspecify.annotations.NullMarked;
