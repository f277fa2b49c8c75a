package io.github.spbe4j.core.identifier;

/**
 * A NIB (Nomor Induk Berusaha), the 13-digit business identification number issued through OSS.
 *
 * <p>NIB has no public checksum, so only its length and digits are checked; a well-formed NIB may still
 * not have been issued.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Nib implements Comparable<Nib> {

    private static final String TYPE = "NIB";
    private static final int LENGTH = 13;

    private final String digits;

    private Nib(String digits) {
        this.digits = digits;
    }

    /**
     * Reads a NIB strictly: exactly 13 ASCII digits, no separators.
     *
     * @param text the text
     * @return the NIB
     * @throws InvalidIdentifierException if the text is not 13 digits
     */
    public static Nib parse(CharSequence text) {
        return new Nib(Texts.requireDigits(text, TYPE, LENGTH));
    }

    /**
     * Checks a NIB leniently: whitespace, dots and dashes are removed first.
     *
     * @param text the text
     * @return the NIB, or the problem
     */
    public static IdentifierCheck<Nib> check(CharSequence text) {
        return Texts.checkDigits(text, TYPE, LENGTH, Nib::new);
    }

    /**
     * Orders by number (the digits compared as text, all of one length).
     *
     * @param other the other NIB
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(Nib other) {
        return digits.compareTo(other.digits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nib x && digits.equals(x.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** Returns the 13 digits. */
    @Override
    public String toString() {
        return digits;
    }
}
