package io.github.spbe4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.framework.Weight;
import io.github.spbe4j.core.scoring.ScoreCard;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What one more level adds, checked against the weights: one step of a whole level adds weight / total weight. */
class NextLevelTest {

    @Test
    void of_sample2020_eachGainIsTheIndicatorsShareOfTheTotalWeight() {
        ScoreCard card = Samples.card2020();
        Weight total = Weight.ZERO;
        for (Indicator i : card.framework().indicators()) {
            total = total.plus(i.weight());
        }
        List<NextLevel.Step> steps = NextLevel.of(card);

        assertThat(steps).hasSize(47);
        for (NextLevel.Step s : steps) {
            BigDecimal share = s.score().indicator().weight().toBigDecimal().divide(total.toBigDecimal(), MathContext.DECIMAL128);
            assertThat(s.to()).as(s.score().code()).contains(s.score().value().orElseThrow().add(BigDecimal.ONE));
            assertThat(s.gain().orElseThrow()).as(s.score().code()).isEqualByComparingTo(share);
        }
    }

    @Test
    void of_indicatorAtTheTop_hasNoNextLevel() {
        ScoreCard card = Samples.card2020();
        ScoreCard top = io.github.spbe4j.core.scoring.Scorer.of(card.framework()).score(card.resolved().with("1", BigDecimal.valueOf(5)));

        NextLevel.Step first = NextLevel.of(top).get(0);
        assertThat(first.score().code()).isEqualTo("1");
        assertThat(first.to()).isEmpty();
        assertThat(first.gain()).isEmpty();
        assertThat(NextLevel.byGain(NextLevel.of(top))).hasSize(46).noneMatch(s -> s.score().code().equals("1"));
    }

    @Test
    void of_pemdiFractionalScale_nextLevelIsTheNextWholeLevel() {
        ScoreCard card = Samples.cardPemdi();

        for (NextLevel.Step s : NextLevel.of(card)) {
            if (s.to().isPresent() && s.score().value().isPresent()) {
                BigDecimal v = s.score().value().get();
                assertThat(s.to().get()).as(s.score().code()).isGreaterThan(v);
                assertThat(s.to().get().subtract(v)).as(s.score().code()).isLessThanOrEqualTo(BigDecimal.ONE);
                assertThat(s.to().get().stripTrailingZeros().scale()).as(s.score().code()).isLessThanOrEqualTo(0);
                assertThat(s.gain().orElseThrow().signum()).as(s.score().code()).isPositive();
            }
        }
    }

    @Test
    void byGain_sample_largestFirstTiesInTreeOrder() {
        List<NextLevel.Step> ranked = NextLevel.byGain(NextLevel.of(Samples.card2020()));

        assertThat(ranked.subList(0, 6)).extracting(s -> s.score().code()).containsExactly("42", "43", "44", "45", "46", "47");
    }
}
