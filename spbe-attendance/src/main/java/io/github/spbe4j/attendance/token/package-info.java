/**
 * Compact signed attendance tokens for QR codes, starting with their text encoding.
 */
@NullMarked
package io.github.spbe4j.attendance.token;

import org.jspecify.annotations.NullMarked;
