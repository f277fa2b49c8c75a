package io.github.spbe4j.core.identifier;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import io.github.spbe4j.core.Problem;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A NIK (Nomor Induk Kependudukan), the 16-digit population identity number: {@code PP KK CC DDMMYY
 * SSSS}, the Kemendagri province, regency/city and district codes of registration, the birth date
 * with 40 added to the day for women, and a serial.
 *
 * <p>Rules checked: 16 ASCII digits; regency/city digits 01..69 or 71..99 (as for every Kemendagri
 * regency/city code); birth day 01..31 (men) or 41..71 (women); birth month 01..12; the day exists in
 * that month of the two-digit year (29 February only when the year is divisible by 4, 00 counting as
 * 2000); serial 0001..9999. Whether the region code exists is a question for a region list, which the
 * caller supplies as a predicate: a miss is an error for {@link #parse(CharSequence, Predicate)} and a
 * warning for {@link #check(CharSequence, Predicate)}, since a valid NIK may carry a code retired
 * after a region split.
 *
 * <p>The NIK stores only two digits of the birth year; {@link #birthDate(LocalDate)} documents the
 * century rule.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Nik implements Comparable<Nik> {

    private static final String TYPE = "NIK";
    private static final int LENGTH = 16;

    private final String digits;

    private Nik(String digits) {
        this.digits = digits;
    }

    /**
     * Reads a NIK strictly: exactly 16 ASCII digits, no separators.
     *
     * @param text the text
     * @return the NIK
     * @throws InvalidIdentifierException if the text is not 16 digits or breaks a NIK rule
     */
    public static Nik parse(CharSequence text) {
        return parse(text, r -> true);
    }

    /**
     * Reads a NIK strictly and requires its district code to be known.
     *
     * @param text the text
     * @param knownRegion tells whether a Kemendagri district code exists in the caller's region list
     * @return the NIK
     * @throws InvalidIdentifierException if the text is not 16 digits, breaks a NIK rule or has a region
     *         code the predicate rejects
     */
    public static Nik parse(CharSequence text, Predicate<RegionCode> knownRegion) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(knownRegion, "knownRegion");
        if (!Texts.isDigits(text, LENGTH)) {
            throw new InvalidIdentifierException(Texts.problem("Digits", TYPE + " " + Texts.show(text) + " is not 16 digits; a NIK is exactly 16 digits 0-9", text));
        }
        String d = text.toString();
        List<Problem> problems = problems(d);
        if (problems.isEmpty()) {
            RegionCode region = RegionCode.trustedDistrict(d.substring(0, 6));
            if (!knownRegion.test(region)) {
                problems.add(unknownRegion(d, region));
            }
        }
        Texts.throwIfAny(TYPE + " " + d, problems);
        return new Nik(d);
    }

    /**
     * Checks a NIK leniently, without a region list: whitespace, dots and dashes are removed first.
     *
     * @param text the text
     * @return the NIK, or the problems
     */
    public static IdentifierCheck<Nik> check(CharSequence text) {
        return check(text, r -> true);
    }

    /**
     * Checks a NIK leniently: whitespace, dots and dashes are removed first, and a district code the
     * predicate rejects is a warning, not a problem.
     *
     * @param text the text
     * @param knownRegion tells whether a Kemendagri district code exists in the caller's region list
     * @return the NIK with any warning, or the problems
     */
    public static IdentifierCheck<Nik> check(CharSequence text, Predicate<RegionCode> knownRegion) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(knownRegion, "knownRegion");
        String d = Texts.lenient(text);
        if (!Texts.isDigits(d, LENGTH)) {
            return new IdentifierCheck.Invalid<>(List.of(Texts.notDigitsLenient(TYPE, text, "16 digits")));
        }
        List<Problem> problems = problems(d);
        if (!problems.isEmpty()) {
            return new IdentifierCheck.Invalid<>(problems);
        }
        RegionCode region = RegionCode.trustedDistrict(d.substring(0, 6));
        List<Problem> warnings = knownRegion.test(region) ? List.of() : List.of(unknownRegion(d, region));
        return new IdentifierCheck.Valid<>(new Nik(d), warnings);
    }

    private static Problem unknownRegion(String d, RegionCode region) {
        return Texts.problem("KnownRegion", TYPE + " " + d + " has region code " + region + ", which the supplied region list does not know", d);
    }

    /** Returns the problems of 16 digits under the NIK rules. */
    private static List<Problem> problems(String d) {
        List<Problem> problems = new ArrayList<>(3);
        String subject = TYPE + " " + d;
        int regency = Texts.num(d, 2, 4);
        if (regency == 0 || regency == 70) {
            problems.add(Texts.problem("RegencyCode", subject + " has regency/city code " + d.substring(2, 4) + "; regency/city codes run 01..69 (kabupaten) and 71..99 (kota)", d));
        }
        int day = Texts.num(d, 6, 8);
        int month = Texts.num(d, 8, 10);
        int year = Texts.num(d, 10, 12);
        boolean dayOk = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
        if (!dayOk) {
            problems.add(Texts.problem("BirthDay", subject + " has birth day " + d.substring(6, 8) + "; days run 01..31 for men and 41..71 (day + 40) for women", d));
        }
        if (month < 1 || month > 12) {
            problems.add(Texts.problem("BirthMonth", subject + " has birth month " + d.substring(8, 10) + "; months run 01..12", d));
        }
        if (dayOk && month >= 1 && month <= 12) {
            int realDay = day > 40 ? day - 40 : day;
            // 19YY and 20YY are both leap or both not, except 00 where 2000 is a leap year
            if (realDay > Month.of(month).length(year % 4 == 0)) {
                problems.add(Texts.problem("BirthDate", String.format("%s encodes birth date %02d-%02d-%02d (DD-MM-YY%s), which does not exist",
                        subject, realDay, month, year, day > 40 ? ", day " + day + " less 40 for a woman" : ""), d));
            }
        }
        if (d.endsWith("0000")) {
            problems.add(Texts.problem("Serial", subject + " has serial 0000; serials run 0001..9999", d));
        }
        return problems;
    }

    /**
     * Returns the Kemendagri district code the NIK was registered in (its first six digits).
     *
     * @return the district-level region code
     */
    public RegionCode regionCode() {
        return RegionCode.trustedDistrict(digits.substring(0, 6));
    }

    /**
     * Tells whether the NIK is a woman's (birth day written as day + 40).
     *
     * @return true for a woman
     */
    public boolean female() {
        return Texts.num(digits, 6, 8) > 40;
    }

    /**
     * Returns the sex the birth day encodes.
     *
     * @return {@link Sex#FEMALE} when the day is 41..71, else {@link Sex#MALE}
     */
    public Sex sex() {
        return female() ? Sex.FEMALE : Sex.MALE;
    }

    /**
     * Returns the birth day and month, with the 40 added for women removed.
     *
     * @return the day and month
     */
    public MonthDay birthMonthDay() {
        int day = Texts.num(digits, 6, 8);
        return MonthDay.of(Texts.num(digits, 8, 10), day > 40 ? day - 40 : day);
    }

    /**
     * Returns the two-digit birth year as written, 0..99.
     *
     * @return the year of the century
     */
    public int birthYearOfCentury() {
        return Texts.num(digits, 10, 12);
    }

    /**
     * Returns the birth date, choosing the century by this rule: the year is 20YY if that date is on or
     * before {@code today}, otherwise 19YY. A NIK holder is thus taken to be under 100 years old. For
     * example {@code 050590} read on 2026-01-01 is 1990-05-05, and {@code 050520} is 2020-05-05.
     *
     * @param today the date of reading (pass {@code LocalDate.now(clock)})
     * @return the birth date
     * @throws InvalidIdentifierException if neither 20YY nor 19YY gives an existing date on or before
     *         {@code today}, which happens only for a {@code today} before 2000 or a year ahead of it
     */
    public LocalDate birthDate(LocalDate today) {
        Objects.requireNonNull(today, "today");
        MonthDay md = birthMonthDay();
        int yy = birthYearOfCentury();
        for (int year : new int[] {2000 + yy, 1900 + yy}) {
            if (md.isValidYear(year) && !md.atYear(year).isAfter(today)) {
                return md.atYear(year);
            }
        }
        throw new InvalidIdentifierException(Texts.problem("BirthDate", String.format(
                "NIK %s encodes birth date %02d-%02d-%02d (DD-MM-YY), which is after %s in both 19%02d and 20%02d",
                digits, md.getDayOfMonth(), md.getMonthValue(), yy, today, yy, yy), digits));
    }

    /**
     * Returns the serial, the last four digits.
     *
     * @return 1..9999
     */
    public int serial() {
        return Texts.num(digits, 12, 16);
    }

    /**
     * Orders by number (the digits compared as text, all of one length).
     *
     * @param other the other NIK
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(Nik other) {
        return digits.compareTo(other.digits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nik n && digits.equals(n.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** Returns the 16 digits. */
    @Override
    public String toString() {
        return digits;
    }
}
