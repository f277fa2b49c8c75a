package io.github.spbe4j.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.assessment.IndicatorInput;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.Group;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.framework.InvalidFrameworkException;
import io.github.spbe4j.core.framework.LevelScale;
import io.github.spbe4j.core.framework.PredikatBand;
import io.github.spbe4j.core.framework.Weight;
import io.github.spbe4j.core.testing.Checks;
import io.github.spbe4j.core.testing.Generators;
import io.github.spbe4j.core.testing.Oracle;
import io.github.spbe4j.core.testing.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the scoring engine, checked on every built-in framework and on random custom
 * frameworks (tree depth 1..4, decimal and fraction weights) against {@link Oracle}, an independent
 * computation in exact rational arithmetic. Each case is reproducible from the seed in its name.
 */
class ScorerPropertyTest {

    /** Assessments per (framework, seed) case. */
    private static final int BATCH = 15;

    static Stream<Arguments> builtInCases() {
        return Generators.builtInsWithSeeds(7, 8);
    }

    static Stream<Arguments> builtInIds() {
        return FrameworkRegistry.BUILT_IN_IDS.stream().map(Arguments::of);
    }

    static Stream<Long> customSeeds() {
        return Generators.seeds(11, 40).boxed();
    }

    private static Framework builtIn(String id) {
        return FrameworkRegistry.builtIn().get(id);
    }

