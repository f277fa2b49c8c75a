/**
 * The parts of a check-in that sit beside the token: a {@link io.github.spbe4j.attendance.checkin.ReplayGuard}
 * that lets each employee use each location token once (many employees scan the same code, each only
 * once), with a bounded, thread-safe in-memory implementation, and a
 * {@link io.github.spbe4j.attendance.checkin.Geofence} around a location, measured by the haversine
 * distance on a sphere. The check-in verifier that combines them with the token is planned.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 *
 * <p>Provisional: an early package of an early module; its API may change in a minor release.
 */
@NullMarked
@Provisional("an early package: the check-in verifier that uses it does not exist yet")
package io.github.spbe4j.attendance.checkin;

import io.github.spbe4j.core.Provisional;
import org.jspecify.annotations.NullMarked;
