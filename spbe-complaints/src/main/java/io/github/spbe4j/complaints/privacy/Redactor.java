package io.github.spbe4j.complaints.privacy;

import io.github.spbe4j.core.identifier.Nik;
import io.github.spbe4j.core.identifier.Nip;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Masks personal data in free text, so that a complaint's title or description can be shown on a
 * public portal: NIK and NIP numbers, Indonesian phone numbers, e-mail addresses, and any other run of
 * 16 digits or more.
 *
 * <pre>{@code
 * Redaction r = Redactor.standard().redact("Hubungi saya di 0812-3456-7890 atau budi@contoh.id");
 * r.text();                         // "Hubungi saya di [telepon] atau [email]"
 * r.count(PersonalData.PHONE);      // 1
 * }</pre>
 *
 * <p>What is masked, each value replaced whole by its kind's {@link PersonalData#mask() mask}:
 * <ul>
 *   <li>An e-mail address: a local part of letters, digits and {@code . _ % + -}, an {@code @}, and a
 *       domain of at least two labels whose last label is two letters or more.</li>
 *   <li>A NIK (16 digits) or NIP (18 digits) that passes spbe-core's check ({@link Nik#check(CharSequence)},
 *       {@link Nip#check(CharSequence)}), written as one run of digits or in at most 7 groups (at most one
 *       of them a single digit) separated by one kind of separator: a single space, dot or dash ({@code 6171 0101 0190 0001},
 *       {@code 61.71.01.010190.0001}, {@code 19680507 198712 1 001}).</li>
 *   <li>A phone number: {@code 08} followed by 8 to 11 digits; {@code 628} followed by 8 to 11
 *       digits; {@code +62} followed by 8 to 12 digits (an extra {@code 0} after {@code +62} allowed).
 *       Groups may be separated by a space, dot or dash, one kind after the first group, and the
 *       first group may stand in parentheses: {@code (0812) 3456-7890}, {@code +62 812.3456.7890}.</li>
 *   <li>Any run of 16 digits or more without separators, valid or not: a mistyped NIK, a family-card
 *       number, a bank card number.</li>
 * </ul>
 *
 * <p>What is left alone: amounts ({@code Rp 10.000.000}, {@code 1.500.000,00}: a group of 1 to 3 digits,
 * not starting with 0, then groups of exactly 3), dates, times, years, region codes
 * ({@code 61.71.01.1001}), indicator codes, and other numbers shorter than 16 digits that are not phone
 * numbers. A number separated into groups that adds up to 16 or 18 digits but fails the NIK or NIP
 * check is left alone, since it may be several numbers written side by side.
 *
 * <p>Digits of any script count (full-width {@code ０８１２…}, Arabic-Indic), and so do the
 * non-breaking spaces, the Unicode dashes and the full-width plus; invisible formatting characters
 * (zero-width space, soft hyphen and the like) between digits are ignored, so they cannot hide a
 * number. Letters do not protect a number: {@code NIK6171010101900001} and {@code HP08123456789} are
 * masked. A line break ends a number.
 *
 * <p>The redactor works on any string and never refuses one: text that a reader's text policy would
 * refuse is still redacted. The cost is linear in the length of the text; redacting a redacted text
 * changes nothing. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Redactor {

    private static final Redactor STANDARD = new Redactor();

    private Redactor() {
    }

    /**
     * Returns the redactor with the rules above.
     *
     * @return the standard redactor
     */
    public static Redactor standard() {
        return STANDARD;
    }

    /**
     * Masks the personal data in a text.
     *
     * @param text any text
     * @return the redacted text and the counts of what was masked
     */
    public Redaction redact(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        List<Span> emails = Emails.find(s);
        List<Span> spans = Numbers.find(s, emails);
        if (spans.isEmpty()) {
            return new Redaction(s, Map.of());
        }
        StringBuilder out = new StringBuilder(s.length());
        Map<PersonalData, Integer> counts = new EnumMap<>(PersonalData.class);
        int at = 0;
        for (Span span : spans) {
            out.append(s, at, span.start()).append(span.kind().mask());
            counts.merge(span.kind(), 1, Integer::sum);
            at = span.end();
        }
        out.append(s, at, s.length());
        return new Redaction(out.toString(), counts);
    }

    /**
     * Masks the personal data in a text and returns only the text.
     *
     * @param text any text
     * @return the redacted text
     */
    public String redactText(CharSequence text) {
        return redact(text).text();
    }

    /** A stretch of the text to mask: [start, end) in chars. */
    record Span(int start, int end, PersonalData kind) {
    }

    /** Finds e-mail addresses in one pass: each character is read at most twice. */
    static final class Emails {

        private Emails() {
        }

        static List<Span> find(String s) {
            List<Span> found = new ArrayList<>();
            int floor = 0; // no address reaches before this index: the end of the last one, or past the last @
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c != '@' && c != '\uFF20') {
                    continue;
                }
                int left = i;
                while (left > floor && isLocal(s.charAt(left - 1))) {
                    left--;
                }
                while (left < i && s.charAt(left) == '.') {
                    left++;
                }
                int end = domainEnd(s, i + 1);
                if (left < i && end > i + 1) {
                    found.add(new Span(left, end, PersonalData.EMAIL));
                    floor = end;
                    i = end - 1;
                } else {
                    floor = i + 1;
                }
            }
            return found;
        }

        private static boolean isLocal(char c) {
            return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
        }

        /**
         * Returns the end of the longest valid domain starting at {@code from} — labels of letters,
         * digits and dashes, none empty, at least two, the last one two letters or more — or
         * {@code from} when there is none. Taking the longest valid prefix makes the choice the same
         * whether or not the text after it was since masked.
         */
        private static int domainEnd(String s, int from) {
            int best = from;
            boolean dotSeen = false;
            boolean emptyLabel = false;
            int labelLength = 0;
            boolean labelLetters = true;
            for (int j = from; j < s.length(); j++) {
                char c = s.charAt(j);
                if (c == '.') {
                    if (labelLength == 0) {
                        emptyLabel = true;
                    }
                    if (emptyLabel) {
                        break;
                    }
                    dotSeen = true;
                    labelLength = 0;
                    labelLetters = true;
                } else if (Character.isLetterOrDigit(c) || c == '-') {
                    labelLength++;
                    labelLetters &= Character.isLetter(c);
                    if (dotSeen && labelLetters && labelLength >= 2) {
                        best = j + 1;
                    }
                } else {
                    break;
                }
            }
            return best;
        }
    }

    /** The kind of separator between two groups of digits. */
    private enum Sep { SPACE, DOT, DASH, NONE }

    /**
     * A group of digits: [start, end) in the text, its digits as ASCII, the plus sign before it and the
     * separator that joins it to the previous group of its chunk.
     */
    private record Group(int start, int end, String digits, int plusAt, int openAt, Sep sep, boolean sepParen, boolean sepClose) {

        int maskStart() {
            return plusAt >= 0 ? plusAt : start;
        }
    }

    /** Finds NIK, NIP, phone numbers and long numbers outside the e-mail addresses, in one pass. */
    static final class Numbers {

        private static final int MAX_WINDOW = 18;

        private Numbers() {
        }

        static List<Span> find(String s, List<Span> emails) {
            List<Span> result = new ArrayList<>();
            List<Group> chunk = new ArrayList<>();
            int e = 0;
            int i = 0;
            int limit = emails.isEmpty() ? s.length() : emails.get(0).start();
            while (i < s.length()) {
                if (i >= limit) {
                    flush(chunk, result);
                    result.add(emails.get(e));
                    i = emails.get(e).end();
                    e++;
                    limit = e < emails.size() ? emails.get(e).start() : s.length();
                    continue;
                }
                int cp = s.codePointAt(i);
                if (Character.digit(cp, 10) < 0) {
                    i += Character.charCount(cp);
                    continue;
                }
                int start = i;
                StringBuilder digits = new StringBuilder();
                int j = i;
                while (j < limit) {
                    int c = s.codePointAt(j);
                    int v = Character.digit(c, 10);
                    if (v >= 0) {
                        digits.append((char) ('0' + v));
                        j += Character.charCount(c);
                        continue;
                    }
                    if (isFormat(c)) {
                        int k = skipFormat(s, j, limit);
                        if (k < limit && Character.digit(s.codePointAt(k), 10) >= 0) {
                            j = k;
                            continue;
                        }
                    }
                    break;
                }
                // a plus sign (and an opening parenthesis) just before the group
                int before = skipFormatBack(s, start);
                int plusAt = -1;
                if (before > 0 && isPlus(s.charAt(before - 1))) {
                    plusAt = before - 1;
                    before = skipFormatBack(s, plusAt);
                }
                int openAt = before > 0 && isOpen(s.charAt(before - 1)) ? before - 1 : -1;
                Group g = null;
                if (!chunk.isEmpty() && plusAt < 0) {
                    g = joined(s, chunk.get(chunk.size() - 1).end(), start, j, digits.toString(), openAt);
                }
                if (g == null) {
                    flush(chunk, result);
                    g = new Group(start, j, digits.toString(), plusAt, openAt, Sep.NONE, false, false);
                }
                chunk.add(g);
                i = j;
            }
            flush(chunk, result);
            return result;
        }

        /**
         * Returns the group joined to the previous one when the gap between them is a separator:
         * an optional closing parenthesis, at most one space, dot or dash, an optional opening
         * parenthesis, formatting characters ignored; null otherwise.
         */
        private static @Nullable Group joined(String s, int gapStart, int start, int end, String digits, int openAt) {
            int stage = 0; // 0: may take ')', 1: may take a separator, 2: may take '(', 3: nothing more
            Sep sep = Sep.NONE;
            boolean paren = false;
            boolean close = false;
            int k = gapStart;
            while (k < start) {
                int c = s.codePointAt(k);
                k += Character.charCount(c);
                if (isFormat(c)) {
                    continue;
                }
                if (stage == 0 && isClose(c)) {
                    paren = true;
                    close = true;
                    stage = 1;
                } else if (stage <= 1 && sepKind(c) != Sep.NONE) {
                    sep = sepKind(c);
                    stage = 2;
                } else if (stage <= 2 && isOpen(c)) {
                    paren = true;
                    stage = 3;
                } else {
                    return null;
                }
            }
            return new Group(start, end, digits, -1, openAt, sep, paren, close);
        }

        private static void flush(List<Group> chunk, List<Span> result) {
            int amountEnd = 0; // groups before this index and after an amount's first group continue that amount
            int i = 0;
            while (i < chunk.size()) {
                Group g0 = chunk.get(i);
                if (i < amountEnd) {
                    i++;
                    continue;
                }
                amountEnd = amountEnd(chunk, i);
                if (g0.digits().length() >= 16) {
                    result.add(new Span(g0.start(), g0.end(), longRun(g0.digits())));
                    i++;
                    continue;
                }
                int best = -1;
                PersonalData bestKind = null;
                StringBuilder d = new StringBuilder(g0.digits());
                for (int j = i; j < chunk.size(); j++) {
                    if (j > i) {
                        String next = chunk.get(j).digits();
                        if (next.length() >= 16 || d.length() + next.length() > MAX_WINDOW) {
                            break;
                        }
                        d.append(next);
                    }
                    PersonalData kind = classify(chunk, i, j, d.toString());
                    if (kind != null) {
                        best = j;
                        bestKind = kind;
                    }
                }
                if (bestKind == null) {
                    i++;
                    continue;
                }
                int start = g0.start();
                if (bestKind == PersonalData.PHONE) {
                    start = g0.maskStart();
                    if (g0.openAt() >= 0 && best > i && chunk.get(i + 1).sepClose()) {
                        start = g0.openAt();
                    }
                }
                result.add(new Span(start, chunk.get(best).end(), bestKind));
                i = best + 1;
                // a masked value ends any amount it started: what follows is read as if the text began there,
                // so that redacting the redacted text reads it the same way
                amountEnd = i;
            }
            chunk.clear();
        }

        private static PersonalData longRun(String digits) {
            if (digits.length() == 16 && Nik.check(digits).isValid()) {
                return PersonalData.NIK;
            }
            if (digits.length() == 18 && Nip.check(digits).isValid()) {
                return PersonalData.NIP;
            }
            return PersonalData.LONG_NUMBER;
        }

        private static @Nullable PersonalData classify(List<Group> chunk, int i, int j, String d) {
            boolean amount = amountShape(chunk, i, j);
            if ((d.length() == 16 || d.length() == 18) && !amount && uniform(chunk, i, j) && chunk.get(i).plusAt() < 0) {
                if (d.length() == 16 && Nik.check(d).isValid()) {
                    return PersonalData.NIK;
                }
                if (d.length() == 18 && Nip.check(d).isValid()) {
                    return PersonalData.NIP;
                }
            }
            return phone(chunk, i, j, d, amount) ? PersonalData.PHONE : null;
        }

        /**
         * Tells whether the groups i..j can be one NIK or NIP as people write them: one separator kind,
         * no parentheses, at most 7 groups, at most one of a single digit (the sex digit of
         * {@code 19680507 198712 1 001}). A list of short numbers ({@code 1.1.1.1…}) is not one.
         */
        private static boolean uniform(List<Group> chunk, int i, int j) {
            if (j - i >= 7) {
                return false;
            }
            int singles = 0;
            for (int k = i; k <= j; k++) {
                if (chunk.get(k).digits().length() == 1 && ++singles > 1) {
                    return false;
                }
            }
            for (int k = i + 1; k <= j; k++) {
                Group g = chunk.get(k);
                if (g.sepParen() || g.sep() == Sep.NONE || g.sep() != chunk.get(i + 1).sep()) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Returns the end (exclusive) of the grouped amount whose first group is {@code k}
         * ({@code 1.081.234.567}: the 081, 234 and 567 continue it, and no identifier starts there), or
         * {@code k + 1} when group {@code k} starts none. Groups separated by spaces are an amount from
         * three groups on.
         */
        private static int amountEnd(List<Group> chunk, int k) {
            String head = chunk.get(k).digits();
            int m = k + 1;
            if (head.length() > 3 || head.charAt(0) == '0' || m >= chunk.size()) {
                return k + 1;
            }
            Sep sep = chunk.get(m).sep();
            while ((sep == Sep.DOT || sep == Sep.SPACE) && m < chunk.size() && chunk.get(m).sep() == sep
                    && !chunk.get(m).sepParen() && chunk.get(m).digits().length() == 3) {
                m++;
            }
            // "12 081 2345 6789" is a number and a phone number: spaces group an amount only from two groups of 3 on
            return m - k >= (sep == Sep.SPACE ? 3 : 2) ? m : k + 1;
        }

        /** Tells whether groups i..j read as a grouped amount: 1-3 digits not starting with 0, then groups of 3. */
        private static boolean amountShape(List<Group> chunk, int i, int j) {
            if (j == i) {
                return false;
            }
            String first = chunk.get(i).digits();
            if (first.length() > 3 || first.charAt(0) == '0') {
                return false;
            }
            Sep sep = chunk.get(i + 1).sep();
            if (sep != Sep.DOT && sep != Sep.SPACE) {
                return false;
            }
            for (int k = i + 1; k <= j; k++) {
                Group g = chunk.get(k);
                if (g.digits().length() != 3 || g.sep() != sep || g.sepParen()) {
                    return false;
                }
            }
            return true;
        }

        private static boolean phone(List<Group> chunk, int i, int j, String d, boolean amount) {
            Group g0 = chunk.get(i);
            for (int k = i + 1; k <= j; k++) {
                Group g = chunk.get(k);
                if (g.digits().length() < 2 || k >= i + 2 && (g.sep() != chunk.get(i + 2).sep() || g.sep() == Sep.NONE)) {
                    return false;
                }
            }
            if (g0.plusAt() >= 0) {
                if (!d.startsWith("62")) {
                    return false;
                }
                String national = d.startsWith("0", 2) ? d.substring(3) : d.substring(2);
                return national.length() >= 8 && national.length() <= 12 && national.charAt(0) != '0';
            }
            if (d.startsWith("08")) {
                return g0.digits().length() >= 3 && d.length() >= 10 && d.length() <= 13;
            }
            if (d.startsWith("628")) {
                return !amount && d.length() >= 11 && d.length() <= 14;
            }
            return false;
        }

        private static boolean isFormat(int cp) {
            return Character.getType(cp) == Character.FORMAT;
        }

        private static int skipFormat(String s, int from, int limit) {
            int k = from;
            while (k < limit) {
                int c = s.codePointAt(k);
                if (!isFormat(c)) {
                    break;
                }
                k += Character.charCount(c);
            }
            return k;
        }

        private static int skipFormatBack(String s, int from) {
            int k = from;
            while (k > 0) {
                int c = s.codePointBefore(k);
                if (!isFormat(c)) {
                    break;
                }
                k -= Character.charCount(c);
            }
            return k;
        }

        private static boolean isPlus(char c) {
            return c == '+' || c == '\uFF0B';
        }

        private static boolean isOpen(int c) {
            return c == '(' || c == '\uFF08';
        }

        private static boolean isClose(int c) {
            return c == ')' || c == '\uFF09';
        }

        private static Sep sepKind(int c) {
            switch (c) {
                case ' ': case '\u00A0': case '\u2007': case '\u202F':
                    return Sep.SPACE;
                case '.': case '\uFF0E':
                    return Sep.DOT;
                case '-': case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2212': case '\uFF0D':
                    return Sep.DASH;
                default:
                    return Sep.NONE;
            }
        }
    }
}
