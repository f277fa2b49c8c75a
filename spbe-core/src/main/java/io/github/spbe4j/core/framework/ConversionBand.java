package io.github.spbe4j.core.framework;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One band of an external-index conversion: raw values from {@code from} to {@code to} map linearly
 * onto indicator values from {@code valueFrom} to {@code valueTo}.
 *
 * @param from the lowest raw value of the band, inclusive
 * @param to the highest raw value of the band (the next band starts here)
 * @param valueFrom the indicator value at {@code from}
 * @param valueTo the indicator value at {@code to}
 * @since 0.1.0
 */
public record ConversionBand(BigDecimal from, BigDecimal to, BigDecimal valueFrom, BigDecimal valueTo) {

    /** Checks for nulls and normalises the numbers' scale. */
    public ConversionBand {
        from = Weight.plain(Objects.requireNonNull(from, "from"));
        to = Weight.plain(Objects.requireNonNull(to, "to"));
        valueFrom = Weight.plain(Objects.requireNonNull(valueFrom, "valueFrom"));
        valueTo = Weight.plain(Objects.requireNonNull(valueTo, "valueTo"));
    }
}
