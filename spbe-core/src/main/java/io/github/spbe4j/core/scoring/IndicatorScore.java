package io.github.spbe4j.core.scoring;

import io.github.spbe4j.core.framework.Indicator;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The score of one indicator: its value, what it adds to the whole index, what raising it to the
 * scale's maximum would add (its headroom), and what raising it by one level would add.
 *
 * @param indicator the indicator
 * @param value its value; empty when it is not yet indicated
 * @param origin where the value came from
 * @param levelName the name of its level from the indicator's ladder, if it has one
 * @param contribution weight × value / 100, exact
 * @param headroom weight × (maximum − value) / 100, exact: what raising it to the maximum would add
 * @param nextLevelGain weight × (next level − value) / 100, exact: what raising it to its next whole level
 *     would add to the index, where the next level is the lowest whole level above its value (for a
 *     fractional value such as 3.75, level 4; when not yet indicated, the scale's first level above 0);
 *     zero at the maximum. This is one level step of {@link io.github.spbe4j.core.plan.Planner}.
 * @since 0.1.0
 */
public record IndicatorScore(Indicator indicator, Optional<BigDecimal> value, ResolvedAssessment.Origin origin,
        Optional<String> levelName, BigDecimal contribution, BigDecimal headroom, BigDecimal nextLevelGain) {

    /** Checks for nulls. */
    public IndicatorScore {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(levelName, "levelName");
        Objects.requireNonNull(contribution, "contribution");
        Objects.requireNonNull(headroom, "headroom");
        Objects.requireNonNull(nextLevelGain, "nextLevelGain");
    }

    /**
     * Returns the indicator's code.
     *
     * @return the code
     */
    public String code() {
        return indicator.code();
    }

    /**
     * Tells whether the indicator is not yet indicated (below the scale).
     *
     * @return true when not yet indicated
     */
    public boolean notYetIndicated() {
        return value.isEmpty();
    }
}
