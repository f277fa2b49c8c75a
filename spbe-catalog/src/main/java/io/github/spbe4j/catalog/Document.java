package io.github.spbe4j.catalog;

import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * A document or object a citizen presents to satisfy a requirement of a service, e.g. "Fotokopi
 * Kartu Keluarga" or "Surat pengantar RT/RW" (CPSV-AP calls it evidence, {@code cv:Evidence}).
 * Immutable and thread-safe.
 *
 * @param id the document's id, unique within a service (letters, digits, {@code . _ ~ -})
 * @param title what is presented, not blank, one line
 * @param description more detail, not blank when present; may span lines
 * @since 0.1.0
 */
public record Document(String id, String title, Optional<String> description) {

    /**
     * Checks the document.
     *
     * @throws InvalidServiceException if the id is malformed or a text is blank
     */
    public Document {
        String what = "document " + Text.clean(Objects.requireNonNull(id, "id"));
        new Checks().id("id", "document id", id)
                .text("title", what + " title", TextPolicy.LINE, title)
                .optionalText("description", what + " description", TextPolicy.MULTI_LINE, description)
                .throwService(what);
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
