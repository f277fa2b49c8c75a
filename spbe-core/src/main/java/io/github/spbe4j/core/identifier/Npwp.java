package io.github.spbe4j.core.identifier;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An NPWP (Nomor Pokok Wajib Pajak), the taxpayer number: 15 digits, or 16 for the NIK-based form.
 *
 * <p>The 15-digit number is commonly displayed as {@code 99.999.999.9-999.999}; {@link #parse} reads
 * that display form as well as the bare digits, {@link #format()} writes it, and {@link #toString()}
 * is the bare digits. The reference gives no display form for the 16-digit number, so it is read and
 * formatted as bare digits. No checksum is checked, and a 16-digit NPWP is not checked against the NIK
 * rules (the reference only says it is NIK-based).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Npwp implements Comparable<Npwp> {

    private static final String TYPE = "NPWP";
    private static final Pattern DISPLAY = Pattern.compile("\\d{2}\\.\\d{3}\\.\\d{3}\\.\\d-\\d{3}\\.\\d{3}");

    private final String digits;

    private Npwp(String digits) {
        this.digits = digits;
    }

    /**
     * Reads an NPWP strictly: 15 or 16 ASCII digits, or the display form {@code 99.999.999.9-999.999}
     * of a 15-digit NPWP exactly.
     *
     * @param text the text
     * @return the NPWP
     * @throws InvalidIdentifierException if the text is none of these
     */
    public static Npwp parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (Texts.isDigits(text, 15) || Texts.isDigits(text, 16)) {
            return new Npwp(text.toString());
        }
        if (DISPLAY.matcher(text).matches()) {
            return new Npwp(Texts.lenient(text));
        }
        throw new InvalidIdentifierException(Texts.problem("Digits", TYPE + " " + Texts.show(text)
                + " is neither 15 nor 16 digits nor the display form 99.999.999.9-999.999", text));
    }

    /**
     * Checks an NPWP leniently: whitespace, dots and dashes are removed first, leaving 15 or 16 digits.
     *
     * @param text the text
     * @return the NPWP, or the problem
     */
    public static IdentifierCheck<Npwp> check(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String d = Texts.lenient(text);
        return Texts.isDigits(d, 15) || Texts.isDigits(d, 16) ? new IdentifierCheck.Valid<>(new Npwp(d), List.of())
                : new IdentifierCheck.Invalid<>(List.of(Texts.notDigitsLenient(TYPE, text, "15 or 16 digits")));
    }

    /**
     * Tells whether this is the 16-digit, NIK-based NPWP.
     *
     * @return true for 16 digits
     */
    public boolean isNikBased() {
        return digits.length() == 16;
    }

    /**
     * Returns the display form: {@code 99.999.999.9-999.999} for 15 digits, the bare digits for 16.
     *
     * @return the display form
     */
    public String format() {
        if (isNikBased()) {
            return digits;
        }
        return digits.substring(0, 2) + "." + digits.substring(2, 5) + "." + digits.substring(5, 8) + "." + digits.charAt(8)
                + "-" + digits.substring(9, 12) + "." + digits.substring(12, 15);
    }

    /**
     * Orders NPWPs by number: a 15-digit NPWP before a 16-digit one, then by digits.
     *
     * @param other the other NPWP
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(Npwp other) {
        int c = Integer.compare(digits.length(), other.digits.length());
        return c != 0 ? c : digits.compareTo(other.digits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Npwp n && digits.equals(n.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** Returns the bare 15 or 16 digits. */
    @Override
    public String toString() {
        return digits;
    }
}
