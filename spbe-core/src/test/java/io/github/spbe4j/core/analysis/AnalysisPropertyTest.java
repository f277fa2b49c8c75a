package io.github.spbe4j.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.assessment.IndicatorInput;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.scoring.IndicatorScore;
import io.github.spbe4j.core.scoring.NodeScore;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import io.github.spbe4j.core.testing.Generators;
import io.github.spbe4j.core.testing.Oracle;
import io.github.spbe4j.core.testing.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Laws of the analysis package on many seeded random cases, each checked against an independent
 * oracle: scoring both cards and subtracting, naive counting of ranks, sorting for the median.
 */
class AnalysisPropertyTest {

    private static final FrameworkRegistry REGISTRY = FrameworkRegistry.builtIn();

    /** Built-in and random custom frameworks, each with a seed. */
    static Stream<Arguments> frameworksWithSeeds() {
        Stream<Arguments> builtIns = Generators.builtIns().stream()
                .flatMap(f -> Generators.seeds(11, 40).mapToObj(s -> Arguments.of(f, s)));
        Stream<Arguments> custom = Generators.seeds(13, 120).mapToObj(s -> Arguments.of(Generators.framework(s), s));
        return Stream.concat(builtIns, custom);
    }

    static Stream<Long> seeds() {
        return Generators.seeds(17, 300).boxed();
    }

