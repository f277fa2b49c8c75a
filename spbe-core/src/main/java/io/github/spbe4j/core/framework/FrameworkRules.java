package io.github.spbe4j.core.framework;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.ProblemList;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules every {@link Framework} keeps, checked at once so that every broken rule is reported
 * together: weights that sum, unique codes, positive weights, a bounded common denominator, ladders
 * inside the scale, contiguous predikat bands covering the scale, and conversions that feed a known
 * indicator with contiguous, monotone bands inside the scale.
 *
 * <p>Each problem's path is the part at fault: a node's code ({@code A7}), {@code ladders.<id>},
 * {@code predikat.<name>} or {@code conversions.<indicator>}.
 */
final class FrameworkRules {

    /** What a valid framework's tree gives: its leaves and groups in tree order and lookups by id. */
    record Checked(List<Indicator> indicators, List<Group> groups, Map<String, Node> nodesByCode,
            Map<String, Ladder> laddersById, Map<String, Conversion> conversionsByIndicator) {
    }

    private final LevelScale scale;
    private final ProblemList problems = ProblemList.inOrderFound();

    private FrameworkRules(LevelScale scale) {
        this.scale = scale;
    }

    /**
     * Checks a framework's parts.
     *
     * @return the checked parts
     * @throws InvalidFrameworkException listing every rule broken
     */
    static Checked check(String id, LevelScale scale, List<Ladder> ladders, List<PredikatBand> predikat, List<Node> tree,
            List<Conversion> conversions) {
        FrameworkRules rules = new FrameworkRules(scale);
        if (id.isBlank()) {
            rules.add("id", "NotBlank", "the framework id is blank");
        }
        TextPolicy.NAME.check("id", id).ifPresent(rules.problems::add);
        List<Indicator> leaves = new ArrayList<>();
        List<Group> inner = new ArrayList<>();
        Map<String, Node> byCode = new LinkedHashMap<>();
        rules.tree(tree, leaves, inner, byCode);
        Map<String, Ladder> ladderMap = new HashMap<>();
        rules.ladders(ladders, leaves, ladderMap);
        rules.predikat(predikat);
        Map<String, Conversion> conversionMap = new HashMap<>();
        rules.conversions(conversions, byCode, conversionMap);
        if (!rules.problems.isEmpty()) {
            throw new InvalidFrameworkException("framework " + (id.isBlank() ? "(no id)" : Text.oneLine(id)), rules.problems.list(),
                    rules.problems.omitted());
        }
        return new Checked(List.copyOf(leaves), List.copyOf(inner), Collections.unmodifiableMap(byCode), Map.copyOf(ladderMap),
                Map.copyOf(conversionMap));
    }

    private void add(String path, String rule, String message) {
        problems.add(Problem.of(path, rule, message, null));
    }

    private static String code(Node node) {
        return Text.oneLine(node.code());
    }

    private void tree(List<Node> tree, List<Indicator> leaves, List<Group> inner, Map<String, Node> byCode) {
        if (tree.isEmpty()) {
            add("tree", "NotEmpty", "the tree has no nodes");
            return;
        }
        Weight total = Weight.ZERO;
        for (Node node : tree) {
            total = total.plus(node.weight());
            walk(node, leaves, inner, byCode);
        }
        if (total.compareTo(Weight.of(100)) != 0) {
            add("tree", "WeightSum", "top-level weights sum to " + total + ", not 100");
        }
        BigInteger lcm = BigInteger.ONE;
        BigInteger most = BigInteger.valueOf(Framework.MAX_WEIGHT_DENOMINATOR);
        for (Indicator i : leaves) {
            BigInteger d = i.weight().denominator();
            lcm = lcm.divide(lcm.gcd(d)).multiply(d);
            if (lcm.compareTo(most) > 0) {
                add(code(i), "WeightDenominator", "the indicators' weights need a common denominator above " + most
                        + " (reached at indicator " + code(i) + ", denominator " + lcm + "); weights share at most that");
                break;
            }
        }
    }

    private void walk(Node node, List<Indicator> leaves, List<Group> inner, Map<String, Node> byCode) {
        if (byCode.putIfAbsent(node.code(), node) != null) {
            add(code(node), "UniqueCode", "code " + code(node) + " is used by more than one node");
        }
        if (node.weight().compareTo(Weight.ZERO) <= 0) {
            add(code(node), "PositiveWeight", Text.oneLine(node.kind()) + " " + code(node) + " has weight " + node.weight()
                    + "; weights are positive");
        }
        if (node instanceof Group g) {
            inner.add(g);
            Weight sum = Weight.ZERO;
            for (Node child : g.children()) {
                sum = sum.plus(child.weight());
                walk(child, leaves, inner, byCode);
            }
            if (sum.compareTo(g.weight()) != 0) {
                add(code(g), "WeightSum", Text.oneLine(g.kind()) + " " + code(g) + " has weight " + g.weight()
                        + " but its children's weights sum to " + sum);
            }
        } else if (node instanceof Indicator i) {
            leaves.add(i);
        }
    }

