package io.github.spbe4j.core.analysis;

import io.github.spbe4j.core.scoring.NodeScore;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How one group of the tree (a domain, an aspect, …) differs between two score cards of one
 * framework: its exact index before and after, and the changes of its index and of what it adds to
 * the whole index.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the group's code, e.g. {@code "D2"}
 * @param kind the group's kind, e.g. {@code "domain"}
 * @param name the group's name
 * @param depth its depth in the tree, 0 for a top-level group
 * @param from its exact index before
 * @param to its exact index after
 * @param delta {@code to − from}, exact
 * @param contributionDelta the change of what the group adds to the whole index, exact
 * @since 0.2.0
 */
public record NodeChange(String code, String kind, String name, int depth, BigDecimal from, BigDecimal to, BigDecimal delta,
        BigDecimal contributionDelta) {

    /** Checks for nulls. */
    public NodeChange {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(delta, "delta");
        Objects.requireNonNull(contributionDelta, "contributionDelta");
    }

    static NodeChange of(NodeScore before, NodeScore after) {
        return new NodeChange(after.code(), after.group().kind(), after.group().name(), after.depth(), before.index(), after.index(),
                after.index().subtract(before.index()), after.contribution().subtract(before.contribution()));
    }

    /**
     * Tells whether the group's index changed.
     *
     * @return true when {@link #delta()} is not zero
     */
    public boolean changed() {
        return delta.signum() != 0;
    }

    /** Returns e.g. {@code D2 domain Tata Kelola SPBE: 2.40 → 2.60 (+0.20)}: the index and its change rounded to two decimals. */
    @Override
    public String toString() {
        return code + " " + kind + " " + name + ": " + Comparison.two(from) + " → " + Comparison.two(to) + " (" + Comparison.signedTwo(delta) + ")";
    }
}
