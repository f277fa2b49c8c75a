package io.github.spbe4j.attendance.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnomalyPolicyTest {

    @Test
    void defaults_areTheDocumentedFigures() {
        AnomalyPolicy p = AnomalyPolicy.defaults();

        assertThat(p).isEqualTo(new AnomalyPolicy(AnomalyPolicy.Window.DAY, 3, 8, 2, 150, Duration.ofMinutes(10)));
    }

    @Test
    void withers_changeOneThresholdEach() {
        AnomalyPolicy p = AnomalyPolicy.defaults().withWindow(AnomalyPolicy.Window.MONTH).withSamePointEmployees(5)
                .withPointDecimals(4).withSharedDeviceEmployees(3).withMaxSpeedKmh(900).withMinLocationChange(Duration.ZERO);

        assertThat(p).isEqualTo(new AnomalyPolicy(AnomalyPolicy.Window.MONTH, 5, 4, 3, 900, Duration.ZERO));
    }

    @Test
    void constructor_thresholdsOutOfRange_areRefusedNamingFieldAndValue() {
        AnomalyPolicy d = AnomalyPolicy.defaults();

        assertThatThrownBy(() -> d.withSamePointEmployees(1)).isInstanceOf(InvalidAnomalyException.class)
                .hasMessageContaining("samePointEmployees").hasMessageContaining("at least 2");
        assertThatThrownBy(() -> d.withPointDecimals(9)).isInstanceOf(InvalidAnomalyException.class)
                .hasMessageContaining("pointDecimals").hasMessageContaining("9");
        assertThatThrownBy(() -> d.withPointDecimals(-1)).isInstanceOf(InvalidAnomalyException.class);
        assertThatThrownBy(() -> d.withSharedDeviceEmployees(1)).isInstanceOf(InvalidAnomalyException.class)
                .hasMessageContaining("sharedDeviceEmployees");
        assertThatThrownBy(() -> d.withMaxSpeedKmh(0)).isInstanceOf(InvalidAnomalyException.class)
                .hasMessageContaining("maxSpeedKmh");
        assertThatThrownBy(() -> d.withMaxSpeedKmh(Double.NaN)).isInstanceOf(InvalidAnomalyException.class);
        assertThatThrownBy(() -> d.withMaxSpeedKmh(Double.POSITIVE_INFINITY)).isInstanceOf(InvalidAnomalyException.class);
        assertThatThrownBy(() -> d.withMinLocationChange(Duration.ofSeconds(-1))).isInstanceOf(InvalidAnomalyException.class)
                .hasMessageContaining("minLocationChange");
        assertThatThrownBy(() -> d.withMinLocationChange(Duration.ofDays(2))).isInstanceOf(InvalidAnomalyException.class);
    }

    @Test
    void window_startAndWords_followTheRecordsDate() {
        LocalDate d = LocalDate.of(2026, 3, 17);

        assertThat(AnomalyPolicy.Window.DAY.start(d)).isEqualTo(d);
        assertThat(AnomalyPolicy.Window.MONTH.start(d)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(AnomalyPolicy.Window.DAY.describe(d)).isEqualTo("on 2026-03-17");
        assertThat(AnomalyPolicy.Window.MONTH.describe(LocalDate.of(2026, 3, 1))).isEqualTo("in 2026-03");
    }
}
