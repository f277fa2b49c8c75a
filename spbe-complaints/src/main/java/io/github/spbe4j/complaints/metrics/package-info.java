/**
 * The figures an agency reports about its complaints, for one period of submission dates and at one
 * instant: counts by state, time to verification and to follow-up in working days (median and 90th
 * percentile), the share of each SLA stage met on time, the resolution and reopen rates and the ageing of
 * the backlog — overall, per agency (OPD), per topic and per month. {@link io.github.spbe4j.complaints.metrics.ComplaintMetrics}
 * computes them in one pass.
 *
 * <p>Provisional: an early package of an early module; its API may change in a minor release.
 */
@NullMarked
@Provisional("an early package: the figures and their grouping may change")
package io.github.spbe4j.complaints.metrics;

import io.github.spbe4j.core.Provisional;
import org.jspecify.annotations.NullMarked;
