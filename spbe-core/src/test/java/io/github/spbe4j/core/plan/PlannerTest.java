package io.github.spbe4j.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.assessment.Assessment;
import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.Group;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.framework.LevelScale;
import io.github.spbe4j.core.framework.PredikatBand;
import io.github.spbe4j.core.framework.Weight;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.scoring.IndicatorScore;
import io.github.spbe4j.core.scoring.PredikatReading;
import io.github.spbe4j.core.scoring.ResolvedAssessment;
import io.github.spbe4j.core.scoring.ScoreCard;
import io.github.spbe4j.core.scoring.Scorer;
import io.github.spbe4j.core.scoring.ScoringOptions;
import io.github.spbe4j.core.testing.PlanCases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The planner on the sample assessments and on small worked examples. */
class PlannerTest {

    private static final Path SPBE_2020_SAMPLE = Path.of("..", "examples", "data", "kota-contoh-2025-spbe-2020.json");
    private static final Path PEMDI_SAMPLE = Path.of("..", "examples", "data", "kota-contoh-2026-pemdi-2026.json");

    private static ScoreCard sample(Path file) {
        return Scorer.score(SpbeJson.readAssessment(file), FrameworkRegistry.builtIn());
    }

    /** Three indicators of weights 50, 30 and 20, all at level 1; a step costs 5, 2 and 1. */
    static ScoreCard workedExample() {
        Framework f = Framework.builder("contoh-rencana").scale(LevelScale.ofLevels(1, 5))
                .predikat(List.of(PredikatBand.of("Kurang", BigDecimal.ONE, new BigDecimal("3")),
                        PredikatBand.of("Baik", new BigDecimal("3"), new BigDecimal("5"))))
                .tree(List.of(Group.of("A1", "aspect", "Aspek", Weight.of(100), List.of(Indicator.of("1", "Satu", Weight.of(50)),
                        Indicator.of("2", "Dua", Weight.of(30)), Indicator.of("3", "Tiga", Weight.of(20))))))
                .build();
        return Scorer.of(f).score(Assessment.builder("contoh-rencana", Agency.named("Dinas Contoh"), 2025).value("1", 1).value("2", 1)
                .value("3", 1).build());
    }

    @Test
    void plan_workedExample_isCheaperThanGreedy() {
        ScoreCard card = workedExample();
        CostModel costs = CostModel.uniform().withCost("1", 5).withCost("2", 2).withCost("3", 1);
        Target target = Target.parse("1.9");

        PlanOutcome outcome = Planner.of(card, costs).plan(target);
        PlanCases.Found greedy = PlanCases.greedy(card, costs, target, 0);

        assertThat(outcome.plan().changes()).hasToString("[2: 1 -> 2, 3: 1 -> 4]");
        assertThat(outcome.plan().cost()).isEqualTo(5);
        assertThat(outcome.plan().indexRounded()).isEqualByComparingTo("1.90");
        // greedy raises 3 all the way first (0.2 per unit of cost), then 2: cost 4 + 2, index 2.10
        assertThat(greedy.levels()).containsExactly(1, 2, 5);
        assertThat(greedy.cost()).isEqualTo(6);
    }

    @Test
    void plan_sampleToMemuaskan_takes71StepsWhereRaisingByHeadroomTakes79() {
        ScoreCard card = sample(SPBE_2020_SAMPLE);
        assertThat(card.indexRounded()).isEqualByComparingTo("2.37");

        PlanOutcome outcome = Planner.of(card).plan(Target.predikat("Memuaskan"));

        assertThat(outcome).isInstanceOf(PlanOutcome.Reached.class);
        assertThat(outcome.plan().steps()).isEqualTo(71);
        assertThat(outcome.plan().cost()).isEqualTo(71);
        assertThat(outcome.plan().indexRounded()).isEqualByComparingTo("4.20");
        assertThat(outcome.plan().predikat().name()).isEqualTo("Memuaskan");
        // README's old advice: raise indicators to the maximum in byHeadroom order until the target is met
        ResolvedAssessment r = card.resolved();
        ScoreCard now = card;
        int steps = 0;
        for (IndicatorScore s : card.byHeadroom()) {
            if (now.indexRounded().compareTo(new BigDecimal("4.2")) >= 0) {
                break;
            }
            steps += 5 - s.value().orElseThrow().intValueExact();
            r = r.with(s.code(), BigDecimal.valueOf(5));
            now = Scorer.of(card.framework()).score(r);
        }
        assertThat(steps).isEqualTo(79);
        assertThat(now.indexRounded()).isEqualByComparingTo("4.24");
    }

