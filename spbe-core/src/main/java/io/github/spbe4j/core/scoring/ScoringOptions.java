package io.github.spbe4j.core.scoring;

import java.util.Objects;

/**
 * The documented choices of scoring where the regulations leave room.
 *
 * <p>Display rounding is always half-up to two decimals and the unrounded value is always kept.
 *
 * @param predikatReading which value of the index the predikat reads (default rounded)
 * @param notYetIndicated what to do with an indicator whose evidence proves no level (default: contribute nothing, report it)
 * @since 0.1.0
 */
public record ScoringOptions(PredikatReading predikatReading, NotYetIndicatedPolicy notYetIndicated) {

    /** The defaults: predikat read from the rounded index; not-yet-indicated contributes nothing and is reported. */
    public static final ScoringOptions DEFAULTS = new ScoringOptions(PredikatReading.ROUNDED, NotYetIndicatedPolicy.CONTRIBUTE_NOTHING);

    /** Checks for nulls. */
    public ScoringOptions {
        Objects.requireNonNull(predikatReading, "predikatReading");
        Objects.requireNonNull(notYetIndicated, "notYetIndicated");
    }

    /**
     * Returns a copy with another predikat reading.
     *
     * @param reading the reading
     * @return the copy
     */
    public ScoringOptions withPredikatReading(PredikatReading reading) {
        return new ScoringOptions(reading, notYetIndicated);
    }

    /**
     * Returns a copy with another not-yet-indicated policy.
     *
     * @param policy the policy
     * @return the copy
     */
    public ScoringOptions withNotYetIndicated(NotYetIndicatedPolicy policy) {
        return new ScoringOptions(predikatReading, policy);
    }
}
