package io.github.spbe4j.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.SpbeException;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.spbe4j.core.json.SpbeJson;
import io.github.spbe4j.core.testing.Generators;
import io.github.spbe4j.core.testing.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The value types of the framework package: equality by value, null checks, text forms. */
class ValueContractTest {

    private static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    private static NullPointerTester tester() {
        return new NullPointerTester()
                .setDefault(Weight.class, Weight.of(1))
                .setDefault(LevelScale.class, LevelScale.ofLevels(1, 5))
                .setDefault(BigDecimal.class, BigDecimal.ONE)
                .setDefault(BigInteger.class, BigInteger.ONE)
                .setDefault(Confidence.class, Confidence.HIGH)
                .setDefault(Provenance.Status.class, Provenance.Status.CUSTOM)
                .setDefault(Node.class, Indicator.of("x", "x", Weight.of(1)))
                .setDefault(List.class, List.of(Indicator.of("x", "x", Weight.of(1))))
                .setDefault(String.class, "x");
    }

    // ------------------------------------------------------------------ Weight

    @Test
    void weight_equalValuesInAnyForm_areEqual() {
        new EqualsTester()
                .addEqualityGroup(Weight.parse("2.5"), Weight.parse("2.50"), Weight.parse("5/2"), Weight.parse(" 10/4 "),
                        Weight.of(dec("2.500")), Weight.ofFraction(BigInteger.valueOf(25), BigInteger.TEN))
                .addEqualityGroup(Weight.parse("10/3"), Weight.ofFraction(BigInteger.valueOf(20), BigInteger.valueOf(6)))
                .addEqualityGroup(Weight.ZERO, Weight.of(0), Weight.parse("0/7"), Weight.parse("0.00"))
                .addEqualityGroup(Weight.of(100), Weight.parse("1e2"), Weight.parse("100.0"), Weight.parse("300/3"))
                .addEqualityGroup(Weight.parse("2.75"), Weight.parse("11/4"))
                .addEqualityGroup(Weight.parse("27.5"))
                .testEquals();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"2.75, 2.75", "2.750, 2.75", "11/4, 2.75", "10/3, 10/3", "20/6, 10/3", "13, 13", "1.3, 1.3", "13/10, 1.3",
        "0, 0", "0/5, 0", "1e2, 100", "100/1, 100", "1/3, 1/3", "1/8, 0.125", "7/1024, 0.0068359375"})
    void weight_toString_isPlainDecimalWhenExactElseLowestTermsFraction(String text, String expected) {
        Weight w = Weight.parse(text);
        assertThat(w.toString()).isEqualTo(expected);
        assertThat(Weight.parse(w.toString())).isEqualTo(w);
        assertThat(w.isDecimal()).isEqualTo(!expected.contains("/"));
    }

    @Test
    void weight_randomFractions_roundTripThroughTextAndAgreeWithExactArithmetic() {
        Random r = new Random(42);
        for (int k = 0; k < 5000; k++) {
            BigInteger n = BigInteger.valueOf(r.nextInt(100_000));
            BigInteger d = BigInteger.valueOf(1 + r.nextInt(10_000));
            Weight w = Weight.ofFraction(n, d);
            Rational exact = Rational.of(n, d);
            assertThat(Weight.parse(w.toString())).as("%s/%s", n, d).isEqualTo(w);
            assertThat(Rational.of(w)).isEqualTo(exact);
            assertThat(w.numerator().gcd(w.denominator())).as("lowest terms").isIn(BigInteger.ONE, w.denominator());
            assertThat(w.isDecimal()).isEqualTo(exact.terminates());
            if (exact.terminates()) {
                assertThat(w.toBigDecimal()).isEqualByComparingTo(exact.exactDecimal());
            } else {
                assertThat(exact.matches(w.toBigDecimal())).isTrue();
                assertThat(w.toBigDecimal().precision()).isLessThanOrEqualTo(MathContext.DECIMAL128.getPrecision());
            }
            Weight other = Weight.ofFraction(BigInteger.valueOf(r.nextInt(1000)), BigInteger.valueOf(1 + r.nextInt(100)));
            assertThat(Rational.of(w.plus(other))).isEqualTo(exact.plus(Rational.of(other)));
            assertThat(Integer.signum(w.compareTo(other))).isEqualTo(Integer.signum(exact.compareTo(Rational.of(other))));
            assertThat(w.compareTo(other) == 0).isEqualTo(w.equals(other));
        }
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource({"-1", "-1/3", "1/0", "1/-3", "abc", "'2,75'", "1/2/3", "''", "1 / x"})
    void weight_parseOfBadText_throwsIllegalArgumentNamingTheText(String text) {
        assertThatThrownBy(() -> Weight.parse(text)).isInstanceOf(SpbeException.class);
    }

    @Test
    void weight_nullArguments_throwNullPointerException() {
        tester().testAllPublicStaticMethods(Weight.class);
        tester().testAllPublicInstanceMethods(Weight.parse("10/3"));
    }

    // ------------------------------------------------------------------ other values

    @Test
    void levelScale_equalsByComponents_andDescribesItself() {
        new EqualsTester()
                .addEqualityGroup(LevelScale.ofLevels(1, 5), new LevelScale(1, 5, 0))
                .addEqualityGroup(new LevelScale(1, 5, 2))
                .addEqualityGroup(LevelScale.ofLevels(0, 5))
                .testEquals();
        assertThat(LevelScale.ofLevels(1, 5)).hasToString("1..5");
        assertThat(new LevelScale(1, 5, 2)).hasToString("1..5 (2 decimals)");
        LevelScale s = new LevelScale(1, 5, 2);
        assertThat(s.contains(dec("1"))).isTrue();
        assertThat(s.contains(dec("5.00"))).isTrue();
        assertThat(s.contains(dec("5.001"))).isFalse();
        assertThat(s.contains(dec("0.99"))).isFalse();
        assertThat(s.allowsPrecision(dec("3.750"))).isTrue();
        assertThat(s.allowsPrecision(dec("3.755"))).isFalse();
        assertThat(s.fractional()).isTrue();
        assertThat(LevelScale.ofLevels(1, 5).allowsPrecision(dec("3.0"))).isTrue();
        assertThat(LevelScale.ofLevels(1, 5).fractional()).isFalse();
    }

    @Test
    void predikatBand_boundsOfAnyScale_equalByValue() {
        new EqualsTester()
                .addEqualityGroup(PredikatBand.of("Baik", dec("2.6"), dec("3.5")), PredikatBand.of("Baik", dec("2.60"), dec("3.500")))
                .addEqualityGroup(new PredikatBand("Baik", Optional.of("Berkembang"), dec("2.6"), dec("3.5")))
                .addEqualityGroup(PredikatBand.of("Baik", dec("2.5"), dec("3.5")))
                .addEqualityGroup(PredikatBand.of("Cukup", dec("2.6"), dec("3.5")))
                .testEquals();
        assertThat(new PredikatBand("Sangat Baik", Optional.of("Melembaga (Embedded)"), dec("3.5"), dec("4"))).hasToString("Sangat Baik / Melembaga (Embedded)");
        assertThat(PredikatBand.of("Baik", dec("2.6"), dec("3.5"))).hasToString("Baik");
        assertThat(PredikatBand.of("Baik", dec("2.60"), dec("3.50")).lower().toPlainString()).isEqualTo("2.6");
    }

    @Test
    void yearRange_openOrClosed_equalsContainsAndText() {
        new EqualsTester()
                .addEqualityGroup(YearRange.of(2020, 2025))
                .addEqualityGroup(YearRange.from(2020))
                .addEqualityGroup(YearRange.from(2026))
                .testEquals();
        assertThat(YearRange.of(2020, 2025)).hasToString("2020..2025");
        assertThat(YearRange.from(2026)).hasToString("2026..");
        assertThat(YearRange.of(2020, 2025).contains(2020)).isTrue();
        assertThat(YearRange.of(2020, 2025).contains(2025)).isTrue();
        assertThat(YearRange.of(2020, 2025).contains(2026)).isFalse();
        assertThat(YearRange.from(2026).contains(9999)).isTrue();
        assertThat(YearRange.from(2026).to()).isEmpty();
        assertThat(YearRange.of(2026, 2026).to()).hasValue(2026);
    }

    @Test
    void ladder_levels_areOrderedByLevelAndImmutable() {
        Map<Integer, String> scrambled = new LinkedHashMap<>();
        for (int level : new int[] {5, 2, 9, 0, 7, 1, 3, 8, 6, 4}) {
            scrambled.put(level, "L" + level);
        }
        Ladder ladder = new Ladder("process", "Proses", scrambled);
        assertThat(new ArrayList<>(ladder.levels().keySet())).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(ladder.levelName(7)).contains("L7");
        assertThat(ladder.levelName(10)).isEmpty();
        assertThatThrownBy(() -> ladder.levels().put(10, "x")).isInstanceOf(UnsupportedOperationException.class);
        scrambled.put(10, "later");
        assertThat(ladder.levels()).doesNotContainKey(10);
        new EqualsTester()
                .addEqualityGroup(ladder, new Ladder("process", "Proses", Map.copyOf(scrambled.entrySet().stream()
                        .filter(e -> e.getKey() < 10).collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))))
                .addEqualityGroup(new Ladder("process", "Proses", Map.of(1, "Rintisan")))
                .addEqualityGroup(new Ladder("service", "Proses", scrambled))
                .testEquals();
        assertThatThrownBy(() -> new Ladder("x", "x", java.util.Collections.singletonMap(1, null))).isInstanceOf(NullPointerException.class);
        // the shipped ladders read in level order too
        Framework spbe2020 = FrameworkRegistry.builtIn().get("spbe-2020");
        assertThat(spbe2020.ladder("service").orElseThrow().levels().values())
                .containsExactly("Informasi", "Interaksi", "Transaksi", "Kolaborasi", "Optimalisasi");
    }

    @Test
    void nodesAndConversions_sameContent_areEqual() {
        Weight w = Weight.parse("2.5");
        new EqualsTester()
                .addEqualityGroup(Indicator.of("11", "Arsitektur", w), new Indicator("11", "Arsitektur", Weight.parse("5/2"), Optional.empty(), Optional.empty()))
                .addEqualityGroup(Indicator.of("11", "Arsitektur", w).withLadder("process"))
                .addEqualityGroup(Indicator.of("11", "Arsitektur", w).withDescription("d"))
                .addEqualityGroup(Indicator.of("12", "Arsitektur", w))
                .testEquals();
        Indicator i = Indicator.of("11", "Arsitektur", w);
        new EqualsTester()
                .addEqualityGroup(new Group("A2", "aspect", "Perencanaan", w, List.of(i), Optional.empty()),
                        new Group("A2", "aspect", "Perencanaan", w, new ArrayList<>(List.of(i)), Optional.empty()))
                .addEqualityGroup(new Group("A2", "domain", "Perencanaan", w, List.of(i), Optional.empty()))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(new ConversionBand(dec("12.5"), dec("37.50"), dec("1.5"), dec("2.50")),
                        new ConversionBand(dec("12.50"), dec("37.5"), dec("1.50"), dec("2.5")))
                .addEqualityGroup(new ConversionBand(dec("12.5"), dec("37.5"), dec("1.5"), dec("2.4")))
                .testEquals();
        assertThat(i.kind()).isEqualTo("indicator");
        assertThat(i.description()).isEmpty();
    }

    @Test
    void framework_equalsByContent_andRoundTripsThroughItsBuilder() {
        Framework spbe2020 = FrameworkRegistry.builtIn().get("spbe-2020");
        Framework custom = Generators.framework(5);
        new EqualsTester()
                .addEqualityGroup(spbe2020, spbe2020.toBuilder().build(), Framework.parse(spbe2020.toJson()))
                .addEqualityGroup(spbe2020.toBuilder().title("Indeks SPBE (salinan)").build())
                .addEqualityGroup(spbe2020.toBuilder().provenance(Provenance.custom()).build())
                .addEqualityGroup(FrameworkRegistry.builtIn().get("pemdi-2026"))
                .addEqualityGroup(custom, custom.toBuilder().build())
                .testEquals();
        assertThat(spbe2020).hasToString("spbe-2020 (Indeks SPBE (PermenPANRB 59/2020))");
        assertThatThrownBy(() -> spbe2020.tree().add(Indicator.of("x", "x", Weight.of(1)))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> spbe2020.indicators().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void publicConstructorsAndStaticMethods_nullArguments_throwNullPointerException() {
        NullPointerTester t = tester();
        for (Class<?> c : List.of(LevelScale.class, PredikatBand.class, YearRange.class, Ladder.class, Indicator.class, Group.class,
                ConversionBand.class, Conversion.class, Provenance.class, ProvenanceNote.class)) {
            t.testAllPublicConstructors(c);
            t.testAllPublicStaticMethods(c);
        }
        t.testAllPublicStaticMethods(Framework.class);
        t.testAllPublicStaticMethods(FrameworkRegistry.class);
        t.testAllPublicInstanceMethods(FrameworkRegistry.builtIn());
        t.setDefault(Indicator.class, Indicator.of("x", "x", Weight.of(1)))
                .setDefault(Framework.class, FrameworkRegistry.builtIn().get("spbe-2020"));
        t.testAllPublicInstanceMethods(FrameworkRegistry.builtIn().get("spbe-2020"));
        t.testAllPublicInstanceMethods(Framework.builder("x"));
    }
}
