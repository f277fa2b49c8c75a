package io.github.spbe4j.core.testing;

import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.assessment.EvidenceItem;
import io.github.spbe4j.core.assessment.EvidenceStatus;
import io.github.spbe4j.core.assessment.IndicatorInput;
import io.github.spbe4j.core.framework.Conversion;
import io.github.spbe4j.core.framework.ConversionBand;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.Group;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.framework.Node;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent oracle for scoring: computes every index directly from a framework's tree with
 * exact rational arithmetic (BigInteger), without the engine's compiled long arrays, prefix sums or
 * decimal conversion. Values absent from the map (not yet indicated) count as zero.
 */
public final class Oracle {

    private Oracle() {
    }

    /** What the oracle computes for one assessment. */
    public record Result(Rational flatIndex, Rational hierarchicalIndex, Map<String, Rational> groupIndex,
            Map<String, Rational> groupContribution, Map<String, Integer> groupDepth, List<String> groupCodesInPreorder,
            Map<String, Rational> contribution, Map<String, Rational> headroom) {
    }

    public static Result score(Framework f, Map<String, Rational> values) {
        Rational max = Rational.of(f.scale().max());
        // flat: Σ w_i v_i / 100 over every leaf of the tree
        Rational flat = Rational.ZERO;
        Map<String, Rational> contribution = new LinkedHashMap<>();
        Map<String, Rational> headroom = new LinkedHashMap<>();
        for (Indicator i : leaves(f)) {
            Rational w = Rational.of(i.weight());
            Rational v = values.getOrDefault(i.code(), Rational.ZERO);
            flat = flat.plus(w.times(v));
            contribution.put(i.code(), w.times(v).dividedBy(Rational.HUNDRED));
            headroom.put(i.code(), w.times(max.minus(v)).dividedBy(Rational.HUNDRED));
        }
        flat = flat.dividedBy(Rational.HUNDRED);
        // hierarchical: every group is the weighted average of its children
        Map<String, Rational> groupIndex = new LinkedHashMap<>();
        Map<String, Integer> depth = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        Rational top = Rational.ZERO;
        for (Node n : f.tree()) {
            top = top.plus(Rational.of(n.weight()).times(index(n, values, groupIndex, depth, order, 0)));
        }
        top = top.dividedBy(Rational.HUNDRED);
        Map<String, Rational> groupContribution = new LinkedHashMap<>();
        for (Group g : groups(f)) {
            groupContribution.put(g.code(), Rational.of(g.weight()).times(groupIndex.get(g.code())).dividedBy(Rational.HUNDRED));
        }
        return new Result(flat, top, groupIndex, groupContribution, depth, order, contribution, headroom);
    }

    private static Rational index(Node node, Map<String, Rational> values, Map<String, Rational> groupIndex,
            Map<String, Integer> depth, List<String> order, int d) {
        if (node instanceof Indicator i) {
            return values.getOrDefault(i.code(), Rational.ZERO);
        }
        Group g = (Group) node;
        order.add(g.code());
        depth.put(g.code(), d);
        Rational sum = Rational.ZERO;
        for (Node child : g.children()) {
            sum = sum.plus(Rational.of(child.weight()).times(index(child, values, groupIndex, depth, order, d + 1)));
        }
        Rational result = sum.dividedBy(Rational.of(g.weight()));
        groupIndex.put(g.code(), result);
        return result;
    }

    /** The leaves of the tree, depth first, found by walking the tree (not via Framework.indicators()). */
    public static List<Indicator> leaves(Framework f) {
        List<Indicator> out = new ArrayList<>();
        for (Node n : f.tree()) {
            collect(n, out, new ArrayList<>());
        }
        return out;
    }

    /** The groups of the tree in preorder, found by walking the tree. */
    public static List<Group> groups(Framework f) {
        List<Group> out = new ArrayList<>();
        for (Node n : f.tree()) {
            collect(n, new ArrayList<>(), out);
        }
        return out;
    }

    private static void collect(Node n, List<Indicator> leaves, List<Group> groups) {
        if (n instanceof Indicator i) {
            leaves.add(i);
        } else {
            Group g = (Group) n;
            groups.add(g);
            for (Node c : g.children()) {
                collect(c, leaves, groups);
            }
        }
    }

    /** The codes of the ancestors of each indicator. */
    public static Map<String, List<String>> ancestors(Framework f) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Node n : f.tree()) {
            ancestors(n, new ArrayList<>(), out);
        }
        return out;
    }

    private static void ancestors(Node n, List<String> path, Map<String, List<String>> out) {
        if (n instanceof Indicator i) {
            out.put(i.code(), List.copyOf(path));
            return;
        }
        path.add(n.code());
        for (Node c : ((Group) n).children()) {
            ancestors(c, path, out);
        }
        path.remove(path.size() - 1);
    }

    /**
     * The evidence rule, written from its statement: the highest L such that each level 1..L has at
     * least one required item and all its required items are accepted; 0 when there is none.
     */
    public static int evidenceLevel(List<EvidenceItem> items, int maxLevel) {
        int best = 0;
        for (int candidate = 1; candidate <= maxLevel; candidate++) {
            boolean proven = true;
            for (int level = 1; level <= candidate && proven; level++) {
                final int l = level;
                boolean hasRequired = items.stream().anyMatch(it -> it.level() == l && it.required());
                boolean allAccepted = items.stream().filter(it -> it.level() == l && it.required())
                        .allMatch(it -> it.status() == EvidenceStatus.ACCEPTED);
                proven = hasRequired && allAccepted;
            }
            if (proven) {
                best = candidate;
            }
        }
        return best;
    }

    /** Linear interpolation inside the band holding the raw value, rounded half-up, in exact arithmetic. */
    public static Rational convert(Conversion c, BigDecimal raw) {
        Rational r = Rational.of(raw);
        ConversionBand chosen = null;
        for (ConversionBand b : c.bands()) {
            if (r.compareTo(b.from()) >= 0) {
                chosen = b;
            }
        }
        if (chosen == null || r.compareTo(c.sourceMax()) > 0 || r.compareTo(c.sourceMin()) < 0) {
            throw new IllegalArgumentException("raw " + raw + " outside " + c.sourceMin() + ".." + c.sourceMax());
        }
        Rational from = Rational.of(chosen.from());
        Rational to = Rational.of(chosen.to());
        Rational vf = Rational.of(chosen.valueFrom());
        Rational vt = Rational.of(chosen.valueTo());
        Rational exact = vf.plus(r.minus(from).times(vt.minus(vf)).dividedBy(to.minus(from)));
        return Rational.of(exact.roundHalfUp(c.decimals()));
    }

    /**
     * Each indicator's value as the oracle resolves it from the assessment's inputs; indicators whose
     * evidence proves no level are left out (they count as zero).
     */
    public static Map<String, Rational> values(Framework f, Assessment a) {
        Map<String, Rational> out = new LinkedHashMap<>();
        a.inputs().forEach((code, input) -> {
            if (input instanceof IndicatorInput.Value v) {
                out.put(code, Rational.of(v.value()));
            } else if (input instanceof IndicatorInput.Evidence e) {
                int level = evidenceLevel(e.items(), f.scale().max());
                if (level > 0) {
                    out.put(code, Rational.of(level));
                }
            } else if (input instanceof IndicatorInput.External x) {
                out.put(code, convert(f.conversion(code).orElseThrow(), x.raw()));
            }
        });
        return out;
    }
}
