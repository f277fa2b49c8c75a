package io.github.spbe4j.attendance.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBodyTest {

    private static final Validity ROTATING = new Validity.Rotating(30, 1);

    @Test
    void new_locationOutsideItsSetOrLength_refusedNamingTheValue() {
        for (String bad : new String[] {"", "A".repeat(33), "PTK 01", "PTK/01", "ПТК", "PTK\n01", "PTK:01"}) {
            assertThatThrownBy(() -> new TokenBody(1, bad, 0, ROTATING, 0)).as(bad).isInstanceOf(InvalidTokenException.class)
                    .hasMessageContaining("location id");
        }
        assertThat(new TokenBody(1, "a.B_c-9" + "x".repeat(25), 0, ROTATING, 0).locationId()).hasSize(32);
    }

    @Test
    void new_fieldsOutOfRange_refused() {
        assertThatThrownBy(() -> new TokenBody(256, "A", 0, ROTATING, 0)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> new TokenBody(1, "A", 65536, ROTATING, 0)).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("65536");
        assertThatThrownBy(() -> new TokenBody(1, "A", 0, ROTATING, -1)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> new Validity.Rotating(0, 1)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> new Validity.Rotating(65536, 1)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> new Validity.Rotating(30, 1L << 32)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> Validity.Rotating.at(Instant.EPOCH.minusSeconds(1), 30)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void printed_boundsOutOfOrderFractionalOrAfter2106_refused() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        assertThatThrownBy(() -> new Validity.Printed(t, t)).isInstanceOf(InvalidTokenException.class).hasMessageContaining("not after");
        assertThatThrownBy(() -> new Validity.Printed(t, t.plusMillis(1500))).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> new Validity.Printed(t, Instant.ofEpochSecond(1L << 32))).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("2106");
        assertThatThrownBy(() -> new Validity.Printed(Instant.EPOCH.minusSeconds(1), t)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void rotatingAt_instant_stepThatContainsItLastingTwoStepsForTheVerifier() {
        Validity.Rotating r = Validity.Rotating.at(Instant.parse("2026-02-02T02:40:29.999Z"), 30);
        assertThat(r.counter()).isEqualTo(59_000_000L);
        assertThat(r.from()).isEqualTo(Instant.parse("2026-02-02T02:40:00Z"));
        assertThat(Duration.between(r.from(), r.until())).isEqualTo(Duration.ofSeconds(60));
    }
}
