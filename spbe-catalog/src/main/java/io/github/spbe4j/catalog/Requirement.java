package io.github.spbe4j.catalog;

import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A requirement (persyaratan, standar component 1) of a public service, with the documents that
 * satisfy it: for example "Berdomisili di kelurahan" satisfied by "Surat pengantar RT/RW" or a copy
 * of the family card.
 *
 * <p>Any one of the listed documents satisfies the requirement; an empty list means the requirement
 * is checked without a document (for example, presence in person). Immutable and thread-safe.
 *
 * @param id the requirement's id, unique within a service
 * @param title the requirement, not blank
 * @param description more detail, not blank when present
 * @param documents the documents that satisfy it, any one sufficing
 * @since 0.1.0
 */
public record Requirement(String id, String title, Optional<String> description, List<Document> documents) {

    /**
     * Checks the requirement.
     *
     * @throws InvalidServiceException if the id is malformed, a text blank, or a document id repeated
     */
    public Requirement {
        documents = Checks.copy(documents, "documents");
        String what = "requirement " + Text.clean(Objects.requireNonNull(id, "id"));
        Checks checks = new Checks().id("id", "requirement id", id)
                .text("title", what + " title", TextPolicy.LINE, title)
                .optionalText("description", what + " description", TextPolicy.MULTI_LINE, description);
        for (String d : Checks.duplicates(documents, Document::id)) {
            checks.add("documents", Checks.UNIQUE, what + " lists document " + Text.clean(d) + " more than once", Text.quote(d));
        }
        checks.throwService(what);
    }

    /**
     * Returns a requirement satisfied by any of the given documents.
     *
     * @param id its id
     * @param title the requirement
     * @param documents the documents, any one sufficing; none for a requirement checked without one
     * @return the requirement
     * @throws InvalidServiceException if the id is malformed, the title blank, or a document id repeated
     */
    public static Requirement of(String id, String title, Document... documents) {
        return new Requirement(id, title, Optional.empty(), List.of(documents));
    }

    /**
     * Returns a copy with a description.
     *
     * @param text the description
     * @return the copy
     * @throws InvalidServiceException if the text is blank
     */
    public Requirement withDescription(String text) {
        return new Requirement(id, title, Optional.of(Objects.requireNonNull(text, "text")), documents);
    }
}
