package io.github.spbe4j.complaints.sla;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.internal.Text;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A stage of a complaint that has a deadline. {@link #id()} is the key a report writes
 * ({@code "followUp"}).
 *
 * @since 0.1.0
 */
public enum Stage {

    /**
     * Verification: counted from the submission; met by the first {@code verify}, {@code archive},
     * {@code mark-duplicate} or {@code split} ({@code postpone} does not meet it).
     */
    VERIFICATION("verification"),

    /**
     * Follow-up: counted from the latest disposition (a {@code dispose}, or a {@code reopen}, which sends the
     * complaint back to the agency); met by a {@code follow-up} after it; a {@code reroute} ("bukan wewenang")
     * ends it until the next disposition.
     */
    FOLLOW_UP("followUp"),

    /**
     * Settlement: counted from the first verification; met by the {@code close}, {@code archive},
     * {@code mark-duplicate} or {@code split} that ends the complaint; a {@code reopen} takes the meeting back,
     * and the count goes on from the first verification.
     */
    SETTLEMENT("settlement");

    /** The rule of a problem about an unknown id. */
    public static final String RULE = "SlaStage";

    private final String id;

    Stage(String id) {
        this.id = id;
    }

    /**
     * Returns the key a report writes for this stage.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the stage with an id, exactly as {@link #id()} writes it.
     *
     * @param id the id
     * @return the stage
     * @throws SpbeException if no stage has that id; the message names the id and the known ones
     */
    public static Stage ofId(String id) {
        Objects.requireNonNull(id, "id");
        for (Stage v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        String known = Arrays.stream(values()).map(Stage::id).collect(Collectors.joining(", "));
        String shown = Text.quote(id);
        throw new SpbeException(Problem.of("stage", RULE, "stage " + shown + " is unknown; the known ones are " + known, shown));
    }

    @Override
    public String toString() {
        return id;
    }
}
