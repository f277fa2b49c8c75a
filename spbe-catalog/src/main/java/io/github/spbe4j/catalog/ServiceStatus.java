package io.github.spbe4j.catalog;

/**
 * The life-cycle status of a public service in a catalog: planned, pilot, active or retired.
 *
 * @since 0.1.0
 */
public enum ServiceStatus {
    /** Announced or being prepared; not yet delivered. */
    PLANNED,
    /** Delivered as a pilot, usually in some kelurahan only before the rest. */
    PILOT,
    /** Delivered. */
    ACTIVE,
    /** No longer delivered; kept for the record. */
    RETIRED;

    /**
     * Tells whether citizens can use the service now (pilot or active).
     *
     * @return true for pilot and active
     */
    public boolean delivered() {
        return this == PILOT || this == ACTIVE;
    }
}
