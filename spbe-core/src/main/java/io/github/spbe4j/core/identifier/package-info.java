/**
 * Indonesian identifiers as validated value types: NIK, NIP (PNS and PPPK), NIB, NPWP, KBLI and
 * region codes (kode wilayah) tagged with their coding scheme.
 *
 * <p>Each type reads text two ways. {@code parse} is strict: ASCII digits only (region codes also in
 * their dotted form, NPWP also in its display form), and any broken rule throws an
 * {@link io.github.spbe4j.core.identifier.InvalidIdentifierException} whose message is one sentence
 * naming the identifier type, the rule and the value. {@code check} is lenient: it first removes
 * whitespace, dots and dashes, and returns an
 * {@link io.github.spbe4j.core.identifier.IdentifierCheck} listing problems, or the value with any
 * warnings. Every value's {@code toString()} is its canonical text and {@code parse} reads it back.
 *
 * <p>Only the layout facts of the reference are encoded; no checksum or registry lookup is implied.
 * Nothing in this package is null: parameters and results are non-null unless marked.
 */
@NullMarked
package io.github.spbe4j.core.identifier;

import org.jspecify.annotations.NullMarked;
