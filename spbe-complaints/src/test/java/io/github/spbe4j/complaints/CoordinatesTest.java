package io.github.spbe4j.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.core.Problem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CoordinatesTest {

    @Test
    void equals_sameDegreesAtAnotherScale_isEqualAndHashesAlike() {
        Coordinates a = Coordinates.of("-0.0263", "109.3425");
        Coordinates b = Coordinates.of("-0.02630000", "109.342500");
        Coordinates c = new Coordinates(new BigDecimal("-0.026300"), new BigDecimal("109.3425"));
        assertThat(a).isEqualTo(b).isEqualTo(c).hasSameHashCodeAs(b);
        assertThat(a.latitude()).isEqualTo(new BigDecimal("-0.0263"));
        assertThat(Coordinates.of("90.0", "180")).isEqualTo(Coordinates.of("90", "180.000"));
        assertThat(Coordinates.of("-0.0263", "109.3425")).isNotEqualTo(Coordinates.of("-0.0263", "109.3426"));
    }

    @Test
    void toString_isPlainDecimalsWithoutTrailingZeros() {
        assertThat(Coordinates.of("-0.026300", "109.3425")).hasToString("-0.0263,109.3425");
        assertThat(Coordinates.of("1E+1", "1.2E+2")).hasToString("10,120");
        assertThat(Coordinates.of("0.00", "0")).hasToString("0,0");
    }

    @ParameterizedTest
    @CsvSource({"90, 180", "-90, -180", "90.00000000, -180.00000000", "0, 0", "-89.99999999, 179.99999999"})
    void of_rangeEdges_areAccepted(String latitude, String longitude) {
        Coordinates c = Coordinates.of(latitude, longitude);
        assertThat(c.latitude()).isEqualByComparingTo(latitude);
        assertThat(c.longitude()).isEqualByComparingTo(longitude);
    }

    @Test
    void of_justOutsideTheRange_isRefusedNamingTheCoordinateAndTheRange() {
        Problem lat = Problems.one(() -> Coordinates.of("90.00000001", "0"));
        assertThat(lat.path()).isEqualTo("latitude");
        assertThat(lat.rule()).isEqualTo(Coordinates.RULE);
        assertThat(lat.message()).isEqualTo("latitude 90.00000001 is out of range; it runs -90 to 90");
        assertThat(Problems.one(() -> Coordinates.of("0", "-180.00000001")).message())
                .isEqualTo("longitude -180.00000001 is out of range; it runs -180 to 180");
    }

    @Test
    void new_bothOutOfRange_namesBothAtOnce() {
        List<Problem> problems = Problems.of(() -> Coordinates.of("-91", "181"));
        assertThat(problems).extracting(Problem::path).containsExactly("latitude", "longitude");
    }

    @Test
    void of_moreThanEightDecimals_isRefused_andTrailingZerosDoNotCount() {
        assertThat(Problems.one(() -> Coordinates.of("-0.026300001", "109.3425")).message())
                .isEqualTo("latitude -0.026300001 has more than 8 decimal places");
        assertThat(Coordinates.of("-0.0263000000000", "109.34250000000").latitude()).isEqualTo(new BigDecimal("-0.0263"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1,5", "NaN", "Infinity", "0x10", " 1", "1 ", "1e", "--1"})
    void of_notADecimalNumber_isRefusedQuotingTheText(String text) {
        Problem p = Problems.one(() -> Coordinates.of(text, "0"));
        assertThat(p.path()).isEqualTo("latitude");
        assertThat(p.message()).isEqualTo("latitude " + io.github.spbe4j.core.internal.Text.quote(text) + " is not a decimal number of degrees");
    }

    @Test
    void of_hugeOrHostileText_isRefusedWithAShortMessage() {
        String huge = "1".repeat(1_000_000);
        Problem p = Problems.one(() -> Coordinates.of(huge, "0"));
        assertThat(p.message()).hasSizeLessThan(200).endsWith("... is not a decimal number of degrees");
        assertThat(Problems.one(() -> Coordinates.of("1\u001b[2J", "0")).message()).contains("\\u001b").doesNotContain("\u001b");
    }

    @Test
    void of_hugeExponent_isRefusedQuicklyWithAShortMessage() {
        // written in a few characters, these numbers have a billion digits when written out
        Problem big = Problems.one(() -> Coordinates.of("1E+999999999", "0"));
        assertThat(big.message()).isEqualTo("latitude 1E+999999999 is out of range; it runs -90 to 90");
        Problem tiny = Problems.one(() -> Coordinates.of("0", "1E-999999999"));
        assertThat(tiny.message()).isEqualTo("longitude 1E-999999999 has more than 8 decimal places");
        Problem longDigits = Problems.one(() -> new Coordinates(new BigDecimal("1." + "1".repeat(5000)), BigDecimal.ZERO));
        assertThat(longDigits.message()).hasSizeLessThan(200).contains("...");
    }
}
