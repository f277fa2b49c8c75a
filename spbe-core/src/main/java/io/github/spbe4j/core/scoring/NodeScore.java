package io.github.spbe4j.core.scoring;

import io.github.spbe4j.core.framework.Group;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The score of one group of the tree (a domain, an aspect, …).
 *
 * @param group the group
 * @param depth its depth in the tree, 0 for a top-level group
 * @param index its exact index, the weighted average of its indicators' values
 * @param indexRounded the index rounded half-up to two decimals
 * @param contribution what the group adds to the whole index (weight × index / 100), exact
 * @since 0.1.0
 */
public record NodeScore(Group group, int depth, BigDecimal index, BigDecimal indexRounded, BigDecimal contribution) {

    /** Checks for nulls. */
    public NodeScore {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(indexRounded, "indexRounded");
        Objects.requireNonNull(contribution, "contribution");
    }

    /**
     * Returns the group's code.
     *
     * @return the code
     */
    public String code() {
        return group.code();
    }
}
