package io.github.spbe4j.report;

import io.github.spbe4j.core.framework.LevelScale;
import io.github.spbe4j.core.scoring.IndicatorScore;
import io.github.spbe4j.core.scoring.ResolvedAssessment;
import io.github.spbe4j.core.scoring.ScoreCard;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What one more level of each indicator adds to the whole index, as the score card gives it
 * ({@link IndicatorScore#nextLevelGain()}: one level step of the planner). The next level of a value is
 * the next whole level above it (of a not-yet-indicated indicator, the scale's first level above 0);
 * what it adds is exact, as the scorer's indices are. An indicator at the top of the scale has no next level; one fed by an external index is
 * raised through that index, not by a level step, and gets none either.
 */
final class NextLevel {

    /**
     * One indicator's next level.
     *
     * @param score the indicator's score
     * @param to its next level; empty at the top of the scale or when fed by an external index
     * @param gain what that level adds to the whole index; empty when {@code to} is
     */
    record Step(IndicatorScore score, Optional<BigDecimal> to, Optional<BigDecimal> gain) {

        boolean external() {
            return score.origin() == ResolvedAssessment.Origin.EXTERNAL;
        }
    }

    private NextLevel() {
    }

    /** Returns every indicator's next level, in the card's (tree) order; the gain is the card's own {@link IndicatorScore#nextLevelGain()}. */
    static List<Step> of(ScoreCard card) {
        LevelScale scale = card.framework().scale();
        List<Step> steps = new ArrayList<>();
        for (IndicatorScore s : card.indicators()) {
            Optional<BigDecimal> to = s.origin() == ResolvedAssessment.Origin.EXTERNAL ? Optional.empty() : nextLevel(s, scale);
            steps.add(new Step(s, to, to.map(level -> s.nextLevelGain())));
        }
        return List.copyOf(steps);
    }

    /** Returns the steps that have a next level, the largest gain first (ties in tree order). */
    static List<Step> byGain(List<Step> steps) {
        List<Step> out = new ArrayList<>();
        for (Step s : steps) {
            if (s.gain().isPresent()) {
                out.add(s);
            }
        }
        out.sort(Comparator.comparing((Step s) -> s.gain().orElseThrow()).reversed());
        return out;
    }

    private static Optional<BigDecimal> nextLevel(IndicatorScore s, LevelScale scale) {
        if (s.value().isEmpty()) {
            // the first level above 0, as the scorer's next-level gain counts it
            return Optional.of(BigDecimal.valueOf(Math.max(1, scale.min())));
        }
        BigDecimal next = s.value().get().setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE);
        return next.compareTo(BigDecimal.valueOf(scale.max())) > 0 ? Optional.empty() : Optional.of(next);
    }
}
