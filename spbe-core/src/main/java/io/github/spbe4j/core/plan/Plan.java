package io.github.spbe4j.core.plan;

import io.github.spbe4j.core.framework.PredikatBand;
import io.github.spbe4j.core.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A set of level changes and what it leads to: its cost, and the score card of the assessment with
 * the changes applied (index, rounded index, predikat, every node).
 *
 * <p>Immutable and thread-safe. Its JSON form ({@code SpbeCoreModule}) is
 * {@code {"cost", "steps", "index", "indexRounded", "predikat", "changes": [{"code", "from", "to"}]}}.
 *
 * @param changes the changes, in the framework's tree order
 * @param cost their total cost
 * @param after the score card after the changes
 * @since 0.1.0
 */
public record Plan(List<Change> changes, long cost, ScoreCard after) {

    /** Checks for nulls and copies the changes. */
    public Plan {
        changes = List.copyOf(changes);
        Objects.requireNonNull(after, "after");
    }

    /**
     * Returns the number of level steps, over all changes.
     *
     * @return the steps
     */
    public int steps() {
        return changes.stream().mapToInt(Change::steps).sum();
    }

    /**
     * Returns the exact index after the plan.
     *
     * @return the index
     */
    public BigDecimal index() {
        return after.index();
    }

    /**
     * Returns the index after the plan, rounded half-up to two decimals.
     *
     * @return the rounded index
     */
    public BigDecimal indexRounded() {
        return after.indexRounded();
    }

    /**
     * Returns the predikat after the plan, read as the score card reads it.
     *
     * @return the predikat
     */
    public PredikatBand predikat() {
        return after.predikat();
    }

    /** Returns e.g. {@code cost 4: 4.20 Memuaskan by 43: 2 -> 4, 47: 3 -> 5}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("cost ").append(cost).append(": ").append(indexRounded().toPlainString()).append(' ')
                .append(predikat().name());
        for (int i = 0; i < changes.size(); i++) {
            sb.append(i == 0 ? " by " : ", ").append(changes.get(i));
        }
        return sb.toString();
    }
}
