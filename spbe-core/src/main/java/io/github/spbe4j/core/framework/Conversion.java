package io.github.spbe4j.core.framework;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A conversion of an external index into an indicator value by a band table: inside a band the
 * value is interpolated linearly, then rounded half-up to {@code decimals} digits.
 *
 * <p>For the 2026 Indeks Pemdi indicator I5, an Indeks Satu Data Indonesia of 25 lies in the band
 * 12.5..37.5 that maps onto 1.5..2.5, and converts to 2.00; 68.75 converts to 3.75. Immutable and
 * thread-safe.
 *
 * @param indicator the code of the indicator the conversion feeds
 * @param source the external index, e.g. {@code "Indeks Satu Data Indonesia (SDI)"}
 * @param sourceMin the lowest raw value
 * @param sourceMax the highest raw value
 * @param decimals the digits the converted value is rounded to (half-up)
 * @param confidence how sure the sources are of the table
 * @param note the provenance of the table, if noted
 * @param bands the bands, ascending and contiguous from sourceMin to sourceMax
 * @since 0.1.0
 */
public record Conversion(String indicator, String source, BigDecimal sourceMin, BigDecimal sourceMax, int decimals,
        Confidence confidence, Optional<String> note, List<ConversionBand> bands) {

    /** Checks for nulls and copies the bands; the framework checks that the table is sound. */
    public Conversion {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(source, "source");
        sourceMin = Weight.plain(Objects.requireNonNull(sourceMin, "sourceMin"));
        sourceMax = Weight.plain(Objects.requireNonNull(sourceMax, "sourceMax"));
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(note, "note");
        bands = List.copyOf(bands);
        if (decimals < 0 || decimals > LevelScale.MAX_DECIMALS) {
            throw new InvalidFrameworkException(Problem.of("conversions." + Text.oneLine(indicator), "Scale", "conversion for "
                    + Text.oneLine(indicator) + " rounds to " + decimals + " decimals; allowed are 0.." + LevelScale.MAX_DECIMALS, null));
        }
        if (bands.isEmpty()) {
            throw new InvalidFrameworkException(Problem.of("conversions." + Text.oneLine(indicator), "NotEmpty", "conversion for "
                    + Text.oneLine(indicator) + " has no bands", null));
        }
    }

    /**
     * Tells whether a raw value lies in the source range.
     *
     * @param raw the external index value
     * @return true when sourceMin &lt;= raw &lt;= sourceMax
     */
    public boolean accepts(BigDecimal raw) {
        return raw.compareTo(sourceMin) >= 0 && raw.compareTo(sourceMax) <= 0;
    }

    /**
     * Converts a raw external index value into an indicator value.
     *
     * @param raw the external index value, within sourceMin..sourceMax
     * @return the value, rounded half-up to {@code decimals} digits
     * @throws IllegalArgumentException if the raw value is outside the source range
     */
    public BigDecimal convert(BigDecimal raw) {
        Objects.requireNonNull(raw, "raw");
        if (!accepts(raw)) {
            throw new InvalidFrameworkException(Problem.of("external." + Text.oneLine(indicator), "SourceRange", Text.oneLine(source)
                    + " value " + raw.toPlainString() + " for indicator " + Text.oneLine(indicator) + " is outside "
                    + sourceMin.toPlainString() + ".." + sourceMax.toPlainString(), raw.toPlainString()));
        }
        for (ConversionBand band : bands) {
            if (raw.compareTo(band.from()) >= 0 && raw.compareTo(band.to()) < 0
                    || raw.compareTo(band.to()) == 0 && band == bands.get(bands.size() - 1)) {
                return interpolate(band, raw);
            }
        }
        // unreachable for a validated table: the bands cover the source range
        throw new IllegalStateException("conversion for " + indicator + " has no band for " + raw.toPlainString());
    }

    private BigDecimal interpolate(ConversionBand band, BigDecimal raw) {
        BigDecimal width = band.to().subtract(band.from());
        // exact: (valueFrom * width + (raw - from) * (valueTo - valueFrom)) / width, rounded once
        BigDecimal numerator = band.valueFrom().multiply(width)
                .add(raw.subtract(band.from()).multiply(band.valueTo().subtract(band.valueFrom())));
        return numerator.divide(width, decimals, RoundingMode.HALF_UP);
    }
}
