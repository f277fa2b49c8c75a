package io.github.spbe4j.catalog;

import io.github.spbe4j.core.internal.TextPolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * The competent authority of a public service: an instansi (a city, a regency, a ministry) by id,
 * and, when one is named, the unit within it (usually an OPD) that is responsible for the service.
 *
 * <p>The ids refer to an {@link io.github.spbe4j.core.agency.Instansi} and one of its units; a
 * {@link Catalog} checks that they exist. The text form is {@code instansi} or {@code instansi/unit}.
 * Immutable and thread-safe.
 *
 * @param instansi the instansi's id, not blank
 * @param unit the responsible unit's id, not blank; empty when the instansi itself is meant
 * @since 0.1.0
 */
public record Authority(String instansi, Optional<String> unit) {

    /**
     * Checks the ids.
     *
     * @throws InvalidServiceException if an id is blank or holds characters ids may not (controls,
     *     bidirectional or invisible characters)
     */
    public Authority {
        new Checks().text("instansi", "authority instansi", TextPolicy.NAME, instansi)
                .optionalText("unit", "authority unit", TextPolicy.NAME, unit)
                .throwService("authority");
    }

    /**
     * Returns the authority of an instansi's unit.
     *
     * @param instansi the instansi's id
     * @param unit the unit's id
     * @return the authority
     * @throws InvalidServiceException if an id is blank
     */
    public static Authority of(String instansi, String unit) {
        return new Authority(instansi, Optional.of(Objects.requireNonNull(unit, "unit")));
    }

    /**
     * Returns the authority of an instansi as a whole.
     *
     * @param instansi the instansi's id
     * @return the authority
     * @throws InvalidServiceException if the id is blank
     */
    public static Authority of(String instansi) {
        return new Authority(instansi, Optional.empty());
    }

    /**
     * Returns the text form, {@code instansi} or {@code instansi/unit}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return unit.map(u -> instansi + "/" + u).orElse(instansi);
    }
}
