package io.github.spbe4j.core.framework;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A predikat band: the name given to an index from its lower bound (inclusive) up to its upper bound
 * (exclusive; the top band of a framework also holds the scale's maximum).
 *
 * <p>SPBE 2020 names five bands, Kurang to Memuaskan; the 2026 Indeks Pemdi gives each a label too
 * ({@code "Memuaskan"} / {@code "Unggul"}).
 *
 * @param name the predikat, e.g. {@code "Baik"}
 * @param label a second name, e.g. the Pemdi maturity label {@code "Berkembang"}, if any
 * @param lower the lower bound, inclusive
 * @param upper the upper bound, exclusive except for the top band
 * @since 0.1.0
 */
public record PredikatBand(String name, Optional<String> label, BigDecimal lower, BigDecimal upper) {

    /**
     * Checks the band.
     *
     * @throws InvalidFrameworkException if the name is blank or the bounds are not ascending
     */
    public PredikatBand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        if (name.isBlank()) {
            throw new InvalidFrameworkException(Problem.of("predikat", "NotBlank", "predikat name is blank", null));
        }
        TextPolicy.LINE.check("predikat.name", name).or(() -> label.flatMap(l -> TextPolicy.LINE.check("predikat.label", l)))
                .ifPresent(p -> {
                    throw new InvalidFrameworkException(p);
                });
        if (lower.compareTo(upper) >= 0) {
            throw new InvalidFrameworkException(Problem.of("predikat." + Text.oneLine(name), "Ascending",
                    "predikat " + Text.oneLine(name) + " runs " + lower.toPlainString() + ".." + upper.toPlainString()
                            + "; its lower bound must be below its upper bound", null));
        }
        lower = Weight.plain(lower);
        upper = Weight.plain(upper);
    }

    /**
     * Returns a band without a label.
     *
     * @param name the predikat
     * @param lower the lower bound
     * @param upper the upper bound
     * @return the band
     */
    public static PredikatBand of(String name, BigDecimal lower, BigDecimal upper) {
        return new PredikatBand(name, Optional.empty(), lower, upper);
    }

    /**
     * Tells whether an index falls in this band, reading the upper bound as exclusive.
     *
     * @param index the index
     * @return true when {@code lower <= index < upper}
     */
    public boolean contains(BigDecimal index) {
        return index.compareTo(lower) >= 0 && index.compareTo(upper) < 0;
    }

    /** Returns the name, and the label after a slash when there is one: {@code Baik / Berkembang}. */
    @Override
    public String toString() {
        return label.map(l -> name + " / " + l).orElse(name);
    }
}
