package io.github.spbe4j.catalog;

import io.github.spbe4j.core.identifier.RegionCode;
import java.util.List;
import java.util.Objects;

/**
 * The progress of a service's rollout across the villages (kelurahan and desa) of its instansi: the
 * villages it has reached and those it has not yet. Immutable and thread-safe.
 *
 * @param subject what is rolled out: a service id, or a concept id for its online instances
 * @param reached the villages where it is available, in code order
 * @param notReached the instansi's other villages, in code order
 * @since 0.1.0
 */
public record Rollout(String subject, List<RegionCode> reached, List<RegionCode> notReached) {

    /**
     * Copies the lists.
     */
    public Rollout {
        Objects.requireNonNull(subject, "subject");
        reached = List.copyOf(reached);
        notReached = List.copyOf(notReached);
    }

    /**
     * Returns the share of villages reached.
     *
     * @return reached of all villages
     */
    public Share share() {
        return new Share(reached.size(), reached.size() + notReached.size());
    }

    /**
     * Tells whether every village has been reached.
     *
     * @return true when none is left
     */
    public boolean complete() {
        return notReached.isEmpty() && !reached.isEmpty();
    }
}
