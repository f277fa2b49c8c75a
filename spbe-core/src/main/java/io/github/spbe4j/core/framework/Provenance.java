package io.github.spbe4j.core.framework;

import java.util.List;
import java.util.Objects;

/**
 * Where a framework's data comes from: its status, the overall confidence, the public sources and
 * notes on each uncertain part, so that a user can check the data.
 *
 * @param status official, provisional (not yet checked against the regulation text) or custom
 * @param confidence the overall confidence
 * @param sources the public sources
 * @param notes notes on individual parts
 * @since 0.1.0
 */
public record Provenance(Status status, Confidence confidence, List<String> sources, List<ProvenanceNote> notes) {

    /**
     * The status of a framework's data.
     *
     * @since 0.1.0
     */
    public enum Status {
        /** Encoded from the regulation or sources agreeing with it. */
        OFFICIAL,
        /** Not yet checked against the regulation text; figures may change. */
        PROVISIONAL,
        /** A user's own framework, e.g. a city's OPD-level evaluation. */
        CUSTOM;

        /**
         * Returns the lower-case id used in JSON.
         *
         * @return the id
         */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Checks for nulls and copies the lists. */
    public Provenance {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(confidence, "confidence");
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }

    /**
     * Returns the provenance of a user's own framework with no sources.
     *
     * @return custom provenance
     */
    public static Provenance custom() {
        return new Provenance(Status.CUSTOM, Confidence.HIGH, List.of(), List.of());
    }

    /**
     * Tells whether the data is provisional.
     *
     * @return true when the status is {@link Status#PROVISIONAL}
     */
    public boolean provisional() {
        return status == Status.PROVISIONAL;
    }
}