    @Test
    void plan_roundedReading_countsAnIndexThatRoundsUpToTheTarget() {
        // weights 50, 49.5 and 0.5, all at level 1: raising 2 gives 1.495, which rounds to 1.50
        Framework f = Framework.builder("contoh-pembulatan").scale(LevelScale.ofLevels(1, 5))
                .predikat(List.of(PredikatBand.of("Kurang", BigDecimal.ONE, new BigDecimal("1.5")),
                        PredikatBand.of("Baik", new BigDecimal("1.5"), new BigDecimal("5"))))
                .tree(List.of(Group.of("A1", "aspect", "Aspek", Weight.of(100), List.of(Indicator.of("1", "Satu", Weight.of(50)),
                        Indicator.of("2", "Dua", Weight.parse("49.5")), Indicator.of("3", "Tiga", Weight.parse("0.5"))))))
                .build();
        Assessment a = Assessment.builder("contoh-pembulatan", Agency.named("Dinas Contoh"), 2025).value("1", 1).value("2", 1)
                .value("3", 1).build();
        CostModel costs = CostModel.uniform().withCost("1", 3);

        Plan rounded = Planner.of(Scorer.of(f).score(a), costs).plan(Target.predikat("Baik")).plan();
        Plan unrounded = Planner.of(Scorer.of(f, ScoringOptions.DEFAULTS.withPredikatReading(PredikatReading.UNROUNDED)).score(a), costs)
                .plan(Target.parse("1.5")).plan();

        assertThat(rounded.changes()).hasToString("[2: 1 -> 2]");
        assertThat(rounded.index()).isEqualByComparingTo("1.495");
        assertThat(rounded.predikat().name()).isEqualTo("Baik");
        // read unrounded, 1.495 falls short: two steps are needed, and of the two-step plans the one to the highest index
        assertThat(unrounded.cost()).isEqualTo(2);
        assertThat(unrounded.changes()).hasToString("[2: 1 -> 3]");
        assertThat(unrounded.index()).isEqualByComparingTo("1.99");
    }

    @Test
    void plan_targetAlreadyMet_isAnEmptyPlanOfCostZero() {
        PlanOutcome outcome = Planner.of(sample(SPBE_2020_SAMPLE)).plan(Target.predikat("Cukup"));
        assertThat(outcome.reachable()).isTrue();
        assertThat(outcome.plan().changes()).isEmpty();
        assertThat(outcome.plan().cost()).isZero();
        assertThat(outcome.plan().after()).isEqualTo(sample(SPBE_2020_SAMPLE));
    }

    @Test
    void plan_capTooTight_isOutOfReachWithTheHighestIndex() {
        ScoreCard card = sample(SPBE_2020_SAMPLE);
        PlanOutcome outcome = Planner.of(card, CostModel.uniform().withMaxStepsPerCycle(1)).plan(Target.predikat("Memuaskan"));
        assertThat(outcome).isInstanceOf(PlanOutcome.OutOfReach.class);
        assertThat(outcome.reachable()).isFalse();
        // every indicator one level up: 2.372 + 1 = 3.372
        assertThat(outcome.plan().index()).isEqualByComparingTo("3.372");
        assertThat(outcome.plan().steps()).isEqualTo(47);
    }

    @Test
    void plan_fixedAndCostlyIndicators_areAvoidedOrLeftAlone() {
        ScoreCard card = sample(SPBE_2020_SAMPLE);
        CostModel costs = CostModel.uniform().withFixed("43", "44").withCost("47", 100);
        Plan plan = Planner.of(card, costs).plan(Target.predikat("Sangat Baik")).plan();
        assertThat(plan.changes()).extracting(Change::code).doesNotContain("43", "44", "47");
        assertThat(plan.indexRounded()).isGreaterThanOrEqualTo(new BigDecimal("3.5"));
    }

    @Test
    void plan_pemdiSample_leavesExternalAndEvidenceIndicatorsFixedUnlessDeclaredPlannable() {
        ScoreCard card = sample(PEMDI_SAMPLE);
        Plan byDefault = Planner.of(card).plan(Target.parse("4")).plan();
        assertThat(byDefault.changes()).extracting(Change::code).doesNotContain("I5", "I6", "I19");
        assertThat(byDefault.cost()).isEqualTo(30);

        Plan optedIn = Planner.of(card, CostModel.uniform().withPlannable("I5", 5).withPlannable("I19", 5)).plan(Target.parse("4")).plan();
        assertThat(optedIn.cost()).isEqualTo(26);
        assertThat(optedIn.changes()).filteredOn(c -> c.code().equals("I19")).singleElement()
                .hasToString("I19: 2 -> 5");
        // I5 converts to 3.75: one step takes it to 4, and the whole-level steps after it count from there
        Plan i5 = Planner.of(card, CostModel.uniform().withPlannable("I5", 4).withFixed(
                card.framework().indicators().stream().map(Indicator::code).filter(c -> !c.equals("I5")).toArray(String[]::new)))
                .withinBudget(5);
        assertThat(i5.changes()).singleElement().satisfies(c -> {
            assertThat(c.from()).contains(new BigDecimal("3.75"));
            assertThat(c.steps()).isEqualTo(1);
            assertThat(c.gain()).isEqualByComparingTo("0.0125");
        });
    }

