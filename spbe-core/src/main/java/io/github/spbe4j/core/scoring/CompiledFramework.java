package io.github.spbe4j.core.scoring;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.Group;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.framework.LevelScale;
import io.github.spbe4j.core.framework.Node;
import io.github.spbe4j.core.framework.Weight;
import io.github.spbe4j.core.internal.Text;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A framework compiled for exact scoring: the indicators' weights as whole numbers over their least
 * common denominator, values in units of the scale's last decimal, and each group as a contiguous
 * run of indicators, so that any index is one pass of {@code long} arithmetic.
 *
 * <p>For SPBE 2020 the weights are 1.3, 2.5, 1.5, 2.75 and 3 percent: over the denominator 20 they
 * are 26, 50, 30, 55 and 60, the total weight is 2000, and the index is Σ weight × level / 2000.
 * Every valid framework keeps these sums inside a {@code long} ({@link Framework#MAX_WEIGHT_DENOMINATOR}).
 *
 * <p>Immutable and thread-safe.
 */
final class CompiledFramework {

    final Framework framework;
    final List<Indicator> indicators;
    private final Map<String, Integer> indexOf;
    /** Each indicator's weight × the common denominator, in tree order. */
    final long[] weights;
    /** Units of one level: 10^decimals of the scale. */
    final long valueUnit;
    final long minValue;
    final long maxValue;
    /** The total weight, 100 × the common denominator. */
    final long totalWeight;
    /** Scale at which index = sum / (totalWeight × valueUnit) is exact, or -1. */
    final int rootScale;
    final List<Group> groups;
    /** Each group's indicators are those from groupStart (inclusive) to groupEnd (exclusive). */
    final int[] groupStart;
    final int[] groupEnd;
    final int[] groupDepth;
    final long[] groupWeight;

    CompiledFramework(Framework framework) {
        this.framework = framework;
        this.indicators = framework.indicators();
        int n = indicators.size();
        this.indexOf = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            indexOf.put(indicators.get(i).code(), i);
        }
        BigInteger lcm = BigInteger.ONE;
        for (Indicator indicator : indicators) {
            BigInteger d = indicator.weight().denominator();
            lcm = lcm.divide(lcm.gcd(d)).multiply(d);
        }
        // at most Framework.MAX_WEIGHT_DENOMINATOR, which every valid framework guarantees
        long denominator = lcm.longValueExact();
        this.weights = new long[n];
        for (int i = 0; i < n; i++) {
            Weight w = indicators.get(i).weight();
            weights[i] = w.numerator().multiply(BigInteger.valueOf(denominator / w.denominator().longValueExact())).longValueExact();
        }
        LevelScale scale = framework.scale();
        this.valueUnit = BigInteger.TEN.pow(scale.decimals()).longValueExact();
        this.minValue = scale.min() * valueUnit;
        this.maxValue = scale.max() * valueUnit;
        this.totalWeight = 100 * denominator;
        this.rootScale = Exact.terminatingScale(totalWeight * valueUnit);

        this.groups = framework.groups();
        int g = groups.size();
        this.groupStart = new int[g];
        this.groupEnd = new int[g];
        this.groupDepth = new int[g];
        this.groupWeight = new long[g];
        Map<Group, Integer> position = new HashMap<>();
        for (int i = 0; i < g; i++) {
            position.put(groups.get(i), i);
        }
        int[] cursor = {0};
        for (Node top : framework.tree()) {
            layout(top, 0, position, cursor);
        }
    }

    private void layout(Node node, int depth, Map<Group, Integer> position, int[] cursor) {
        if (node instanceof Indicator) {
            cursor[0]++;
            return;
        }
        Group group = (Group) node;
        int gi = position.get(group);
        groupStart[gi] = cursor[0];
        groupDepth[gi] = depth;
        for (Node child : group.children()) {
            layout(child, depth + 1, position, cursor);
        }
        groupEnd[gi] = cursor[0];
        long sum = 0;
        for (int i = groupStart[gi]; i < groupEnd[gi]; i++) {
            sum += weights[i];
        }
        groupWeight[gi] = sum;
    }

    /** Returns Σ weight × value over the indicators from..to-1, exactly (every valid framework keeps it in a long). */
    long weightedSum(long[] values, int from, int to) {
        long[] w = weights;
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += w[i] * values[i];
        }
        return sum;
    }

    /** Returns an indicator's position in tree order, or -1 for a code the framework does not have. */
    int indexOf(String code) {
        Integer i = indexOf.get(code);
        return i == null ? -1 : i;
    }

    /** Returns the denominator of the whole index: totalWeight × valueUnit. */
    long indexDenominator() {
        return totalWeight * valueUnit;
    }

    /**
     * Returns a value in units of the scale, or -1 after adding a problem: off the scale, or more
     * decimals than the scale allows.
     *
     * @param section the assessment's section the value is in, {@code "values"} or {@code "external"}: its
     *     problem's path is {@code section.code}, built only when there is a problem
     * @param what what the value is, e.g. {@code "value"} or {@code "converted value"}
     */
    long units(String code, String section, BigDecimal value, String what, List<Problem> problems) {
        LevelScale scale = framework.scale();
        int decimals = scale.decimals();
        if (value.scale() >= 0 && value.scale() <= decimals && value.precision() + decimals - value.scale() <= 18) {
            // fast path for the common case: few digits, no more decimals than allowed
            long units = value.unscaledValue().longValue();
            for (int k = value.scale(); k < decimals; k++) {
                units *= 10;
            }
            if (units >= minValue && units <= maxValue) {
                return units;
            }
        }
        String shown = show(value);
        String c = Text.clean(code);
        String path = section + "." + c;
        if (!scale.contains(value)) {
            problems.add(Problem.of(path, "Scale", "indicator " + c + " has " + what + " " + shown + "; values run " + scale.min() + ".."
                    + scale.max(), shown));
            return -1;
        }
        if (!scale.allowsPrecision(value)) {
            problems.add(Problem.of(path, "Precision", decimals == 0
                    ? "indicator " + c + " has " + what + " " + shown + "; " + framework.id() + " allows whole levels only"
                    : "indicator " + c + " has " + what + " " + shown + "; " + framework.id() + " allows at most " + decimals + " decimals",
                    shown));
            return -1;
        }
        return value.movePointRight(decimals).longValueExact();
    }

    /** Shows a number plainly, or in scientific notation when plain text would be absurdly long. */
    static String show(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return Math.abs((long) s.scale()) <= 30 && s.precision() <= 40 ? s.toPlainString() : s.toString();
    }
}
