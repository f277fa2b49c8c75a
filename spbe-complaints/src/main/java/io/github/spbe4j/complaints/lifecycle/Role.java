package io.github.spbe4j.complaints.lifecycle;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.internal.Text;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Who takes an action on a complaint.
 *
 * @since 0.1.0
 */
public enum Role {

    /** The resident who reported (pelapor). */
    CITIZEN("citizen"),

    /** A national or regional administrator of the complaint service. */
    ADMIN("admin"),

    /** The liaison officer of the agency (OPD) the complaint was sent to. */
    LIAISON("liaison"),

    /** The system itself: the automatic close after a follow-up without reply. */
    SYSTEM("system");

    /** The rule of a problem about an unknown id. */
    public static final String RULE = "ComplaintRole";

    private final String id;

    Role(String id) {
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
    public static Role ofId(String id) {
        Objects.requireNonNull(id, "id");
        for (Role v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        String known = Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", "));
        String shown = Text.quote(id);
        throw new SpbeException(Problem.of("role", RULE, "role " + shown + " is unknown; the known ones are " + known, shown));
    }

    @Override
    public String toString() {
        return id;
    }
}
