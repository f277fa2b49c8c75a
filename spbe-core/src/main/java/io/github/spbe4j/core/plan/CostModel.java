package io.github.spbe4j.core.plan;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.internal.Text;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What raising indicators costs: a cost per level step for each indicator (the default cost for those
 * not listed, 1 unless changed), the indicators that cannot change, the indicators fed by evidence or
 * an external index that may be planned anyway (up to a level), and an optional cap on the levels an
 * indicator may rise in one cycle.
 *
 * <p>A level step takes an indicator to its next whole level: from 2 to 3, from 3.75 to 4 (one step),
 * from "not yet indicated" to the scale's first level above 0. Costs are whole numbers in any unit the
 * caller chooses (rupiah, person-days, or 1 to count steps), from 1 to {@value #MAX_COST}.
 *
 * <p>By default an indicator given a value directly is plannable up to the scale's maximum, and one
 * whose value comes from evidence or from an external index is fixed: raising it means new evidence or
 * a better score in another body's index, which a level step does not describe. {@link #withPlannable}
 * lets the caller say that it can be raised, and how far.
 *
 * <pre>{@code
 * CostModel costs = CostModel.uniform()
 *         .withCost("43", 5)          // open data costs five times a usual step
 *         .withFixed("45", "46")       // no budget for these this year
 *         .withMaxStepsPerCycle(2);     // at most two levels per indicator per cycle
 * }</pre>
 *
 * <p>Immutable and thread-safe; the codes are checked against the framework when a {@link Planner} is made.
 *
 * @since 0.1.0
 */
public final class CostModel {

    /** The largest cost of one level step. */
    public static final long MAX_COST = 1_000_000_000_000L;

    private static final CostModel UNIFORM = new CostModel(1, Map.of(), Set.of(), Map.of(), 0);

    private final long defaultCost;
    private final Map<String, Long> costs;
    private final Set<String> fixed;
    private final Map<String, Integer> plannable;
    private final int maxStepsPerCycle;

    private CostModel(long defaultCost, Map<String, Long> costs, Set<String> fixed, Map<String, Integer> plannable, int maxStepsPerCycle) {
        this.defaultCost = defaultCost;
        this.costs = costs;
        this.fixed = fixed;
        this.plannable = plannable;
        this.maxStepsPerCycle = maxStepsPerCycle;
    }

    /**
     * Returns the model where every level step costs 1: a plan's cost is its number of steps.
     *
     * @return the model
     */
    public static CostModel uniform() {
        return UNIFORM;
    }

    /**
     * Returns a copy where indicators without a cost of their own cost {@code cost} per step.
     *
     * @param cost the cost, 1..{@value #MAX_COST}
     * @return the copy
     * @throws SpbeException if the cost is out of range
     */
    public CostModel withDefaultCost(long cost) {
        return new CostModel(checkCost("default", cost), costs, fixed, plannable, maxStepsPerCycle);
    }

    /**
     * Returns a copy where one indicator costs {@code cost} per level step.
     *
     * @param code the indicator's code
     * @param cost the cost, 1..{@value #MAX_COST}
     * @return the copy
     * @throws SpbeException if the cost is out of range
     */
    public CostModel withCost(String code, long cost) {
        Objects.requireNonNull(code, "code");
        Map<String, Long> m = new TreeMap<>(costs);
        m.put(code, checkCost(code, cost));
        return new CostModel(defaultCost, Collections.unmodifiableMap(m), fixed, plannable, maxStepsPerCycle);
    }

    /**
     * Returns a copy with the costs of many indicators, e.g. read from a costs file.
     *
     * @param byCode cost per level step by indicator code
     * @return the copy
     * @throws SpbeException if a cost is out of range
     */
    public CostModel withCosts(Map<String, Long> byCode) {
        CostModel m = this;
        for (Map.Entry<String, Long> e : new TreeMap<>(byCode).entrySet()) {
            m = m.withCost(e.getKey(), Objects.requireNonNull(e.getValue(), "cost"));
        }
        return m;
    }

    /**
     * Returns a copy where these indicators cannot change.
     *
     * @param codes the indicators' codes
     * @return the copy
     */
    public CostModel withFixed(String... codes) {
        Set<String> s = new TreeSet<>(fixed);
        for (String c : codes) {
            s.add(Objects.requireNonNull(c, "code"));
        }
        return new CostModel(defaultCost, costs, Collections.unmodifiableSet(s), plannable, maxStepsPerCycle);
    }

    /**
     * Returns a copy where an indicator may be raised up to a level: an indicator fed by evidence or an
     * external index becomes plannable, and any indicator is held at or below that level.
     *
     * @param code the indicator's code
     * @param highestLevel the highest level the plan may give it, within the framework's scale
     * @return the copy
     */
    public CostModel withPlannable(String code, int highestLevel) {
        Objects.requireNonNull(code, "code");
        Map<String, Integer> m = new TreeMap<>(plannable);
        m.put(code, highestLevel);
        return new CostModel(defaultCost, costs, fixed, Collections.unmodifiableMap(m), maxStepsPerCycle);
    }

    /**
     * Returns a copy where no indicator rises more than {@code steps} levels in one cycle.
     *
     * @param steps the cap, at least 1
     * @return the copy
     * @throws SpbeException if the cap is below 1
     */
    public CostModel withMaxStepsPerCycle(int steps) {
        if (steps < 1) {
            throw new SpbeException(Problem.of("maxStepsPerCycle", "Min", "the cap on levels per cycle is " + steps
                    + "; it must be at least 1", Integer.toString(steps)));
        }
        return new CostModel(defaultCost, costs, fixed, plannable, steps);
    }

    /**
     * Returns a copy without a cap on levels per cycle.
     *
     * @return the copy
     */
    public CostModel withoutCap() {
        return new CostModel(defaultCost, costs, fixed, plannable, 0);
    }

    /**
     * Returns the cost of one level step of an indicator.
     *
     * @param code the indicator's code
     * @return its cost, or the default cost
     */
    public long cost(String code) {
        return costs.getOrDefault(Objects.requireNonNull(code, "code"), defaultCost);
    }

    /**
     * Returns the default cost of a level step.
     *
     * @return the cost
     */
    public long defaultCost() {
        return defaultCost;
    }

    /**
     * Returns the costs given per indicator, by code.
     *
     * @return the costs
     */
    public Map<String, Long> costs() {
        return costs;
    }

    /**
     * Returns the codes of the indicators that cannot change.
     *
     * @return the codes, sorted
     */
    public Set<String> fixed() {
        return fixed;
    }

    /**
     * Returns the indicators declared plannable, with the highest level each may reach.
     *
     * @return the levels by code
     */
    public Map<String, Integer> plannable() {
        return plannable;
    }

    /**
     * Returns the cap on levels per indicator per cycle.
     *
     * @return the cap, empty when there is none
     */
    public OptionalInt maxStepsPerCycle() {
        return maxStepsPerCycle == 0 ? OptionalInt.empty() : OptionalInt.of(maxStepsPerCycle);
    }

    private static long checkCost(String code, long cost) {
        if (cost < 1 || cost > MAX_COST) {
            throw new SpbeException(Problem.of("costs." + Text.clean(code), "CostRange", "indicator " + Text.clean(code)
                    + " costs " + cost + " per level step; costs run 1.." + MAX_COST, Long.toString(cost)));
        }
        return cost;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CostModel m && defaultCost == m.defaultCost && maxStepsPerCycle == m.maxStepsPerCycle && costs.equals(m.costs)
                && fixed.equals(m.fixed) && plannable.equals(m.plannable);
    }

    @Override
    public int hashCode() {
        return Objects.hash(defaultCost, costs, fixed, plannable, maxStepsPerCycle);
    }

    /** Returns e.g. {@code CostModel[default 1, costs {43=5}, fixed [45], plannable {}, cap 2]}. */
    @Override
    public String toString() {
        return "CostModel[default " + defaultCost + ", costs " + costs + ", fixed " + fixed + ", plannable " + plannable + ", cap "
                + (maxStepsPerCycle == 0 ? "none" : Integer.toString(maxStepsPerCycle)) + "]";
    }
}
