package io.github.spbe4j.complaints.privacy;

import io.github.spbe4j.complaints.Complaint;
import io.github.spbe4j.complaints.ComplaintType;
import io.github.spbe4j.complaints.Location;
import io.github.spbe4j.complaints.Privacy;
import io.github.spbe4j.complaints.Reporter;
import io.github.spbe4j.complaints.lifecycle.History;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The view of complaints a public portal may show, the one place that decides what leaves the city's
 * own systems:
 *
 * <ul>
 *   <li>a <em>Rahasia</em> complaint is absent altogether, and so is every whistle-blowing report,
 *       whatever its flags (its reporter needs the strongest protection);
 *   <li>a reporter's phone and e-mail never appear, nor do attachments (a photo can identify its sender):
 *       the e-mail as the reporter gave it (in any case) and the phone number in any written form
 *       ({@code 0812-3456-7890}, {@code +62 812 3456 7890}, {@code (0812) 34567890} …) are masked as
 *       {@value #REPORTER_MASK} wherever they occur in the text, whatever the flags;
 *   <li>the reporter's name appears only when neither Anonim nor Rahasia is set; for an
 *       <em>Anonim</em> complaint, the reporter's name is also masked as {@value #REPORTER_MASK}
 *       wherever it occurs in its text, and of its location only the region is shown;
 *   <li>all free text — title, text, address, the notes of its history, the agency — passes the
 *       {@link Redactor}, which masks NIK, NIP, phone numbers and e-mail addresses;
 *   <li>the history shows each action's role, never who took it.
 * </ul>
 *
 * @since 0.1.0
 */
public final class PublicProjection {

    /** The mask that replaces the reporter's own phone or e-mail, and an Anonim reporter's name, in free text. */
    public static final String REPORTER_MASK = "[pelapor]";

    /** The fewest national digits of a phone number that are masked in any written form. */
    private static final int MIN_PHONE_DIGITS = 6;

    /** The most joining characters between two digits of one written phone number. */
    private static final int MAX_JOIN = 3;

    /** The prefixes before a phone number's national digits, longest first. */
    private static final List<String> PREFIXES = List.of("620", "62", "0");

    private static final PublicProjection STANDARD = new PublicProjection(Redactor.standard());

    private final Redactor redactor;

    private PublicProjection(Redactor redactor) {
        this.redactor = redactor;
    }

    /**
     * Returns the projection with the standard redactor.
     *
     * @return the projection
     */
    public static PublicProjection standard() {
        return STANDARD;
    }

    /**
     * Tells whether a complaint may appear on a public portal at all.
     *
     * @param complaint the complaint
     * @return false for a Rahasia complaint and for a whistle-blowing report
     */
    public static boolean isPublic(Complaint complaint) {
        return complaint.privacy().publicReport() && complaint.type() != ComplaintType.WHISTLEBLOWING;
    }

    /**
     * Returns the public view of a complaint.
     *
     * @param complaint the complaint
     * @return its public view, empty when it may not be shown at all
     */
    public Optional<PublicComplaint> project(Complaint complaint) {
        Objects.requireNonNull(complaint, "complaint");
        if (!isPublic(complaint)) {
            return Optional.empty();
        }
        Privacy privacy = complaint.privacy();
        List<String> own = ownData(complaint.reporter(), !privacy.showsReporter());
        String phone = complaint.reporter().flatMap(Reporter::phone).map(PublicProjection::nationalDigits).orElse("");
        int[] masked = new int[1];
        Optional<Location> location = complaint.location();
        boolean hidePlace = !privacy.showsReporter();
        List<PublicComplaint.Event> events = new ArrayList<>();
        for (History.Entry e : complaint.lifecycle().history().entries()) {
            events.add(new PublicComplaint.Event(e.action(), e.to(), e.role(), e.at(), clean(e.note(), own, phone, masked)));
        }
        return Optional.of(new PublicComplaint(complaint.id().value(), complaint.type(), clean(complaint.title(), own, phone, masked),
                clean(complaint.text(), own, phone, masked), complaint.topic(), complaint.service(), location.flatMap(Location::region),
                hidePlace ? Optional.empty() : location.flatMap(Location::coordinates),
                hidePlace ? "" : clean(location.map(Location::address).orElse(""), own, phone, masked),
                complaint.channel(), privacy.showsReporter() ? complaint.reporter().map(Reporter::name) : Optional.empty(),
                complaint.state(), complaint.lifecycle().closeReason(),
                complaint.lifecycle().agency().map(a -> clean(a, own, phone, masked)), complaint.submitted(), complaint.updated(), events,
                masked[0]));
    }

    /**
     * Returns the public views of complaints, leaving out those that may not be shown.
     *
     * @param complaints the complaints
     * @return their public views, in the order given
     */
    public List<PublicComplaint> project(Collection<Complaint> complaints) {
        List<PublicComplaint> out = new ArrayList<>();
        for (Complaint c : complaints) {
            project(c).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /**
     * The reporter's own values to mask in free text, longest first (so that a name inside the e-mail
     * address does not break the address up before it is masked): the phone and e-mail always, the
     * name too when it is hidden.
     */
    private static List<String> ownData(Optional<Reporter> reporter, boolean name) {
        List<String> own = new ArrayList<>();
        reporter.ifPresent(r -> {
            if (name) {
                own.add(r.name());
            }
            r.phone().ifPresent(own::add);
            r.email().ifPresent(own::add);
        });
        own.removeIf(s -> s.strip().length() < 3);
        own.sort(Comparator.comparingInt((String s) -> s.strip().length()).reversed());
        return own;
    }

    private String clean(String text, List<String> own, String phone, int[] masked) {
        String t = text;
        for (String value : own) {
            t = maskIgnoringCase(t, value.strip(), masked);
        }
        if (phone.length() >= MIN_PHONE_DIGITS) {
            t = maskPhone(t, phone, masked);
        }
        var r = redactor.redact(t);
        masked[0] += r.total();
        return r.text();
    }

    /**
     * The digits of a phone number after its trunk or country prefix: {@code 812345678} for
     * {@code 0812-345-678}, {@code +62 812 345 678} and {@code +62 (0)812 345678}.
     */
    static String nationalDigits(String phone) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < phone.length(); i++) {
            int digit = Character.digit(phone.charAt(i), 10);
            if (digit >= 0) {
                d.append((char) ('0' + digit));
            }
        }
        String digits = d.toString();
        if (digits.startsWith("62")) {
            digits = digits.substring(2);
        }
        return digits.startsWith("0") ? digits.substring(1) : digits;
    }

    /**
     * Masks the reporter's own phone number however it is written: every run of digits that holds its
     * national digits, the digits joined by spaces, dots, dashes, parentheses or a plus (at most
     * {@value #MAX_JOIN} in a row), together with a {@code 0}, {@code 62} or {@code 620} just before
     * them and a {@code +} or {@code (} before that. One pass over the text.
     */
    private static String maskPhone(String text, String national, int[] masked) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int copied = 0;
        int i = 0;
        while (i < n) {
            if (Character.digit(text.charAt(i), 10) < 0) {
                i++;
                continue;
            }
            StringBuilder digits = new StringBuilder();
            List<Integer> at = new ArrayList<>();
            int j = i;
            while (j < n) {
                int d = Character.digit(text.charAt(j), 10);
                if (d >= 0) {
                    digits.append((char) ('0' + d));
                    at.add(j);
                    j++;
                    continue;
                }
                int k = j;
                while (k < n && k - j < MAX_JOIN && isJoiner(text.charAt(k))) {
                    k++;
                }
                if (k == j || k >= n || Character.digit(text.charAt(k), 10) < 0) {
                    break;
                }
                j = k;
            }
            String ds = digits.toString();
            int found = ds.indexOf(national);
            while (found >= 0) {
                int first = found;
                for (String prefix : PREFIXES) {
                    if (ds.startsWith(prefix, found - prefix.length())) {
                        first = found - prefix.length();
                        break;
                    }
                }
                int start = Math.max(at.get(first), copied);
                while (start > copied && (text.charAt(start - 1) == '+' || text.charAt(start - 1) == '(')) {
                    start--;
                }
                int end = at.get(found + national.length() - 1) + 1;
                out.append(text, copied, start).append(REPORTER_MASK);
                masked[0]++;
                copied = end;
                found = ds.indexOf(national, found + national.length());
            }
            i = j;
        }
        return copied == 0 ? text : out.append(text, copied, n).toString();
    }

    private static boolean isJoiner(char c) {
        return c == ' ' || c == '.' || c == '-' || c == '(' || c == ')' || c == '+' || c == '\u00a0' || c >= '\u2010' && c <= '\u2015'
                || c == '\u2212';
    }

    /** Replaces every occurrence of a value, ignoring case, in one pass over the text per value. */
    private static String maskIgnoringCase(String text, String value, int[] masked) {
        if (text.length() < value.length()) {
            return text;
        }
        String lowerText = text.toLowerCase(Locale.ROOT);
        String lowerValue = value.toLowerCase(Locale.ROOT);
        if (lowerText.length() != text.length() || lowerValue.length() != value.length()) {
            lowerText = text;
            lowerValue = value;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        int at = lowerText.indexOf(lowerValue);
        while (at >= 0) {
            out.append(text, from, at).append(REPORTER_MASK);
            masked[0]++;
            from = at + value.length();
            at = lowerText.indexOf(lowerValue, from);
        }
        return from == 0 ? text : out.append(text, from, text.length()).toString();
    }
}
