package io.github.spbe4j.core.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What an assessment records for one indicator: a value on the framework's scale, the evidence items
 * from which the value follows, or a raw external index value that the framework converts.
 *
 * @since 0.1.0
 */
public sealed interface IndicatorInput {

    /**
     * A value given directly, e.g. level 3, or 3.75 where the framework allows decimals. Values
     * compare by value: {@code 3.50} equals {@code 3.5}, which is the form kept.
     *
     * @param value the value
     */
    record Value(BigDecimal value) implements IndicatorInput {
        /** Checks for null and normalises the scale. */
        public Value {
            value = plain(Objects.requireNonNull(value, "value"));
        }
    }

    /**
     * Evidence items; the value follows by {@link EvidenceRule}.
     *
     * @param items the items
     */
    record Evidence(List<EvidenceItem> items) implements IndicatorInput {
        /** Copies the items. */
        public Evidence {
            items = List.copyOf(items);
        }
    }

    /**
     * A raw external index value, e.g. an Indeks Satu Data Indonesia of 68.75, converted by the
     * framework's band table for the indicator. Raw values compare by value, like {@link Value}.
     *
     * @param raw the raw value
     */
    record External(BigDecimal raw) implements IndicatorInput {
        /** Checks for null and normalises the scale. */
        public External {
            raw = plain(Objects.requireNonNull(raw, "raw"));
        }
    }

    /**
     * Returns a direct value.
     *
     * @param value the value
     * @return the input
     */
    static IndicatorInput value(long value) {
        return new Value(BigDecimal.valueOf(value));
    }

    /**
     * Returns a direct value.
     *
     * @param value the value
     * @return the input
     */
    static IndicatorInput value(BigDecimal value) {
        return new Value(value);
    }

    /**
     * Returns the canonical form of a decimal: without trailing zeros and, unless the number is huge,
     * without an exponent ({@code 3.50} becomes {@code 3.5}, {@code 1E+1} becomes {@code 10}), so that
     * inputs equal by value are equal, also after a trip through JSON.
     */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 && s.scale() >= -100 ? s.setScale(0) : s;
    }
}
