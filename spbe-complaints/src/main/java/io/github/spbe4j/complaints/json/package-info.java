/**
 * The complaints file ({@code spbe-complaints/1}): {@link io.github.spbe4j.complaints.json.ComplaintsJson}
 * reads and writes it. The forms it is bound to, their Jakarta Bean Validation constraints and their
 * English and Indonesian messages are internal to this package. Nothing here is {@code null}.
 *
 * <p>Provisional: an early package of an early module; its API may change in a minor release.
 */
@NullMarked
@Provisional("an early package of an early module")
package io.github.spbe4j.complaints.json;

import io.github.spbe4j.core.Provisional;
import org.jspecify.annotations.NullMarked;
