package io.github.spbe4j.core.scoring;

/**
 * What scoring does with an indicator whose evidence proves no level ("not yet indicated", below
 * the scale).
 *
 * @since 0.1.0
 */
public enum NotYetIndicatedPolicy {
    /**
     * Score it and report it: the indicator adds nothing to the index, is listed in
     * {@link ScoreCard#notYetIndicated()} and has no value (the default).
     */
    CONTRIBUTE_NOTHING,
    /** Refuse to score: the assessment is reported invalid, naming the indicator and the reason. */
    REJECT
}
