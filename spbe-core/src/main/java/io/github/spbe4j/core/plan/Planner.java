package io.github.spbe4j.core.plan;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.framework.LevelScale;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.scoring.IndicatorScore;
import io.github.spbe4j.core.scoring.PredikatReading;
import io.github.spbe4j.core.scoring.ResolvedAssessment;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The exact improvement planner for one scored assessment: the cheapest level changes that reach a
 * target ({@link #plan(Target)}), the highest index a budget reaches ({@link #withinBudget(long)}),
 * and the cheapest multi-year roadmap ({@link #roadmap(Target, int)}).
 *
 * <p>The index is Σ weight × value / 100 over the indicators. Over the common denominator of the
 * weights and the scale's decimals, every level step adds a whole number of units to that sum, so the
 * planner solves a multiple-choice knapsack exactly: for each plannable indicator, how many steps to
 * take (none, one, … up to its ceiling), minimising the total cost subject to the sum reaching the
 * target. It keeps, indicator by indicator, the exact Pareto frontier of (cost, units gained) — every
 * partial plan that no other beats on both — so the plan returned is an optimum, never a heuristic's
 * guess; of the plans of least cost it is one with the highest index.
 *
 * <p>A numeric target is met when the index, read as the score card reads the predikat (by default
 * rounded half-up to two decimals, see {@link PredikatReading}), is at least the target; a predikat
 * target is met when that reading is at least the predikat's lower bound. What is plannable, what a
 * level step is and what it costs is the {@link CostModel}'s: by default indicators given values are
 * plannable at cost 1 per step, indicators fed by evidence or an external index are fixed.
 *
 * <pre>{@code
 * ScoreCard card = Scorer.of(FrameworkRegistry.builtIn().get("spbe-2020")).score(assessment);
 * Planner planner = Planner.of(card, CostModel.uniform().withMaxStepsPerCycle(2));
 * PlanOutcome outcome = planner.plan(Target.predikat("Sangat Baik"));
 * outcome.plan().changes();       // e.g. [43: 2 -> 4, ...]
 * outcome.plan().indexRounded();  // 3.50 or more, when reachable
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Planner {

    /**
     * The most partial plans the planner keeps in all; beyond it a plan is refused rather than
     * guessed. The national frameworks need a few thousand at most.
     */
    public static final int MAX_PARTIAL_PLANS = 10_000_000;

    private final ScoreCard card;
    private final CostModel costs;
    private final Framework framework;
    private final List<IndicatorScore> scores;
    private final int decimals;
    /** Units of one level: 10^decimals. */
    private final long unit;
    /** The index is sum / den, with den = 100 × the weights' common denominator × unit. */
    private final long den;
    /** Each indicator's weight × the common denominator. */
    private final long[] weights;
    /** Each indicator's value in units, 0 when not yet indicated. */
    private final long[] current;
    /** The whole level each indicator's steps count from: its value's floor, or the level below the first step. */
    private final int[] base;
    /** The highest level each may reach, whatever the cap; base when it cannot change. */
    private final int[] ceiling;
    private final long[] stepCost;
    private final long currentSum;

    private Planner(ScoreCard card, CostModel costs) {
        this.card = card;
        this.costs = costs;
        this.framework = card.framework();
        this.scores = card.indicators();
        LevelScale scale = framework.scale();
        this.decimals = scale.decimals();
        this.unit = BigInteger.TEN.pow(decimals).longValueExact();
        checkCodes();
        List<Indicator> indicators = framework.indicators();
        int n = indicators.size();
        BigInteger lcm = BigInteger.ONE;
        for (Indicator i : indicators) {
            BigInteger d = i.weight().denominator();
            lcm = lcm.divide(lcm.gcd(d)).multiply(d);
        }
        // at most Framework.MAX_WEIGHT_DENOMINATOR, which keeps every sum below in a long
        long denominator = lcm.longValueExact();
        this.den = 100 * denominator * unit;
        this.weights = new long[n];
        this.current = new long[n];
        this.base = new int[n];
        this.ceiling = new int[n];
        this.stepCost = new long[n];
        long sum = 0;
        long maxCost = 0;
        for (int i = 0; i < n; i++) {
            Indicator indicator = indicators.get(i);
            IndicatorScore s = scores.get(i);
            weights[i] = indicator.weight().numerator().multiply(lcm.divide(indicator.weight().denominator())).longValueExact();
            current[i] = s.value().map(v -> v.movePointRight(decimals).longValueExact()).orElse(0L);
            sum += weights[i] * current[i];
            base[i] = s.notYetIndicated() ? Math.max(scale.min(), 1) - 1 : (int) (current[i] / unit);
            Integer declared = costs.plannable().get(indicator.code());
            boolean plannable = !costs.fixed().contains(indicator.code())
                    && (declared != null || s.origin() == ResolvedAssessment.Origin.VALUE);
            int top = declared != null ? declared : scale.max();
            ceiling[i] = plannable ? Math.max(base[i], top) : base[i];
            stepCost[i] = costs.cost(indicator.code());
            try {
                maxCost = Math.addExact(maxCost, Math.multiplyExact(stepCost[i], (long) (ceiling[i] - base[i])));
            } catch (ArithmeticException e) {
                throw new SpbeException(Problem.of("costs", "CostRange", "the costs of raising every indicator to its ceiling add up to"
                        + " more than " + Long.MAX_VALUE + "; give smaller costs", null));
            }
        }
        this.currentSum = sum;
    }

    /**
     * Returns a planner for a score card where every level step costs 1.
     *
     * @param card the score card of the assessment to improve
     * @return the planner
     */
    public static Planner of(ScoreCard card) {
        return of(card, CostModel.uniform());
    }

    /**
     * Returns a planner for a score card and a cost model.
     *
     * @param card the score card of the assessment to improve
     * @param costs the cost model
     * @return the planner
     * @throws SpbeException if the cost model names an indicator the framework does not have, declares
     *     one both fixed and plannable, or a level off the scale
     */
    public static Planner of(ScoreCard card, CostModel costs) {
        return new Planner(Objects.requireNonNull(card, "card"), Objects.requireNonNull(costs, "costs"));
    }

    /**
     * Returns a planner for the same score card with another cost model.
     *
     * @param newCosts the cost model
     * @return the planner
     */
    public Planner withCosts(CostModel newCosts) {
        return of(card, newCosts);
    }

    /**
     * Returns the score card planned from.
     *
     * @return the card
     */
    public ScoreCard card() {
        return card;
    }

    /**
     * Returns the cost model.
     *
     * @return the cost model
     */
    public CostModel costs() {
        return costs;
    }

    private void checkCodes() {
        List<Problem> problems = new ArrayList<>();
        LevelScale scale = framework.scale();
        for (String code : costs.costs().keySet()) {
            known(code, "costs", problems);
        }
        for (String code : costs.fixed()) {
            known(code, "fixed", problems);
            if (costs.plannable().containsKey(code)) {
                problems.add(Problem.of("plannable." + Text.clean(code), "FixedOrPlannable", "indicator " + Text.clean(code)
                        + " is declared both fixed and plannable; choose one", Text.quote(code)));
            }
        }
        costs.plannable().forEach((code, level) -> {
            known(code, "plannable", problems);
            if (level < scale.min() || level > scale.max()) {
                problems.add(Problem.of("plannable." + Text.clean(code), "Scale", "indicator " + Text.clean(code) + " is plannable up to level "
                        + level + "; levels run " + scale.min() + ".." + scale.max(), Integer.toString(level)));
            }
        });
        if (!problems.isEmpty()) {
            throw new SpbeException("cost model for " + framework.id(), problems);
        }
    }

    private void known(String code, String field, List<Problem> problems) {
        if (framework.indicator(code).isEmpty()) {
            problems.add(Problem.of(field + "." + Text.clean(code), "KnownIndicator", "unknown indicator code " + Text.clean(code) + "; "
                    + framework.id() + " has indicators " + framework.indicators().get(0).code() + ".."
                    + framework.indicators().get(framework.indicators().size() - 1).code(), Text.quote(code)));
        }
    }

    // ---------------------------------------------------------------- the questions

    /**
     * Returns the cheapest plan that reaches a target within one cycle (the cost model's cap, if any,
     * applies), or says that the target is out of reach and gives the plan to the highest reachable index.
     *
     * @param target the target
     * @return the outcome
     * @throws SpbeException if the target is a predikat the framework does not have, or the problem is
     *     too large to solve exactly ({@link #MAX_PARTIAL_PLANS})
     */
    public PlanOutcome plan(Target target) {
        Objects.requireNonNull(target, "target");
        long need = required(target) - currentSum;
        int cap = costs.maxStepsPerCycle().orElse(0);
        if (need <= 0) {
            return new PlanOutcome.Reached(target, plan(base.clone(), card.resolved(), baseFrom()));
        }
        if (maxGain(cap) < need) {
            return new PlanOutcome.OutOfReach(target, highest(cap));
        }
        int[] levels = solve(cap, need, Long.MAX_VALUE);
        return new PlanOutcome.Reached(target, plan(Objects.requireNonNull(levels), card.resolved(), baseFrom()));
    }

    /**
     * Returns the plan to the highest index that a budget can buy within one cycle; of the plans to that
     * index, the cheapest.
     *
     * @param budget the most the plan may cost, not negative
     * @return the plan, empty of changes when no step fits the budget
     * @throws SpbeException if the budget is negative, or the problem is too large to solve exactly
     */
    public Plan withinBudget(long budget) {
        if (budget < 0) {
            throw new SpbeException(Problem.of("budget", "Min", "the budget is " + budget + "; it must not be negative", Long.toString(budget)));
        }
        int[] levels = solve(costs.maxStepsPerCycle().orElse(0), Long.MAX_VALUE, budget);
        return plan(Objects.requireNonNull(levels), card.resolved(), baseFrom());
    }

    /**
     * Returns the plan to the highest index reachable in one cycle: every plannable indicator raised as
     * far as the cost model allows.
     *
     * @return the plan
     */
    public Plan highest() {
        return highest(costs.maxStepsPerCycle().orElse(0));
    }

    /**
     * Returns the cheapest roadmap to a target when each indicator may rise at most {@code levelsPerYear}
     * levels a year (this replaces the cost model's cap): of the roadmaps of least total cost, the one that
     * reaches the target in the fewest years. Each year raises every indicator of the final plan by as many
     * of its remaining steps as the yearly cap allows.
     *
     * @param target the target
     * @param levelsPerYear the most levels an indicator rises in one year, at least 1
     * @return the roadmap, empty when no number of years reaches the target ({@link #plan(Target)} then
     *     says how high the index can go); with no years when the target is already met
     * @throws SpbeException if levelsPerYear is below 1, or as {@link #plan(Target)}
     */
    public Optional<Roadmap> roadmap(Target target, int levelsPerYear) {
        Objects.requireNonNull(target, "target");
        if (levelsPerYear < 1) {
            throw new SpbeException(Problem.of("levelsPerYear", "Min", "the levels per year are " + levelsPerYear + "; at least 1",
                    Integer.toString(levelsPerYear)));
        }
        long need = required(target) - currentSum;
        int year = card.assessment().year();
        if (need <= 0) {
            return Optional.of(new Roadmap(List.of(), year, 0, new TreeMap<>(Map.of(0, 0L))));
        }
        if (maxGain(0) < need) {
            return Optional.empty();
        }
        int longest = 0;
        for (int i = 0; i < base.length; i++) {
            longest = Math.max(longest, ceiling[i] - base[i]);
        }
        int lastYear = (longest + levelsPerYear - 1) / levelsPerYear;
        int firstYear = 1;
        while (maxGain(firstYear * levelsPerYear) < need) {
            firstYear++;
        }
        TreeMap<Integer, Long> costByYears = new TreeMap<>();
        List<int[]> solutions = new ArrayList<>();
        for (int y = firstYear; y <= lastYear; y++) {
            int[] levels = Objects.requireNonNull(solve(y * levelsPerYear, need, Long.MAX_VALUE));
            costByYears.put(y, cost(levels));
            solutions.add(levels);
        }
        long cheapest = costByYears.lastEntry().getValue();
        int years = firstYear;
        while (costByYears.get(years).longValue() != cheapest) {
            years++;
        }
        costByYears.tailMap(years, false).clear();
        int[] target0 = solutions.get(years - firstYear);
        List<Plan> plans = new ArrayList<>();
        int[] from = base.clone();
        ResolvedAssessment state = card.resolved();
        List<Optional<BigDecimal>> fromValues = baseFrom();
        for (int y = 1; y <= years; y++) {
            int[] to = new int[base.length];
            for (int i = 0; i < base.length; i++) {
                to[i] = Math.min(target0[i], base[i] + y * levelsPerYear);
            }
            Plan p = plan(from, to, state, fromValues);
            plans.add(p);
            state = p.after().resolved();
            fromValues = new ArrayList<>(fromValues);
            for (Change c : p.changes()) {
                fromValues.set(framework.indicators().indexOf(framework.indicator(c.code()).orElseThrow()), Optional.of(c.to()));
            }
            from = to;
        }
        return Optional.of(new Roadmap(plans, year + years, cheapest, costByYears));
    }

    // ---------------------------------------------------------------- the target in units

    /** Returns the least Σ weight × value (in units) whose index, read as the card reads the predikat, meets the target. */
    private long required(Target target) {
        BigDecimal t = target.valueIn(framework);
        BigDecimal d = BigDecimal.valueOf(den);
        BigDecimal least;
        if (card.options().predikatReading() == PredikatReading.ROUNDED) {
            // rounded half-up to two decimals ≥ t ⟺ rounded ≥ m/100 with m = ⌈100 t⌉ ⟺ index ≥ (2m − 1) / 200
            BigInteger m = t.movePointRight(2).setScale(0, RoundingMode.CEILING).toBigIntegerExact();
            least = new BigDecimal(m.shiftLeft(1).subtract(BigInteger.ONE)).multiply(d).divide(BigDecimal.valueOf(200));
        } else {
            least = t.multiply(d);
        }
        BigInteger s = least.setScale(0, RoundingMode.CEILING).toBigIntegerExact();
        // beyond a long means beyond the scale's maximum: out of reach either way
        return s.min(BigInteger.valueOf(Long.MAX_VALUE / 2)).longValueExact();
    }

    // ---------------------------------------------------------------- options of each indicator

    /** Returns the highest level indicator i may reach under a cap (0 for none). */
    private int top(int i, int cap) {
        return cap == 0 ? ceiling[i] : Math.min(ceiling[i], base[i] + cap);
    }

    /** Returns what raising indicator i to a level adds, in units of 1/den of the index. */
    private long gain(int i, int level) {
        return weights[i] * (level * unit - current[i]);
    }

    private long maxGain(int cap) {
        long g = 0;
        for (int i = 0; i < base.length; i++) {
            if (top(i, cap) > base[i]) {
                g += gain(i, top(i, cap));
            }
        }
        return g;
    }

    private Plan highest(int cap) {
        int[] levels = new int[base.length];
        for (int i = 0; i < base.length; i++) {
            levels[i] = top(i, cap);
        }
        return plan(levels, card.resolved(), baseFrom());
    }

    private long cost(int[] levels) {
        long c = 0;
        for (int i = 0; i < base.length; i++) {
            c += stepCost[i] * (levels[i] - base[i]);
        }
        return c;
    }

    // ---------------------------------------------------------------- the exact frontier

    /**
     * Returns the levels of an optimal plan under a cap (0 for none): with {@code need} set, the cheapest
     * whose gain reaches it (of those, the one gaining most); with {@code budget} set, the one gaining most
     * at a cost within it (of those, the cheapest). Returns null when nothing reaches {@code need}.
     */
    private int[] solve(int cap, long need, long budget) {
        int n = base.length;
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (top(i, cap) > base[i]) {
                items.add(i);
            }
        }
        long[] fc = {0};
        long[] fg = {0};
        int size = 1;
        int[][] parents = new int[items.size()][];
        byte[][] choices = new byte[items.size()][];
        long stored = 0;
        for (int k = 0; k < items.size(); k++) {
            int i = items.get(k);
            int m = top(i, cap) - base[i];
            long[] oc = new long[m + 1];
            long[] og = new long[m + 1];
            for (int j = 1; j <= m; j++) {
                oc[j] = stepCost[i] * j;
                og[j] = gain(i, base[i] + j);
            }
            Merge merge = new Merge(fc, fg, size, oc, og, need, budget);
            merge.run();
            fc = merge.cost;
            fg = merge.gain;
            size = merge.size;
            parents[k] = merge.parent;
            choices[k] = merge.choice;
            stored += size;
            if (stored > MAX_PARTIAL_PLANS) {
                throw new SpbeException(Problem.of("plan", "PlanSize", "an exact plan for " + framework.id() + " needs more than "
                        + MAX_PARTIAL_PLANS + " partial plans; give fewer distinct costs or fewer plannable indicators", null));
            }
        }
        int p = size - 1;
        if (need != Long.MAX_VALUE && fg[p] < need) {
            return null;
        }
        int[] levels = base.clone();
        for (int k = items.size() - 1; k >= 0; k--) {
            int j = choices[k][p];
            levels[items.get(k)] = base[items.get(k)] + j;
            p = parents[k][p];
        }
        return levels;
    }

    /**
     * One step of the frontier: merges the frontier shifted by each option of one indicator (m + 1 lists,
     * each ascending in cost) in order of cost, then gain descending, keeping each point that gains more
     * than every cheaper one; stops at the first point reaching {@code need}, and drops points over the budget.
     */
    private static final class Merge {
        final long[] fc;
        final long[] fg;
        final int fsize;
        final long[] oc;
        final long[] og;
        final long need;
        final long budget;
        long[] cost;
        long[] gain;
        int[] parent;
        byte[] choice;
        int size;
        private final int[] pos;
        private final int[] heap;
        private int heapSize;

        Merge(long[] fc, long[] fg, int fsize, long[] oc, long[] og, long need, long budget) {
            this.fc = fc;
            this.fg = fg;
            this.fsize = fsize;
            this.oc = oc;
            this.og = og;
            this.need = need;
            this.budget = budget;
            int cap = Math.min(fsize * 2 + 16, fsize * oc.length);
            this.cost = new long[cap];
            this.gain = new long[cap];
            this.parent = new int[cap];
            this.choice = new byte[cap];
            this.pos = new int[oc.length];
            this.heap = new int[oc.length];
        }

        private long c(int list) {
            return fc[pos[list]] + oc[list];
        }

        private long g(int list) {
            return fg[pos[list]] + og[list];
        }

        /** Tells whether list a's head comes before list b's: cheaper, or as cheap and gaining more. */
        private boolean before(int a, int b) {
            long ca = c(a);
            long cb = c(b);
            if (ca != cb) {
                return ca < cb;
            }
            long ga = g(a);
            long gb = g(b);
            return ga != gb ? ga > gb : a < b;
        }

        private void push(int list) {
            int k = heapSize++;
            while (k > 0) {
                int up = (k - 1) >>> 1;
                if (!before(list, heap[up])) {
                    break;
                }
                heap[k] = heap[up];
                k = up;
            }
            heap[k] = list;
        }

        private int pop() {
            int top = heap[0];
            int last = heap[--heapSize];
            int k = 0;
            while (true) {
                int child = 2 * k + 1;
                if (child >= heapSize) {
                    break;
                }
                if (child + 1 < heapSize && before(heap[child + 1], heap[child])) {
                    child++;
                }
                if (!before(heap[child], last)) {
                    break;
                }
                heap[k] = heap[child];
                k = child;
            }
            if (heapSize > 0) {
                heap[k] = last;
            }
            return top;
        }

        void run() {
            for (int j = 0; j < oc.length; j++) {
                if (fc[0] + oc[j] <= budget) {
                    push(j);
                }
            }
            long best = -1;
            while (heapSize > 0) {
                int list = pop();
                long cc = c(list);
                long gg = g(list);
                if (gg > best) {
                    best = gg;
                    add(cc, gg, pos[list], list);
                    if (gg >= need) {
                        return;
                    }
                }
                pos[list]++;
                if (pos[list] < fsize && c(list) <= budget) {
                    push(list);
                }
            }
        }

        private void add(long c, long g, int p, int j) {
            if (size == cost.length) {
                int grown = Math.max(16, size * 2);
                cost = java.util.Arrays.copyOf(cost, grown);
                gain = java.util.Arrays.copyOf(gain, grown);
                parent = java.util.Arrays.copyOf(parent, grown);
                choice = java.util.Arrays.copyOf(choice, grown);
            }
            cost[size] = c;
            gain[size] = g;
            parent[size] = p;
            choice[size] = (byte) j;
            size++;
        }
    }

    // ---------------------------------------------------------------- plans as values

    private List<Optional<BigDecimal>> baseFrom() {
        List<Optional<BigDecimal>> out = new ArrayList<>(scores.size());
        for (IndicatorScore s : scores) {
            out.add(s.value());
        }
        return out;
    }

    private Plan plan(int[] levels, ResolvedAssessment start, List<Optional<BigDecimal>> from) {
        return plan(base, levels, start, from);
    }

    /** Returns the plan raising each indicator from level from[i] (counted as base) to levels[i]. */
    private Plan plan(int[] fromLevels, int[] levels, ResolvedAssessment start, List<Optional<BigDecimal>> from) {
        List<Change> changes = new ArrayList<>();
        ResolvedAssessment r = start;
        long total = 0;
        List<Indicator> indicators = framework.indicators();
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] == fromLevels[i]) {
                continue;
            }
            int steps = levels[i] - fromLevels[i];
            long c = stepCost[i] * steps;
            long before = fromLevels[i] == base[i] ? current[i] : fromLevels[i] * unit;
            BigDecimal to = BigDecimal.valueOf(levels[i]);
            String code = indicators.get(i).code();
            changes.add(new Change(code, from.get(i), to, steps, c, exact(weights[i] * (levels[i] * unit - before), den)));
            r = r.with(code, to);
            total += c;
        }
        ScoreCard after = changes.isEmpty() ? card : Scorer.of(framework, card.options()).score(r);
        return new Plan(changes, total, after);
    }

    /** Returns n/d exactly when it has a finite decimal form, else to 34 significant digits. */
    static BigDecimal exact(long n, long d) {
        BigDecimal num = BigDecimal.valueOf(n);
        BigDecimal q;
        try {
            q = num.divide(BigDecimal.valueOf(d));
        } catch (ArithmeticException e) {
            q = num.divide(BigDecimal.valueOf(d), MathContext.DECIMAL128);
        }
        q = q.stripTrailingZeros();
        return q.scale() < 0 ? q.setScale(0) : q;
    }

    @Override
    public String toString() {
        return "Planner[" + card + ", " + costs + "]";
    }
}
