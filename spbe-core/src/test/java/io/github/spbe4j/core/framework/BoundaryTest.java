package io.github.spbe4j.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.agency.Agency;
import io.github.spbe4j.core.assessment.Assessment;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exact edges of the value types' ranges, where an off-by-one would hide. */
class BoundaryTest {

    @Test
    void yearRange_runsFrom1900To9999Inclusive() {
        assertThat(YearRange.of(1900, 9999).contains(1900)).isTrue();
        assertThat(YearRange.of(1900, 9999).contains(9999)).isTrue();
        assertThat(YearRange.of(2020, 2025).contains(2019)).isFalse();
        assertThat(YearRange.of(2020, 2025).contains(2026)).isFalse();
        assertThat(YearRange.from(2026).contains(9999)).isTrue();
        assertThat(YearRange.of(2020, 2020).contains(2020)).isTrue();
        assertThatThrownBy(() -> YearRange.from(1899)).hasMessage("first year is 1899; years run 1900..9999");
        assertThatThrownBy(() -> YearRange.from(10000)).hasMessage("first year is 10000; years run 1900..9999");
        assertThatThrownBy(() -> YearRange.of(2025, 2024)).hasMessage("years run 2025..2024; the last year is before the first");
    }

    @Test
    void assessmentYear_runsFrom1900To9999Inclusive() {
        Agency a = Agency.named("Kota Contoh");
        assertThat(Assessment.builder("spbe-2020", a, 1900).build().year()).isEqualTo(1900);
        assertThat(Assessment.builder("spbe-2020", a, 9999).build().year()).isEqualTo(9999);
        assertThatThrownBy(() -> Assessment.builder("spbe-2020", a, 1899).build())
                .hasMessage("assessment year is 1899; years run 1900..9999");
        assertThatThrownBy(() -> Assessment.builder("spbe-2020", a, 10000).build())
                .hasMessage("assessment year is 10000; years run 1900..9999");
        assertThatThrownBy(() -> Assessment.builder(" ", a, 2025).build()).hasMessage("assessment framework id is blank");
    }

    @Test
    void predikatBand_needsLowerBelowUpper() {
        assertThatThrownBy(() -> PredikatBand.of("Baik", BigDecimal.ONE, BigDecimal.ONE))
                .hasMessage("predikat Baik runs 1..1; its lower bound must be below its upper bound");
        assertThat(PredikatBand.of("Baik", new BigDecimal("2.60"), new BigDecimal("3.5")).lower()).isEqualTo(new BigDecimal("2.6"));
    }

    @Test
    void conversion_roundsTo0To4Decimals() {
        List<ConversionBand> bands = List.of(new ConversionBand(BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.valueOf(5)));
        assertThat(new Conversion("I5", "SDI", BigDecimal.ZERO, BigDecimal.TEN, 0, Confidence.HIGH, Optional.empty(), bands)
                .convert(new BigDecimal("5"))).isEqualByComparingTo("3");
        assertThat(new Conversion("I5", "SDI", BigDecimal.ZERO, BigDecimal.TEN, 4, Confidence.HIGH, Optional.empty(), bands)
                .convert(new BigDecimal("1"))).isEqualByComparingTo("1.4");
        assertThatThrownBy(() -> new Conversion("I5", "SDI", BigDecimal.ZERO, BigDecimal.TEN, 5, Confidence.HIGH, Optional.empty(), bands))
                .hasMessage("conversion for I5 rounds to 5 decimals; allowed are 0..4");
        assertThatThrownBy(() -> new Conversion("I5", "SDI", BigDecimal.ZERO, BigDecimal.TEN, -1, Confidence.HIGH, Optional.empty(), bands))
                .hasMessage("conversion for I5 rounds to -1 decimals; allowed are 0..4");
    }

    @Test
    void predikatFor_belowTheLowestBand_isTheLowestBand_andTheTopIsClosed() {
        Framework f = FrameworkRegistry.builtIn().get("pemdi-2026");
        assertThat(f.predikatFor(new BigDecimal("0.5")).name()).isEqualTo("Kurang");
        assertThat(f.predikatFor(new BigDecimal("1.00")).name()).isEqualTo("Kurang");
        assertThat(f.predikatFor(new BigDecimal("5.00")).name()).isEqualTo("Memuaskan");
    }

    @Test
    void registryFind_knownAndUnknownIds() {
        assertThat(FrameworkRegistry.builtIn().find("spbe-2020")).map(Framework::id).contains("spbe-2020");
        assertThat(FrameworkRegistry.builtIn().find("spbe-1999")).isEmpty();
        assertThat(FrameworkRegistry.builtIn().toString()).isEqualTo("FrameworkRegistry[spbe-2018, spbe-2018-35x1, spbe-2020, pemdi-2026]");
    }
}
