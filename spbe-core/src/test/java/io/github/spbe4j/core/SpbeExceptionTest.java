package io.github.spbe4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.Indicator;
import io.github.spbe4j.core.framework.InvalidFrameworkException;
import io.github.spbe4j.core.framework.PredikatBand;
import io.github.spbe4j.core.framework.Weight;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpbeExceptionTest {

    @Test
    void message_ofSeveralProblems_joinsTheirTextsAfterTheSubject() {
        SpbeException e = new SpbeException("assessment of Kota Contoh", List.of(
                Problem.of("values.12", "Scale", "indicator 12 has value 7; values run 1..5", "7"),
                Problem.ofField("services[2].title", "NotBlank", "must not be blank", "\"\"")));

        assertThat(e.getMessage()).isEqualTo("assessment of Kota Contoh has 2 problems: indicator 12 has value 7; values run 1..5; "
                + "services[2].title: must not be blank (\"\")");
        assertThat(e.problems()).extracting(Problem::path).containsExactly("values.12", "services[2].title");
        assertThat(e.problems()).extracting(Problem::rule).containsExactly("Scale", "NotBlank");
        assertThat(e.problems().get(1).message()).isEqualTo("must not be blank");
        assertThat(e.problems().get(0).rejectedValue()).contains("7");
    }

    @Test
    void message_ofOneProblem_isTheSubjectAndTheProblem() {
        assertThat(new SpbeException("framework x", List.of(Problem.of("the tree has no nodes"))).getMessage())
                .isEqualTo("framework x: the tree has no nodes");
        assertThat(new SpbeException("the tree has no nodes").problems()).containsExactly(Problem.of("the tree has no nodes"));
    }

    @Test
    void problem_withoutPathRuleOrValue_hasEmptyParts() {
        Problem p = Problem.of("no holiday data for year 2030");

        assertThat(p.path()).isEmpty();
        assertThat(p.rule()).isEmpty();
        assertThat(p.rejectedValue()).isEmpty();
        assertThat(p).hasToString("no holiday data for year 2030");
        assertThat(Problem.ofField("", "NotNull", "must not be null", null)).hasToString("(input): must not be null");
    }

    @Test
    void problemUnder_aParentPath_placesPathAndTextInTheLargerDocument() {
        Problem inner = Problem.of("values.1", "Scale", "indicator 1 has value 7; values run 1..5", "7");

        Problem placed = inner.under("assessment");

        assertThat(placed.path()).isEqualTo("assessment.values.1");
        assertThat(placed).hasToString("assessment: indicator 1 has value 7; values run 1..5");
        assertThat(placed.rule()).isEqualTo("Scale");
        assertThat(placed.rejectedValue()).contains("7");
        assertThat(inner.under("")).isSameAs(inner);
        assertThat(Problem.of("", "Digits", "x", null).under("region").path()).isEqualTo("region");
        assertThat(Problem.of("[2]", "Base45Alphabet", "x", null).under("token").path()).isEqualTo("token[2]");
    }

    @Test
    void frameworkBuiltInJava_withALineBreakInItsId_failsWithAOneLineMessage() {
        assertThatThrownBy(() -> Framework.builder("kota\ncontoh")
                .predikat(List.of(PredikatBand.of("Semua", BigDecimal.ONE, BigDecimal.valueOf(5))))
                .add(Indicator.of("X1", "Satu", Weight.of(60)))
                .build())
                .isInstanceOf(InvalidFrameworkException.class)
                .hasMessage("framework kota\\ncontoh has 2 problems: id \"kota\\ncontoh\" holds a line break U+000A at character 5;"
                        + " it must be one line without control characters; top-level weights sum to 60, not 100");
        assertThatThrownBy(() -> Indicator.of("X\n1", "Satu", Weight.of(60)))
                .isInstanceOf(InvalidFrameworkException.class)
                .hasMessage("code \"X\\n1\" holds a line break U+000A at character 2; it must be one line without control characters");
    }

    @Test
    void weightOf_absurdExponent_isRefusedAtOnce() {
        assertThatThrownBy(() -> Weight.of(new BigDecimal("1e999999")))
                .isInstanceOf(InvalidFrameworkException.class).hasMessageContaining("out of range");
        assertThatThrownBy(() -> Weight.of(new BigDecimal("1e-999999")))
                .isInstanceOf(InvalidFrameworkException.class).hasMessageContaining("out of range");
    }

    @Test
    void message_ofManyProblems_showsTheFirstHundredAndCountsTheRest() {
        List<Problem> many = new java.util.ArrayList<>();
        for (int i = 0; i < 250; i++) {
            many.add(Problem.of("values." + i, "KnownIndicator", "problem " + i, null));
        }
        SpbeException e = new SpbeException("assessment big.json", many);
        assertThat(e.problems()).hasSize(SpbeException.MAX_PROBLEMS).first().hasToString("problem 0");
        assertThat(e.problems().get(99)).hasToString("problem 99");
        assertThat(e.omitted()).isEqualTo(150);
        assertThat(e.getMessage()).startsWith("assessment big.json has 250 problems: problem 0; problem 1; ")
                .endsWith("; problem 99; and 150 more").doesNotContain("problem 100");
    }

    @Test
    void message_ofFirstProblemsAndACountLeftOut_saysTheTotal() {
        SpbeException e = new SpbeException("catalog file x.json", List.of(Problem.of("a"), Problem.of("b")), 1_000_000);
        assertThat(e.problems()).hasSize(2);
        assertThat(e.omitted()).isEqualTo(1_000_000);
        assertThat(e.getMessage()).isEqualTo("catalog file x.json has 1000002 problems: a; b; and 1000000 more");
        assertThat(new SpbeException("x", List.of(Problem.of("a"))).omitted()).isZero();
        assertThatThrownBy(() -> new SpbeException("x", List.of(Problem.of("a")), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
