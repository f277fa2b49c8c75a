package io.github.spbe4j.core.analysis;

import io.github.spbe4j.core.framework.Confidence;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The national index of one evaluation year, as published, with where it comes from and how sure it
 * is: one entry of {@link NationalIndex}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the evaluation year
 * @param framework the id of the framework the year was evaluated under, e.g. {@code "spbe-2020"}
 * @param index the national index as published (two decimals)
 * @param agencies how many agencies were evaluated, when published; else null
 * @param memuaskan how many agencies reached Memuaskan, when published; else null
 * @param confidence how sure the figure is
 * @param source where the figure comes from
 * @since 0.2.0
 */
public record NationalFigure(int year, String framework, BigDecimal index, @Nullable Integer agencies, @Nullable Integer memuaskan,
        Confidence confidence, String source) {

    /** Checks for nulls. */
    public NationalFigure {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(source, "source");
    }

    /** Returns e.g. {@code national index 2024: 3.12 (615 agencies, 48 Memuaskan; confidence high)}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("national index ").append(year).append(": ").append(index.toPlainString()).append(" (");
        if (agencies != null) {
            s.append(agencies).append(" agencies");
            if (memuaskan != null) {
                s.append(", ").append(memuaskan).append(" Memuaskan");
            }
            s.append("; ");
        }
        return s.append("confidence ").append(confidence.id()).append(')').toString();
    }
}
