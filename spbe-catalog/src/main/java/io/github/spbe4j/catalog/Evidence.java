package io.github.spbe4j.catalog;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A document or object that satisfies a requirement of a service, e.g. "Fotokopi Kartu Keluarga"
 * or "Surat pengantar RT/RW".
 *
 * @param id the evidence's id, unique within a service (letters, digits, {@code . _ ~ -})
 * @param title what is presented, not blank
 * @param description more detail, or null
 */
public record Evidence(String id, String title, @Nullable String description) {

    /**
     * Checks the evidence.
     *
     * @throws IllegalArgumentException if the id is malformed or a text is blank
     */
    public Evidence {
        Texts.requireId(id, "evidence id");
        Texts.requireText(title, "evidence " + id + " title");
        Texts.optionalText(description, "evidence " + id + " description");
    }

    /**
     * Returns evidence without a description.
     *
     * @param id its id
     * @param title what is presented
     * @return the evidence
     */
    public static Evidence of(String id, String title) {
        return new Evidence(id, title, null);
    }

    /**
     * Returns the description, if any.
     *
     * @return the description
     */
    public Optional<String> descriptionIfPresent() {
        return Optional.ofNullable(description);
    }
}
