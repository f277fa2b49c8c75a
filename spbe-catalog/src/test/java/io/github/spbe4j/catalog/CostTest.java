package io.github.spbe4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CostTest {

    private static final LegalReference PERDA = LegalReference.of("Perda Kota Contoh 3/2023 tentang Retribusi");

    @Test
    void toString_eachKind_isTheIndonesianTextForm() {
        assertThat(Cost.free()).hasToString("gratis");
        assertThat(Cost.fixed(10_000)).hasToString("Rp10.000");
        assertThat(Cost.range(10_000, 50_000, PERDA)).hasToString("Rp10.000\u2013Rp50.000");
        assertThat(Cost.perUnit(5_000, "lembar")).hasToString("Rp5.000 per lembar");
    }

    @ParameterizedTest
    @CsvSource({
        "1, Rp1",
        "999, Rp999",
        "1000, Rp1.000",
        "1234567, Rp1.234.567",
        "1000000000000, Rp1.000.000.000.000"
    })
    void toString_fixedAmount_groupsThousandsWithDots(long rupiah, String text) {
        assertThat(Cost.fixed(rupiah)).hasToString(text);
    }

    @Test
    void toString_rangeFromZero_showsRp0() {
        assertThat(Cost.range(0, 2_500)).hasToString("Rp0\u2013Rp2.500");
    }

    @Test
    void bounds_eachKind_areTheLeastAndMostPaid() {
        assertThat(Cost.free().minimum()).isZero();
        assertThat(Cost.free().maximum()).isEqualTo(OptionalLong.of(0));
        assertThat(Cost.fixed(7_500).minimum()).isEqualTo(7_500);
        assertThat(Cost.fixed(7_500).maximum()).isEqualTo(OptionalLong.of(7_500));
        assertThat(Cost.range(1_000, 9_000).minimum()).isEqualTo(1_000);
        assertThat(Cost.range(1_000, 9_000).maximum()).isEqualTo(OptionalLong.of(9_000));
        assertThat(Cost.perUnit(2_000, "m2").minimum()).isEqualTo(2_000);
        assertThat(Cost.perUnit(2_000, "m2").maximum()).isEmpty();
    }

    @Test
    void isFree_eachKind_onlyForFree() {
        assertThat(Cost.free().isFree()).isTrue();
        assertThat(Cost.free()).isSameAs(Cost.free());
        assertThat(Cost.fixed(1).isFree()).isFalse();
        assertThat(Cost.range(0, 1).isFree()).isFalse();
        assertThat(Cost.perUnit(1, "lembar").isFree()).isFalse();
    }

    @Test
    void tariff_givenOrNot_isReportedAndAbsentWhenFree() {
        assertThat(Cost.free().tariff()).isEmpty();
        assertThat(Cost.fixed(1, PERDA).tariff()).contains(PERDA);
        assertThat(Cost.fixed(1).tariff()).isEqualTo(Optional.empty());
        assertThat(Cost.range(1, 2, PERDA).tariff()).contains(PERDA);
        assertThat(Cost.perUnit(1, "m2", PERDA).tariff()).contains(PERDA);
        assertThat(Cost.perUnit(1, "m2").tariff()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE, Cost.MAX_RUPIAH + 1, Long.MAX_VALUE})
    void fixed_outOfRange_namesAmountAndRange(long rupiah) {
        assertThatThrownBy(() -> Cost.fixed(rupiah))
                .isInstanceOf(InvalidServiceException.class)
                .hasMessage("fixed cost is " + rupiah + " rupiah; it must be 1..1000000000000");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -5, Cost.MAX_RUPIAH + 1})
    void perUnit_outOfRange_namesAmountAndRange(long rupiah) {
        assertThatThrownBy(() -> Cost.perUnit(rupiah, "lembar"))
                .isInstanceOf(InvalidServiceException.class)
                .hasMessage("cost per unit is " + rupiah + " rupiah; it must be 1..1000000000000");
    }

    @Test
    void perUnit_blankUnit_isRefused() {
        assertThatThrownBy(() -> Cost.perUnit(1_000, " "))
                .isInstanceOf(InvalidServiceException.class)
                .hasMessage("cost unit is blank");
    }

    @Test
    void range_negativeMinimum_namesTheBound() {
        assertThatThrownBy(() -> Cost.range(-1, 5))
                .isInstanceOf(InvalidServiceException.class)
                .hasMessage("cost range minimum is -1 rupiah; it must be 0..1000000000000");
    }

    @Test
    void range_maximumTooLarge_namesTheBound() {
        assertThatThrownBy(() -> Cost.range(1, Cost.MAX_RUPIAH + 1))
                .isInstanceOf(InvalidServiceException.class)
                .hasMessage("cost range maximum is 1000000000001 rupiah; it must be 1..1000000000000");
    }

    @ParameterizedTest
    @CsvSource({"5, 5", "10, 5", "1000, 1"})
    void range_empty_namesBoundsAndRule(long minimum, long maximum) {
        assertThatThrownBy(() -> Cost.range(minimum, maximum))
                .isInstanceOf(InvalidServiceException.class)
                .hasMessage("cost range runs from " + minimum + " to " + maximum
                        + " rupiah; the maximum must be above the minimum");
    }

    @Test
    void range_zeroMaximum_namesTheBound() {
        assertThatThrownBy(() -> Cost.range(0, 0))
                .isInstanceOf(InvalidServiceException.class)
                .hasMessage("cost range maximum is 0 rupiah; it must be 1..1000000000000");
    }

    @Test
    void range_equalBounds_namesTheRule() {
        assertThatThrownBy(() -> Cost.range(5_000, 5_000))
                .isInstanceOf(InvalidServiceException.class)
                .hasMessage("cost range runs from 5000 to 5000 rupiah; the maximum must be above the minimum");
    }

    @Test
    void range_limits_areAccepted() {
        assertThat(Cost.range(0, Cost.MAX_RUPIAH).maximum()).isEqualTo(OptionalLong.of(1_000_000_000_000L));
        assertThat(Cost.fixed(Cost.MAX_RUPIAH).minimum()).isEqualTo(Cost.MAX_RUPIAH);
    }

    @Test
    void equals_sameKindAmountsAndTariff_areEqual() {
        new EqualsTester()
                .addEqualityGroup(Cost.free(), Cost.free())
                .addEqualityGroup(Cost.fixed(10_000), new Cost.Fixed(10_000, Optional.empty()))
                .addEqualityGroup(Cost.fixed(10_000, PERDA), Cost.fixed(10_000, LegalReference.of(PERDA.title())))
                .addEqualityGroup(Cost.fixed(10_001))
                .addEqualityGroup(Cost.range(10_000, 50_000), new Cost.Range(10_000, 50_000, Optional.empty()))
                .addEqualityGroup(Cost.range(0, 10_000))
                .addEqualityGroup(Cost.perUnit(10_000, "lembar"))
                .addEqualityGroup(Cost.perUnit(10_000, "m2"))
                .testEquals();
    }

    @Test
    void publicApi_nullArguments_throwNullPointerException() {
        NullPointerTester t = new NullPointerTester().setDefault(String.class, "lembar").setDefault(long.class, 1_000L)
                .setDefault(LegalReference.class, PERDA);
        t.testAllPublicStaticMethods(Cost.class);
        t.testAllPublicConstructors(Cost.Fixed.class);
        t.testAllPublicConstructors(Cost.Range.class);
        t.testAllPublicConstructors(Cost.PerUnit.class);
    }
}
