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
    void message_withLineBreaksInNames_isOneLineWithTheBreaksEscaped() {
        SpbeException e = new SpbeException("assessment of Kota\nContoh", List.of("code 1\r\n is bad", "tab\there \u2028"));

        assertThat(e.getMessage()).isEqualTo("assessment of Kota\\nContoh has 2 problems: code 1\\r\\n is bad; tab\\there \\u2028");
        assertThat(e.problems()).containsExactly("code 1\\r\\n is bad", "tab\\there \\u2028");
        assertThat(new SpbeException("x\u0085y").getMessage()).isEqualTo("x\\u0085y");
    }

    @Test
    void frameworkBuiltInJava_withALineBreakInItsId_failsWithAOneLineMessage() {
        assertThatThrownBy(() -> Framework.builder("kota\ncontoh")
                .predikat(List.of(new PredikatBand("Semua", null, BigDecimal.ONE, BigDecimal.valueOf(5))))
                .add(Indicator.of("X\n1", "Satu", Weight.of(60)))
                .build())
                .isInstanceOf(InvalidFrameworkException.class)
                .hasMessage("framework kota\\ncontoh: top-level weights sum to 60, not 100");
    }

    @Test
    void weightOf_absurdExponent_isRefusedAtOnce() {
        assertThatThrownBy(() -> Weight.of(new BigDecimal("1e999999")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
        assertThatThrownBy(() -> Weight.of(new BigDecimal("1e-999999")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
    }
}
