package io.github.spbe4j.complaints.lifecycle;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.internal.Text;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How a complaint was closed: the outcome carried by the history entry of a {@link Action#CLOSE close}.
 *
 * @since 0.1.0
 */
public enum CloseReason {

    /** The problem was solved. */
    RESOLVED("resolved"),

    /** Closed without the problem being solved. */
    NOT_RESOLVED("not-resolved"),

    /** Closed by the {@link Role#SYSTEM system} after a follow-up without reply. */
    AUTOMATIC("automatic");

    /** The rule of a problem about an unknown id. */
    public static final String RULE = "CloseReason";

    private final String id;

    CloseReason(String id) {
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
    public static CloseReason ofId(String id) {
        Objects.requireNonNull(id, "id");
        for (CloseReason v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        String known = Arrays.stream(values()).map(CloseReason::id).collect(Collectors.joining(", "));
        String shown = Text.quote(id);
        throw new SpbeException(Problem.of("close reason", RULE, "close reason " + shown + " is unknown; the known ones are " + known, shown));
    }

    @Override
    public String toString() {
        return id;
    }
}
