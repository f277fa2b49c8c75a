package io.github.spbe4j.core.identifier;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import io.github.spbe4j.core.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A NIP (Nomor Induk Pegawai), the 18-digit number of a civil servant (PNS) or a contract servant
 * (PPPK).
 *
 * <p>Layouts (digit positions counted from 1):
 * <ul>
 *   <li>PNS, e.g. {@code 196805071987121001}: 1-8 birth date YYYYMMDD, 9-14 start of service (TMT
 *       CPNS) YYYYMM, 15 sex digit, 16-18 serial.</li>
 *   <li>PPPK, e.g. {@code 200012312024211001}: 1-8 birth date YYYYMMDD, 9-12 appointment year YYYY,
 *       13 the digit 2, 14 a period digit 1..9, 15 sex digit, 16-18 serial.</li>
 * </ul>
 * The sex digit is 1 (male) or 2 (female) and the serial 001..999 in both layouts.
 *
 * <p>The kind is decided by digit 13. In a PNS NIP it is the first digit of the TMT month 01..12, so 0
 * or 1; in a PPPK NIP it is the marker 2. A 2 there means PPPK, a 0 or 1 means PNS, and any other digit
 * fits neither layout. Because no month starts with 2, no text is valid as both kinds and no
 * precedence rule is needed.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Nip implements Comparable<Nip> {

    /**
     * The kind of servant a NIP belongs to.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** A civil servant (Pegawai Negeri Sipil). */
        PNS,
        /** A contract servant (Pegawai Pemerintah dengan Perjanjian Kerja). */
        PPPK
    }

    private static final String TYPE = "NIP";
    private static final int LENGTH = 18;

    private final String digits;

    private Nip(String digits) {
        this.digits = digits;
    }

    /**
     * Reads a NIP strictly: exactly 18 ASCII digits, no separators.
     *
     * @param text the text
     * @return the NIP, of the kind its digit 13 gives
     * @throws InvalidIdentifierException if the text is not 18 digits or breaks a rule of its layout
     */
    public static Nip parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (!Texts.isDigits(text, LENGTH)) {
            throw new InvalidIdentifierException(Texts.problem("Digits", TYPE + " " + Texts.show(text) + " is not 18 digits; a NIP is exactly 18 digits 0-9", text));
        }
        String d = text.toString();
        Texts.throwIfAny(TYPE + " " + d, problems(d));
        return new Nip(d);
    }

    /**
     * Checks a NIP leniently: whitespace, dots and dashes are removed first.
     *
     * @param text the text
     * @return the NIP, or the problems
     */
    public static IdentifierCheck<Nip> check(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String d = Texts.lenient(text);
        if (!Texts.isDigits(d, LENGTH)) {
            return new IdentifierCheck.Invalid<>(List.of(Texts.notDigitsLenient(TYPE, text, "18 digits")));
        }
        List<Problem> problems = problems(d);
        return problems.isEmpty() ? new IdentifierCheck.Valid<>(new Nip(d), List.of()) : new IdentifierCheck.Invalid<>(problems);
    }

    /** Returns the problems of 18 digits under the NIP rules. */
    private static List<Problem> problems(String d) {
        List<Problem> problems = new ArrayList<>(3);
        String subject = TYPE + " " + d;
        try {
            LocalDate.of(Texts.num(d, 0, 4), Texts.num(d, 4, 6), Texts.num(d, 6, 8));
        } catch (DateTimeException e) {
            problems.add(Texts.problem("BirthDate", subject + " has birth date " + d.substring(0, 8) + ", which does not exist (digits 1-8 are YYYYMMDD)", d));
        }
        char marker = d.charAt(12);
        if (marker == '0' || marker == '1') {
            int month = Texts.num(d, 12, 14);
            if (month < 1 || month > 12) {
                problems.add(Texts.problem("ServiceMonth", subject + " has PNS start-of-service month " + d.substring(12, 14) + "; months run 01..12", d));
            }
        } else if (marker == '2') {
            if (d.charAt(13) == '0') {
                problems.add(Texts.problem("Period", subject + " has PPPK period digit 0; periods run 1..9", d));
            }
        } else {
            problems.add(Texts.problem("Marker", subject + " has digit 13 " + marker
                    + "; it is 0 or 1 (the PNS start-of-service month 01..12) or 2 (the PPPK marker)", d));
        }
        char sex = d.charAt(14);
        if (sex != '1' && sex != '2') {
            problems.add(Texts.problem("Sex", subject + " has sex digit " + sex + "; it is 1 (male) or 2 (female)", d));
        }
        if (d.endsWith("000")) {
            problems.add(Texts.problem("Serial", subject + " has serial 000; serials run 001..999", d));
        }
        return problems;
    }

    /**
     * Returns the kind: PPPK when digit 13 is 2, PNS otherwise.
     *
     * @return the kind
     */
    public Kind kind() {
        return digits.charAt(12) == '2' ? Kind.PPPK : Kind.PNS;
    }

    /**
     * Returns the birth date (digits 1-8).
     *
     * @return the birth date
     */
    public LocalDate birthDate() {
        return LocalDate.of(Texts.num(digits, 0, 4), Texts.num(digits, 4, 6), Texts.num(digits, 6, 8));
    }

    /**
     * Returns the year service started: the year of TMT CPNS for a PNS, the appointment year for a
     * PPPK (digits 9-12 in both).
     *
     * @return the year
     */
    public Year startYear() {
        return Year.of(Texts.num(digits, 8, 12));
    }

    /**
     * Returns the start of service (TMT CPNS) of a PNS; empty for a PPPK, whose NIP has only a year.
     *
     * @return the year and month, for a PNS
     */
    public Optional<YearMonth> serviceStart() {
        return kind() == Kind.PNS ? Optional.of(YearMonth.of(Texts.num(digits, 8, 12), Texts.num(digits, 12, 14))) : Optional.empty();
    }

    /**
     * Returns the period digit of a PPPK (digit 14); empty for a PNS.
     *
     * @return 1..9, for a PPPK
     */
    public OptionalInt period() {
        return kind() == Kind.PPPK ? OptionalInt.of(digits.charAt(13) - '0') : OptionalInt.empty();
    }

    /**
     * Returns the sex the sex digit (digit 15) records.
     *
     * @return {@link Sex#MALE} for 1, {@link Sex#FEMALE} for 2
     */
    public Sex sex() {
        return digits.charAt(14) == '1' ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * Returns the serial (digits 16-18).
     *
     * @return 1..999
     */
    public int serial() {
        return Texts.num(digits, 15, 18);
    }

    /**
     * Orders by number (the digits compared as text, all of one length).
     *
     * @param other the other NIP
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(Nip other) {
        return digits.compareTo(other.digits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nip n && digits.equals(n.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** Returns the 18 digits. */
    @Override
    public String toString() {
        return digits;
    }
}