    @Test
    void withinBudget_sample_buysTheHighestIndexForTheMoney() {
        ScoreCard card = sample(SPBE_2020_SAMPLE);
        Plan plan = Planner.of(card).withinBudget(10);
        assertThat(plan.cost()).isEqualTo(10);
        // ten steps of the heaviest indicators, weight 3 each: 2.372 + 10 × 0.03
        assertThat(plan.index()).isEqualByComparingTo("2.672");
        assertThat(Planner.of(card).withinBudget(0).changes()).isEmpty();
    }

    @Test
    void roadmap_sampleOneLevelAYear_takesThreeYearsAtTheCostOfOnePlanOrTwoYearsFor81() {
        ScoreCard card = sample(SPBE_2020_SAMPLE);
        Roadmap roadmap = Planner.of(card).roadmap(Target.predikat("Memuaskan"), 1).orElseThrow();
        assertThat(roadmap.years()).hasSize(3);
        assertThat(roadmap.yearReached()).isEqualTo(2028);
        assertThat(roadmap.cost()).isEqualTo(71);
        assertThat(roadmap.costByYears()).containsExactly(java.util.Map.entry(2, 81L), java.util.Map.entry(3, 71L));
        assertThat(roadmap.years().get(2).predikat().name()).isEqualTo("Memuaskan");
        assertThat(roadmap.years().get(1).predikat().name()).isEqualTo("Sangat Baik");
    }

    @Test
    void roadmap_unreachableTarget_isEmpty() {
        ScoreCard card = sample(SPBE_2020_SAMPLE);
        assertThat(Planner.of(card, CostModel.uniform().withFixed("47")).roadmap(Target.parse("5"), 2)).isEmpty();
    }

    @Test
    void of_costModelNamingUnknownCodesOrLevelsOffTheScale_isRefusedListingEachProblem() {
        ScoreCard card = sample(SPBE_2020_SAMPLE);
        CostModel bad = CostModel.uniform().withCost("99", 3).withFixed("12").withPlannable("12", 4).withPlannable("13", 9);
        SpbeException e = catchThrowableOfType(SpbeException.class, () -> Planner.of(card, bad));
        assertThat(e.problems()).extracting(p -> p.path() + " " + p.rule()).containsExactlyInAnyOrder("costs.99 KnownIndicator",
                "plannable.12 FixedOrPlannable", "plannable.13 Scale");
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).isEqualTo("indicator 13 is plannable up to level 9; levels run 1..5"));
    }

    @Test
    void target_badInput_isRefusedNamingTheRule() {
        assertThat(catchThrowableOfType(SpbeException.class, () -> Target.index(new BigDecimal("-1"))).getMessage())
                .contains("target index is -1; a target runs 0..1000");
        assertThat(catchThrowableOfType(SpbeException.class, () -> Target.parse(" ")).getMessage()).contains("target predikat is blank");
        SpbeException e = catchThrowableOfType(SpbeException.class,
                () -> Planner.of(sample(SPBE_2020_SAMPLE)).plan(Target.predikat("Istimewa")));
        assertThat(e.getMessage()).contains("target predikat \"Istimewa\" is not one of spbe-2020's: Kurang, Cukup, Baik, Sangat Baik, Memuaskan");
        assertThat(catchThrowableOfType(SpbeException.class, () -> CostModel.uniform().withCost("12", 0)).getMessage())
                .contains("indicator 12 costs 0 per level step; costs run 1..1000000000000");
    }

    @Test
    void target_parseAndToString_roundTrip() {
        assertThat(Target.parse("4.20")).isEqualTo(Target.index(new BigDecimal("4.2"))).hasToString("4.2");
        assertThat(Target.parse("Memuaskan").predikat()).contains("Memuaskan");
        assertThat(Target.parse(Target.parse("Sangat Baik").toString())).isEqualTo(Target.predikat("Sangat Baik"));
        // a Pemdi maturity label names its band too
        Framework pemdi = FrameworkRegistry.builtIn().get("pemdi-2026");
        PredikatBand top = pemdi.predikat().get(pemdi.predikat().size() - 1);
        top.label().ifPresent(l -> assertThat(Target.predikat(l).valueIn(pemdi)).isEqualByComparingTo(top.lower()));
    }
}
