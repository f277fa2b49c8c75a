package io.github.spbe4j.core.analysis;

import io.github.spbe4j.core.scoring.IndicatorScore;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one indicator differs between two score cards of one framework: its value before and after,
 * the change of the value and of what it adds to the whole index.
 *
 * <p>A value that is not yet indicated is {@code null} here (JSON {@code null}); it adds nothing to the
 * index, so {@link #delta()} counts it as 0. Immutable and thread-safe.
 *
 * @param code the indicator's code
 * @param name the indicator's name
 * @param from the value before; null when not yet indicated
 * @param to the value after; null when not yet indicated
 * @param delta the value after minus the value before, exact (a not-yet-indicated value counts 0)
 * @param contributionDelta the change of the indicator's contribution to the whole index, exact
 * @param direction how the value moved
 * @since 0.2.0
 */
public record IndicatorChange(String code, String name, @Nullable BigDecimal from, @Nullable BigDecimal to, BigDecimal delta,
        BigDecimal contributionDelta, Direction direction) {

    /** Checks for nulls. */
    public IndicatorChange {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(delta, "delta");
        Objects.requireNonNull(contributionDelta, "contributionDelta");
        Objects.requireNonNull(direction, "direction");
    }

    /**
     * Returns the change between two scores of one indicator.
     *
     * @param before the score before
     * @param after the score after
     * @return the change
     */
    static IndicatorChange of(IndicatorScore before, IndicatorScore after) {
        BigDecimal from = before.value().orElse(null);
        BigDecimal to = after.value().orElse(null);
        BigDecimal delta = (to == null ? BigDecimal.ZERO : to).subtract(from == null ? BigDecimal.ZERO : from);
        Direction direction;
        if (from == null || to == null) {
            direction = from == to ? Direction.UNCHANGED : from == null ? Direction.RAISED : Direction.LOWERED;
        } else {
            int c = to.compareTo(from);
            direction = c > 0 ? Direction.RAISED : c < 0 ? Direction.LOWERED : Direction.UNCHANGED;
        }
        return new IndicatorChange(after.code(), after.indicator().name(), from, to, delta,
                after.contribution().subtract(before.contribution()), direction);
    }

    /**
     * Tells whether the value changed.
     *
     * @return true unless {@link Direction#UNCHANGED}
     */
    public boolean changed() {
        return direction != Direction.UNCHANGED;
    }

    /** Returns e.g. {@code 12: 3 → 2 (lowered)}. */
    @Override
    public String toString() {
        return code + ": " + shown(from) + " → " + shown(to) + " (" + direction.id() + ")";
    }

    static String shown(@Nullable BigDecimal value) {
        return value == null ? "not yet indicated" : value.stripTrailingZeros().toPlainString();
    }
}
