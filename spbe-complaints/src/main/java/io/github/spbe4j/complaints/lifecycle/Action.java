package io.github.spbe4j.complaints.lifecycle;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.internal.Text;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An action on a complaint: what moves it from one {@link State} to the next. {@link #id()} is the
 * word a complaints file writes ({@code "follow-up"}).
 *
 * @since 0.1.0
 */
public enum Action {

    /** Verify a submitted or postponed complaint (an administrator). */
    VERIFY("verify"),

    /** Archive a complaint that will not be handled, with the reason in the note (an administrator). */
    ARCHIVE("archive"),

    /** Hold a submitted complaint (an administrator). */
    POSTPONE("postpone"),

    /** Send a complaint to an agency (OPD), or on to another one (disposition may hop). */
    DISPOSE("dispose"),

    /** "Bukan wewenang": the agency says it is not its authority and hands the complaint back to the administrator. */
    REROUTE("reroute"),

    /** The agency starts to work on the complaint. */
    START("start"),

    /** The agency gives its follow-up (tindak lanjut). */
    FOLLOW_UP("follow-up"),

    /** The resident responds to the follow-up. */
    RESPOND("respond"),

    /** Close the complaint, with a {@link CloseReason}. */
    CLOSE("close"),

    /** Reopen a closed complaint, within the table's reopen window: it goes back to the agency. */
    REOPEN("reopen"),

    /** Mark the complaint a duplicate of another, whose tracking id the step names ({@link Step#targets()}). */
    MARK_DUPLICATE("mark-duplicate"),

    /** Split the complaint into several, whose tracking ids the step names ({@link Step#targets()}). */
    SPLIT("split");

    /** The rule of a problem about an unknown id. */
    public static final String RULE = "ComplaintAction";

    private final String id;

    Action(String id) {
        this.id = id;
    }

    /**
     * Returns the word a complaints file and a message write for this value.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the value with an id, exactly as {@link #id()} writes it.
     *
     * @param id the id
     * @return the value
     * @throws SpbeException if no value has that id; the message names the id and the known ones
     */
    public static Action ofId(String id) {
        Objects.requireNonNull(id, "id");
        for (Action v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        String known = Arrays.stream(values()).map(Action::id).collect(Collectors.joining(", "));
        String shown = Text.quote(id);
        throw new SpbeException(Problem.of("action", RULE, "action " + shown + " is unknown; the known ones are " + known, shown));
    }

    @Override
    public String toString() {
        return id;
    }
}
