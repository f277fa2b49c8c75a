package io.github.spbe4j.catalog;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A reference to a legal act: a law, regulation or decree that founds a service or sets its tariff,
 * e.g. "Peraturan Daerah Kota Contoh Nomor 3 Tahun 2023 tentang Retribusi Jasa Umum".
 *
 * @param title the act's title, not blank
 * @param uri where the act is published (for example in a JDIH), or null
 */
public record LegalReference(String title, @Nullable URI uri) {

    /**
     * Checks the reference.
     *
     * @throws IllegalArgumentException if the title is blank
     */
    public LegalReference {
        Texts.requireText(title, "legal reference title");
    }

    /**
     * Returns a reference without an address.
     *
     * @param title the act's title
     * @return the reference
     */
    public static LegalReference of(String title) {
        return new LegalReference(title, null);
    }

    /**
     * Returns a reference with an address.
     *
     * @param title the act's title
     * @param uri where it is published
     * @return the reference
     */
    public static LegalReference of(String title, URI uri) {
        return new LegalReference(title, Objects.requireNonNull(uri, "uri"));
    }

    /**
     * Returns where the act is published, if known.
     *
     * @return the address
     */
    public Optional<URI> uriIfPresent() {
        return Optional.ofNullable(uri);
    }

    @Override
    public String toString() {
        return title;
    }
}
