/**
 * Open311 GeoReport v2, the international interface of non-emergency service requests: the catalog's
 * services that accept complaints as Open311 services and service definitions
 * ({@link io.github.spbe4j.complaints.open311.Open311Services}), requests for export with their status,
 * notes and the {@code notes[]} history extension ({@link io.github.spbe4j.complaints.open311.ServiceRequest}),
 * the import of a POSTed request with the specification's required fields and error format
 * ({@link io.github.spbe4j.complaints.open311.PostImport}), and the writers of every response in JSON and
 * in XML, the format the specification requires ({@link io.github.spbe4j.complaints.open311.Open311Format}).
 *
 * <p>Provisional: an early package of an early module; its API may change in a minor release.
 */
@NullMarked
@Provisional("Open311 GeoReport v2 export and import, new in the complaints module")
package io.github.spbe4j.complaints.open311;

import io.github.spbe4j.core.Provisional;
import org.jspecify.annotations.NullMarked;
