/**
 * The complaint (pengaduan) as SP4N-LAPOR! and a city's own complaint app handle it: the
 * {@link io.github.spbe4j.complaints.Complaint} value — what the resident sent (its
 * {@link io.github.spbe4j.complaints.ComplaintType type}, title and text, topic, service, location,
 * attachments, channel and reporter), its {@link io.github.spbe4j.complaints.Privacy privacy flags}
 * Anonim and Rahasia, whose changes only set flags and are recorded, and its lifecycle — and the
 * {@link io.github.spbe4j.complaints.TopicTree hierarchical topics} a city sorts complaints by. The
 * lifecycle is in {@link io.github.spbe4j.complaints.lifecycle}, the public projection and redaction in
 * {@link io.github.spbe4j.complaints.privacy}; the SLA clock is planned.
 *
 * <p>Provisional: an early package of an early module; its API may change in a minor release.
 */
@NullMarked
@Provisional("an early package: the complaint, its parts and the topic tree are new and may still change")
package io.github.spbe4j.complaints;

import io.github.spbe4j.core.Provisional;
import org.jspecify.annotations.NullMarked;
