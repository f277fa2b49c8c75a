package io.github.spbe4j.catalog;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A requirement (persyaratan) of a public service, with the evidence that satisfies it: for example
 * "Berdomisili di kelurahan" satisfied by "Surat pengantar RT/RW" or a copy of the family card.
 *
 * <p>Any one of the listed evidence satisfies the requirement; an empty list means the requirement
 * is checked without a document (for example, presence in person).
 *
 * @param id the requirement's id, unique within a service
 * @param title the requirement, not blank
 * @param description more detail, or null
 * @param evidence the evidence that satisfies it, any one sufficing
 */
public record Requirement(String id, String title, @Nullable String description, List<Evidence> evidence) {

    /**
     * Checks the requirement.
     *
     * @throws IllegalArgumentException if the id is malformed, a text blank, or an evidence id repeated
     */
    public Requirement {
        Texts.requireId(id, "requirement id");
        Texts.requireText(title, "requirement " + id + " title");
        Texts.optionalText(description, "requirement " + id + " description");
        evidence = Texts.copy(evidence, "requirement " + id + " evidence");
        List<String> repeated = Texts.duplicates(evidence, Evidence::id);
        if (!repeated.isEmpty()) {
            throw new IllegalArgumentException("requirement " + id + " lists evidence " + repeated + " more than once");
        }
    }

    /**
     * Returns a requirement satisfied by any of the given evidence.
     *
     * @param id its id
     * @param title the requirement
     * @param evidence the evidence, any one sufficing
     * @return the requirement
     */
    public static Requirement of(String id, String title, Evidence... evidence) {
        return new Requirement(id, title, null, List.of(evidence));
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
