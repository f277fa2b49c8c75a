/**
 * The SLA clock of a complaint: the deadlines of its stages — {@link io.github.spbe4j.complaints.sla.Stage#VERIFICATION
 * verification}, {@link io.github.spbe4j.complaints.sla.Stage#FOLLOW_UP follow-up} and
 * {@link io.github.spbe4j.complaints.sla.Stage#SETTLEMENT settlement} — counted in working (or calendar) days
 * under a {@link io.github.spbe4j.complaints.sla.SlaPolicy}, paused, resumed and reset by
 * {@link io.github.spbe4j.complaints.sla.ClockEvent clock events}, and read at any instant as an
 * {@link io.github.spbe4j.complaints.sla.SlaStatus} by an {@link io.github.spbe4j.complaints.sla.SlaClock}.
 *
 * <p>The counting rule, used everywhere: "N working days after an event" is the N-th working day after
 * the event's local date in the agency's time zone, the event's day not counted; the deadline holds
 * until the end of that day in that zone. "N calendar days after an event" likewise is the N-th day after
 * the event's local date, until the end of that day.
 *
 * <p>Provisional: an early package of an early module; its API may change in a minor release.
 */
@NullMarked
@Provisional("an early package of an early module")
package io.github.spbe4j.complaints.sla;

import io.github.spbe4j.core.Provisional;
import org.jspecify.annotations.NullMarked;
