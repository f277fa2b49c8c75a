package io.github.spbe4j.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * A document or object a citizen presents to satisfy a requirement of a service, e.g. "Fotokopi
 * Kartu Keluarga" or "Surat pengantar RT/RW" (CPSV-AP calls it evidence, {@code cv:Evidence}).
 * Immutable and thread-safe.
 *
 * @param id the document's id, unique within a service (letters, digits, {@code . _ ~ -})
 * @param title what is presented, not blank
 * @param description more detail, not blank when present
 * @since 0.1.0
 */
public record Document(String id, String title, Optional<String> description) {

    /**
     * Checks the document.
     *
     * @throws InvalidServiceException if the id is malformed or a text is blank
     */
    public Document {
        new Checks().id("id", "document id", id)
                .text("title", "document " + id + " title", title)
                .optionalText("description", "document " + id + " description", description)
                .throwService("document " + id);
    }

    /**
     * Returns a document without a description.
     *
     * @param id its id
     * @param title what is presented
     * @return the document
     * @throws InvalidServiceException if the id is malformed or the title blank
     */
    public static Document of(String id, String title) {
        return new Document(id, title, Optional.empty());
    }

    /**
     * Returns a document with a description.
     *
     * @param id its id
     * @param title what is presented
     * @param description more detail
     * @return the document
     * @throws InvalidServiceException if the id is malformed or a text blank
     */
    public static Document of(String id, String title, String description) {
        return new Document(id, title, Optional.of(Objects.requireNonNull(description, "description")));
    }
}
