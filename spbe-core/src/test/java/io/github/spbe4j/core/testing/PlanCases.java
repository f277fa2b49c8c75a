package io.github.spbe4j.core.testing;

import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.Group;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.framework.LevelScale;
import io.github.spbe4j.core.framework.Node;
import io.github.spbe4j.core.framework.Weight;
import io.github.spbe4j.core.plan.CostModel;
import io.github.spbe4j.core.plan.Target;
import io.github.spbe4j.core.scoring.IndicatorScore;
import io.github.spbe4j.core.scoring.NotYetIndicatedPolicy;
import io.github.spbe4j.core.scoring.PredikatReading;
import io.github.spbe4j.core.scoring.ResolvedAssessment;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import io.github.spbe4j.core.scoring.ScoringOptions;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded small planning problems (a framework of 2..5 indicators, an assessment, a cost model, a
 * target) and two independent planners for them: an exhaustive search over every combination of
 * levels, with exact rational arithmetic, and the greedy gain-per-cost heuristic.
 */
public final class PlanCases {

    private PlanCases() {
    }

    /** One planning problem. */
    public record Case(long seed, ScoreCard card, CostModel costs, Target target) {
        @Override
        public String toString() {
            return "seed " + seed + ": " + card.framework().id() + " " + card.framework().scale() + " " + card.index() + " target " + target
                    + " " + card.options().predikatReading() + " " + costs;
        }
    }

    /** What an independent planner found: each indicator's level (or its base when unchanged), the cost and the exact index. */
    public record Found(int[] levels, long cost, Rational index) {
    }

