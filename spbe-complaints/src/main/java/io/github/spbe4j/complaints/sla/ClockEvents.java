package io.github.spbe4j.complaints.sla;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The clock events of a complaint, in order, always consistent: no event earlier than the one before, no
 * pause while paused, no resume unless paused. Immutable: {@link #apply(ClockEvent)} returns a longer
 * sequence inside {@link ClockChange.Applied}, or {@link ClockChange.Refused} and this one stays as it was.
 *
 * @since 0.1.0
 */
public final class ClockEvents {

    /** The rule of a refusal of a pause while the clock is paused. */
    public static final String PAUSE_RULE = "ClockPaused";

    /** The rule of a refusal of a resume while the clock is running. */
    public static final String RESUME_RULE = "ClockRunning";

    /** The rule of a refusal of an event earlier than the one before it. */
    public static final String TIME_RULE = "Chronology";

    private static final ClockEvents EMPTY = new ClockEvents(List.of(), false);

    private final List<ClockEvent> events;
    private final boolean paused;

    private ClockEvents(List<ClockEvent> events, boolean paused) {
        this.events = events;
        this.paused = paused;
    }

    /**
     * Returns the events of a clock never stopped.
     *
     * @return the empty sequence
     */
    public static ClockEvents empty() {
        return EMPTY;
    }

    /**
     * Returns the sequence of some events, applied in order.
     *
     * @param events the events, oldest first
     * @return the sequence
     * @throws SpbeException naming the first event refused, its index, the rule and the value
     */
    public static ClockEvents of(List<ClockEvent> events) {
        Objects.requireNonNull(events, "events");
        ClockEvents all = EMPTY;
        int i = 0;
        for (ClockEvent e : events) {
            ClockChange c = all.apply(Objects.requireNonNull(e, "event"));
            if (c instanceof ClockChange.Refused r) {
                throw new SpbeException(r.problem().under("clock[" + i + "]"));
            }
            all = ((ClockChange.Applied) c).events();
            i++;
        }
        return all;
    }

    /**
     * Applies an event: refused if it is earlier than the last one, a pause while paused, or a resume while
     * the clock runs. A reset is allowed at any time and also ends a pause.
     *
     * @param event the event
     * @return {@link ClockChange.Applied} with the longer sequence, or {@link ClockChange.Refused} naming the
     *     rule and the value; this sequence never changes
     */
    public ClockChange apply(ClockEvent event) {
        Objects.requireNonNull(event, "event");
        if (!events.isEmpty()) {
            Instant last = events.get(events.size() - 1).at();
            if (event.at().isBefore(last)) {
                return new ClockChange.Refused(Problem.of("at", TIME_RULE, "cannot " + event.kind() + " the clock at " + event.at()
                        + ": the last clock event was at " + last + ", and clock events must be in order", event.at().toString()));
            }
        }
        if (event.kind() == ClockEvent.Kind.PAUSE && paused) {
            return new ClockChange.Refused(Problem.of("kind", PAUSE_RULE, "cannot pause the clock at " + event.at()
                    + ": it is already paused since " + pausedSince() + "; resume or reset it first", event.kind().id()));
        }
        if (event.kind() == ClockEvent.Kind.RESUME && !paused) {
            return new ClockChange.Refused(Problem.of("kind", RESUME_RULE, "cannot resume the clock at " + event.at()
                    + ": it is not paused; only a paused clock resumes", event.kind().id()));
        }
        List<ClockEvent> longer = new ArrayList<>(events.size() + 1);
        longer.addAll(events);
        longer.add(event);
        return new ClockChange.Applied(new ClockEvents(List.copyOf(longer), event.kind() == ClockEvent.Kind.PAUSE));
    }

    private String pausedSince() {
        return events.get(events.size() - 1).at().toString();
    }

    /**
     * Returns the events, oldest first.
     *
     * @return an unmodifiable list
     */
    public List<ClockEvent> events() {
        return events;
    }

    /**
     * Tells whether the clock is paused after the last event.
     *
     * @return true after a pause not yet followed by a resume or a reset
     */
    public boolean paused() {
        return paused;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ClockEvents c && c.events.equals(events);
    }

    @Override
    public int hashCode() {
        return events.hashCode();
    }

    @Override
    public String toString() {
        return "ClockEvents" + events;
    }
}
