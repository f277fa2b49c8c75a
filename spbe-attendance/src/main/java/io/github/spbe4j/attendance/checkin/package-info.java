/**
 * The parts of a check-in that sit beside the token: a {@link io.github.spbe4j.attendance.checkin.ReplayGuard}
 * that lets each employee use each location token once (many employees scan the same code, each only
 * once), with a bounded, thread-safe in-memory implementation, and a
 * {@link io.github.spbe4j.attendance.checkin.Geofence} around a location, measured by the haversine
 * distance on a sphere, and the {@link io.github.spbe4j.attendance.checkin.CheckInVerifier} that
 * combines them with the token, the device's ES256 signature (keys in a
 * {@link io.github.spbe4j.attendance.checkin.DeviceRegistry}) and the client's risk flags under a
 * {@link io.github.spbe4j.attendance.checkin.CheckInPolicy}, answering each
 * {@link io.github.spbe4j.attendance.checkin.Scan} with a sealed
 * {@link io.github.spbe4j.attendance.checkin.CheckInResult}.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 *
 * <p>Provisional: an early package of an early module; its API may change in a minor release.
 */
@NullMarked
@Provisional("an early package: the policy and the reasons may still change before 1.0")
package io.github.spbe4j.attendance.checkin;

import io.github.spbe4j.core.Provisional;
import org.jspecify.annotations.NullMarked;
