package io.github.spbe4j.complaints.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spbe4j.core.SpbeException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClockEventsTest {

    private static final Instant T = Instant.parse("2026-03-17T03:00:00Z");

    @Test
    void apply_pauseWhilePaused_isRefusedAndChangesNothing() {
        ClockEvents paused = ClockEvents.of(List.of(ClockEvent.pause(T, "admin")));
        ClockChange c = paused.apply(ClockEvent.pause(T.plusSeconds(60), "admin"));
        assertThat(c).isInstanceOf(ClockChange.Refused.class);
        ClockChange.Refused r = (ClockChange.Refused) c;
        assertThat(r.problem().rule()).isEqualTo(ClockEvents.PAUSE_RULE);
        assertThat(r.message()).isEqualTo("cannot pause the clock at 2026-03-17T03:01:00Z: it is already paused since "
                + "2026-03-17T03:00:00Z; resume or reset it first");
        assertThat(paused.events()).hasSize(1);
        assertThat(paused.paused()).isTrue();
    }

    @Test
    void apply_resumeWhileRunning_isRefusedNamingTheRule() {
        ClockChange c = ClockEvents.empty().apply(ClockEvent.resume(T, "admin"));
        assertThat(((ClockChange.Refused) c).problem().rule()).isEqualTo(ClockEvents.RESUME_RULE);
        assertThat(((ClockChange.Refused) c).message()).isEqualTo("cannot resume the clock at 2026-03-17T03:00:00Z: it is not paused;"
                + " only a paused clock resumes");
    }

    @Test
    void apply_eventEarlierThanTheLast_isRefused() {
        ClockEvents e = ClockEvents.of(List.of(ClockEvent.reset(T, "admin")));
        ClockChange c = e.apply(ClockEvent.pause(T.minusSeconds(1), "admin"));
        assertThat(((ClockChange.Refused) c).problem().rule()).isEqualTo(ClockEvents.TIME_RULE);
    }

    @Test
    void apply_resetWhilePaused_endsThePause() {
        ClockEvents e = ClockEvents.of(List.of(ClockEvent.pause(T, "admin"), ClockEvent.reset(T.plusSeconds(5), "admin")));
        assertThat(e.paused()).isFalse();
        assertThat(e.apply(ClockEvent.pause(T.plusSeconds(9), "admin"))).isInstanceOf(ClockChange.Applied.class);
    }

    @Test
    void of_inconsistentList_throwsNamingTheIndex() {
        assertThatThrownBy(() -> ClockEvents.of(List.of(ClockEvent.pause(T, "a"), ClockEvent.pause(T, "a"))))
                .isInstanceOf(SpbeException.class).hasMessageContaining("clock[1]: cannot pause the clock");
    }

    @Test
    void clockEvent_actorWithControlCharacterOrTooLongNote_isRefused() {
        assertThatThrownBy(() -> ClockEvent.pause(T, "ad\u0000min")).isInstanceOf(SpbeException.class).hasMessageContaining("actor");
        assertThatThrownBy(() -> ClockEvent.pause(T, " ")).isInstanceOf(SpbeException.class).hasMessageContaining("must be 1 to 200");
        assertThatThrownBy(() -> ClockEvent.pause(T, "admin").withNote("x".repeat(4001))).isInstanceOf(SpbeException.class)
                .hasMessageContaining("has 4001 characters; the most is 4000");
        assertThat(ClockEvent.pause(T, "admin").withNote("menunggu foto\ndari pelapor").note()).contains("\n");
    }

    @Test
    void kindOfId_readsTheFileWordsAndRefusesOthers() {
        for (ClockEvent.Kind k : ClockEvent.Kind.values()) {
            assertThat(ClockEvent.Kind.ofId(k.id())).isSameAs(k);
        }
        assertThatThrownBy(() -> ClockEvent.Kind.ofId("stop")).isInstanceOf(SpbeException.class)
                .hasMessageContaining("clock event \"stop\" is unknown; the known ones are pause, resume, reset");
    }
}
