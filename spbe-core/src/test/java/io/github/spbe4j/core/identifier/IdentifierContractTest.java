package io.github.spbe4j.core.identifier;

import static io.github.spbe4j.core.testing.Checks.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.spbe4j.core.SpbeException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Contracts every identifier type keeps: equality by value, null checks, the result and exception types. */
class IdentifierContractTest {

    private static NullPointerTester tester() {
        return new NullPointerTester()
                .setDefault(CharSequence.class, "11")
                .setDefault(RegionCode.class, RegionCode.parse("11"))
                .setDefault(RegionCode.Scheme.class, RegionCode.Scheme.KEMENDAGRI)
                .setDefault(Predicate.class, (Predicate<?>) x -> true)
                .setDefault(LocalDate.class, LocalDate.of(2026, 1, 1));
    }

    @Test
    void publicMethods_nullArgument_throwNullPointerException() {
        NullPointerTester t = tester();
        for (Class<?> type : List.of(Nik.class, Nip.class, Nib.class, Npwp.class, Kbli.class, RegionCode.class)) {
            t.testAllPublicStaticMethods(type);
        }
        t.testAllPublicInstanceMethods(Nik.parse("3171011505900001"));
        t.testAllPublicInstanceMethods(Nip.parse("196805071987121001"));
        t.testAllPublicInstanceMethods(Npwp.parse("012345678901234"));
        t.testAllPublicInstanceMethods(RegionCode.parse("11.01.01.2001"));
    }

    @Test
    void values_equalByCanonicalDigits() {
        new EqualsTester()
                .addEqualityGroup(Nik.parse("3171011505900001"), Nik.parse("3171011505900001"),
                        ((IdentifierCheck.Valid<Nik>) Nik.check("3171 0115 0590 0001")).value())
                .addEqualityGroup(Nik.parse("3171015505900001"))
                .addEqualityGroup(Nip.parse("196805071987121001"), Nip.parse("196805071987121001"))
                .addEqualityGroup(Nip.parse("200012312024211001"))
                .addEqualityGroup(Nib.parse("1234567890123"), Nib.parse("1234567890123"))
                .addEqualityGroup(Npwp.parse("012345678901234"), Npwp.parse("01.234.567.8-901.234"))
                .addEqualityGroup(Npwp.parse("3171011505900001"))
                .addEqualityGroup(Kbli.parse("62019"), Kbli.parse("62019"))
                .addEqualityGroup(RegionCode.parse("317101"), Nik.parse("3171011505900001").regionCode())
                .testEquals();
    }

    @Test
    void differentTypesWithTheSameDigits_areNotEqual() {
        assertThat(Nik.parse("3171011505900001")).isNotEqualTo(Npwp.parse("3171011505900001"));
    }

    @Test
    void identifierCheck_recordsCopyAndCheckTheirParts() {
        new EqualsTester()
                .addEqualityGroup(new IdentifierCheck.Valid<>(Kbli.parse("62019"), List.of()), new IdentifierCheck.Valid<>(Kbli.parse("62019"), List.of()))
                .addEqualityGroup(new IdentifierCheck.Valid<>(Kbli.parse("62019"), List.of(Problem.of("w"))))
                .addEqualityGroup(new IdentifierCheck.Invalid<Kbli>(List.of(Problem.of("p"))))
                .testEquals();
        assertThatThrownBy(() -> new IdentifierCheck.Invalid<Kbli>(List.of())).isInstanceOf(SpbeException.class);
        assertThat(new IdentifierCheck.Valid<>(Kbli.parse("62019"), List.of()).isValid()).isTrue();
        assertThat(new IdentifierCheck.Invalid<Kbli>(List.of(Problem.of("p"))).isValid()).isFalse();
    }

    @Test
    void identifierCheck_javadocExample_runs() {
        String text = "3171 0115 0590 0001";
        Nik seen = null;
        if (Nik.check(text) instanceof IdentifierCheck.Valid<Nik> v) {
            seen = v.value();
            assertThat(texts(v.warnings())).isEmpty();
        }
        assertThat(seen).isEqualTo(Nik.parse("3171011505900001"));
    }

    @Test
    void invalidIdentifierException_isAnSpbeExceptionWithOneLineMessage() {
        assertThatThrownBy(() -> Nik.parse("3171\n0115"))
                .isInstanceOf(SpbeException.class)
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain("\n").isEqualTo("NIK \"3171\\n0115\" is not 16 digits; a NIK is exactly 16 digits 0-9");
                    assertThat(texts(e.problems())).containsExactly(e.getMessage());
                });
    }
}
