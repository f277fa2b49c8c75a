package io.github.spbe4j.core.identifier;

import java.util.ArrayList;
import io.github.spbe4j.core.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A region code (kode wilayah) of a province, regency or city, district or village, tagged with the
 * coding scheme it belongs to.
 *
 * <p>Kemendagri codes have 2 digits for a province, 4 for a regency or city, 6 for a district and 10
 * for a village. In a regency/city code the third and fourth digits are 01..69 for a kabupaten and
 * 71..99 for a kota (00 and 70 are therefore rejected); in a village code the first of the last four
 * digits is 1 for a kelurahan, 2 for a desa and 3 for a desa adat (other digits are rejected). The
 * dotted display form is {@code 11.01.01.2001}; APIs use the undotted {@code 1101012001}.
 *
 * <p>BPS statistical codes are a different scheme with the same lengths. The reference gives no
 * further layout facts for them, so a BPS code is only checked for its length and digits and has no
 * {@link #kind()}. The scheme is part of the value: a Kemendagri and a BPS code with the same digits
 * are not equal, are never each other's parent or ancestor, and sort apart (Kemendagri first).
 *
 * <p>The text form ({@link #toString()}) is the dotted form, prefixed with {@code "BPS:"} for a BPS
 * code ({@code BPS:11.01}), so that {@link #parse(CharSequence)} reads every code back in its own
 * scheme. {@link #undotted()} gives the digits alone.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RegionCode implements Comparable<RegionCode> {

    /**
     * The coding scheme of a region code.
     *
     * @since 0.1.0
     */
    public enum Scheme {
        /** The Ministry of Home Affairs (Kemendagri) scheme, the default. */
        KEMENDAGRI("Kemendagri"),
        /** The Statistics Indonesia (BPS) statistical scheme. */
        BPS("BPS");

        private final String label;

        Scheme(String label) {
            this.label = label;
        }
    }

    /**
     * The administrative level of a region code, fixed by its number of digits.
     *
     * @since 0.1.0
     */
    public enum Level {
        /** A province: 2 digits. */
        PROVINCE(2),
        /** A regency (kabupaten) or city (kota): 4 digits. */
        REGENCY_CITY(4),
        /** A district (kecamatan): 6 digits. */
        DISTRICT(6),
        /** A village (kelurahan, desa or desa adat): 10 digits. */
        VILLAGE(10);

        private final int digits;

        Level(int digits) {
            this.digits = digits;
        }

        /**
         * Returns the number of digits of a code at this level.
         *
         * @return 2, 4, 6 or 10
         */
        public int digits() {
            return digits;
        }
    }

    /**
     * The kind of a Kemendagri regency/city or village code.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** A regency: regency/city digits 01..69. */
        KABUPATEN,
        /** A city: regency/city digits 71..99. */
        KOTA,
        /** An urban village: village type digit 1. */
        KELURAHAN,
        /** A rural village: village type digit 2. */
        DESA,
        /** A customary village: village type digit 3. */
        DESA_ADAT
    }

    private static final String BPS_PREFIX = "BPS:";
    private static final Pattern STRICT = Pattern.compile("\\d{2}|\\d{4}|\\d{6}|\\d{10}|\\d{2}\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?");

    private final Scheme scheme;
    private final String digits;

    /** Creates a code from digits already checked against the scheme's rules. */
    private RegionCode(Scheme scheme, String digits) {
        this.scheme = scheme;
        this.digits = digits;
    }

    /** Returns the Kemendagri district code of digits known to be valid (the first six of a NIK). */
    static RegionCode trustedDistrict(String digits) {
        return new RegionCode(Scheme.KEMENDAGRI, digits);
    }

    /**
     * Reads a region code strictly: an optional {@code "BPS:"} scheme prefix (without it the code is
     * Kemendagri), then the undotted digits ({@code 1101012001}) or the dotted form
     * ({@code 11.01.01.2001}).
     *
     * @param text the text
     * @return the code
     * @throws InvalidIdentifierException if the text is malformed or breaks a rule of its scheme
     */
    public static RegionCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        return s.startsWith(BPS_PREFIX) ? parse(s, Scheme.BPS) : parse(s, Scheme.KEMENDAGRI);
    }

    /**
     * Reads a region code of the given scheme strictly: the undotted digits or the dotted form, with
     * an optional {@code "BPS:"} prefix only when the scheme is BPS.
     *
     * @param text the text
     * @param scheme the scheme the code belongs to
     * @return the code
     * @throws InvalidIdentifierException if the text is malformed or breaks a rule of the scheme
     */
    public static RegionCode parse(CharSequence text, Scheme scheme) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(scheme, "scheme");
        String s = unprefixed(text.toString(), scheme);
        if (!STRICT.matcher(s).matches()) {
            throw new InvalidIdentifierException(Texts.problem("Digits", scheme.label + " region code " + Texts.show(text)
                    + " is neither 2, 4, 6 nor 10 digits nor their dotted form 11.01.01.2001", text));
        }
        String d = s.replace(".", "");
        Texts.throwIfAny(scheme.label + " region code " + dotted(d), problems(scheme, d));
        return new RegionCode(scheme, d);
    }

    /**
     * Checks a region code leniently: an optional {@code "BPS:"} prefix at the start of the text
     * (after surrounding whitespace) selects the BPS scheme, otherwise the code is Kemendagri; then
     * whitespace, dots and dashes are removed from the rest. The prefix must lead the text:
     * {@code "-BPS:1101"} is not read as a BPS code.
     *
     * @param text the text
     * @return the code, or the problems
     */
    public static IdentifierCheck<RegionCode> check(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        return s.startsWith(BPS_PREFIX) ? check(s, Scheme.BPS) : check(s, Scheme.KEMENDAGRI);
    }

    /**
     * Checks a region code of the given scheme leniently: a leading {@code "BPS:"} prefix (after
     * surrounding whitespace) is dropped for the BPS scheme and refused for Kemendagri; then
     * whitespace, dots and dashes are removed from the rest.
     *
     * @param text the text
     * @param scheme the scheme the code belongs to
     * @return the code, or the problems
     */
    public static IdentifierCheck<RegionCode> check(CharSequence text, Scheme scheme) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(scheme, "scheme");
        String s;
        try {
            s = unprefixed(text.toString().strip(), scheme);
        } catch (InvalidIdentifierException e) {
            return new IdentifierCheck.Invalid<>(e.problems());
        }
        String d = Texts.lenient(s);
        if (!(Texts.isDigits(d, 2) || Texts.isDigits(d, 4) || Texts.isDigits(d, 6) || Texts.isDigits(d, 10))) {
            return new IdentifierCheck.Invalid<>(List.of(Texts.notDigitsLenient(scheme.label + " region code", text, "2, 4, 6 or 10 digits")));
        }
        List<Problem> problems = problems(scheme, d);
        return problems.isEmpty() ? new IdentifierCheck.Valid<>(new RegionCode(scheme, d), List.of())
                : new IdentifierCheck.Invalid<>(problems);
    }

    private static String unprefixed(String s, Scheme scheme) {
        if (s.startsWith(BPS_PREFIX)) {
            if (scheme != Scheme.BPS) {
                throw new InvalidIdentifierException(Texts.problem("Digits", scheme.label + " region code " + Texts.show(s)
                        + " carries the BPS: prefix; BPS and Kemendagri codes are different schemes", s));
            }
            return s.substring(BPS_PREFIX.length());
        }
        return s;
    }

    /** Returns the problems of valid-length digits under the scheme's rules. */
    static List<Problem> problems(Scheme scheme, String d) {
        List<Problem> problems = new ArrayList<>(2);
        if (scheme != Scheme.KEMENDAGRI) {
            return problems;
        }
        if (d.length() >= 4) {
            int rc = Texts.num(d, 2, 4);
            if (rc == 0 || rc == 70) {
                problems.add(Texts.problem("RegencyCode", "Kemendagri region code " + dotted(d) + " has regency/city digits " + d.substring(2, 4)
                        + "; they run 01..69 (kabupaten) and 71..99 (kota)", d));
            }
        }
        if (d.length() == 10) {
            char t = d.charAt(6);
            if (t < '1' || t > '3') {
                problems.add(Texts.problem("VillageType", "Kemendagri region code " + dotted(d) + " has village type digit " + t
                        + "; it is 1 (kelurahan), 2 (desa) or 3 (desa adat)", d));
            }
        }
        return problems;
    }

    private static String dotted(String d) {
        StringBuilder sb = new StringBuilder(13).append(d, 0, 2);
        for (int from = 2; from < d.length(); ) {
            int to = from == 6 ? 10 : from + 2;
            sb.append('.').append(d, from, Math.min(to, d.length()));
            from = to;
        }
        return sb.toString();
    }

    /**
     * Returns the scheme the code belongs to.
     *
     * @return the scheme
     */
    public Scheme scheme() {
        return scheme;
    }

    /**
     * Returns the administrative level, fixed by the number of digits.
     *
     * @return the level
     */
    public Level level() {
        return switch (digits.length()) {
            case 2 -> Level.PROVINCE;
            case 4 -> Level.REGENCY_CITY;
            case 6 -> Level.DISTRICT;
            default -> Level.VILLAGE;
        };
    }

    /**
     * Returns the kind of a Kemendagri regency/city code (kabupaten or kota) or village code
     * (kelurahan, desa or desa adat); empty for provinces, districts and every BPS code.
     *
     * @return the kind, if the level and scheme have one
     */
    public Optional<Kind> kind() {
        if (scheme != Scheme.KEMENDAGRI) {
            return Optional.empty();
        }
        return switch (level()) {
            case REGENCY_CITY -> Optional.of(Texts.num(digits, 2, 4) <= 69 ? Kind.KABUPATEN : Kind.KOTA);
            case VILLAGE -> Optional.of(switch (digits.charAt(6)) {
                case '1' -> Kind.KELURAHAN;
                case '2' -> Kind.DESA;
                default -> Kind.DESA_ADAT;
            });
            default -> Optional.empty();
        };
    }

    /**
     * Returns the code of the enclosing region, one level up, in the same scheme; empty for a
     * province.
     *
     * @return the parent code, if any
     */
    public Optional<RegionCode> parent() {
        return switch (level()) {
            case PROVINCE -> Optional.empty();
            case REGENCY_CITY -> Optional.of(new RegionCode(scheme, digits.substring(0, 2)));
            case DISTRICT -> Optional.of(new RegionCode(scheme, digits.substring(0, 4)));
            case VILLAGE -> Optional.of(new RegionCode(scheme, digits.substring(0, 6)));
        };
    }

    /**
     * Tells whether this code's region strictly encloses the other's: same scheme, a higher level and
     * a prefix of its digits.
     *
     * @param other the other code
     * @return true if this code is a parent, grandparent … of the other
     */
    public boolean isAncestorOf(RegionCode other) {
        Objects.requireNonNull(other, "other");
        return scheme == other.scheme && digits.length() < other.digits.length() && other.digits.startsWith(digits);
    }

    /**
     * Returns the undotted digits, the form APIs use ({@code 1101012001}), without the scheme.
     *
     * @return the digits
     */
    public String undotted() {
        return digits;
    }

    /** Orders by scheme (Kemendagri first), then by digits, so that a parent sorts just before its children. */
    @Override
    public int compareTo(RegionCode other) {
        int c = scheme.compareTo(other.scheme);
        return c != 0 ? c : digits.compareTo(other.digits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegionCode r && scheme == r.scheme && digits.equals(r.digits);
    }

    @Override
    public int hashCode() {
        return 31 * scheme.ordinal() + digits.hashCode();
    }

    /** Returns the dotted form ({@code 11.01.01.2001}), prefixed with {@code "BPS:"} for a BPS code. */
    @Override
    public String toString() {
        return scheme == Scheme.BPS ? BPS_PREFIX + dotted(digits) : dotted(digits);
    }
}
