package io.github.spbe4j.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import io.github.spbe4j.core.framework.Indicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TableTest {

    private static Table sample() {
        return Table.of(List.of("code", "name", "value"), List.of(
                Arrays.asList("10", "Sepuluh", new BigDecimal("2.50")),
                Arrays.asList("2", "=Dua, \"kedua\"", 4),
                Arrays.asList("1", "Satu", null),
                Arrays.asList("I2", "Pemdi dua", 3L)));
    }

    @Test
    void sortedBy_codes_putsTwoBeforeTenInNaturalOrder() {
        assertThat(sample().sortedBy("code").column("code")).containsExactly("1", "2", "10", "I2");
    }

    @Test
    void sortedBy_frameworkCodeOrder_followsTheFramework() {
        Framework pemdi = FrameworkRegistry.builtIn().get("pemdi-2026");
        List<List<Object>> rows = new ArrayList<>();
        List<String> codes = new ArrayList<>(pemdi.indicators().stream().map(Indicator::code).toList());
        Collections.shuffle(codes, new Random(11));
        codes.forEach(c -> rows.add(List.of(c)));

        Table sorted = Table.of(List.of("code"), rows).sortedBy("code", pemdi.codeOrder());

        assertThat(sorted.column("code")).containsExactlyElementsOf(pemdi.indicators().stream().map(Indicator::code).toList());
        assertThat(sorted.column("code").subList(0, 3)).containsExactly("I1", "I2", "I3");
    }

    @Test
    void sortedBy_numbers_byValueWithEmptyCellsLastAndStable() {
        Table t = sample();

        assertThat(t.sortedBy("value").column("code")).containsExactly("10", "I2", "2", "1");
        assertThat(t.sortedByDescending("value").column("code")).containsExactly("2", "I2", "10", "1");
    }

    @Test
    void decimals_numberColumn_leavesOutEmptyCells() {
        assertThat(sample().decimals("value")).containsExactly(new BigDecimal("2.50"), new BigDecimal("4"), new BigDecimal("3"));
    }

    @Test
    void decimals_textColumn_isRefused() {
        assertThatThrownBy(() -> sample().decimals("name")).isInstanceOf(InvalidTableException.class).hasMessageContaining("not a number");
    }

    @Test
    void toCsv_textCells_areQuotedAndDisarmed() {
        assertThat(sample().toCsv()).isEqualTo("code,name,value\n10,Sepuluh,2.50\n2,\"'=Dua, \"\"kedua\"\"\",4\n1,Satu,\nI2,Pemdi dua,3\n");
    }

    @Test
    void toString_alignsTextLeftAndNumbersRight() {
        assertThat(sample().select("code", "value").toString()).isEqualTo(String.join("\n",
                "code  value",
                "----  -----",
                "10     2.50",
                "2         4",
                "1",
                "I2        3",
                ""));
    }

    @Test
    void toString_controlCharactersInText_areEscaped() {
        assertThat(Table.of(List.of("a"), List.of(List.of("x\ny\u001b"))).toString()).contains("x\\ny\\u001b");
    }

    @Test
    void of_badShapes_areRefused() {
        assertThatThrownBy(() -> Table.of(List.of("a", "a"), List.of())).isInstanceOf(InvalidTableException.class);
        assertThatThrownBy(() -> Table.of(List.of(" "), List.of())).isInstanceOf(InvalidTableException.class);
        assertThatThrownBy(() -> Table.of(List.of("a"), List.of(List.of(1, 2)))).isInstanceOf(InvalidTableException.class)
                .hasMessageContaining("row 0 has 2 cells");
        assertThatThrownBy(() -> Table.of(List.of("a"), List.of(List.of(1.5)))).isInstanceOf(InvalidTableException.class)
                .hasMessageContaining("holds 1.5");
        assertThatThrownBy(() -> sample().column("nope")).isInstanceOf(InvalidTableException.class).hasMessageContaining("\"nope\"");
    }

    @Test
    void equals_numbersByValue() {
        Table a = Table.of(List.of("x"), List.of(List.of(new BigDecimal("2.50"))));
        Table b = Table.of(List.of("x"), List.of(List.of(new BigDecimal("2.5"))));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Table.of(List.of("x"), List.of(List.of("2.5"))));
    }

    @Test
    void row_get_byNameAndPlace() {
        Table.Row row = sample().row(1);

        assertThat(row.get("code")).isEqualTo("2");
        assertThat(row.get(2)).isEqualTo(BigDecimal.valueOf(4));
        assertThat(row.cells()).hasSize(3);
        assertThat(sample().size()).isEqualTo(4);
    }
}
