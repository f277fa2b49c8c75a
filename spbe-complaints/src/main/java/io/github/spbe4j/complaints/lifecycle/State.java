package io.github.spbe4j.complaints.lifecycle;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.internal.Text;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The state of a complaint in its lifecycle, as SP4N-LAPOR! runs it.
 *
 * <p>There is no "reopened" state: {@link Action#REOPEN reopening} is an action that takes a closed
 * complaint back to {@link #DISPOSITIONED}, where it awaits a new follow-up like any other; how often
 * a complaint was reopened is read from its {@link History}.
 *
 * @since 0.1.0
 */
public enum State {

    /** Sent by a resident, not yet checked by an administrator. */
    SUBMITTED("submitted"),

    /** Checked by an administrator and ready to be sent to an agency (OPD). */
    VERIFIED("verified"),

    /** Not handled: wrong format, too general or irrelevant; the reason is in the history note. Final. */
    ARCHIVED("archived"),

    /** Held by an administrator, e.g. while waiting for more information from the resident. */
    POSTPONED("postponed"),

    /** Sent to an agency (OPD), whose liaison officer must answer it. */
    DISPOSITIONED("dispositioned"),

    /** The agency has started to work on it. */
    IN_PROGRESS("in-progress"),

    /** The agency has given its follow-up (tindak lanjut); the resident may respond. */
    FOLLOWED_UP("followed-up"),

    /** The resident has responded to the follow-up. */
    RESPONDED("responded"),

    /** Closed: resolved, not resolved or automatically; the outcome is in the history entry that closed it. */
    CLOSED("closed"),

    /** A duplicate of another complaint, named in the history note. Final. */
    DUPLICATE("duplicate"),

    /** Split into several complaints, named in the history note. Final. */
    SPLIT("split");

    /** The rule of a problem about an unknown id. */
    public static final String RULE = "ComplaintState";

    private final String id;

    State(String id) {
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
    public static State ofId(String id) {
        Objects.requireNonNull(id, "id");
        for (State v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        String known = Arrays.stream(values()).map(State::id).collect(Collectors.joining(", "));
        String shown = Text.quote(id);
        throw new SpbeException(Problem.of("state", RULE, "state " + shown + " is unknown; the known ones are " + known, shown));
    }

    @Override
    public String toString() {
        return id;
    }
}
