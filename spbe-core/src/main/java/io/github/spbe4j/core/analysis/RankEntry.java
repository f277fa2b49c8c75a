package io.github.spbe4j.core.analysis;

import io.github.spbe4j.core.agency.Agency;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One agency's place in a {@link Ranking}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rank the rank, 1 for the highest index; tied agencies share it (see {@link RankingMethod})
 * @param agency the agency
 * @param index its exact index
 * @param indexRounded its index rounded half-up to two decimals
 * @param predikat its predikat's name
 * @param below how many agencies of the ranking have a strictly lower exact index
 * @param tied how many agencies of the ranking have an equal exact index, itself included (at least 1)
 * @param percentile the percentile rank 100 × (below + tied / 2) / n of n agencies, rounded half-up to two
 *     decimals (the exact value is that fraction of the integers here)
 * @param vsMedian its exact index minus the peer median, exact
 * @param vsNational its rounded index minus the national index of the year (both as published, two
 *     decimals); null when no national figure is known for the ranking's framework and year
 * @since 0.2.0
 */
public record RankEntry(int rank, Agency agency, BigDecimal index, BigDecimal indexRounded, String predikat, int below, int tied,
        BigDecimal percentile, BigDecimal vsMedian, @Nullable BigDecimal vsNational) {

    /** Checks for nulls and that the counts are possible. */
    public RankEntry {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(indexRounded, "indexRounded");
        Objects.requireNonNull(predikat, "predikat");
        Objects.requireNonNull(percentile, "percentile");
        Objects.requireNonNull(vsMedian, "vsMedian");
        if (rank < 1 || below < 0 || tied < 1) {
            throw new io.github.spbe4j.core.SpbeException(io.github.spbe4j.core.Problem.of("rank", "Counts", "a rank entry has rank ≥ 1, below ≥ 0 "
                    + "and tied ≥ 1, was rank " + rank + ", below " + below + ", tied " + tied, null));
        }
    }

    /** Returns e.g. {@code 2. Kota Contoh 2.78 Baik (percentile 62.50)}. */
    @Override
    public String toString() {
        return rank + ". " + agency.name() + " " + Comparison.two(indexRounded) + " " + predikat + " (percentile "
                + percentile.toPlainString() + ")";
    }
}
