/**
 * Compact signed location tokens for QR codes: a {@link io.github.spbe4j.attendance.token.TokenBody}
 * signed by a {@link io.github.spbe4j.attendance.token.TokenKey} (HMAC-SHA256 truncated to 128 bits,
 * or Ed25519; the key id decides) into a {@link io.github.spbe4j.attendance.token.LocationToken}
 * whose one text form is {@code AT:} and Base45 (RFC 9285). A
 * {@link io.github.spbe4j.attendance.token.TokenIssuer} issues rotating and printed codes with an
 * explicit clock; a {@link io.github.spbe4j.attendance.token.TokenVerifier} answers any text with a
 * sealed {@link io.github.spbe4j.attendance.token.Verification}. The format is specified in
 * docs/token-format.md.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 *
 * <p>Provisional: an early package of an early module; its API may change in a minor release.
 */
@NullMarked
@Provisional("an early package: the token format may still change before 1.0")
package io.github.spbe4j.attendance.token;

import io.github.spbe4j.core.Provisional;
import org.jspecify.annotations.NullMarked;
