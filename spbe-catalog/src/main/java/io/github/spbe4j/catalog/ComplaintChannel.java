package io.github.spbe4j.catalog;

import java.util.Objects;

/**
 * A way citizens can complain about a service or suggest improvements (penanganan pengaduan, saran
 * dan masukan, standar component 6), with its contact: a web address, a number, an email address or
 * a place. Immutable and thread-safe.
 *
 * @param kind the kind of channel
 * @param contact where to reach it, not blank, e.g. {@code "https://www.lapor.go.id"}: one line of text, or a
 *     link ({@code http}, {@code https}, {@code mailto} or {@code tel}) when written as one
 * @since 0.1.0
 */
public record ComplaintChannel(Kind kind, String contact) {

    /**
     * A kind of complaint channel.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** SP4N-LAPOR!, the national complaint system. */
        SP4N_LAPOR,
        /** The instansi's own website or form. */
        WEBSITE,
        /** Email. */
        EMAIL,
        /** Telephone or call centre. */
        PHONE,
        /** WhatsApp or another messaging service. */
        MESSAGING,
        /** Social media. */
        SOCIAL_MEDIA,
        /** In person at a complaint desk. */
        IN_PERSON,
        /** A suggestion box. */
        SUGGESTION_BOX,
        /** A letter. */
        LETTER
    }

    /**
     * Checks the channel.
     *
     * @throws InvalidServiceException if the contact is blank, not one line of text, or a link other than
     *     http, https, mailto or tel
     */
    public ComplaintChannel {
        Objects.requireNonNull(kind, "kind");
        new Checks().contact("contact", "complaint channel contact", contact).throwService("complaint channel");
    }

    /**
     * Returns a complaint channel.
     *
     * @param kind its kind
     * @param contact where to reach it
     * @return the channel
     * @throws InvalidServiceException if the contact is blank
     */
    public static ComplaintChannel of(Kind kind, String contact) {
        return new ComplaintChannel(kind, contact);
    }
}
