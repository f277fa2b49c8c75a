package io.github.spbe4j.core.analysis;

import io.github.spbe4j.core.assessment.Stage;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One year of a {@link Series}: the index and predikat of that year's assessment, and their change
 * from the year before in the series.
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the year of the evaluation
 * @param stage the stage the assessment records
 * @param framework the framework's id; it may differ from the year before
 * @param index the exact index
 * @param indexRounded the index rounded half-up to two decimals
 * @param predikat the predikat's name, read with this year's framework's bands
 * @param indexDelta the exact index minus the year before's; null for the first year
 * @param indexRoundedDelta the rounded index minus the year before's; null for the first year
 * @param predikatChanged whether the predikat's name differs from the year before's (false for the first year)
 * @param frameworkChanged whether the framework differs from the year before's (false for the first year)
 * @since 0.2.0
 */
public record SeriesPoint(int year, Stage stage, String framework, BigDecimal index, BigDecimal indexRounded, String predikat,
        @Nullable BigDecimal indexDelta, @Nullable BigDecimal indexRoundedDelta, boolean predikatChanged, boolean frameworkChanged) {

    /** Checks for nulls, and that both deltas are given or neither. */
    public SeriesPoint {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(indexRounded, "indexRounded");
        Objects.requireNonNull(predikat, "predikat");
        if ((indexDelta == null) != (indexRoundedDelta == null)) {
            throw new io.github.spbe4j.core.SpbeException(io.github.spbe4j.core.Problem.of("indexDelta", "BothDeltas",
                    "a series point has both deltas or neither, was " + indexDelta + " and " + indexRoundedDelta, null));
        }
    }

    /** Returns e.g. {@code 2026 pemdi-2026: 2.31 Cukup (-0.47, framework changed)}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(year).append(' ').append(framework).append(": ").append(Comparison.two(indexRounded))
                .append(' ').append(predikat);
        if (indexRoundedDelta != null) {
            s.append(" (").append(Comparison.signed(indexRoundedDelta));
            if (predikatChanged) {
                s.append(", predikat changed");
            }
            if (frameworkChanged) {
                s.append(", framework changed");
            }
            s.append(')');
        }
        return s.toString();
    }
}
