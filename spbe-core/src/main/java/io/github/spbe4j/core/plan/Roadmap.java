package io.github.spbe4j.core.plan;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A multi-year way to a target with at most a given number of levels per indicator per year: the
 * yearly plans of the cheapest roadmap (of the cheapest, the one that reaches the target soonest), and
 * what reaching it in fewer years would cost.
 *
 * <p>Immutable and thread-safe.
 *
 * @param years the plan of each year, the first for the year after the assessment's; each plan's
 *     changes start where the previous year's ended, and its score card is the state at the year's end
 * @param yearReached the calendar year at whose evaluation the target is met: the assessment's year plus
 *     the number of yearly plans
 * @param cost the total cost over all years
 * @param costByYears the least total cost of reaching the target within each number of years, from the
 *     fewest years possible to the number this roadmap takes (beyond it the cost does not fall)
 * @since 0.1.0
 */
public record Roadmap(List<Plan> years, int yearReached, long cost, SortedMap<Integer, Long> costByYears) {

    /** Checks for nulls and copies the lists. */
    public Roadmap {
        years = List.copyOf(years);
        costByYears = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(costByYears, "costByYears")));
    }
}
