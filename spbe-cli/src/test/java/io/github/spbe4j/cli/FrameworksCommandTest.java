package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FrameworksCommandTest {

    @Test
    void frameworks_listsEveryBuiltInFramework() throws Exception {
        Cli.Run text = Cli.run("frameworks");
        assertThat(text.out()).contains("spbe-2018", "spbe-2018-35x1", "spbe-2020", "pemdi-2026", "PermenPANRB 59/2020", "provisional");

        JsonNode json = new ObjectMapper().readTree(Cli.run("frameworks", "--format", "json").out());
        assertThat(json).hasSize(4);
        assertThat(json.get(2).get("id").asText()).isEqualTo("spbe-2020");
        assertThat(json.get(2).get("indicators").asInt()).isEqualTo(47);
    }

    @Test
    void frameworks_customFrameworkFile_isListed() {
        String file = Cli.resource("opd-kota-contoh.json").toString();

        assertThat(Cli.run("frameworks", "--framework-file", file).out()).contains("opd-kota-contoh-2026");
    }
}