    private void ladders(List<Ladder> ladders, List<Indicator> leaves, Map<String, Ladder> ladderMap) {
        for (Ladder ladder : ladders) {
            String id = Text.oneLine(ladder.id());
            if (ladderMap.putIfAbsent(ladder.id(), ladder) != null) {
                add("ladders." + id, "UniqueId", "ladder " + id + " is defined more than once");
            }
            for (Integer level : ladder.levels().keySet()) {
                if (level < scale.min() || level > scale.max()) {
                    add("ladders." + id, "Scale", "ladder " + id + " names level " + level + "; the scale runs " + scale);
                }
            }
        }
        for (Indicator i : leaves) {
            i.ladder().filter(l -> !ladderMap.containsKey(l)).ifPresent(l -> add(code(i), "Ladder",
                    "indicator " + code(i) + " refers to ladder " + Text.oneLine(l) + ", which is not defined"));
        }
    }

    private void predikat(List<PredikatBand> predikat) {
        if (predikat.isEmpty()) {
            add("predikat", "NotEmpty", "there are no predikat bands");
            return;
        }
        Set<String> names = new HashSet<>();
        BigDecimal min = BigDecimal.valueOf(scale.min());
        BigDecimal max = BigDecimal.valueOf(scale.max());
        PredikatBand first = predikat.get(0);
        PredikatBand last = predikat.get(predikat.size() - 1);
        if (first.lower().compareTo(min) != 0) {
            add("predikat", "CoversScale", "predikat bands start at " + first.lower().toPlainString() + ", not at the scale minimum "
                    + scale.min());
        }
        if (last.upper().compareTo(max) != 0) {
            add("predikat", "CoversScale", "predikat bands end at " + last.upper().toPlainString() + ", not at the scale maximum "
                    + scale.max());
        }
        PredikatBand previous = null;
        for (PredikatBand band : predikat) {
            String name = Text.oneLine(band.name());
            if (!names.add(band.name())) {
                add("predikat." + name, "UniqueName", "predikat " + name + " is defined more than once");
            }
            if (previous != null && band.lower().compareTo(previous.upper()) != 0) {
                String gap = band.lower().compareTo(previous.upper()) > 0 ? "a gap" : "an overlap";
                add("predikat." + name, "Contiguous", "predikat bands " + Text.oneLine(previous.name()) + " (to "
                        + previous.upper().toPlainString() + ") and " + name + " (from " + band.lower().toPlainString() + ") leave " + gap);
            }
            previous = band;
        }
    }

    private void conversions(List<Conversion> conversions, Map<String, Node> byCode, Map<String, Conversion> conversionMap) {
        BigDecimal min = BigDecimal.valueOf(scale.min());
        BigDecimal max = BigDecimal.valueOf(scale.max());
        for (Conversion c : conversions) {
            String indicator = Text.oneLine(c.indicator());
            String path = "conversions." + indicator;
            String where = "conversion for " + indicator;
            if (!(byCode.get(c.indicator()) instanceof Indicator)) {
                add(path, "KnownIndicator", where + " refers to no indicator of this framework");
            }
            if (conversionMap.putIfAbsent(c.indicator(), c) != null) {
                add(path, "UniqueConversion", where + " is defined more than once");
            }
            if (c.decimals() > scale.decimals()) {
                add(path, "Scale", where + " rounds to " + c.decimals() + " decimals but the scale allows " + scale.decimals());
            }
            List<ConversionBand> bands = c.bands();
            if (bands.get(0).from().compareTo(c.sourceMin()) != 0) {
                add(path, "CoversSource", where + ": the first band starts at " + bands.get(0).from().toPlainString()
                        + ", not at the source minimum " + c.sourceMin().toPlainString());
            }
            ConversionBand lastBand = bands.get(bands.size() - 1);
            if (lastBand.to().compareTo(c.sourceMax()) != 0) {
                add(path, "CoversSource", where + ": the last band ends at " + lastBand.to().toPlainString()
                        + ", not at the source maximum " + c.sourceMax().toPlainString());
            }
            ConversionBand previous = null;
            for (ConversionBand band : bands) {
                String b = where + ": band " + band.from().toPlainString() + ".." + band.to().toPlainString();
                if (band.from().compareTo(band.to()) >= 0) {
                    add(path, "BandWidth", b + " is empty or reversed");
                }
                if (band.valueFrom().compareTo(band.valueTo()) > 0) {
                    add(path, "Monotone", b + " maps onto " + band.valueFrom().toPlainString() + ".." + band.valueTo().toPlainString()
                            + ", which decreases; conversions are monotone");
                }
                if (band.valueFrom().compareTo(min) < 0 || band.valueTo().compareTo(max) > 0) {
                    add(path, "Scale", b + " maps onto " + band.valueFrom().toPlainString() + ".." + band.valueTo().toPlainString()
                            + ", outside the scale " + scale);
                }
                if (previous != null) {
                    if (band.from().compareTo(previous.to()) != 0) {
                        add(path, "Contiguous", b + " does not start where the previous band ends (" + previous.to().toPlainString() + ")");
                    }
                    if (band.valueFrom().compareTo(previous.valueTo()) < 0) {
                        add(path, "Monotone", b + " starts at value " + band.valueFrom().toPlainString() + ", below the previous band's "
                                + previous.valueTo().toPlainString() + "; conversions are monotone");
                    }
                }
                previous = band;
            }
        }
    }
}
