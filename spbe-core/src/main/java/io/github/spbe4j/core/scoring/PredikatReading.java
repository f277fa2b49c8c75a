package io.github.spbe4j.core.scoring;

/**
 * Which value of the index the predikat is read from. The regulations publish the index to two
 * decimals but do not say which value the predikat reads; an index of 4.195 is Sangat Baik read
 * unrounded and Memuaskan read rounded (4.20).
 *
 * @since 0.1.0
 */
public enum PredikatReading {
    /** The index rounded half-up to two decimals, as published (the default). */
    ROUNDED,
    /** The exact, unrounded index. */
    UNROUNDED
}
