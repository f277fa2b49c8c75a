package io.github.spbe4j.core.plan;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One indicator's change in a plan: from which value to which level, in how many level steps, at what
 * cost, and what it adds to the index.
 *
 * @param code the indicator's code
 * @param from its value before; empty when it was not yet indicated
 * @param to the level it is raised to
 * @param steps the level steps taken
 * @param cost the cost of those steps
 * @param gain what the change adds to the index, exact: weight × (to − from) / 100
 * @since 0.1.0
 */
public record Change(String code, Optional<BigDecimal> from, BigDecimal to, int steps, long cost, BigDecimal gain) {

    /** Checks for nulls. */
    public Change {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(gain, "gain");
    }

    /** Returns e.g. {@code 43: 2 -> 4} or {@code I19: - -> 1}. */
    @Override
    public String toString() {
        return code + ": " + from.map(Change::plain).orElse("-") + " -> " + plain(to);
    }

    private static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }
}