    /** A random small framework: 2..5 indicators in one or two groups, weights multiples of 1/d, a small scale. */
    public static Framework framework(Random r, String id) {
        long[] ds = {1, 1, 10, 3, 7, 20, 4};
        long d = ds[r.nextInt(ds.length)];
        int min = r.nextInt(3) == 0 ? 0 : 1;
        int max = min + 1 + r.nextInt(4);
        int decimals = r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0;
        LevelScale scale = new LevelScale(min, max, decimals);
        int n = 2 + r.nextInt(4);
        List<Long> parts = Generators.partition(100 * d, n, r);
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            indicators.add(Indicator.of("I" + (i + 1), "Indikator " + (i + 1), Weight.ofFraction(BigInteger.valueOf(parts.get(i)),
                    BigInteger.valueOf(d))));
        }
        List<Node> tree = new ArrayList<>();
        int split = indicators.size() > 2 && r.nextBoolean() ? 1 + r.nextInt(indicators.size() - 1) : indicators.size();
        tree.add(group("G1", indicators.subList(0, split)));
        if (split < indicators.size()) {
            tree.add(group("G2", indicators.subList(split, indicators.size())));
        }
        Framework.Builder b = Framework.builder(id).scale(scale).predikat(Generators.predikat(scale, r)).tree(tree);
        if (r.nextInt(3) == 0) {
            b.conversions(List.of(Generators.conversion(indicators.get(r.nextInt(indicators.size())).code(), scale, r)));
        }
        return b.build();
    }

    private static Group group(String code, List<Indicator> children) {
        Weight w = Weight.ZERO;
        for (Indicator i : children) {
            w = w.plus(i.weight());
        }
        return Group.of(code, "aspect", "Aspek " + code, w, new ArrayList<Node>(children));
    }

    /** A random case: values, evidence or external inputs, costs 1..9 or uniform, sometimes fixed, capped or opted-in indicators. */
    public static Case generate(long seed) {
        Random r = new Random(seed);
        Framework f = framework(r, "kecil-" + Long.toHexString(seed));
        Assessment.Builder b = Assessment.builder(f.id(), Agency.named("Kota Uji"), 2025);
        for (Indicator i : f.indicators()) {
            int kind = r.nextInt(6);
            if (kind == 0) {
                b.evidence(i.code(), Generators.evidence(r, f.scale().max()));
            } else if (kind == 1 && f.conversion(i.code()).isPresent()) {
                b.external(i.code(), Generators.raw(f.conversion(i.code()).get(), r));
            } else {
                b.value(i.code(), Generators.value(f.scale(), r));
            }
        }
        ScoringOptions options = new ScoringOptions(r.nextInt(3) == 0 ? PredikatReading.UNROUNDED : PredikatReading.ROUNDED,
                NotYetIndicatedPolicy.CONTRIBUTE_NOTHING);
        ScoreCard card = Scorer.of(f, options).score(b.build());
        CostModel costs = CostModel.uniform();
        boolean uniform = r.nextInt(4) == 0;
        for (IndicatorScore s : card.indicators()) {
            if (!uniform) {
                costs = costs.withCost(s.code(), 1 + r.nextInt(9));
            }
            int what = r.nextInt(8);
            if (what == 0) {
                costs = costs.withFixed(s.code());
            } else if (what == 1 || what == 2 && s.origin() != ResolvedAssessment.Origin.VALUE) {
                costs = costs.withPlannable(s.code(), f.scale().min() + r.nextInt(f.scale().max() - f.scale().min() + 1));
            }
        }
        if (r.nextInt(3) == 0) {
            costs = costs.withMaxStepsPerCycle(1 + r.nextInt(2));
        }
        Target target;
        if (r.nextInt(4) == 0) {
            target = Target.predikat(f.predikat().get(r.nextInt(f.predikat().size())).name());
        } else {
            long span = (f.scale().max() - f.scale().min()) * 100L;
            target = Target.index(BigDecimal.valueOf(f.scale().min() * 100L + (long) (r.nextDouble() * (span + 1)), 2));
        }
        return new Case(seed, card, costs, target);
    }

    // ---------------------------------------------------------------- the rules, restated

    /** The whole level an indicator's steps count from. */
    public static int base(ScoreCard card, IndicatorScore s) {
        LevelScale scale = card.framework().scale();
        return s.value().map(v -> v.setScale(0, RoundingMode.FLOOR).intValueExact()).orElse(Math.max(scale.min(), 1) - 1);
    }

    /** The highest level an indicator may reach in one cycle of the given cap (0 for none), or its base when it cannot change. */
    public static int top(ScoreCard card, CostModel costs, IndicatorScore s, int cap) {
        int base = base(card, s);
        boolean plannable = !costs.fixed().contains(s.code())
                && (costs.plannable().containsKey(s.code()) || s.origin() == ResolvedAssessment.Origin.VALUE);
        if (!plannable) {
            return base;
        }
        int top = Math.max(base, costs.plannable().getOrDefault(s.code(), card.framework().scale().max()));
        return cap == 0 ? top : Math.min(top, base + cap);
    }

    /** The exact index with each indicator at a level (its own value when the level is its base). */
    public static Rational index(ScoreCard card, int[] levels) {
        List<IndicatorScore> scores = card.indicators();
        Rational sum = Rational.ZERO;
        for (int i = 0; i < scores.size(); i++) {
            IndicatorScore s = scores.get(i);
            Rational v = levels[i] == base(card, s) ? s.value().map(Rational::of).orElse(Rational.ZERO) : Rational.of(levels[i]);
            sum = sum.plus(Rational.of(s.indicator().weight()).times(v));
        }
        return sum.dividedBy(Rational.HUNDRED);
    }

    /** Tells whether an index meets the target as the card reads the predikat. */
    public static boolean meets(ScoreCard card, Rational index, Target target) {
        BigDecimal t = target.valueIn(card.framework());
        return card.options().predikatReading() == PredikatReading.ROUNDED ? index.roundHalfUp(2).compareTo(t) >= 0 : index.compareTo(t) >= 0;
    }

    public static long cost(ScoreCard card, CostModel costs, int[] levels) {
        long c = 0;
        List<IndicatorScore> scores = card.indicators();
        for (int i = 0; i < scores.size(); i++) {
            c += costs.cost(scores.get(i).code()) * (levels[i] - base(card, scores.get(i)));
        }
        return c;
    }

    /** Every combination of levels allowed under the cap. */
    public static List<int[]> combinations(ScoreCard card, CostModel costs, int cap) {
        List<IndicatorScore> scores = card.indicators();
        List<int[]> out = new ArrayList<>();
        int[] levels = new int[scores.size()];
        fill(card, costs, cap, scores, 0, levels, out);
        return out;
    }

    private static void fill(ScoreCard card, CostModel costs, int cap, List<IndicatorScore> scores, int i, int[] levels, List<int[]> out) {
        if (i == scores.size()) {
            out.add(levels.clone());
            return;
        }
        for (int l = base(card, scores.get(i)); l <= top(card, costs, scores.get(i), cap); l++) {
            levels[i] = l;
            fill(card, costs, cap, scores, i + 1, levels, out);
        }
    }

    /** The exhaustive optimum: least cost meeting the target, of those the highest index; null when none does. */
    public static Found exhaustive(ScoreCard card, CostModel costs, Target target, int cap) {
        Found best = null;
        for (int[] levels : combinations(card, costs, cap)) {
            Rational index = index(card, levels);
            if (!meets(card, index, target)) {
                continue;
            }
            long c = cost(card, costs, levels);
            if (best == null || c < best.cost() || c == best.cost() && index.compareTo(best.index()) > 0) {
                best = new Found(levels, c, index);
            }
        }
        return best;
    }

    /** The exhaustive dual: highest index at a cost within the budget, of those the cheapest. */
    public static Found exhaustiveWithin(ScoreCard card, CostModel costs, long budget, int cap) {
        Found best = null;
        for (int[] levels : combinations(card, costs, cap)) {
            long c = cost(card, costs, levels);
            if (c > budget) {
                continue;
            }
            Rational index = index(card, levels);
            if (best == null || index.compareTo(best.index()) > 0 || index.compareTo(best.index()) == 0 && c < best.cost()) {
                best = new Found(levels, c, index);
            }
        }
        return best;
    }

    /**
     * The greedy plan: step by step, the single next level step with the highest gain per cost (ties to
     * the first in tree order), until the target is met; null when the steps run out first.
     */
    public static Found greedy(ScoreCard card, CostModel costs, Target target, int cap) {
        List<IndicatorScore> scores = card.indicators();
        int n = scores.size();
        int[] levels = new int[n];
        for (int i = 0; i < n; i++) {
            levels[i] = base(card, scores.get(i));
        }
        while (!meets(card, index(card, levels), target)) {
            int pick = -1;
            Rational bestRatio = null;
            for (int i = 0; i < n; i++) {
                IndicatorScore s = scores.get(i);
                if (levels[i] >= top(card, costs, s, cap)) {
                    continue;
                }
                Rational now = levels[i] == base(card, s) ? s.value().map(Rational::of).orElse(Rational.ZERO) : Rational.of(levels[i]);
                Rational gain = Rational.of(s.indicator().weight()).times(Rational.of(levels[i] + 1).minus(now));
                Rational ratio = gain.dividedBy(Rational.of(costs.cost(s.code())));
                if (bestRatio == null || ratio.compareTo(bestRatio) > 0) {
                    bestRatio = ratio;
                    pick = i;
                }
            }
            if (pick < 0) {
                return null;
            }
            levels[pick]++;
        }
        return new Found(levels, cost(card, costs, levels), index(card, levels));
    }
}
