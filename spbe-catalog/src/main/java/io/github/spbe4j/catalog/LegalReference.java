package io.github.spbe4j.catalog;

import io.github.spbe4j.core.internal.LinkPolicy;
import io.github.spbe4j.core.internal.TextPolicy;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A reference to a legal act — a law, regulation or decree that founds a service or sets its tariff,
 * e.g. "Peraturan Daerah Kota Contoh Nomor 3 Tahun 2023 tentang Retribusi Jasa Umum" — and where it
 * is published. Its text form is the title. Immutable and thread-safe.
 *
 * @param title the act's title, not blank
 * @param uri where the act is published (for example in a JDIH), an http or https address; empty when not known
 * @since 0.1.0
 */
public record LegalReference(String title, Optional<URI> uri) {

    /**
     * Checks the reference.
     *
     * @throws InvalidServiceException if the title is blank or not one line of text, or the address is not
     *     an http or https address
     */
    public LegalReference {
        Objects.requireNonNull(uri, "uri");
        Checks checks = new Checks().text("title", "legal reference title", TextPolicy.LINE, title);
        uri.ifPresent(u -> checks.link("uri", "legal reference address", LinkPolicy.WEB, u.toString()));
        checks.throwService("legal reference");
    }

    /**
     * Returns a reference without an address.
     *
     * @param title the act's title
     * @return the reference
     * @throws InvalidServiceException if the title is blank
     */
    public static LegalReference of(String title) {
        return new LegalReference(title, Optional.empty());
    }

    /**
     * Returns a reference with an address.
     *
     * @param title the act's title
     * @param uri where it is published
     * @return the reference
     * @throws InvalidServiceException if the title is blank or the address not an http or https address
     */
    public static LegalReference of(String title, URI uri) {
        return new LegalReference(title, Optional.of(Objects.requireNonNull(uri, "uri")));
    }

    /**
     * Returns the text form, the act's title.
     *
     * @return the title
     */
    @Override
    public String toString() {
        return title;
    }
}
