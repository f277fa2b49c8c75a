package io.github.spbe4j.core.analysis;

import io.github.spbe4j.core.framework.Confidence;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The national Indeks SPBE per year as published, as data with its source and confidence: the
 * reference a {@link Ranking} shows an agency against.
 *
 * <p>Only the published years are here: 2018 1.98 (confidence medium), 2021 2.24 (517 agencies),
 * 2022 2.34, 2023 2.79 (621 agencies, 24 Memuaskan), 2024 3.12 (615 agencies, 48 Memuaskan), each
 * high unless noted. No figure is given for 2019, 2020, 2025 or any Pemdi year, and none is
 * interpolated.
 *
 * @since 0.2.0
 */
public final class NationalIndex {

    /** Where the figures come from. */
    public static final String SOURCE = "KemenPANRB press releases on the national results of the SPBE evaluation";

    /** The RPJMN 2020–2024 target for the national Indeks SPBE: 2.60 (confidence high, same source). */
    public static final BigDecimal RPJMN_2020_2024_TARGET = new BigDecimal("2.60");

    private static final List<NationalFigure> FIGURES = List.of(
            new NationalFigure(2018, "spbe-2018", new BigDecimal("1.98"), null, null, Confidence.MEDIUM, SOURCE),
            new NationalFigure(2021, "spbe-2020", new BigDecimal("2.24"), 517, null, Confidence.HIGH, SOURCE),
            new NationalFigure(2022, "spbe-2020", new BigDecimal("2.34"), null, null, Confidence.HIGH, SOURCE),
            new NationalFigure(2023, "spbe-2020", new BigDecimal("2.79"), 621, 24, Confidence.HIGH, SOURCE),
            new NationalFigure(2024, "spbe-2020", new BigDecimal("3.12"), 615, 48, Confidence.HIGH, SOURCE));

    private NationalIndex() {
    }

    /**
     * Returns every published figure, in year order.
     *
     * @return the figures
     */
    public static List<NationalFigure> all() {
        return FIGURES;
    }

    /**
     * Returns the national index of a year, if published.
     *
     * @param year the evaluation year
     * @return the figure; empty for a year without one
     */
    public static Optional<NationalFigure> of(int year) {
        return FIGURES.stream().filter(f -> f.year() == year).findFirst();
    }

    /**
     * Returns the national index of a year evaluated under a framework, if published: the reference for
     * score cards of that framework and year, and none for a custom framework.
     *
     * @param frameworkId the framework's id, e.g. {@code "spbe-2020"}
     * @param year the evaluation year
     * @return the figure; empty when none is published for that framework and year
     */
    public static Optional<NationalFigure> of(String frameworkId, int year) {
        Objects.requireNonNull(frameworkId, "frameworkId");
        return of(year).filter(f -> f.framework().equals(frameworkId));
    }
}
