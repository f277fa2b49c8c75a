package io.github.spbe4j.core.identifier;

/**
 * A KBLI code (Klasifikasi Baku Lapangan Usaha Indonesia), the 5-digit standard classification of a
 * business activity.
 *
 * <p>Only the length and digits are checked; whether the code is in the current KBLI edition is a
 * question for the classification list.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Kbli implements Comparable<Kbli> {

    private static final String TYPE = "KBLI";
    private static final int LENGTH = 5;

    private final String digits;

    private Kbli(String digits) {
        this.digits = digits;
    }

    /**
     * Reads a KBLI strictly: exactly 5 ASCII digits, no separators.
     *
     * @param text the text
     * @return the KBLI
     * @throws InvalidIdentifierException if the text is not 5 digits
     */
    public static Kbli parse(CharSequence text) {
        return new Kbli(Texts.requireDigits(text, TYPE, LENGTH));
    }

    /**
     * Checks a KBLI leniently: whitespace, dots and dashes are removed first.
     *
     * @param text the text
     * @return the KBLI, or the problem
     */
    public static IdentifierCheck<Kbli> check(CharSequence text) {
        return Texts.checkDigits(text, TYPE, LENGTH, Kbli::new);
    }

    /**
     * Orders by number (the digits compared as text, all of one length).
     *
     * @param other the other KBLI
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(Kbli other) {
        return digits.compareTo(other.digits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Kbli x && digits.equals(x.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** Returns the 5 digits. */
    @Override
    public String toString() {
        return digits;
    }
}
