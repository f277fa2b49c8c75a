package io.github.spbe4j.complaints.sla;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that stops, restarts or resets the SLA clock of a complaint, as the national licensing system
 * (OSS-RBA) does while it waits on the applicant: its status 41 stops the clock, 42 resumes it, 43 and 44
 * reset it to the start.
 *
 * <p>What each does to the stages running at its instant (see {@link SlaClock}):
 * <ul>
 * <li>{@link Kind#PAUSE}: freezes the days each running stage has left, counted after the pause's local
 * date (the pause's day is spent); a stage whose deadline has already passed stays overdue.</li>
 * <li>{@link Kind#RESUME}: the frozen days are counted again after the resume's local date.</li>
 * <li>{@link Kind#RESET}: each running stage starts its full count again after the reset's local date; a
 * reset also ends a pause.</li>
 * </ul>
 *
 * @param kind what it does
 * @param at when
 * @param actor who did it: a name or an account id (text policy NAME, 1 to {@value #MAX_ACTOR} characters)
 * @param note why, e.g. "waiting for the reporter's photo"; empty for none (text policy MULTI_LINE, at most
 *     {@value #MAX_NOTE} characters)
 * @since 0.1.0
 */
public record ClockEvent(Kind kind, Instant at, String actor, String note) {

    /** The rule of a problem about an unknown kind. */
    public static final String KIND_RULE = "ClockEventKind";

    /** The rule of a problem about an actor or a note too long or empty. */
    public static final String LENGTH_RULE = "Length";

    /** The longest actor, in characters. */
    public static final int MAX_ACTOR = 200;

    /** The longest note, in characters. */
    public static final int MAX_NOTE = 4000;

    /** What a clock event does. */
    public enum Kind {
        /** Stops the clock. */
        PAUSE("pause"),
        /** Restarts a stopped clock. */
        RESUME("resume"),
        /** Restarts the full count of the running stages. */
        RESET("reset");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /**
         * Returns the word a file writes for this kind.
         *
         * @return {@code pause}, {@code resume} or {@code reset}
         */
        public String id() {
            return id;
        }

        /**
         * Returns the kind with an id, exactly as {@link #id()} writes it.
         *
         * @param id the id
         * @return the kind
         * @throws SpbeException if no kind has that id; the message names the id and the known ones
         */
        public static Kind ofId(String id) {
            Objects.requireNonNull(id, "id");
            for (Kind v : values()) {
                if (v.id.equals(id)) {
                    return v;
                }
            }
            String shown = Text.quote(id);
            throw new SpbeException(Problem.of("kind", KIND_RULE, "clock event " + shown + " is unknown; the known ones are pause, resume, reset",
                    shown));
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /**
     * Checks that nothing is missing and that the actor and the note follow the text policy.
     *
     * @param kind what it does
     * @param at when
     * @param actor who did it
     * @param note why, empty for none
     * @throws SpbeException naming the field and the rule if the actor or the note is not acceptable
     */
    public ClockEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(note, "note");
        Optional<Problem> problem = TextPolicy.NAME.check("actor", actor);
        if (problem.isEmpty() && (actor.isBlank() || actor.length() > MAX_ACTOR)) {
            String shown = Text.quote(actor);
            problem = Optional.of(Problem.of("actor", LENGTH_RULE, "actor " + shown + " must be 1 to " + MAX_ACTOR
                    + " characters and not blank; it has " + actor.length(), shown));
        }
        if (problem.isEmpty()) {
            problem = TextPolicy.MULTI_LINE.check("note", note);
        }
        if (problem.isEmpty() && note.length() > MAX_NOTE) {
            String shown = Text.quote(note);
            problem = Optional.of(Problem.of("note", LENGTH_RULE, "note " + shown + " has " + note.length()
                    + " characters; the most is " + MAX_NOTE, shown));
        }
        if (problem.isPresent()) {
            throw new SpbeException(problem.get());
        }
    }

    /**
     * Returns a pause without note.
     *
     * @param at when
     * @param actor who
     * @return the event
     */
    public static ClockEvent pause(Instant at, String actor) {
        return new ClockEvent(Kind.PAUSE, at, actor, "");
    }

    /**
     * Returns a resume without note.
     *
     * @param at when
     * @param actor who
     * @return the event
     */
    public static ClockEvent resume(Instant at, String actor) {
        return new ClockEvent(Kind.RESUME, at, actor, "");
    }

    /**
     * Returns a reset without note.
     *
     * @param at when
     * @param actor who
     * @return the event
     */
    public static ClockEvent reset(Instant at, String actor) {
        return new ClockEvent(Kind.RESET, at, actor, "");
    }

    /**
     * Returns this event with a note.
     *
     * @param text the note
     * @return the event
     */
    public ClockEvent withNote(String text) {
        return new ClockEvent(kind, at, actor, text);
    }
}
