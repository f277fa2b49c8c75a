package io.github.spbe4j.complaints.open311;

import java.util.Locale;

/**
 * How an Open311 service answers a POSTed request: with its id at once ({@link #REALTIME}), with a token
 * to exchange later for the id ({@link #BATCH}), or with neither ({@link #BLACKBOX}).
 *
 * @since 0.1.0
 */
public enum ServiceType {
    /** The service_request_id is returned as soon as the request is accepted. */
    REALTIME,
    /** A token is returned, later exchanged for the service_request_id. */
    BATCH,
    /** No id is returned. */
    BLACKBOX;

    /**
     * Returns the word Open311 writes: {@code realtime}, {@code batch} or {@code blackbox}.
     *
     * @return the word
     */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
