package io.github.spbe4j.complaints.sla;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.internal.Text;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A tier of complaint topics with its own settlement deadline in working days, as the standar pelayanan of
 * Indonesian agencies set them: 2 (light, ringan), 5 (normative, normatif), 14 (non-supervisory) and 60
 * (needs examination) working days. Source: the tiered deadlines seen in published standar pelayanan
 * (services-and-complaints reference, "Deadlines").
 *
 * <p>A complaint with a tier is settled within that many <em>working</em> days of its verification,
 * instead of the policy's settlement figure (60 calendar days by default): the tier is the narrower,
 * topic-specific standard, so it replaces the general one.
 *
 * @since 0.1.0
 */
public enum Tier {

    /** A light complaint (ringan): 2 working days. */
    LIGHT("light", 2),

    /** A normative complaint (normatif): 5 working days. */
    NORMATIVE("normative", 5),

    /** A complaint that needs no supervisory action (non-pengawasan): 14 working days. */
    NON_SUPERVISORY("non-supervisory", 14),

    /** A complaint that needs an examination (pemeriksaan): 60 working days. */
    EXAMINATION("examination", 60);

    /** The rule of a problem about an unknown id. */
    public static final String RULE = "SlaTier";

    private final String id;
    private final int workingDays;

    Tier(String id, int workingDays) {
        this.id = id;
        this.workingDays = workingDays;
    }

    /**
     * Returns the word a file writes for this tier.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the settlement deadline of the tier, in working days after the verification.
     *
     * @return 2, 5, 14 or 60
     */
    public int workingDays() {
        return workingDays;
    }

    /**
     * Returns the tier with an id, exactly as {@link #id()} writes it.
     *
     * @param id the id
     * @return the tier
     * @throws SpbeException if no tier has that id; the message names the id and the known ones
     */
    public static Tier ofId(String id) {
        Objects.requireNonNull(id, "id");
        for (Tier v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        String known = Arrays.stream(values()).map(Tier::id).collect(Collectors.joining(", "));
        String shown = Text.quote(id);
        throw new SpbeException(Problem.of("tier", RULE, "tier " + shown + " is unknown; the known ones are " + known, shown));
    }

    @Override
    public String toString() {
        return id;
    }
}