    private static Map<String, Rational> rationals(Map<String, BigDecimal> values) {
        Map<String, Rational> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, Rational.of(v)));
        return out;
    }

    // ------------------------------------------------------------------ (a) flat weighted sum

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("builtInCases")
    void index_randomAssessments_equalsFlatWeightedSumOverHundred(String id, long seed) {
        Framework f = builtIn(id);
        Scorer scorer = Scorer.of(f);
        Random r = new Random(seed);
        Checks checks = new Checks();
        for (int k = 0; k < BATCH; k++) {
            Map<String, BigDecimal> values = Generators.values(f, r);
            ScoreCard card = scorer.score(Generators.assessment(f, values));
            Oracle.Result expected = Oracle.score(f, rationals(values));
            int n = k;
            checks.matches(card.index(), expected.flatIndex(), () -> id + " seed " + seed + " #" + n + " " + values);
        }
        checks.assertAll();
    }

    // ------------------------------------------------------------------ (b) hierarchical, every group

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("builtInCases")
    void nodes_randomAssessments_everyGroupEqualsHierarchicalOracle(String id, long seed) {
        Framework f = builtIn(id);
        Scorer scorer = Scorer.of(f);
        Random r = new Random(seed);
        Checks checks = new Checks();
        for (int k = 0; k < BATCH; k++) {
            Map<String, BigDecimal> values = Generators.values(f, r);
            checkHierarchy(checks, scorer.score(Generators.assessment(f, values)), Oracle.score(f, rationals(values)),
                    id + " seed " + seed + " #" + k);
        }
        checks.assertAll();
    }

    private static void checkHierarchy(Checks checks, ScoreCard card, Oracle.Result expected, String where) {
        checks.equal(expected.hierarchicalIndex(), expected.flatIndex(), () -> where + " oracle: flat = hierarchical");
        checks.matches(card.index(), expected.hierarchicalIndex(), () -> where + " index");
        List<NodeScore> nodes = card.nodes();
        checks.equal(nodes.stream().map(NodeScore::code).toList(), expected.groupCodesInPreorder(), () -> where + " groups in preorder");
        for (NodeScore n : nodes) {
            Rational idx = expected.groupIndex().get(n.code());
            checks.matches(n.index(), idx, () -> where + " group " + n.code() + " index");
            checks.equal(n.indexRounded(), idx.roundHalfUp(2), () -> where + " group " + n.code() + " indexRounded");
            checks.matches(n.contribution(), expected.groupContribution().get(n.code()), () -> where + " group " + n.code() + " contribution");
            checks.equal(n.depth(), expected.groupDepth().get(n.code()), () -> where + " group " + n.code() + " depth");
            checks.equal(card.node(n.code()).orElse(null), n, () -> where + " node(" + n.code() + ")");
        }
    }

    // ------------------------------------------------------------------ (c) monotone

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("builtInCases")
    void score_raisingOneValue_raisesIndexAndAncestorsAndLeavesOtherGroupsUnchanged(String id, long seed) {
        checkRaisingOne(builtIn(id), seed);
    }

    @ParameterizedTest(name = "custom seed {0}")
    @MethodSource("customSeeds")
    void score_raisingOneValueInCustomFramework_raisesIndexAndAncestorsAndLeavesOtherGroupsUnchanged(long seed) {
        checkRaisingOne(Generators.framework(seed), seed);
    }

    private static void checkRaisingOne(Framework f, long seed) {
        Scorer scorer = Scorer.of(f);
        Random r = new Random(seed);
        Map<String, List<String>> ancestors = Oracle.ancestors(f);
        Checks checks = new Checks();
        for (int k = 0; k < BATCH; k++) {
            Map<String, BigDecimal> values = Generators.values(f, r);
            Assessment before = Generators.assessment(f, values);
            ScoreCard base = scorer.score(before);
            Indicator raised = f.indicators().get(r.nextInt(f.indicators().size()));
            BigDecimal higher = Generators.higherValue(f.scale(), values.get(raised.code()), r);
            if (higher == null) {
                continue;
            }
            ScoreCard after = scorer.score(before.with(raised.code(), IndicatorInput.value(higher)));
            String where = f.id() + " seed " + seed + " #" + k + " raising " + raised.code() + " " + values.get(raised.code()) + "->" + higher;
            checks.isTrue(after.index().compareTo(base.index()) > 0, () -> where + " index " + base.index() + " -> " + after.index());
            for (NodeScore n : after.nodes()) {
                BigDecimal old = base.node(n.code()).orElseThrow().index();
                int c = n.index().compareTo(old);
                if (ancestors.get(raised.code()).contains(n.code())) {
                    checks.isTrue(c > 0, () -> where + " ancestor " + n.code() + " " + old + " -> " + n.index());
                } else {
                    checks.isTrue(c == 0, () -> where + " unrelated group " + n.code() + " " + old + " -> " + n.index());
                }
            }
        }
        checks.assertAll();
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("builtInCases")
    void score_raisingAnySetOfValues_neverLowersIndexOrAnyGroup(String id, long seed) {
        checkRaisingSet(builtIn(id), seed);
    }

    @ParameterizedTest(name = "custom seed {0}")
    @MethodSource("customSeeds")
    void score_raisingAnySetOfValuesInCustomFramework_neverLowersIndexOrAnyGroup(long seed) {
        checkRaisingSet(Generators.framework(seed), seed);
    }

    private static void checkRaisingSet(Framework f, long seed) {
        Scorer scorer = Scorer.of(f);
        Random r = new Random(seed ^ 0x5DEECE66DL);
        Checks checks = new Checks();
        for (int k = 0; k < BATCH; k++) {
            Map<String, BigDecimal> values = Generators.values(f, r);
            Map<String, BigDecimal> raised = new LinkedHashMap<>(values);
            boolean any = false;
            for (Indicator i : f.indicators()) {
                if (r.nextInt(3) == 0) {
                    BigDecimal h = Generators.higherValue(f.scale(), values.get(i.code()), r);
                    if (h != null) {
                        raised.put(i.code(), h);
                        any = true;
                    }
                }
            }
            ScoreCard base = scorer.score(Generators.assessment(f, values));
            ScoreCard after = scorer.score(Generators.assessment(f, raised));
            String where = f.id() + " seed " + seed + " #" + k;
            int c = after.index().compareTo(base.index());
            checks.isTrue(any ? c > 0 : c == 0, () -> where + " index " + base.index() + " -> " + after.index());
            checks.isTrue(after.indexRounded().compareTo(base.indexRounded()) >= 0, () -> where + " rounded");
            for (NodeScore n : after.nodes()) {
                BigDecimal old = base.node(n.code()).orElseThrow().index();
                checks.isTrue(n.index().compareTo(old) >= 0, () -> where + " group " + n.code() + " " + old + " -> " + n.index());
            }
            for (IndicatorScore s : after.indicators()) {
                IndicatorScore old = base.indicator(s.code()).orElseThrow();
                checks.isTrue(s.contribution().compareTo(old.contribution()) >= 0, () -> where + " contribution " + s.code());
                checks.isTrue(s.headroom().compareTo(old.headroom()) <= 0, () -> where + " headroom " + s.code());
            }
        }
        checks.assertAll();
    }

    // ------------------------------------------------------------------ (d) uniform values

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInIds")
    void score_allValuesEqualL_givesExactlyLForEveryLOnTheScale(String id) {
        Framework f = builtIn(id);
        Scorer scorer = Scorer.of(f);
        Checks checks = new Checks();
        BigDecimal step = BigDecimal.ONE.movePointLeft(f.scale().decimals());
        int count = 0;
        for (BigDecimal level = BigDecimal.valueOf(f.scale().min()); level.compareTo(BigDecimal.valueOf(f.scale().max())) <= 0;
                level = level.add(step)) {
            checkUniform(checks, f, scorer, level);
            count++;
        }
        int expectedCount = (f.scale().max() - f.scale().min()) * BigInteger.TEN.pow(f.scale().decimals()).intValueExact() + 1;
        assertThat(count).as("grid points of " + id).isEqualTo(expectedCount);
        checks.assertAll();
    }

    @ParameterizedTest(name = "custom seed {0}")
    @MethodSource("customSeeds")
    void score_allValuesEqualLInCustomFramework_givesExactlyL(long seed) {
        Framework f = Generators.framework(seed);
        Scorer scorer = Scorer.of(f);
        Random r = new Random(seed);
        Checks checks = new Checks();
        for (int level = f.scale().min(); level <= f.scale().max(); level++) {
            checkUniform(checks, f, scorer, BigDecimal.valueOf(level));
        }
        for (int k = 0; k < 10; k++) {
            checkUniform(checks, f, scorer, Generators.value(f.scale(), r));
        }
        checks.assertAll();
    }

    private static void checkUniform(Checks checks, Framework f, Scorer scorer, BigDecimal level) {
        ScoreCard card = scorer.score(Generators.uniform(f, level));
        String where = f.id() + " all " + level.toPlainString();
        checks.sameValue(card.index(), level, () -> where);
        checks.equal(card.indexRounded(), level.setScale(2, RoundingMode.HALF_UP), () -> where + " rounded");
        for (NodeScore n : card.nodes()) {
            checks.sameValue(n.index(), level, () -> where + " group " + n.code());
        }
        checks.equal(card.predikat(), f.predikatFor(level.setScale(2, RoundingMode.HALF_UP)), () -> where + " predikat");
    }

    // ------------------------------------------------------------------ (e) within the scale

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("builtInCases")
    void index_randomAssessments_liesWithinTheScale(String id, long seed) {
        checkWithinScale(builtIn(id), seed);
    }

    @ParameterizedTest(name = "custom seed {0}")
    @MethodSource("customSeeds")
    void index_randomAssessmentsOfCustomFramework_liesWithinTheScale(long seed) {
        checkWithinScale(Generators.framework(seed), seed);
    }

    private static void checkWithinScale(Framework f, long seed) {
        Scorer scorer = Scorer.of(f);
        Random r = new Random(seed);
        BigDecimal min = BigDecimal.valueOf(f.scale().min());
        BigDecimal max = BigDecimal.valueOf(f.scale().max());
        Checks checks = new Checks();
        for (int k = 0; k < BATCH; k++) {
            ScoreCard card = scorer.score(Generators.assessment(f, Generators.values(f, r)));
            String where = f.id() + " seed " + seed + " #" + k;
            checks.isTrue(card.index().compareTo(min) >= 0 && card.index().compareTo(max) <= 0, () -> where + " index " + card.index());
            checks.isTrue(card.indexRounded().compareTo(min) >= 0 && card.indexRounded().compareTo(max) <= 0, () -> where + " rounded");
            for (NodeScore n : card.nodes()) {
                checks.isTrue(n.index().compareTo(min) >= 0 && n.index().compareTo(max) <= 0, () -> where + " " + n.code() + " " + n.index());
            }
            checks.isTrue(f.predikat().contains(card.predikat()), () -> where + " predikat " + card.predikat());
        }
        checks.assertAll();
    }

    // ------------------------------------------------------------------ (f) rounding

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("builtInCases")
    void indexRounded_randomAssessments_isExactIndexRoundedHalfUpToTwoDecimals(String id, long seed) {
        Framework f = builtIn(id);
        Scorer scorer = Scorer.of(f);
        Random r = new Random(seed);
        Checks checks = new Checks();
        for (int k = 0; k < BATCH; k++) {
            Map<String, BigDecimal> values = Generators.values(f, r);
            ScoreCard card = scorer.score(Generators.assessment(f, values));
            Rational exact = Oracle.score(f, rationals(values)).flatIndex();
            // equals(), not compareTo(): the rounded index always has scale 2
            checks.equal(card.indexRounded(), exact.roundHalfUp(2), () -> id + " seed " + seed + " exact " + exact);
        }
        checks.assertAll();
    }

    static Stream<String> halfwayFrameworks() {
        // spbe-2018-35x1 has whole weights (an index never has a third decimal) and spbe-2018 thirds
        return Stream.of("spbe-2020", "pemdi-2026");
    }

    /** Searches random assessments for exact indexes x.xx5 and checks that each rounds up, even where half-even would not. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("halfwayFrameworks")
    void indexRounded_exactHalfwayValues_roundUpNotToEven(String id) {
        Framework f = builtIn(id);
        Scorer scorer = Scorer.of(f);
        Random r = new Random(20250101);
        int halfway = 0;
        int evenBefore = 0;
        Checks checks = new Checks();
        for (int k = 0; k < 5000 && evenBefore < 20; k++) {
            ScoreCard card = scorer.score(Generators.assessment(f, Generators.values(f, r)));
            BigDecimal exact = card.index().stripTrailingZeros();
            if (exact.scale() != 3 || exact.unscaledValue().mod(BigInteger.TEN).intValue() != 5) {
                continue;
            }
            halfway++;
            checks.equal(card.indexRounded(), exact.add(new BigDecimal("0.005")).setScale(2, RoundingMode.UNNECESSARY),
                    () -> id + " exact " + exact);
            if (!exact.unscaledValue().divide(BigInteger.TEN).testBit(0)) {
                evenBefore++;
                checks.isTrue(card.indexRounded().compareTo(exact.setScale(2, RoundingMode.HALF_EVEN)) != 0,
                        () -> id + " exact " + exact + " rounded half-even");
            }
        }
        assertThat(halfway).as("halfway cases found for " + id).isPositive();
        assertThat(evenBefore).as("halfway cases with an even second decimal found for " + id).isPositive();
        checks.assertAll();
    }

    @Test
    void index_nonTerminatingValueOfSpbe2018_isGivenTo34DigitsAndRoundedFromTheExactValue() {
        // spbe-2018 weighs 32..35.3 at 10/3 each: raising one of them gives an index in thirds
        Framework f = builtIn("spbe-2018");
        ScoreCard card = Scorer.of(f).score(Generators.uniform(f, BigDecimal.valueOf(2)).with("35.2", IndicatorInput.value(3)));
        Rational exact = Rational.of(2).plus(Rational.of(10, 300));
        assertThat(exact.matches(card.index())).as(card.index().toPlainString()).isTrue();
        assertThat(card.index().toPlainString()).isEqualTo("2.033333333333333333333333333333333");
        assertThat(card.indexRounded()).isEqualTo(new BigDecimal("2.03"));
        // A7 = (6 × 10/3 × 2 + 10/3 × 3) / 20 = 13/6
        assertThat(card.node("A7").orElseThrow().index().toPlainString()).isEqualTo("2.166666666666666666666666666666667");
        assertThat(card.node("A7").orElseThrow().indexRounded()).isEqualTo(new BigDecimal("2.17"));
    }

    // ------------------------------------------------------------------ (g) contributions and headroom

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("builtInCases")
    void contributions_randomAssessments_sumToIndexAndAddUpWithHeadroomToWeightTimesMax(String id, long seed) {
        checkContributions(builtIn(id), seed);
    }

    @ParameterizedTest(name = "custom seed {0}")
    @MethodSource("customSeeds")
    void contributions_randomAssessmentsOfCustomFramework_sumToIndexAndAddUpWithHeadroomToWeightTimesMax(long seed) {
        checkContributions(Generators.framework(seed), seed);
    }

    private static void checkContributions(Framework f, long seed) {
        Scorer scorer = Scorer.of(f);
        Random r = new Random(seed);
        Checks checks = new Checks();
        Rational max = Rational.of(f.scale().max());
        BigDecimal tolerance = new BigDecimal("1e-28");
        for (int k = 0; k < BATCH; k++) {
            Map<String, BigDecimal> values = Generators.values(f, r);
            ScoreCard card = scorer.score(Generators.assessment(f, values));
            Oracle.Result expected = Oracle.score(f, rationals(values));
            String where = f.id() + " seed " + seed + " #" + k;
            BigDecimal sum = BigDecimal.ZERO;
            boolean allExact = expected.flatIndex().terminates();
            for (IndicatorScore s : card.indicators()) {
                Rational whole = Rational.of(s.indicator().weight()).times(max).dividedBy(Rational.HUNDRED);
                checks.matches(s.contribution(), expected.contribution().get(s.code()), () -> where + " contribution " + s.code());
                checks.matches(s.headroom(), expected.headroom().get(s.code()), () -> where + " headroom " + s.code());
                BigDecimal both = s.contribution().add(s.headroom());
                if (whole.terminates() && expected.contribution().get(s.code()).terminates()) {
                    checks.sameValue(both, whole.exactDecimal(), () -> where + " contribution + headroom of " + s.code());
                } else {
                    allExact = false;
                    checks.isTrue(Rational.of(both).minus(whole).abs().compareTo(tolerance) < 0,
                            () -> where + " contribution + headroom of " + s.code() + " = " + both + ", not " + whole);
                }
                checks.sameValue(s.value().orElse(null), values.get(s.code()), () -> where + " value " + s.code());
                sum = sum.add(s.contribution());
            }
            BigDecimal total = sum;
            if (allExact) {
                checks.sameValue(total, card.index(), () -> where + " sum of contributions");
            } else {
                checks.isTrue(total.subtract(card.index()).abs().compareTo(tolerance) < 0,
                        () -> where + " sum of contributions " + total + " vs index " + card.index());
            }
        }
        checks.assertAll();
    }

    // ------------------------------------------------------------------ (h) byHeadroom

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("builtInCases")
    void byHeadroom_randomAssessments_isSortedDescendingWithTiesInTreeOrder(String id, long seed) {
        Framework f = builtIn(id);
        Scorer scorer = Scorer.of(f);
        Random r = new Random(seed);
        List<String> treeOrder = Oracle.leaves(f).stream().map(Indicator::code).toList();
        Checks checks = new Checks();
        for (int k = 0; k < BATCH; k++) {
            ScoreCard card = scorer.score(Generators.assessment(f, Generators.values(f, r)));
            List<IndicatorScore> sorted = card.byHeadroom();
            String where = id + " seed " + seed + " #" + k;
            checks.equal(new TreeSet<>(sorted.stream().map(IndicatorScore::code).toList()), new TreeSet<>(treeOrder),
                    () -> where + " every indicator once");
            checks.equal(sorted.size(), treeOrder.size(), () -> where + " size");
            for (int i = 1; i < sorted.size(); i++) {
                IndicatorScore a = sorted.get(i - 1);
                IndicatorScore b = sorted.get(i);
                int c = a.headroom().compareTo(b.headroom());
                checks.isTrue(c > 0 || c == 0 && treeOrder.indexOf(a.code()) < treeOrder.indexOf(b.code()),
                        () -> where + ": " + a.code() + " (" + a.headroom() + ") before " + b.code() + " (" + b.headroom() + ")");
            }
        }
        checks.assertAll();
    }

    // ------------------------------------------------------------------ (i) custom frameworks, all at once

    @ParameterizedTest(name = "custom seed {0}")
    @MethodSource("customSeeds")
    void score_randomCustomFramework_matchesOracleForIndexGroupsAndRounding(long seed) {
        Framework f = Generators.framework(seed);
        Scorer scorer = Scorer.of(f);
        Random r = new Random(~seed);
        Checks checks = new Checks();
        for (int k = 0; k < BATCH; k++) {
            Map<String, BigDecimal> values = Generators.values(f, r);
            ScoreCard card = scorer.score(Generators.assessment(f, values));
            Oracle.Result expected = Oracle.score(f, rationals(values));
            String where = f.id() + " seed " + seed + " #" + k;
            checks.matches(card.index(), expected.flatIndex(), () -> where);
            checkHierarchy(checks, card, expected, where);
            checks.equal(card.indexRounded(), expected.flatIndex().roundHalfUp(2), () -> where + " rounded");
            checks.equal(card.predikat(), f.predikatFor(expected.flatIndex().roundHalfUp(2)), () -> where + " predikat");
        }
        checks.assertAll();
    }

    @Test
    void generators_customFrameworks_coverEveryDepthFractionWeightsDecimalsAndConversions() {
        // the custom-framework properties are only as good as what the generator really produces
        Set<Integer> depths = new TreeSet<>();
        boolean fraction = false;
        boolean fractional = false;
        boolean conversions = false;
        boolean mixedLevels = false;
        for (long seed : customSeeds().mapToLong(Long::longValue).toArray()) {
            Framework f = Generators.framework(seed);
            Map<String, Integer> depth = Oracle.score(f, Map.of()).groupDepth();
            depths.add(depth.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 2);
            fraction |= f.indicators().stream().anyMatch(i -> !i.weight().isDecimal());
            fractional |= f.scale().decimals() > 0;
            conversions |= !f.conversions().isEmpty();
            mixedLevels |= Oracle.ancestors(f).values().stream().map(List::size).distinct().count() > 1;
        }
        assertThat(depths).containsExactly(1, 2, 3, 4);
        assertThat(fraction).as("fraction weights").isTrue();
        assertThat(fractional).as("fractional scales").isTrue();
        assertThat(conversions).as("conversions").isTrue();
        assertThat(mixedLevels).as("indicators at different depths").isTrue();
    }

    // ------------------------------------------------------------------ every kind of input

    static Stream<Arguments> richCases() {
        List<Arguments> out = new ArrayList<>();
        Generators.builtInsWithSeeds(13, 6).forEach(out::add);
        Generators.seeds(17, 40).forEach(s -> out.add(Arguments.of("custom", s)));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("richCases")
    void score_assessmentsWithEvidenceAndExternalValues_matchOracleAndReportNotYetIndicated(String id, long seed) {
        Framework f = id.equals("custom") ? Generators.framework(seed) : builtIn(id);
        Scorer scorer = Scorer.of(f);
        Random r = new Random(seed);
        Checks checks = new Checks();
        for (int k = 0; k < BATCH; k++) {
            Assessment a = Generators.richAssessment(f, r);
            ScoreCard card = scorer.score(a);
            Map<String, Rational> values = Oracle.values(f, a);
            Oracle.Result expected = Oracle.score(f, values);
            String where = f.id() + " seed " + seed + " #" + k;
            checks.matches(card.index(), expected.flatIndex(), () -> where);
            checkHierarchy(checks, card, expected, where);
            List<String> notYet = f.indicators().stream().map(Indicator::code).filter(c -> !values.containsKey(c)).toList();
            checks.equal(card.notYetIndicated(), notYet, () -> where + " not yet indicated");
            checks.equal(card.complete(), notYet.isEmpty(), () -> where + " complete");
            for (IndicatorScore s : card.indicators()) {
                IndicatorInput input = a.inputs().get(s.code());
                ResolvedAssessment.Origin origin = input instanceof IndicatorInput.Value ? ResolvedAssessment.Origin.VALUE
                        : input instanceof IndicatorInput.Evidence ? ResolvedAssessment.Origin.EVIDENCE : ResolvedAssessment.Origin.EXTERNAL;
                checks.equal(s.origin(), origin, () -> where + " origin " + s.code());
                checks.equal(card.resolved().origin(s.code()), origin, () -> where + " resolved origin " + s.code());
                if (values.containsKey(s.code())) {
                    checks.matches(s.value().orElse(null), values.get(s.code()), () -> where + " value " + s.code());
                    checks.sameValue(card.resolved().value(s.code()).orElse(null), s.value().orElse(null), () -> where + " resolved value " + s.code());
                    checks.isTrue(!card.resolved().isNotYetIndicated(s.code()), () -> where + " indicated " + s.code());
                } else {
                    checks.isTrue(s.value().isEmpty() && s.notYetIndicated(), () -> where + " value of not yet indicated " + s.code());
                    checks.sameValue(s.contribution(), BigDecimal.ZERO, () -> where + " contribution " + s.code());
                    checks.isTrue(card.resolved().notYetIndicatedReason(s.code()).isPresent(), () -> where + " reason " + s.code());
                    checks.isTrue(card.resolved().value(s.code()).isEmpty(), () -> where + " resolved value " + s.code());
                }
            }
        }
        checks.assertAll();
    }

    // ------------------------------------------------------------------ what-if

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("builtInCases")
    void with_whatIfOnResolvedAssessment_scoresLikeTheRebuiltAssessment(String id, long seed) {
        Framework f = builtIn(id);
        Scorer scorer = Scorer.of(f);
        Random r = new Random(seed);
        Checks checks = new Checks();
        for (int k = 0; k < BATCH; k++) {
            Assessment a = Generators.richAssessment(f, r);
            ResolvedAssessment resolved = scorer.resolve(a);
            Indicator target = f.indicators().get(r.nextInt(f.indicators().size()));
            BigDecimal v = Generators.value(f.scale(), r);
            ScoreCard whatIf = scorer.score(resolved.with(target.code(), v));
            ScoreCard rebuilt = scorer.score(a.with(target.code(), IndicatorInput.value(v)));
            String where = id + " seed " + seed + " #" + k + " " + target.code() + "=" + v;
            checks.sameValue(whatIf.index(), rebuilt.index(), () -> where + " index");
            checks.equal(whatIf.nodes(), rebuilt.nodes(), () -> where + " nodes");
            checks.equal(whatIf.notYetIndicated(), rebuilt.notYetIndicated(), () -> where + " not yet indicated");
            checks.equal(whatIf.resolved().origin(target.code()), ResolvedAssessment.Origin.VALUE, () -> where + " origin");
        }
        checks.assertAll();
    }

    /** A framework on 0..100 with four decimals whose weights share the largest denominator the engine accepts. */
    private static Framework extremeFramework(long p) {
        BigInteger q = BigInteger.valueOf(p);
        Weight big = Weight.ofFraction(q.multiply(BigInteger.valueOf(100)).subtract(BigInteger.ONE), q);
        Weight half = Weight.of(50);
        Weight rest = Weight.ofFraction(q.multiply(BigInteger.valueOf(50)).subtract(BigInteger.ONE), q);
        Weight tiny = Weight.ofFraction(BigInteger.ONE, q);
        return Framework.builder("extreme-" + p).scale(new LevelScale(0, 100, 4))
                .predikat(List.of(PredikatBand.of("Semua", BigDecimal.ZERO, BigDecimal.valueOf(100))))
                .tree(List.of(
                        new Group("G1", "aspect", "Besar", big, List.of(
                                Indicator.of("X1", "Setengah", half), Indicator.of("X2", "Sisa", rest)), Optional.empty()),
                        new Group("G2", "aspect", "Kecil", tiny, List.of(Indicator.of("X3", "Kecil", tiny)), Optional.empty())))
                .build();
    }

    @Test
    void score_largestAcceptedWeightDenominatorAndFinestScale_matchesOracleWithoutOverflow() {
        Framework f = extremeFramework(999_999_937L); // the largest prime below 10^9
        Scorer scorer = Scorer.of(f);
        Random r = new Random(5);
        Checks checks = new Checks();
        List<Map<String, BigDecimal>> cases = new ArrayList<>();
        cases.add(Map.of("X1", BigDecimal.valueOf(100), "X2", BigDecimal.valueOf(100), "X3", BigDecimal.valueOf(100)));
        cases.add(Map.of("X1", BigDecimal.ZERO, "X2", BigDecimal.ZERO, "X3", new BigDecimal("0.0001")));
        cases.add(Map.of("X1", new BigDecimal("99.9999"), "X2", new BigDecimal("99.9999"), "X3", new BigDecimal("0.0001")));
        for (int k = 0; k < 200; k++) {
            cases.add(Generators.values(f, r));
        }
        for (Map<String, BigDecimal> values : cases) {
            ScoreCard card = scorer.score(Generators.assessment(f, values));
            Oracle.Result expected = Oracle.score(f, rationals(values));
            checks.matches(card.index(), expected.flatIndex(), () -> "index " + values);
            checks.equal(card.indexRounded(), expected.flatIndex().roundHalfUp(2), () -> "rounded " + values);
            checkHierarchy(checks, card, expected, values.toString());
            for (IndicatorScore s : card.indicators()) {
                checks.matches(s.contribution(), expected.contribution().get(s.code()), () -> "contribution " + s.code() + " " + values);
                checks.matches(s.headroom(), expected.headroom().get(s.code()), () -> "headroom " + s.code() + " " + values);
            }
        }
        checks.assertAll();
    }

    @Test
    void build_weightDenominatorAboveTheEngineLimit_isRefusedNamingTheDenominator() {
        assertThatThrownBy(() -> extremeFramework(1_000_000_007L))
                .isInstanceOf(InvalidFrameworkException.class)
                .hasMessageContaining("extreme-1000000007").hasMessageContaining("1000000007")
                .hasMessageContaining(Long.toString(Framework.MAX_WEIGHT_DENOMINATOR));
    }

    @Test
    void indicators_spbe2020WholeLevels_carryTheLadderLevelName() {
        Framework f = builtIn("spbe-2020");
        ScoreCard card = Scorer.of(f).score(Generators.uniform(f, BigDecimal.valueOf(3)).with("42", IndicatorInput.value(2)));
        assertThat(card.indicator("1").orElseThrow().levelName()).contains("Terdefinisi");
        assertThat(card.indicator("42").orElseThrow().levelName()).contains("Interaksi");
        assertThat(card.indicator("32").orElseThrow().levelName()).contains("Transaksi");
        assertThat(card.indicator("nope")).isEmpty();
        assertThat(card.node("32")).as("an indicator is not a group").isEmpty();
    }
}
