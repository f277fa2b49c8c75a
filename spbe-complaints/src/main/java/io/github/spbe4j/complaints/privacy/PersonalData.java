package io.github.spbe4j.complaints.privacy;

/**
 * A kind of personal data the {@link Redactor} masks, with the mask that replaces it.
 *
 * <p>A mask names the kind only; it keeps no digit or letter of the value, so nothing of it can be
 * recovered or linked across complaints.
 *
 * @since 0.1.0
 */
public enum PersonalData {

    /** A NIK, the 16-digit population identity number, that passes the NIK rules: {@code [NIK]}. */
    NIK("[NIK]"),

    /** A NIP, the 18-digit number of a civil or contract servant, that passes the NIP rules: {@code [NIP]}. */
    NIP("[NIP]"),

    /** An Indonesian phone number: {@code 08…}, {@code 628…} or {@code +62…}: {@code [telepon]}. */
    PHONE("[telepon]"),

    /** An e-mail address: {@code [email]}. */
    EMAIL("[email]"),

    /**
     * Any other run of 16 digits or more written without separators — a NIK or NIP with a typing
     * error, a family-card (KK) number, a bank card number: {@code [nomor]}.
     */
    LONG_NUMBER("[nomor]");

    private final String mask;

    PersonalData(String mask) {
        this.mask = mask;
    }

    /**
     * Returns the text that replaces a value of this kind.
     *
     * @return the mask, e.g. {@code [telepon]}
     */
    public String mask() {
        return mask;
    }
}
