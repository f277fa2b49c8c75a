package io.github.spbe4j.complaints.privacy;

import io.github.spbe4j.core.SpbeException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of {@link Redactor#redact(CharSequence)}: the text with personal data masked, and how
 * many values of each kind were masked — never the values themselves.
 *
 * @param text the redacted text
 * @param counts the number of values masked, by kind; kinds not found are absent
 * @since 0.1.0
 */
public record Redaction(String text, Map<PersonalData, Integer> counts) {

    /** Checks and copies the parts. */
    public Redaction {
        Objects.requireNonNull(text, "text");
        EnumMap<PersonalData, Integer> copy = new EnumMap<>(PersonalData.class);
        for (Map.Entry<PersonalData, Integer> e : counts.entrySet()) {
            int n = Objects.requireNonNull(e.getValue(), "count");
            if (n < 0) {
                throw new SpbeException("the count of " + e.getKey() + " is " + n + "; counts are 0 or more");
            }
            if (n > 0) {
                copy.put(e.getKey(), n);
            }
        }
        counts = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns how many values of a kind were masked.
     *
     * @param kind the kind
     * @return 0 or more
     */
    public int count(PersonalData kind) {
        return counts.getOrDefault(kind, 0);
    }

    /**
     * Returns how many values were masked in all.
     *
     * @return 0 or more
     */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Tells whether anything was masked.
     *
     * @return true when the text differs from the input
     */
    public boolean redacted() {
        return !counts.isEmpty();
    }
}
