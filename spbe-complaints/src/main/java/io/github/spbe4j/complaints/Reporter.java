package io.github.spbe4j.complaints;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.ProblemList;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * Who sent a complaint and how to reach them: personal data that a public portal shows only when the
 * complaint is neither Anonim nor Rahasia, and then only the name (see {@link Privacy}).
 *
 * @param name the reporter's name (text policy NAME, 1 to 200 characters)
 * @param phone a phone number as written: digits, at most one leading {@code +}, spaces, dots, dashes
 *     and parentheses, 6 to 15 digits
 * @param email an e-mail address: one {@code @}, no spaces, a domain with a dot, at most 254 characters
 * @since 0.1.0
 */
public record Reporter(String name, Optional<String> phone, Optional<String> email) {

    /** The rule of a problem about a malformed phone number or e-mail address. */
    public static final String CONTACT_RULE = "Contact";

    /** The longest name, in characters. */
    public static final int MAX_NAME = 200;

    /**
     * Checks the name and the contact.
     *
     * @param name the name
     * @param phone the phone number, or empty
     * @param email the e-mail address, or empty
     * @throws InvalidComplaintException naming every problem
     */
    public Reporter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
        ProblemList problems = ProblemList.inOrderFound();
        Rules.text(problems, "name", name, TextPolicy.NAME, 1, MAX_NAME);
        phone.ifPresent(p -> {
            if (!phoneLike(p)) {
                String shown = Text.quote(p);
                problems.add(Problem.of("phone", CONTACT_RULE, "phone " + shown
                        + " must be 6 to 15 digits, with at most a leading + and spaces, dots, dashes or parentheses between", shown));
            }
        });
        email.ifPresent(e -> {
            if (!emailLike(e)) {
                String shown = Text.quote(e);
                problems.add(Problem.of("email", CONTACT_RULE, "email " + shown
                        + " must be one address: a name, one @, a domain with a dot, no spaces, at most 254 characters", shown));
            }
        });
        Rules.throwIfAny(problems, "reporter");
    }

    /**
     * Returns a reporter known by name only.
     *
     * @param name the name
     * @return the reporter
     */
    public static Reporter named(String name) {
        return new Reporter(name, Optional.empty(), Optional.empty());
    }

    /**
     * Returns this reporter with a phone number.
     *
     * @param number the number, e.g. {@code "0812-3456-7890"}
     * @return the reporter
     */
    public Reporter withPhone(String number) {
        return new Reporter(name, Optional.of(number), email);
    }

    /**
     * Returns this reporter with an e-mail address.
     *
     * @param address the address
     * @return the reporter
     */
    public Reporter withEmail(String address) {
        return new Reporter(name, phone, Optional.of(address));
    }

    /** Says what the reporter holds without the values, which are personal data and stay out of logs. */
    @Override
    public String toString() {
        return "Reporter[name" + (phone.isPresent() ? ", phone" : "") + (email.isPresent() ? ", email" : "") + "; withheld]";
    }

    private static boolean phoneLike(String s) {
        if (s.length() > 40) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '+' ? i != 0 : c != ' ' && c != '.' && c != '-' && c != '(' && c != ')') {
                return false;
            }
        }
        return digits >= 6 && digits <= 15;
    }

    private static boolean emailLike(String s) {
        int at = s.indexOf('@');
        if (s.length() > 254 || at < 1 || at != s.lastIndexOf('@') || at > 64) {
            return false;
        }
        String domain = s.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        if (dot < 1 || dot == domain.length() - 1 || domain.startsWith("-") || domain.contains("..")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '<' || c == '>' || c == '"' || c == '\\' || c == ',' || c == ';' || c == '(' || c == ')'
                    || !TextPolicy.NAME.allows(String.valueOf(c))) {
                return false;
            }
        }
        for (int i = 0; i < domain.length(); i++) {
            char c = domain.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c > 0x7f)) {
                return false;
            }
        }
        return true;
    }
}
