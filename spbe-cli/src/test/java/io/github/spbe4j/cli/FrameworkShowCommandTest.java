package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.core.framework.Framework;
import io.github.spbe4j.core.framework.FrameworkRegistry;
import org.junit.jupiter.api.Test;

class FrameworkShowCommandTest {

    @Test
    void frameworkShow_printsTreeWithWeightsBandsConversionsAndProvenance() {
        Cli.Run r = Cli.run("framework", "show", "spbe-2020");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("A7", "27.5", "2.75", "Memuaskan", "4.2", "Rintisan", "Optimalisasi", "Provenance");
        assertThat(r.out()).containsPattern("(?m)^\\s+41\\s+.*2\\.75");

        Cli.Run pemdi = Cli.run("framework", "show", "pemdi-2026");
        assertThat(pemdi.out()).contains("I5 from Indeks Satu Data Indonesia", "62.5", "provisional");
    }

    @Test
    void frameworkShow_json_roundTripsThroughTheLoader() {
        Cli.Run r = Cli.run("framework", "show", "spbe-2018", "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(Framework.parse(r.out())).isEqualTo(FrameworkRegistry.builtIn().get("spbe-2018"));
        assertThat(r.out()).contains("\"10/3\"");
    }

    @Test
    void frameworkShow_customFrameworkFile_isShown() {
        String file = Cli.resource("opd-kota-contoh.json").toString();

        assertThat(Cli.run("framework", "show", "opd-kota-contoh-2026", "--framework-file", file).out()).contains("Perlu Pembinaan");
    }
}
