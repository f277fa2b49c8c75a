package io.github.spbe4j.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.Text;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrackingIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"LPR-2026-000123", "a", "0", "LPR_1.2/3", "x23456789012345678901234567890123456789012345678901234567890abcd"})
    void of_wellFormed_isAcceptedAndReadsBack(String id) {
        TrackingId t = TrackingId.of(id);
        assertThat(t.value()).isEqualTo(id);
        assertThat(t).hasToString(id);
        assertThat(TrackingId.of(t.toString())).isEqualTo(t);
        assertThat(TrackingId.wellFormed(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-LPR", "/1", "LPR 1", "LPR\u001b1", "LPR\u200b1", "LPR\u202e1", "LPR\ud8001", "\u0130PR", "LPR:1",
        "x23456789012345678901234567890123456789012345678901234567890abcde"})
    void of_malformed_isRefusedNamingTheForm(String id) {
        Problem p = Problems.one(() -> TrackingId.of(id));
        assertThat(p.path()).isEqualTo("id");
        assertThat(p.rule()).isEqualTo(TrackingId.RULE);
        assertThat(p.message()).isEqualTo("tracking id " + Text.quote(id)
                + " must be 1 to 64 characters: ASCII letters and digits, and - _ . / after the first");
        assertThat(TrackingId.wellFormed(id)).isFalse();
    }

    @Test
    void of_hugeText_isRefusedWithAShortMessage() {
        assertThat(Problems.one(() -> TrackingId.of("L".repeat(1_000_000))).message()).hasSizeLessThan(200);
    }

    @Test
    void compareTo_isExactAndCaseSensitive() {
        assertThat(TrackingId.of("LPR-1")).isNotEqualTo(TrackingId.of("lpr-1"));
        assertThat(TrackingId.of("LPR-1").compareTo(TrackingId.of("LPR-2"))).isNegative();
        assertThat(TrackingId.of("LPR-1").compareTo(TrackingId.of("LPR-1"))).isZero();
    }

    @Test
    void channel_ofCode_readsEveryCodeBackAndNamesTheKnownOnes() {
        for (Channel c : Channel.values()) {
            assertThat(Channel.ofCode(c.code())).isSameAs(c);
            assertThat(c).hasToString(c.code());
        }
        Problem p = Problems.one(() -> Channel.ofCode("Web\u001b"));
        assertThat(p.message()).isEqualTo("channel \"Web\\u001b\" is unknown; the channels are lapor, web, mobile-app, sms, chat, email,"
                + " phone, social-media, letter, counter");
        assertThat(p.rule()).isEqualTo(Channel.RULE);
    }

    @Test
    void location_nothingGiven_isRefused() {
        Problem p = Problems.one(() -> new Location(Optional.empty(), Optional.empty(), "  "));
        assertThat(p.path()).isEqualTo("location");
        assertThat(p.rule()).isEqualTo("Required");
        assertThat(p.message()).isEqualTo("a location needs a region, coordinates or an address");
    }

    @Test
    void location_addressAgainstThePolicy_isRefusedWithOneProblem() {
        Location none = new Location(Optional.empty(), Optional.empty(), "Jl. Merdeka 1");
        assertThat(Problems.one(() -> none.withAddress("Jl. Merdeka\n1")).message())
                .isEqualTo("address \"Jl. Merdeka\\n1\" holds a line break U+000A at character 12; it must be one line without control"
                        + " characters");
        assertThat(Problems.one(() -> none.withAddress("Jl. Merdeka\u202e1")).path()).isEqualTo("address");
        assertThat(Problems.one(() -> none.withAddress("a".repeat(501))).message())
                .endsWith("must be at most 500 characters; it has 501");
        assertThat(none.withAddress("a".repeat(500)).address()).hasSize(500);
    }

    @Test
    void location_regionPointAndAddress_areKept() {
        var region = io.github.spbe4j.core.identifier.RegionCode.parse("61.71.01.1001");
        Location l = Location.in(region).at(Coordinates.of("-0.0263", "109.3425")).withAddress("Jl. Merdeka 1");
        assertThat(l.region()).contains(region);
        assertThat(l.coordinates()).contains(Coordinates.of("-0.02630", "109.3425"));
        assertThat(l.address()).isEqualTo("Jl. Merdeka 1");
    }
}
