package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class WilayahFindCommandTest {

    @Test
    void find_byNameEitherSpelling_findsTheCityFirst() {
        for (String name : new String[] {"Kota Palangkaraya", "Palangka Raya"}) {
            Cli.Run r = Cli.run("wilayah", "find", name);
            assertThat(r.code()).isZero();
            assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("62.71 ").contains("kota", "Kota Palangkaraya", "Kalimantan Tengah");
        }
    }

    @Test
    void find_byCode_showsTheRegionAndItsParents() throws Exception {
        Cli.Run r = Cli.run("wilayah", "find", "6271031003", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json).hasSize(1);
        assertThat(json.get(0).get("code").asText()).isEqualTo("62.71.03.1003");
        assertThat(json.get(0).get("kind").asText()).isEqualTo("kelurahan");
        assertThat(json.get(0).get("name").asText()).containsIgnoringCase("Bukit Tunggal");
        assertThat(json.get(0).get("parents").get(1).get("code").asText()).isEqualTo("62.71");
    }

    @Test
    void find_nameWithLevel_andNoMatch() {
        Cli.Run kel = Cli.run("wilayah", "find", "Bukit", "Tunggal", "--level", "VILLAGE");
        assertThat(kel.out()).contains("62.71.03.1003");
        Cli.Run none = Cli.run("wilayah", "find", "Kota Contoh Fiktif");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err().strip()).isEqualTo("spbe: no region matches 'Kota Contoh Fiktif'; give a code such as 62.71 or a name such as Palangka Raya");
    }
}
