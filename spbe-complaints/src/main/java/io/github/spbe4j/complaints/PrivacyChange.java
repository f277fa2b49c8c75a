package io.github.spbe4j.complaints;

import java.time.Instant;
import java.util.Objects;

/**
 * A change an administrator made to a complaint's privacy flags after it was submitted, kept with the
 * complaint so that who exposed or hid what, and when, is never lost.
 *
 * @param from the flags before
 * @param to the flags after; a change only ever sets flags, never clears one (see {@link Complaint#changePrivacy})
 * @param actor who changed them
 * @param at when
 * @param note why, empty for no note
 * @since 0.1.0
 */
public record PrivacyChange(Privacy from, Privacy to, String actor, Instant at, String note) {

    /**
     * Checks that nothing is missing.
     *
     * @param from the flags before
     * @param to the flags after
     * @param actor who changed them
     * @param at when
     * @param note why
     */
    public PrivacyChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(note, "note");
    }
}
