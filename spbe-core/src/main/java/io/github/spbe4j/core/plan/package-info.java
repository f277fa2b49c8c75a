/**
 * The exact improvement planner: the cheapest level changes that bring an assessment to a target
 * index or predikat, the highest index a budget reaches, and a roadmap over several years.
 *
 * <p>{@link io.github.spbe4j.core.plan.Planner} answers from a score card and a
 * {@link io.github.spbe4j.core.plan.CostModel}; its plans are exact optima, found by dynamic
 * programming over the exact integer contributions of level steps, never by a heuristic. See
 * docs/planning.md.
 */
@NullMarked
@Provisional("new in this release: the shape of plans and cost models may still change")
package io.github.spbe4j.core.plan;

import io.github.spbe4j.core.Provisional;
import org.jspecify.annotations.NullMarked;
