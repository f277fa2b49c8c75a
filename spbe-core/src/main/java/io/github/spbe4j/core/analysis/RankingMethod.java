package io.github.spbe4j.core.analysis;

import java.util.Locale;

/**
 * How a {@link Ranking} numbers agencies with equal indices.
 *
 * @since 0.2.0
 */
public enum RankingMethod {
    /**
     * Standard competition ranking ("1224"): an agency's rank is 1 + the number of agencies with a
     * higher index; tied agencies share a rank and the next rank is skipped. The default, as in
     * sports tables and published league tables.
     */
    COMPETITION,
    /** Dense ranking ("1223"): 1 + the number of distinct higher indices; no rank is skipped. */
    DENSE;

    /**
     * Returns the id used in JSON, e.g. {@code "competition"}.
     *
     * @return the id
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
