package io.github.spbe4j.complaints;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.Text;
import java.util.Objects;

/**
 * The public tracking id of a complaint, the one a resident quotes when asking after it (SP4N-LAPOR!
 * gives each report one): 1 to 64 characters, ASCII letters and digits, and {@code - _ . /} after the
 * first, e.g. {@code LPR-2026-000123}. Ids compare exactly, case included.
 *
 * @param value the id
 * @since 0.1.0
 */
public record TrackingId(String value) implements Comparable<TrackingId> {

    /** The rule of a problem about a malformed tracking id. */
    public static final String RULE = "TrackingId";

    /** The longest id, in characters. */
    public static final int MAX_LENGTH = 64;

    /**
     * Checks the id.
     *
     * @param value the id
     * @throws InvalidComplaintException if it is empty, too long or holds another character
     */
    public TrackingId {
        Objects.requireNonNull(value, "value");
        if (!wellFormed(value)) {
            String shown = Text.quote(value);
            throw new InvalidComplaintException(Problem.of("id", RULE, "tracking id " + shown + " must be 1 to " + MAX_LENGTH
                    + " characters: ASCII letters and digits, and - _ . / after the first", shown));
        }
    }

    /**
     * Returns the tracking id with this text.
     *
     * @param value the id, e.g. {@code "LPR-1"}
     * @return the id
     * @throws InvalidComplaintException if it is malformed
     */
    public static TrackingId of(String value) {
        return new TrackingId(value);
    }

    /**
     * Tells whether a text is a well-formed tracking id.
     *
     * @param value the text
     * @return true when {@link #of(String)} accepts it
     */
    public static boolean wellFormed(String value) {
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alnum = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!alnum && (i == 0 || c != '-' && c != '_' && c != '.' && c != '/')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareTo(TrackingId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
