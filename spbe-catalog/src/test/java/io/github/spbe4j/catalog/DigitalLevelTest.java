package io.github.spbe4j.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.framework.FrameworkRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigitalLevelTest {

    @Test
    void of_everyLevel_roundTripsAndMatchesTheServiceLadderOfSpbe2020() {
        var ladder = FrameworkRegistry.builtIn().get("spbe-2020").ladder("service").orElseThrow();
        for (DigitalLevel level : DigitalLevel.values()) {
            assertThat(DigitalLevel.of(level.level())).isSameAs(level);
            assertThat(ladder.levelName(level.level())).contains(level.displayName());
        }
    }

    @Test
    void transactional_startsAtTransaksi() {
        assertThat(DigitalLevel.INTERAKSI.transactional()).isFalse();
        assertThat(DigitalLevel.TRANSAKSI.transactional()).isTrue();
        assertThat(DigitalLevel.OPTIMALISASI.transactional()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void of_outsideTheLadder_namesTheValueAndTheRange(int level) {
        assertThatThrownBy(() -> DigitalLevel.of(level))
                .isInstanceOf(InvalidServiceException.class)
                .hasMessage("digital level is " + level + "; the SPBE service ladder runs 1..5");
    }
}