    private static Map<String, BigDecimal> randomChanges(Framework f, Random r) {
        List<Indicator> indicators = new ArrayList<>(f.indicators());
        Collections.shuffle(indicators, r);
        Map<String, BigDecimal> changes = new LinkedHashMap<>();
        int k = r.nextInt(Math.min(indicators.size(), 6) + 1);
        for (int i = 0; i < k; i++) {
            changes.put(indicators.get(i).code(), Generators.value(f.scale(), r));
        }
        return changes;
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("frameworksWithSeeds")
    void whatIf_anyChanges_everyDeltaEqualsScoringBothAndSubtracting(Framework f, long seed) {
        Random r = new Random(seed);
        Assessment base = Generators.richAssessment(f, r);
        Map<String, BigDecimal> changes = randomChanges(f, r);
        Scorer scorer = Scorer.of(f);
        ScoreCard before = scorer.score(base);

        Comparison c = Comparison.whatIf(before, changes);

        // oracle: the assessment with the new values, scored from scratch
        Assessment changed = base;
        for (Map.Entry<String, BigDecimal> e : changes.entrySet()) {
            changed = changed.with(e.getKey(), new IndicatorInput.Value(e.getValue()));
        }
        ScoreCard after = Scorer.of(f).score(changed);
        assertThat(c.indexDelta()).isEqualByComparingTo(after.index().subtract(before.index()));
        assertThat(c.indexRoundedDelta()).isEqualByComparingTo(after.indexRounded().subtract(before.indexRounded()));
        assertThat(c.after().predikat()).isEqualTo(after.predikat().name());
        List<NodeScore> nb = before.nodes();
        List<NodeScore> na = after.nodes();
        assertThat(c.nodes()).hasSize(na.size());
        for (int i = 0; i < na.size(); i++) {
            NodeChange n = c.nodes().get(i);
            assertThat(n.code()).isEqualTo(na.get(i).code());
            assertThat(n.delta()).as(n.code()).isEqualByComparingTo(na.get(i).index().subtract(nb.get(i).index()));
            assertThat(n.contributionDelta()).as(n.code()).isEqualByComparingTo(na.get(i).contribution().subtract(nb.get(i).contribution()));
        }
        List<IndicatorScore> ib = before.indicators();
        List<IndicatorScore> ia = after.indicators();
        for (int i = 0; i < ia.size(); i++) {
            IndicatorChange ch = c.indicators().get(i);
            BigDecimal from = ib.get(i).value().orElse(BigDecimal.ZERO);
            BigDecimal to = ia.get(i).value().orElse(BigDecimal.ZERO);
            assertThat(ch.delta()).as(ch.code()).isEqualByComparingTo(to.subtract(from));
            assertThat(ch.contributionDelta()).as(ch.code()).isEqualByComparingTo(ia.get(i).contribution().subtract(ib.get(i).contribution()));
            if (!changes.containsKey(ch.code())) {
                assertThat(ch.direction()).as(ch.code()).isEqualTo(Direction.UNCHANGED);
            }
        }
        // and the exact rational oracle, where the index has a finite decimal form
        Rational oracleDelta = Oracle.score(f, Oracle.values(f, changed)).flatIndex().minus(Oracle.score(f, Oracle.values(f, base)).flatIndex());
        if (Oracle.score(f, Oracle.values(f, changed)).flatIndex().terminates() && Oracle.score(f, Oracle.values(f, base)).flatIndex().terminates()) {
            assertThat(oracleDelta.matches(c.indexDelta())).as("oracle %s, engine %s", oracleDelta, c.indexDelta()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("frameworksWithSeeds")
    void of_sameAssessment_hasNoDeltaAnywhere(Framework f, long seed) {
        ScoreCard card = Scorer.of(f).score(Generators.richAssessment(f, new Random(seed)));
        Comparison c = Comparison.of(card, card);
        assertThat(c.kind()).isEqualTo(Comparison.Kind.VERSIONS);
        assertThat(c.indexDelta().signum()).isZero();
        assertThat(c.changed()).isEmpty();
        assertThat(c.disagreements()).isEmpty();
        assertThat(c.nodes()).allSatisfy(n -> assertThat(n.delta().signum()).isZero());
        assertThat(c.indicators()).allSatisfy(i -> assertThat(i.contributionDelta().signum()).isZero());
        assertThat(c.predikatChanged()).isFalse();
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("frameworksWithSeeds")
    void of_swapped_negatesEveryDeltaAndSwapsRaisedAndLowered(Framework f, long seed) {
        Random r = new Random(seed);
        Assessment a = Generators.richAssessment(f, r);
        Assessment b = a;
        for (Map.Entry<String, BigDecimal> e : randomChanges(f, r).entrySet()) {
            b = b.with(e.getKey(), new IndicatorInput.Value(e.getValue()));
        }
        Scorer scorer = Scorer.of(f);
        Comparison ab = Comparison.of(scorer.score(a), scorer.score(b));
        Comparison ba = Comparison.of(scorer.score(b), scorer.score(a));
        assertThat(ab.indexDelta()).isEqualByComparingTo(ba.indexDelta().negate());
        for (int i = 0; i < ab.nodes().size(); i++) {
            assertThat(ab.nodes().get(i).delta()).isEqualByComparingTo(ba.nodes().get(i).delta().negate());
        }
        assertThat(ab.raised()).extracting(IndicatorChange::code).containsExactlyElementsOf(ba.lowered().stream().map(IndicatorChange::code).toList());
        assertThat(ab.lowered()).extracting(IndicatorChange::code).containsExactlyElementsOf(ba.raised().stream().map(IndicatorChange::code).toList());
    }

    /** Random cards of one framework and year with few distinct indices, so that ties are common. */
    private static List<ScoreCard> peers(Random r) {
        Framework f = REGISTRY.get("spbe-2020");
        Scorer scorer = Scorer.of(f);
        int n = 1 + r.nextInt(25);
        List<ScoreCard> cards = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            long base = 1 + r.nextInt(3);
            Assessment.Builder b = Assessment.builder("spbe-2020", Agency.named("Kabupaten " + a), 2023);
            for (Indicator i : f.indicators()) {
                b.value(i.code(), base);
            }
            if (r.nextBoolean()) {
                b.value(f.indicators().get(r.nextInt(3)).code(), 1 + r.nextInt(5));
            }
            cards.add(scorer.score(b.build()));
        }
        return cards;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void ranking_anyPeers_ranksPercentilesAndMedianEqualNaiveCountingAndSorting(long seed) {
        List<ScoreCard> cards = peers(new Random(seed));
        int n = cards.size();
        Ranking competition = Ranking.of(cards);
        Ranking dense = Ranking.of(cards, RankingMethod.DENSE);
        assertThat(competition.entries()).extracting(RankEntry::agency)
                .containsExactlyInAnyOrderElementsOf(cards.stream().map(c -> c.assessment().agency()).toList());
        for (ScoreCard c : cards) {
            int higher = 0;
            int below = 0;
            int tied = 0;
            TreeSet<BigDecimal> distinctHigher = new TreeSet<>();
            for (ScoreCard o : cards) {
                int cmp = o.index().compareTo(c.index());
                if (cmp > 0) {
                    higher++;
                    distinctHigher.add(o.index());
                } else if (cmp < 0) {
                    below++;
                } else {
                    tied++;
                }
            }
            RankEntry e = competition.entry(c.assessment().agency()).orElseThrow();
            assertThat(e.rank()).isEqualTo(higher + 1);
            assertThat(e.below()).isEqualTo(below);
            assertThat(e.tied()).isEqualTo(tied);
            assertThat(dense.entry(c.assessment().agency()).orElseThrow().rank()).isEqualTo(distinctHigher.size() + 1);
            Rational percentile = Rational.of(100).times(Rational.of(2L * below + tied, 2L * n));
            assertThat(e.percentile()).isEqualTo(percentile.roundHalfUp(2));
        }
        // ranks never decrease down the table
        for (int i = 1; i < n; i++) {
            assertThat(competition.entries().get(i).rank()).isGreaterThanOrEqualTo(competition.entries().get(i - 1).rank());
        }
        List<BigDecimal> sorted = cards.stream().map(ScoreCard::index).sorted().toList();
        Rational median = n % 2 == 1 ? Rational.of(sorted.get(n / 2))
                : Rational.of(sorted.get(n / 2 - 1)).plus(Rational.of(sorted.get(n / 2))).dividedBy(Rational.of(2));
        assertThat(median.matches(competition.median())).as("median %s", competition.median()).isTrue();
        assertThat(competition.national()).isNotNull();
        assertThat(competition.entries()).allSatisfy(e -> assertThat(e.vsNational()).isEqualByComparingTo(e.indexRounded().subtract(new BigDecimal("2.79"))));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void series_anyYearsAndFrameworks_deltasAreConsecutiveDifferencesAndTheNoteIsThereExactlyAcrossFrameworks(long seed) {
        Random r = new Random(seed);
        List<Framework> builtIns = Generators.builtIns();
        List<Integer> years = new ArrayList<>();
        for (int y = 2018; y <= 2030; y++) {
            years.add(y);
        }
        Collections.shuffle(years, r);
        int k = 1 + r.nextInt(6);
        Agency agency = Agency.of("Kota Contoh", "kota-contoh");
        List<ScoreCard> cards = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            Framework f = r.nextInt(3) == 0 ? builtIns.get(r.nextInt(builtIns.size())) : builtIns.get(0);
            Assessment.Builder b = Assessment.builder(f.id(), agency, years.get(i));
            Generators.values(f, r).forEach(b::value);
            cards.add(Scorer.of(f).score(b.build()));
        }
        Series s = Series.of(cards);
        List<ScoreCard> byYear = cards.stream().sorted((a, b) -> Integer.compare(a.assessment().year(), b.assessment().year())).toList();
        assertThat(s.points()).extracting(SeriesPoint::year).containsExactlyElementsOf(byYear.stream().map(c -> c.assessment().year()).toList());
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < k; i++) {
            SeriesPoint p = s.points().get(i);
            assertThat(p.index()).isEqualByComparingTo(byYear.get(i).index());
            if (i == 0) {
                assertThat(p.indexDelta()).isNull();
                assertThat(p.frameworkChanged()).isFalse();
            } else {
                assertThat(p.indexDelta()).isEqualByComparingTo(byYear.get(i).index().subtract(byYear.get(i - 1).index()));
                assertThat(p.frameworkChanged()).isEqualTo(!byYear.get(i).framework().id().equals(byYear.get(i - 1).framework().id()));
                assertThat(p.predikatChanged()).isEqualTo(!byYear.get(i).predikat().name().equals(byYear.get(i - 1).predikat().name()));
                sum = sum.add(p.indexDelta());
            }
        }
        assertThat(sum).isEqualByComparingTo(s.overallDelta());
        long distinctFrameworks = cards.stream().map(c -> c.framework().id()).distinct().count();
        assertThat(s.note().isEmpty()).isEqualTo(distinctFrameworks == 1);
        assertThat(s.crossesFrameworks()).isEqualTo(distinctFrameworks > 1);
    }
}
