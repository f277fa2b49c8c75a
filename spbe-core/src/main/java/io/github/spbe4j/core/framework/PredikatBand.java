package io.github.spbe4j.core.framework;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A predikat band: the name given to an index between a lower bound (inclusive) and an upper bound
 * (exclusive, except for the top band, whose upper bound is the scale's maximum and inclusive).
 *
 * <p>For SPBE 2020: Kurang below 1.8, Cukup 1.8 to below 2.6, Baik 2.6 to below 3.5, Sangat Baik
 * 3.5 to below 4.2, Memuaskan 4.2 to 5.0. Immutable and thread-safe.
 *
 * @param name the predikat, e.g. {@code "Sangat Baik"}
 * @param label an optional second name, e.g. the 2026 maturity name {@code "Melembaga (Embedded)"}
 * @param lower the lower bound, inclusive
 * @param upper the upper bound, exclusive unless this is the top band
 */
public record PredikatBand(String name, @Nullable String label, BigDecimal lower, BigDecimal upper) {

    /** Checks the invariants. */
    public PredikatBand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        if (name.isBlank()) {
            throw new IllegalArgumentException("predikat name is blank");
        }
        if (lower.compareTo(upper) >= 0) {
            throw new IllegalArgumentException("predikat " + name + " runs " + lower.toPlainString() + ".."
                    + upper.toPlainString() + "; its lower bound must be below its upper bound");
        }
        lower = Weight.plain(lower);
        upper = Weight.plain(upper);
    }

    /**
     * Returns the second name, if any.
     *
     * @return the label
     */
    public Optional<String> labelIfPresent() {
        return Optional.ofNullable(label);
    }

    /** Returns the name, followed by the label after a slash when there is one: {@code Cukup / Membangun (Emerging)}. */
    @Override
    public String toString() {
        return label == null ? name : name + " / " + label;
    }
}
